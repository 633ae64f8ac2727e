// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace checkstand {

class AboutDialog;
class FinancingPage;
class HelpDialog;
class HistoryPage;
class IdleLock;
class LockScreen;
class MembershipsPage;
class OutboxPage;
class OutboxStatus;
class Runtime;
class SalePage;
class SandboxBanner;
class SettingsPage;
class UserGuideDialog;
struct PageHelp;

// The operator console: a navigation list on the left, one page at a time on the right, the
// environment, the Elevate outbox counts and who is signed in always in the status bar and, in
// training mode, a banner nobody can miss.
//
// While nobody is signed in the lock screen stands in for the navigation and the pages (they
// are hidden, so neither mouse nor keyboard reaches them, and their menu actions are off). The
// window locks on Ctrl+L (File > Lock screen) and after the idle time the settings give; locking
// signs the operator out (journalled with the reason) and closes what was open, but keeps the
// sale on screen for the next operator. Opening Settings needs an administrator (or one's
// override). A window built while someone is already signed in starts unlocked.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The order of the navigation list and of Ctrl+1..Ctrl+6 (History came last, so the
    // shortcuts cashiers already know stay).
    enum class Page { Sale, Financing, Memberships, Outbox, Settings, History };
    Q_ENUM(Page)

    // With a started runtime the window is built whole. Before start() (the app's start-up)
    // it comes up at once with its sign-in field and "Opening the till..." (nothing opened
    // yet); runtimeStarted() then builds the pages, keeping what was typed.
    explicit MainWindow(Runtime& runtime, QWidget* parent = nullptr);
    void runtimeStarted();
    bool isReady() const { return m_built; }
    // Runs `work` once the window has been painted for the first time (start-up: the till is on
    // screen before its databases are opened).
    void afterFirstPaint(std::function<void()> work);

    void showPage(Page page);
    Page currentPage() const;

    SalePage* salePage() const { return m_sale; }
    FinancingPage* financingPage() const { return m_financing; }
    OutboxPage* outboxPage() const { return m_outbox; }
    MembershipsPage* membershipsPage() const { return m_memberships; }
    SettingsPage* settingsPage() const { return m_settings; }
    HistoryPage* historyPage() const { return m_history; }
    // The Elevate outbox counts in the status bar; a click opens the Outbox page.
    OutboxStatus* outboxStatus() const { return m_outboxStatus; }
    // Null unless the app runs in training mode.
    SandboxBanner* sandboxBanner() const { return m_banner; }
    // Each null until first opened (Help menu); they stay beside the window, not modal.
    HelpDialog* helpDialog() const { return m_help; }
    HelpDialog* shortcutsDialog() const { return m_shortcuts; }
    AboutDialog* aboutDialog() const { return m_about; }
    UserGuideDialog* userGuideDialog() const { return m_userGuide; }

    // What each page is for and its keys, in words (F1 and the shortcut overview show it).
    PageHelp helpFor(Page page) const;

    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleLock* idleLock() const { return m_idle; }
    QAction* lockAction() const { return m_lockAction; }

public Q_SLOTS:
    // Signs the operator out with `reason` ("locked", "idle") and shows the lock screen.
    void lock(const QString& reason = QStringLiteral("locked"));
    // F1: the current page's purpose and keys.
    void showHelpForPage();
    // Ctrl+/ or Ctrl+F1: every page's keys in one table.
    void showShortcuts();
    void showAbout();
    // Help > User guide: the operator parts of the README, in a window beside the console.
    void showUserGuide();

Q_SIGNALS:
    // The lock screen came up (nobody signed in) or went (someone signed in).
    void lockedChanged(bool locked);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void build();
    void showStarting();
    void onPageChosen(int row);
    static void focusFirstField(QWidget* page);
    void addPage(Page page, const QString& title, QWidget* widget);
    void buildMenus();
    void buildHelpMenu();
    QString pageTitle(Page page) const;
    void updateEnvironment();
    void connectSaleToFinancing();
    void restoreWindowGeometry();
    void saveWindowGeometry() const;
    void showLockScreen();
    void unlock();
    void closeOpenDialogs();
    void setPagesReachable(bool reachable);
    void updateOperatorStatus();

    Runtime& m_runtime;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    SalePage* m_sale = nullptr;
    FinancingPage* m_financing = nullptr;
    OutboxPage* m_outbox = nullptr;
    MembershipsPage* m_memberships = nullptr;
    SettingsPage* m_settings = nullptr;
    HistoryPage* m_history = nullptr;
    SandboxBanner* m_banner = nullptr;
    QLabel* m_environment = nullptr;
    QLabel* m_operatorStatus = nullptr;
    OutboxStatus* m_outboxStatus = nullptr;
    QStackedWidget* m_lockStack = nullptr; // the pages, or the lock screen in their place
    QWidget* m_body = nullptr;
    LockScreen* m_lockScreen = nullptr;
    bool m_built = false;
    bool m_geometryRestored = false;
    QLineEdit* m_startingNumber = nullptr; // the sign-in field shown before the runtime starts
    std::function<void()> m_afterFirstPaint;
    IdleLock* m_idle = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_pageActions; // off while locked
    QString m_lockMessage;         // what the lock screen says about why it locked
    HelpDialog* m_help = nullptr;
    HelpDialog* m_shortcuts = nullptr;
    AboutDialog* m_about = nullptr;
    UserGuideDialog* m_userGuide = nullptr;
};

} // namespace checkstand
