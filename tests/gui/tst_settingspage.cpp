// The Settings page: inline endpoint checks, and the ChargeAfter key going to the keychain
// only, with the keychain's own failure shown in words.

#include "guitestenvironment.h"

#include "pages/settingspage.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretnames.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

private:
    void showPage(SecretStore& keychain);
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
    m_memory.write(secrets::chargeAfterPrivateKey(), {}, this, [](const SecretWriteResult&) {});
}

void TestSettingsPage::cleanup() {
    m_page.reset();
    m_env.reset();
}

void TestSettingsPage::showPage(SecretStore& keychain) {
    m_page = std::make_unique<SettingsPage>(*m_env->runtime, keychain);
    m_page->resize(900, 1200);
    QSignalSpy checked(m_page.get(), &SettingsPage::keyStatusChanged);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The fake stores answer on the next event-loop turn, which may already have passed.
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
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

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
