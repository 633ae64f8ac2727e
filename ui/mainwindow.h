// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace checkstand {

class AboutDialog;
class FinancingPage;
class HelpDialog;
class HistoryPage;
class MembershipsPage;
class OutboxPage;
class OutboxStatus;
class Runtime;
class SalePage;
class SandboxBanner;
class SettingsPage;
struct PageHelp;

// The operator console: a navigation list on the left, one page at a time on the right, the
// environment and the Elevate outbox counts always in the status bar and, in training mode, a
// banner nobody can miss.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The order of the navigation list and of Ctrl+1..Ctrl+6 (History came last, so the
    // shortcuts cashiers already know stay).
    enum class Page { Sale, Financing, Memberships, Outbox, Settings, History };
    Q_ENUM(Page)

    explicit MainWindow(Runtime& runtime, QWidget* parent = nullptr);

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

    // What each page is for and its keys, in words (F1 and the shortcut overview show it).
    PageHelp helpFor(Page page) const;

public Q_SLOTS:
    // F1: the current page's purpose and keys.
    void showHelpForPage();
    // Ctrl+/ or Ctrl+F1: every page's keys in one table.
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
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
    OutboxStatus* m_outboxStatus = nullptr;
    HelpDialog* m_help = nullptr;
    HelpDialog* m_shortcuts = nullptr;
    AboutDialog* m_about = nullptr;
};

} // namespace checkstand
