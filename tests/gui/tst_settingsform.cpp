// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings form around its fields: one table behind every field, the mouse wheel leaving
// unfocused spin boxes alone, the unsaved-changes marker and the question on leaving, and
// "Test connection" running the doctor check of one service against the sandbox. (What each
// setting and secret does is in tst_settingspage.cpp.)

#include "guitestenvironment.h"

#include "diagnostics/doctor.h"
#include "dialogs.h"
#include "pages/settingspage.h"
#include "palette.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"
#include "settings/settingsschema.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <optional>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

class TestSettingsForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theTableNamesEverySettingOnce();
    void wheelChangesOnlyAFocusedSpinBox();
    void unsavedChangesAreMarked();
    void leavingWithUnsavedChangesAsks();
    void everyServiceHasItsTimeoutAndTest();
    void testConnectionChecksOneServiceInTheSandbox();
    void testConnectionSaysWhatFails();

private:
    void showPage();
    // Waits until the page has no keychain call in flight.
    bool settle() const;
    template <typename T> T* find(const char* name) const {
        return m_page->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<SettingsPage> m_page;
    MemorySecretStore m_memory;
};

void TestSettingsForm::initTestCase() {
    testing::useUsEnglish();
}

void TestSettingsForm::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
}

void TestSettingsForm::cleanup() {
    m_page.reset();
    m_env.reset();
    dialogs::resetForTesting();
}

void TestSettingsForm::showPage() {
    m_page = std::make_unique<SettingsPage>(*m_env->runtime, m_memory);
    m_page->resize(900, 1200);
    QSignalSpy checked(m_page.get(), &SettingsPage::keyStatusChanged);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
    QVERIFY(settle());
}

bool TestSettingsForm::settle() const {
    return QTest::qWaitFor([this] { return !m_page->isKeychainBusy(); }, 5000);
}

void TestSettingsForm::theTableNamesEverySettingOnce() {
    QSet<QString> keys;
    QSet<QString> names;
    QSet<QString> groups;
    for (const settingsschema::Group& g : settingsschema::groups())
        groups.insert(g.id);
    for (const settingsschema::Setting& s : settingsschema::settings()) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
        QVERIFY2(!names.contains(s.objectName), qPrintable(s.objectName));
        QVERIFY2(groups.contains(s.group), qPrintable(s.key));
        QVERIFY2(s.defaultValue.isValid(), qPrintable(s.key));
        QVERIFY2(s.label, qPrintable(s.key));
        if (s.kind == settingsschema::Kind::Integer) {
            QVERIFY2(s.minimum <= s.defaultValue.toInt() && s.defaultValue.toInt() <= s.maximum,
                     qPrintable(s.key));
        }
        keys.insert(s.key);
        names.insert(s.objectName);
    }
    for (const QString& s : service::all()) {
        QVERIFY2(keys.contains(settingskey::endpoint(s)), qPrintable(s));
        QVERIFY2(keys.contains(settingskey::timeout(s)), qPrintable(s));
        QVERIFY2(groups.contains(s), qPrintable(s));
    }
    // AppSettings knows exactly these keys, with the table's defaults.
    QCOMPARE(AppSettings::keys().size(), keys.size());
    QTemporaryDir dir;
    AppSettings fresh(AppSettings::openFile(dir.filePath(QStringLiteral("s.ini"))));
    for (const settingsschema::Setting& s : settingsschema::settings())
        QCOMPARE(fresh.value(s.key), s.defaultValue);
    // Within the table's limits whatever the file says.
    fresh.setValue(settingskey::timeout(service::orderChecker), 100000);
    QCOMPARE(fresh.timeoutSeconds(service::orderChecker),
             settingsschema::find(settingskey::timeout(service::orderChecker))->maximum);
}

namespace {

// One notch of the wheel towards the operator, as over `widget` (sent, not spontaneous, so it
// reaches only `widget` and its filters).
void wheelDown(QWidget* widget) {
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &wheel);
}

} // namespace

void TestSettingsForm::wheelChangesOnlyAFocusedSpinBox() {
    showPage();
    if (QTest::currentTestFailed())
        return;
    auto* timeout = find<QSpinBox>("orderCheckerTimeout");
    QCOMPARE(timeout->value(), 8);
    // The wheel does not give it focus either.
    QCOMPARE(timeout->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!timeout->hasFocus());
    wheelDown(timeout);
    QCOMPARE(timeout->value(), 8);
    QVERIFY(!m_page->hasUnsavedChanges());

    // Clicked or tabbed into, the wheel is the operator's to use.
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        QSKIP("This platform does not activate windows; the focused case cannot be shown.");
    timeout->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(timeout->hasFocus());
    wheelDown(timeout);
    QCOMPARE(timeout->value(), 7);
}

void TestSettingsForm::unsavedChangesAreMarked() {
    showPage();
    if (QTest::currentTestFailed())
        return;
    auto* marker = find<QLabel>("unsavedChanges");
    auto* save = find<QPushButton>("saveSettings");
    QVERIFY(marker);
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(!marker->isVisible());
    QVERIFY(!save->isEnabled());

    QSignalSpy dirty(m_page.get(), &SettingsPage::unsavedChangesChanged);
    auto* storeName = find<QLineEdit>("storeName");
    QTest::keyClicks(storeName, QStringLiteral(" West"));
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(marker->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(dirty.at(0).at(0).toBool(), true);

    // Typing the saved value back is no change.
    storeName->setText(QStringLiteral("Main Street"));
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(!marker->isVisible());
    QVERIFY(!save->isEnabled());
    // Nor is a different case where the setting is stored in capitals.
    auto* region = find<QLineEdit>("storeRegion");
    region->setText(QStringLiteral("us"));
    QVERIFY(!m_page->hasUnsavedChanges());

    // A typed key is a change too.
    auto* key = find<QLineEdit>("acmeKey");
    QTest::keyClicks(key, QStringLiteral("k"));
    QVERIFY(m_page->hasUnsavedChanges());
    key->clear();
    QVERIFY(!m_page->hasUnsavedChanges());

    // Saved, the marker goes away.
    find<QSpinBox>("elevateTimeout")->setValue(30);
    QVERIFY(marker->isVisible());
    save->click();
    QVERIFY(settle());
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(!marker->isVisible());
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_env->runtime->settings().timeoutSeconds(service::elevate), 30);
    QCOMPARE(dirty.last().at(0).toBool(), false);
}

void TestSettingsForm::leavingWithUnsavedChangesAsks() {
    showPage();
    if (QTest::currentTestFailed())
        return;
    // Nothing unsaved: nothing is asked.
    QVERIFY(m_page->confirmLeave());
    QVERIFY(dialogs::askedForTesting().isEmpty());

    auto* storeName = find<QLineEdit>("storeName");
    storeName->clear();
    QTest::keyClicks(storeName, QStringLiteral("Harbor Mall"));
    dialogs::setNextAnswerForTesting(QMessageBox::Cancel);
    QVERIFY(!m_page->confirmLeave());
    QCOMPARE(dialogs::askedForTesting().size(), 1);
    const dialogs::Message asked = dialogs::askedForTesting().constFirst();
    QCOMPARE(asked.buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QCOMPARE(asked.defaultButton, QMessageBox::Save);
    QCOMPARE(storeName->text(), QStringLiteral("Harbor Mall"));
    QVERIFY(m_page->hasUnsavedChanges());

    dialogs::setNextAnswerForTesting(QMessageBox::Discard);
    QVERIFY(m_page->confirmLeave());
    QCOMPARE(storeName->text(), QStringLiteral("Main Street"));
    QCOMPARE(m_env->runtime->settings().storeName(), QStringLiteral("Main Street"));
    QVERIFY(!m_page->hasUnsavedChanges());

    storeName->clear();
    QTest::keyClicks(storeName, QStringLiteral("Harbor Mall"));
    dialogs::setNextAnswerForTesting(QMessageBox::Save);
    QVERIFY(m_page->confirmLeave());
    QCOMPARE(m_env->runtime->settings().storeName(), QStringLiteral("Harbor Mall"));
    QVERIFY(!m_page->hasUnsavedChanges());

    // Save chosen on a form with errors: nothing is saved and the operator stays to correct it.
    storeName->clear();
    dialogs::setNextAnswerForTesting(QMessageBox::Save);
    QVERIFY(!m_page->confirmLeave());
    QVERIFY(find<QLabel>("storeNameError")->isVisible());
    QCOMPARE(m_env->runtime->settings().storeName(), QStringLiteral("Harbor Mall"));
    QCOMPARE(dialogs::askedForTesting().size(), 4);
}

void TestSettingsForm::everyServiceHasItsTimeoutAndTest() {
    showPage();
    if (QTest::currentTestFailed())
        return;
    for (const QString& s : service::all()) {
        auto* test = m_page->findChild<QPushButton*>(QStringLiteral("testConnection_") + s);
        QVERIFY2(test, qPrintable(s));
        auto* group = qobject_cast<QGroupBox*>(test->parentWidget());
        QVERIFY2(group, qPrintable(s));
        QCOMPARE(group->title(), service::displayName(s));
        QVERIFY2(group->findChild<QLineEdit*>(QStringLiteral("endpoint_") + s), qPrintable(s));
        bool found = false;
        for (const QSpinBox* spin : group->findChildren<QSpinBox*>()) {
            if (spin->objectName().endsWith(QLatin1String("Timeout"))) {
                QCOMPARE(spin->value(), m_env->runtime->settings().timeoutSeconds(s));
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(s));
    }
}

void TestSettingsForm::testConnectionChecksOneServiceInTheSandbox() {
    showPage();
    if (QTest::currentTestFailed())
        return;
    auto* button = find<QPushButton>("testConnection_chargeafter");
    QSignalSpy tested(m_page.get(), &SettingsPage::connectionTested);
    button->click();
    QVERIFY(m_page->isTestingConnection(service::chargeAfter));
    QVERIFY(!button->isEnabled());
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.size(), 1);
    QCOMPARE(tested.at(0).at(0).toString(), service::chargeAfter);
    QCOMPARE(tested.at(0).at(1).toBool(), true);
    QVERIFY(button->isEnabled());
    QVERIFY(!m_page->isTestingConnection(service::chargeAfter));
    auto* result = find<QLabel>("testConnectionResult_chargeafter");
    QVERIFY2(result->text().contains(QStringLiteral("It works")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Its secret is stored")),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("sandbox")), qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(palette::okColor().name()));
    // Only that service was checked.
    QVERIFY(find<QLabel>("testConnectionResult_elevate")->text().isEmpty());

    // The same check as `checkstand-ctl doctor`, one service at a time; run() still does all.
    Doctor doctor(*m_env->runtime);
    std::optional<DoctorReport> report;
    connect(&doctor, &Doctor::finished, this, [&report](const DoctorReport& r) { report = r; });
    doctor.run({service::acme});
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
    QCOMPARE(report->checks.size(), 1);
    QCOMPARE(report->checks.at(0).service, service::acme);
    QVERIFY(report->ok());
    report.reset();
    doctor.run();
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 15000);
    QCOMPARE(report->checks.size(), service::all().size());
}

void TestSettingsForm::testConnectionSaysWhatFails() {
    // A port nobody listens on, for the Order Checker only; the rest stays in the sandbox.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_env = std::make_unique<GuiTestEnvironment>();
    RuntimeOptions options;
    options.sandbox = true;
    options.endpointOverrides.insert(service::orderChecker,
                                     QUrl(QStringLiteral("http://127.0.0.1:%1/check").arg(port)));
    QVERIFY(m_env->start(std::move(options)));
    showPage();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy tested(m_page.get(), &SettingsPage::connectionTested);
    find<QPushButton>("testConnection_orderchecker")->click();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.at(0).at(1).toBool(), false);
    auto* result = find<QLabel>("testConnectionResult_orderchecker");
    QVERIFY2(result->text().contains(QStringLiteral("It does not work")),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Connection failed")),
             qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(palette::errorColor().name()));
}

QTEST_MAIN(TestSettingsForm)
#include "tst_settingsform.moc"
