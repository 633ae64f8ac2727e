// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page: inline endpoint checks; the ChargeAfter and Elevate keys and the Order
// Checker's header values going to the keychain only, with the keychain's own failure shown in
// words; the Order Checker switches and header names going to the settings file; removing a
// key and picking a file through the dialog seam. The form's own behaviour (wheel, unsaved
// changes, Test connection) is in tst_settingsform.cpp.

#include "guitestenvironment.h"

#include "dialogs.h"
#include "orderchecker/ordercheckclient.h"
#include "pages/settingspage.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretnames.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

namespace {

// A keychain that is not there, as on a headless machine with no Secret Service.
class UnavailableSecretStore : public SecretStore {
public:
    void read(const QString&, QObject* context, ReadCallback done) override {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done({SecretResult::Status::Unavailable,
                  {},
                  QStringLiteral("No OS keychain is available")});
        });
    }
    void write(const QString&, const QString&, QObject* context, WriteCallback done) override {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done({false, QStringLiteral("No OS keychain is available")});
        });
    }
    QString description() const override { return QStringLiteral("nowhere"); }
};

} // namespace

class TestSettingsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void storedKeyIsShownAsStoredNeverAsText();
    void missingKeyIsSaidInWords();
    void unavailableKeychainIsShownNotWorkedAround();
    void typedKeyGoesToTheKeychainOnly();
    void endpointErrorsAreShownInlineAndBlockSaving();
    void sandboxModeSaysToRestart();
    void revertDropsUnsavedEdits();

    void orderCheckerSwitchesPersistToTheSettingsFile();
    void headerValueGoesToTheKeychainOnly();
    void removedHeaderLosesItsValue();
    void invalidHeaderNameIsShownInlineAndBlocksSaving();
    void headerKeychainFailureIsShownNotWorkedAround();
    void elevateKeyGoesToTheKeychainOnly();
    void elevateMarketIsRequired();
    void pricingAndAcmeSecretsGoToTheKeychainOnly();

    void removingAKeyAsksFirst();
    void browsePicksTheCaFile();

private:
    void showPage(SecretStore& keychain);
    // Waits until the page has no keychain call in flight.
    bool settle() const;
    std::optional<SecretResult> readSecret(const QString& name);
    QByteArray settingsFileContents() const;
    QList<QLineEdit*> headerNames() const;
    QList<QLineEdit*> headerValues() const;
    QLineEdit* addHeader(const QString& name, const QString& value);
    template <typename T> T* find(const char* name) const {
        return m_page->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<SettingsPage> m_page;
    MemorySecretStore m_memory;
};

void TestSettingsPage::initTestCase() {
    testing::useUsEnglish();
}

void TestSettingsPage::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    for (const QString& name : {secrets::chargeAfterPrivateKey(), QStringLiteral("elevate"),
                                orderchecker::headerSecretName(QStringLiteral("X-Api-Token"))})
        m_memory.write(name, {}, this, [](const SecretWriteResult&) {});
}

void TestSettingsPage::cleanup() {
    m_page.reset();
    m_env.reset();
    dialogs::resetForTesting();
}

void TestSettingsPage::showPage(SecretStore& keychain) {
    m_page = std::make_unique<SettingsPage>(*m_env->runtime, keychain);
    m_page->resize(900, 1200);
    QSignalSpy checked(m_page.get(), &SettingsPage::keyStatusChanged);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The fake stores answer on the next event-loop turn, which may already have passed.
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
    QVERIFY(settle());
}

bool TestSettingsPage::settle() const {
    return QTest::qWaitFor([this] { return !m_page->isKeychainBusy(); }, 5000);
}

std::optional<SecretResult> TestSettingsPage::readSecret(const QString& name) {
    std::optional<SecretResult> result;
    m_memory.read(name, this, [&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

QByteArray TestSettingsPage::settingsFileContents() const {
    m_env->runtime->settings().sync();
    QFile file(m_env->runtime->settings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QLineEdit*> TestSettingsPage::headerNames() const {
    return find<QWidget>("checkerHeaders")
        ->findChildren<QLineEdit*>(QStringLiteral("checkerHeaderName"));
}

QList<QLineEdit*> TestSettingsPage::headerValues() const {
    return find<QWidget>("checkerHeaders")
        ->findChildren<QLineEdit*>(QStringLiteral("checkerHeaderValue"));
}

// Adds a row with "+ Add header" and types into it; returns the row's name field.
QLineEdit* TestSettingsPage::addHeader(const QString& name, const QString& value) {
    const qsizetype before = headerNames().size();
    find<QPushButton>("addCheckerHeader")->click();
    const QList<QLineEdit*> names = headerNames();
    const QList<QLineEdit*> values = headerValues();
    if (names.size() != before + 1 || values.size() != before + 1)
        return nullptr;
    QTest::keyClicks(names.last(), name);
    QTest::keyClicks(values.last(), value);
    return names.last();
}

void TestSettingsPage::storedKeyIsShownAsStoredNeverAsText() {
    m_memory.set(secrets::chargeAfterPrivateKey(), QStringLiteral("live-secret-123"));
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* key = find<QLineEdit>("chargeAfterKey");
    QCOMPARE(key->placeholderText(), QStringLiteral("(stored)"));
    QVERIFY(key->text().isEmpty());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(find<QLabel>("chargeAfterKeyStatus")->text().contains(QStringLiteral("stored")));
    QVERIFY(find<QPushButton>("removeChargeAfterKey")->isEnabled());
}

void TestSettingsPage::missingKeyIsSaidInWords() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        find<QLabel>("chargeAfterKeyStatus")->text().contains(QStringLiteral("No private key")));
    QVERIFY(!find<QPushButton>("removeChargeAfterKey")->isEnabled());
}

void TestSettingsPage::unavailableKeychainIsShownNotWorkedAround() {
    UnavailableSecretStore unavailable;
    showPage(unavailable);
    if (QTest::currentTestFailed())
        return;
    QLabel* status = find<QLabel>("chargeAfterKeyStatus");
    QCOMPARE(status->text(), QStringLiteral("No OS keychain is available"));

    QTest::keyClicks(find<QLineEdit>("chargeAfterKey"), QStringLiteral("live-secret-123"));
    QSignalSpy answered(m_page.get(), &SettingsPage::keyStatusChanged);
    QVERIFY(m_page->save());
    QVERIFY(answered.wait(5000));
    QCOMPARE(status->text(), QStringLiteral("No OS keychain is available"));
    m_env->runtime->settings().sync();
    QFile file(m_env->runtime->settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("live-secret-123"));
}

void TestSettingsPage::typedKeyGoesToTheKeychainOnly() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* key = find<QLineEdit>("chargeAfterKey");
    QTest::keyClicks(key, QStringLiteral("live-secret-123"));
    QSignalSpy answered(m_page.get(), &SettingsPage::keyStatusChanged);
    find<QPushButton>("saveSettings")->click();
    QVERIFY(answered.wait(5000));

    QVERIFY(key->text().isEmpty());
    QCOMPARE(key->placeholderText(), QStringLiteral("(stored)"));
    QString stored;
    m_memory.read(secrets::chargeAfterPrivateKey(), this,
                  [&stored](const SecretResult& r) { stored = r.value; });
    QTRY_COMPARE(stored, QStringLiteral("live-secret-123"));

    QFile file(m_env->runtime->settings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("live-secret-123"));
}

void TestSettingsPage::endpointErrorsAreShownInlineAndBlockSaving() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* endpoint = find<QLineEdit>("endpoint_chargeafter");
    QVERIFY(endpoint);
    QTest::keyClicks(endpoint, QStringLiteral("http://api.example.com/v2/omnichannel/send-link"));
    QLabel* error = find<QLabel>("endpoint_chargeafterError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    QVERIFY(!find<QPushButton>("saveSettings")->isEnabled());
    QVERIFY(!m_page->save());

    endpoint->clear();
    QTest::keyClicks(endpoint, QStringLiteral("https://api.example.com/v2/omnichannel/send-link"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_page->save());
    QCOMPARE(m_env->runtime->settings().endpoint(service::chargeAfter),
             QUrl(QStringLiteral("https://api.example.com/v2/omnichannel/send-link")));
}

void TestSettingsPage::sandboxModeSaysToRestart() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* note = find<QLabel>("sandboxNote");
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("Restart without --sandbox")));
    QVERIFY(m_page->save());
    QVERIFY(find<QLabel>("settingsStatus")->text().contains(QStringLiteral("--sandbox")));
}

void TestSettingsPage::revertDropsUnsavedEdits() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* storeName = find<QLineEdit>("storeName");
    QCOMPARE(storeName->text(), QStringLiteral("Main Street"));
    storeName->clear();
    QTest::keyClicks(storeName, QStringLiteral("Harbor Mall"));
    find<QPushButton>("revertSettings")->click();
    QCOMPARE(storeName->text(), QStringLiteral("Main Street"));

    storeName->clear();
    QTest::keyClicks(storeName, QStringLiteral("Harbor Mall"));
    QVERIFY(m_page->save());
    QCOMPARE(m_env->runtime->settings().storeName(), QStringLiteral("Harbor Mall"));
}

void TestSettingsPage::orderCheckerSwitchesPersistToTheSettingsFile() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* api = find<QCheckBox>("allowApiErrors");
    auto* items = find<QCheckBox>("allowItemErrors");
    QVERIFY(api && items);
    // The contract's wording, word for word.
    QCOMPARE(api->text(), QStringLiteral("Allow sales even if there are errors in the API"));
    QCOMPARE(items->text(), QStringLiteral("Allow sales even if there are errors in the items"));
    QVERIFY(!api->isChecked());
    QVERIFY(!items->isChecked());
    api->click();
    items->click();
    find<QSpinBox>("orderCheckerTimeout")->setValue(5);
    QVERIFY(m_page->save());

    m_env->runtime->settings().sync();
    QSettings file(m_env->runtime->settings().fileName(), QSettings::IniFormat);
    QCOMPARE(file.value(settingskey::allowSalesOnApiErrors).toBool(), true);
    QCOMPARE(file.value(settingskey::allowSalesOnItemErrors).toBool(), true);
    QCOMPARE(file.value(settingskey::orderCheckerTimeoutSeconds).toInt(), 5);

    // Only the API switch off again: each switch is its own setting.
    api->click();
    QVERIFY(m_page->save());
    m_env->runtime->settings().sync();
    QSettings again(m_env->runtime->settings().fileName(), QSettings::IniFormat);
    QCOMPARE(again.value(settingskey::allowSalesOnApiErrors).toBool(), false);
    QCOMPARE(again.value(settingskey::allowSalesOnItemErrors).toBool(), true);

    // A fresh page reads them back.
    SettingsPage other(*m_env->runtime, m_memory);
    QVERIFY(!other.findChild<QCheckBox*>(QStringLiteral("allowApiErrors"))->isChecked());
    QVERIFY(other.findChild<QCheckBox*>(QStringLiteral("allowItemErrors"))->isChecked());
    QCOMPARE(other.findChild<QSpinBox*>(QStringLiteral("orderCheckerTimeout"))->value(), 5);
}

void TestSettingsPage::headerValueGoesToTheKeychainOnly() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(headerNames().isEmpty());
    QLineEdit* name = addHeader(QStringLiteral("X-Api-Token"), QStringLiteral("tok-123"));
    QVERIFY(name);
    QVERIFY(find<QPushButton>("saveSettings")->isEnabled());
    QSignalSpy answered(m_page.get(), &SettingsPage::secretStatusChanged);
    find<QPushButton>("saveSettings")->click();
    QVERIFY(settle());
    QVERIFY(answered.contains({QStringLiteral("orderchecker.header.X-Api-Token")}));

    QCOMPARE(m_env->runtime->settings().value(settingskey::orderCheckerHeaders).toStringList(),
             QStringList{QStringLiteral("X-Api-Token")});
    const auto stored = readSecret(QStringLiteral("orderchecker.header.X-Api-Token"));
    QVERIFY(stored);
    QCOMPARE(stored->value, QStringLiteral("tok-123"));
    const QByteArray ini = settingsFileContents();
    QVERIFY(ini.contains("X-Api-Token"));
    QVERIFY(!ini.contains("tok-123"));

    // The value is never shown back: the field is emptied and says "(stored)".
    QLineEdit* value = headerValues().constFirst();
    QVERIFY(value->text().isEmpty());
    QCOMPARE(value->placeholderText(), QStringLiteral("(stored)"));
    QVERIFY(name->isReadOnly());

    // A page opened later learns only that a value is stored.
    m_page.reset();
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(headerNames().size(), 1);
    QCOMPARE(headerNames().constFirst()->text(), QStringLiteral("X-Api-Token"));
    QVERIFY(headerValues().constFirst()->text().isEmpty());
    QCOMPARE(headerValues().constFirst()->placeholderText(), QStringLiteral("(stored)"));

    // Saving with the value left empty keeps the stored one.
    QVERIFY(m_page->save());
    QVERIFY(settle());
    QCOMPARE(readSecret(QStringLiteral("orderchecker.header.X-Api-Token"))->value,
             QStringLiteral("tok-123"));
}

void TestSettingsPage::removedHeaderLosesItsValue() {
    m_env->runtime->settings().setValue(settingskey::orderCheckerHeaders,
                                        QStringList{QStringLiteral("X-Api-Token")});
    m_memory.set(QStringLiteral("orderchecker.header.X-Api-Token"), QStringLiteral("tok-123"));
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(headerValues().size(), 1);
    QCOMPARE(headerValues().constFirst()->placeholderText(), QStringLiteral("(stored)"));

    find<QWidget>("checkerHeaders")
        ->findChild<QPushButton*>(QStringLiteral("removeCheckerHeader"))
        ->click();
    QVERIFY(headerNames().isEmpty());
    // Removing is an edit like any other: nothing is deleted before Save.
    QCOMPARE(readSecret(QStringLiteral("orderchecker.header.X-Api-Token"))->value,
             QStringLiteral("tok-123"));

    QSignalSpy answered(m_page.get(), &SettingsPage::secretStatusChanged);
    QVERIFY(m_page->save());
    QVERIFY(settle());
    QVERIFY(answered.contains({QStringLiteral("orderchecker.header.X-Api-Token")}));
    QVERIFY(m_env->runtime->settings()
                .value(settingskey::orderCheckerHeaders)
                .toStringList()
                .isEmpty());
    const auto stored = readSecret(QStringLiteral("orderchecker.header.X-Api-Token"));
    QVERIFY(stored);
    QCOMPARE(stored->status, SecretResult::Status::NotFound);
    QVERIFY(find<QLabel>("checkerHeadersStatus")->text().contains(QStringLiteral("deleted")));
}

void TestSettingsPage::invalidHeaderNameIsShownInlineAndBlocksSaving() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    QLineEdit* name = addHeader(QStringLiteral("X Api:Token"), QStringLiteral("tok-123"));
    QVERIFY(name);
    auto* error = find<QWidget>("checkerHeaders")
                      ->findChild<QLabel*>(QStringLiteral("checkerHeaderNameError"));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no spaces or colons")),
             qPrintable(error->text()));
    QVERIFY(!find<QPushButton>("saveSettings")->isEnabled());
    QVERIFY(m_page->hasErrors());
    QVERIFY(!m_page->save());
    QVERIFY(m_env->runtime->settings()
                .value(settingskey::orderCheckerHeaders)
                .toStringList()
                .isEmpty());
    QVERIFY(!settingsFileContents().contains("tok-123"));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("X-Api-Token"));
    QVERIFY(!error->isVisible());
    QVERIFY(find<QPushButton>("saveSettings")->isEnabled());

    // A second row with the same name (header names ignore case) is refused too.
    QVERIFY(addHeader(QStringLiteral("x-api-token"), QStringLiteral("other")));
    QVERIFY(!find<QPushButton>("saveSettings")->isEnabled());
}

void TestSettingsPage::headerKeychainFailureIsShownNotWorkedAround() {
    m_env->runtime->settings().setValue(settingskey::orderCheckerHeaders,
                                        QStringList{QStringLiteral("X-Api-Token")});
    UnavailableSecretStore unavailable;
    showPage(unavailable);
    if (QTest::currentTestFailed())
        return;
    auto* status =
        find<QWidget>("checkerHeaders")->findChild<QLabel*>(QStringLiteral("checkerHeaderStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("No OS keychain is available"));

    QTest::keyClicks(headerValues().constFirst(), QStringLiteral("tok-123"));
    QVERIFY(m_page->save());
    QVERIFY(settle());
    QVERIFY2(status->text().contains(QStringLiteral("No OS keychain is available")),
             qPrintable(status->text()));
    // The typed value stays in the field to retry, and goes nowhere else.
    QCOMPARE(headerValues().constFirst()->text(), QStringLiteral("tok-123"));
    QVERIFY(!settingsFileContents().contains("tok-123"));
}

void TestSettingsPage::elevateKeyGoesToTheKeychainOnly() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* key = find<QLineEdit>("elevateKey");
    QVERIFY(key);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(find<QLabel>("elevateKeyStatus")->text().contains(QStringLiteral("No API key")));
    QVERIFY(!find<QPushButton>("removeElevateKey")->isEnabled());

    auto* market = find<QLineEdit>("elevateMarket");
    market->clear();
    QTest::keyClicks(market, QStringLiteral("UK"));
    find<QSpinBox>("elevateMaxInFlight")->setValue(4);
    QTest::keyClicks(key, QStringLiteral("elv-secret-9"));
    QSignalSpy written(&m_memory, &SecretStore::secretWritten);
    find<QPushButton>("saveSettings")->click();
    QVERIFY(settle());

    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("elevate"));
    QCOMPARE(readSecret(QStringLiteral("elevate"))->value, QStringLiteral("elv-secret-9"));
    QVERIFY(key->text().isEmpty());
    QCOMPARE(key->placeholderText(), QStringLiteral("(stored)"));
    QVERIFY(find<QPushButton>("removeElevateKey")->isEnabled());
    QCOMPARE(m_env->runtime->settings().value(settingskey::elevateMarket).toString(),
             QStringLiteral("UK"));
    QCOMPARE(m_env->runtime->settings().value(settingskey::elevateMaxInFlight).toInt(), 4);
    QVERIFY(!settingsFileContents().contains("elv-secret-9"));
    // The ChargeAfter key was not touched.
    QCOMPARE(readSecret(secrets::chargeAfterPrivateKey())->status, SecretResult::Status::NotFound);
}

void TestSettingsPage::pricingAndAcmeSecretsGoToTheKeychainOnly() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    find<QCheckBox>("priceIncludesTax")->setChecked(true);
    find<QCheckBox>("allowLocalPrices")->setChecked(true);
    find<QSpinBox>("aifiStoreId")->setValue(42);
    QTest::keyClicks(find<QLineEdit>("aifiToken"), QStringLiteral("aifi-token-77"));
    QTest::keyClicks(find<QLineEdit>("acmeKey"), QStringLiteral("acme-key-88"));
    auto* header = find<QLineEdit>("acmeHeader");
    header->clear();
    QTest::keyClicks(header, QStringLiteral("x-acme api key"));
    QVERIFY(!find<QPushButton>("saveSettings")->isEnabled()); // not a header name
    header->clear();
    QTest::keyClicks(header, QStringLiteral("x-acme-key"));
    QVERIFY(find<QPushButton>("saveSettings")->isEnabled());
    find<QPushButton>("saveSettings")->click();
    QVERIFY(settle());
    QCOMPARE(readSecret(QStringLiteral("aifi"))->value, QStringLiteral("aifi-token-77"));
    QCOMPARE(readSecret(QStringLiteral("acme"))->value, QStringLiteral("acme-key-88"));
    const AppSettings& s = m_env->runtime->settings();
    QVERIFY(s.value(settingskey::priceIncludesTax).toBool());
    QVERIFY(s.value(settingskey::allowLocalPrices).toBool());
    QCOMPARE(s.value(settingskey::aifiStoreId).toInt(), 42);
    QCOMPARE(s.value(settingskey::acmeApiKeyHeader).toString(), QStringLiteral("x-acme-key"));
    QVERIFY(!settingsFileContents().contains("aifi-token-77"));
    QVERIFY(!settingsFileContents().contains("acme-key-88"));
}

void TestSettingsPage::elevateMarketIsRequired() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* market = find<QLineEdit>("elevateMarket");
    QCOMPARE(market->text(), QStringLiteral("US"));
    market->clear();
    QVERIFY(!find<QPushButton>("saveSettings")->isEnabled());
    QVERIFY(!m_page->save());
    QVERIFY(find<QLabel>("elevateMarketError")->isVisible());
    QCOMPARE(m_env->runtime->settings().value(settingskey::elevateMarket).toString(),
             QStringLiteral("US"));
}

void TestSettingsPage::removingAKeyAsksFirst() {
    m_memory.set(secrets::chargeAfterPrivateKey(), QStringLiteral("live-secret-123"));
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    auto* remove = find<QPushButton>("removeChargeAfterKey");
    dialogs::setNextAnswerForTesting(QMessageBox::No);
    remove->click();
    QCOMPARE(dialogs::askedForTesting().size(), 1);
    QCOMPARE(dialogs::askedForTesting().constFirst().title,
             QStringLiteral("Remove the ChargeAfter key"));
    QVERIFY(settle());
    QCOMPARE(readSecret(secrets::chargeAfterPrivateKey())->value,
             QStringLiteral("live-secret-123"));

    dialogs::setNextAnswerForTesting(QMessageBox::Yes);
    QSignalSpy answered(m_page.get(), &SettingsPage::keyStatusChanged);
    remove->click();
    QVERIFY(answered.wait(5000));
    QCOMPARE(readSecret(secrets::chargeAfterPrivateKey())->status, SecretResult::Status::NotFound);
    QVERIFY(find<QLabel>("chargeAfterKeyStatus")->text().contains(QStringLiteral("removed")));
    QVERIFY(!remove->isEnabled());
}

void TestSettingsPage::browsePicksTheCaFile() {
    showPage(m_memory);
    if (QTest::currentTestFailed())
        return;
    const QString pem = m_env->dir.filePath(QStringLiteral("store-ca.pem"));
    QFile file(pem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();
    dialogs::setNextFileNameForTesting(pem);
    find<QPushButton>("browse_caCertificatesFile")->click();
    QCOMPARE(find<QLineEdit>("caCertificatesFile")->text(), pem);
    QVERIFY(!find<QLabel>("caCertificatesFileError")->isVisible());

    dialogs::setNextFileNameForTesting(m_env->dir.filePath(QStringLiteral("missing.pem")));
    find<QPushButton>("browse_caCertificatesFile")->click();
    QVERIFY(find<QLabel>("caCertificatesFileError")->isVisible());
    QVERIFY(!find<QPushButton>("saveSettings")->isEnabled());

    // Cancelled: the field keeps what it had.
    dialogs::setNextFileNameForTesting(QString());
    find<QPushButton>("browse_caCertificatesFile")->click();
    QCOMPARE(find<QLineEdit>("caCertificatesFile")->text(),
             m_env->dir.filePath(QStringLiteral("missing.pem")));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
