// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: navigation, keyboard shortcuts, the environment in the status bar and the
// training banner.

#include "guitestenvironment.h"

#include "dialogs.h"
#include "mainwindow.h"
#include "pages/financingpage.h"
#include "pages/membershipspage.h"
#include "pages/outboxpage.h"
#include "pages/salepage.h"
#include "pages/settingspage.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "widgets/sandboxbanner.h"
#include "widgets/scanfield.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using Page = MainWindow::Page;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void titleAndFirstPage();
    void navigationListSwitchesPages();
    void everyPageIsReal();
    void ctrlDigitSwitchesPages();
    void sandboxBannerIsVisible();
    void bannerScenarioDrivesTheSandbox();
    void bannerSetsEachServiceOnItsOwn();
    void statusBarShowsTheEnvironment();
    void liveModeHasNoBanner();
    void pageShortcutFocusesThePage();
    void leavingSettingsWithUnsavedChangesAsks();

private:
    QWidget* currentPageWidget() const {
        return m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase() {
    testing::useUsEnglish();
}

void TestMainWindow::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup() {
    m_window.reset();
    m_env.reset();
}

void TestMainWindow::titleAndFirstPage() {
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Checkstand"));
    // The cashier's main screen opens first.
    QCOMPARE(m_window->currentPage(), Page::Sale);
    QCOMPARE(currentPageWidget(), m_window->salePage());
}

void TestMainWindow::navigationListSwitchesPages() {
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 6);
    const QStringList names = {QStringLiteral("Sale"),        QStringLiteral("Financing"),
                               QStringLiteral("Memberships"), QStringLiteral("Outbox"),
                               QStringLiteral("Settings"),    QStringLiteral("Sale history")};
    for (int row = 0; row < navigation->count(); ++row)
        QCOMPARE(navigation->item(row)->text(), names.at(row));

    const QRect outbox = navigation->visualItemRect(navigation->item(3));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, outbox.center());
    QCOMPARE(m_window->currentPage(), Page::Outbox);

    const QRect financing = navigation->visualItemRect(navigation->item(1));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, financing.center());
    QCOMPARE(currentPageWidget(), m_window->financingPage());
    QVERIFY(m_window->financingPage()->isVisible());

    m_window->showPage(Page::Sale);
    QCOMPARE(navigation->currentRow(), 0);
}

void TestMainWindow::everyPageIsReal() {
    // Every page is a real page now: no placeholder is left in the navigation.
    for (Page page : {Page::Sale, Page::Financing, Page::Memberships, Page::Outbox}) {
        m_window->showPage(page);
        QVERIFY(!currentPageWidget()->findChild<QLabel*>(QStringLiteral("placeholderMessage")));
    }
    m_window->showPage(Page::Memberships);
    QCOMPARE(currentPageWidget(), m_window->membershipsPage());
    QVERIFY(currentPageWidget()->findChild<QWidget*>(QStringLiteral("quoteButton")));
    m_window->showPage(Page::Outbox);
    QCOMPARE(currentPageWidget(), m_window->outboxPage());
    QVERIFY(currentPageWidget()->findChild<QWidget*>(QStringLiteral("outboxTable")));
}

void TestMainWindow::ctrlDigitSwitchesPages() {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Memberships);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Sale);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Outbox);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Financing);
    // Ctrl+5 (Settings) is not pressed here: showing that page asks the OS keychain, which a
    // headless test machine may not have. tst_settingspage covers the page with a fake store.
}

void TestMainWindow::sandboxBannerIsVisible() {
    SandboxBanner* banner = m_window->sandboxBanner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    auto* text = banner->findChild<QLabel*>(QStringLiteral("sandboxBannerText"));
    QVERIFY(text);
    QVERIFY(text->text().contains(QStringLiteral("TRAINING / SANDBOX")));
    QVERIFY(text->text().contains(QStringLiteral("nothing is sent to real services")));
    QVERIFY(text->font().bold());
    // Across the top, above the pages.
    QVERIFY(banner->mapTo(m_window.get(), QPoint(0, 0)).y() <
            m_window->salePage()->mapTo(m_window.get(), QPoint(0, 0)).y());
}

void TestMainWindow::bannerScenarioDrivesTheSandbox() {
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("sandboxScenario"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), sandbox::scenarioNames().size());
    QCOMPARE(combo->currentData().toString(), QStringLiteral("normal"));

    const int http500 = combo->findData(QStringLiteral("http500"));
    QVERIFY(http500 >= 0);
    QCOMPARE(combo->itemText(http500), sandbox::describe(sandbox::Scenario::ServerError));
    combo->setCurrentIndex(http500);
    QCOMPARE(sandbox::toString(m_env->runtime->sandboxServer()->scenario(service::chargeAfter)),
             QStringLiteral("http500"));
}

void TestMainWindow::bannerSetsEachServiceOnItsOwn() {
    SandboxBanner* banner = m_window->sandboxBanner();
    auto* services = banner->findChild<QComboBox*>(QStringLiteral("sandboxService"));
    auto* scenarios = banner->findChild<QComboBox*>(QStringLiteral("sandboxScenario"));
    auto* summary = banner->findChild<QLabel*>(QStringLiteral("sandboxScenarioSummary"));
    QVERIFY(services);
    QVERIFY(scenarios);
    QVERIFY(summary);
    QCOMPARE(services->currentData().toString(), service::chargeAfter);
    for (const QString& s : {service::chargeAfter, service::orderChecker, service::elevate})
        QVERIFY2(services->findData(s) >= 0, qPrintable(s));
    QVERIFY(!summary->isVisible());

    sandbox::SandboxServer* server = m_env->runtime->sandboxServer();
    services->setCurrentIndex(services->findData(service::elevate));
    QCOMPARE(services->currentText(), QStringLiteral("Voyado Elevate"));
    QCOMPARE(scenarios->currentData().toString(), QStringLiteral("normal"));
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("declined")));
    QVERIFY(server->scenario(service::elevate) == sandbox::Scenario::Declined);
    QVERIFY(server->scenario(service::chargeAfter) == sandbox::Scenario::Normal);
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().contains(QStringLiteral("Voyado Elevate")));

    services->setCurrentIndex(services->findData(service::orderChecker));
    QCOMPARE(scenarios->currentData().toString(), QStringLiteral("normal"));
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("slow")));
    QVERIFY(server->scenario(service::orderChecker) == sandbox::Scenario::Slow);
    QVERIFY(server->scenario(service::elevate) == sandbox::Scenario::Declined);

    // Back to a service shows its own setting, without changing anything.
    services->setCurrentIndex(services->findData(service::elevate));
    QCOMPARE(scenarios->currentData().toString(), QStringLiteral("declined"));
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("normal")));
    services->setCurrentIndex(services->findData(service::orderChecker));
    scenarios->setCurrentIndex(scenarios->findData(QStringLiteral("normal")));
    QVERIFY(!summary->isVisible());
    QVERIFY(server->scenario(service::chargeAfter) == sandbox::Scenario::Normal);
}

void TestMainWindow::statusBarShowsTheEnvironment() {
    auto* environment = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("environment"));
    QVERIFY(environment);
    QVERIFY(environment->isVisible());
    QCOMPARE(environment->text(), m_env->runtime->environmentName());
    QVERIFY(environment->text().contains(QStringLiteral("SANDBOX")));
}

void TestMainWindow::liveModeHasNoBanner() {
    cleanup();
    m_env = std::make_unique<GuiTestEnvironment>();
    RuntimeOptions live;
    live.endpointOverrides.insert(service::chargeAfter,
                                  QUrl(QStringLiteral("https://api.example.invalid/send-link")));
    QVERIFY(m_env->start(live));
    QVERIFY(!m_env->runtime->isSandbox());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QVERIFY(!m_window->sandboxBanner());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("sandboxBanner")));
    auto* environment = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("environment"));
    QVERIFY(environment->text().startsWith(QStringLiteral("Live")));
    QVERIFY(environment->text().contains(QStringLiteral("Main Street")));

    // Renaming the store shows at once.
    m_env->runtime->settings().setValue(settingskey::storeName, QStringLiteral("Harbor Mall"));
    QVERIFY(environment->text().contains(QStringLiteral("Harbor Mall")));
}

void TestMainWindow::pageShortcutFocusesThePage() {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Financing);
    // The keyboard is in the page (its first field), not in the navigation list.
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(m_window->financingPage()->isAncestorOf(focused), qPrintable(focused->objectName()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(m_window->membershipsPage()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(m_window->salePage()->scanField()));
}

void TestMainWindow::leavingSettingsWithUnsavedChangesAsks() {
    dialogs::resetForTesting();
    m_window->showPage(Page::Settings);
    auto* storeName = m_window->settingsPage()->findChild<QLineEdit*>(QStringLiteral("storeName"));
    QVERIFY(storeName);
    storeName->clear();
    QTest::keyClicks(storeName, QStringLiteral("Harbor Mall"));
    QVERIFY(m_window->settingsPage()->hasUnsavedChanges());

    // Cancel: the window stays on Settings with the edit intact.
    dialogs::setNextAnswerForTesting(QMessageBox::Cancel);
    m_window->showPage(Page::Sale);
    QCOMPARE(m_window->currentPage(), Page::Settings);
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->currentRow(), int(Page::Settings));
    QCOMPARE(storeName->text(), QStringLiteral("Harbor Mall"));
    QCOMPARE(dialogs::askedForTesting().size(), 1);

    // Discard: the page is left and nothing was saved.
    dialogs::setNextAnswerForTesting(QMessageBox::Discard);
    m_window->showPage(Page::Sale);
    QCOMPARE(m_window->currentPage(), Page::Sale);
    QCOMPARE(m_env->runtime->settings().storeName(), QStringLiteral("Main Street"));
    QVERIFY(!m_window->settingsPage()->hasUnsavedChanges());
    dialogs::resetForTesting();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
