// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "operators/operatorsession.h"
#include "pages/financingpage.h"
#include "pages/historypage.h"
#include "pages/membershipspage.h"
#include "pages/outboxpage.h"
#include "pages/salepage.h"
#include "pages/settingspage.h"
#include "runtime/runtime.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "widgets/formfields.h"
#include "widgets/helpdialog.h"
#include "widgets/idlelock.h"
#include "widgets/lockscreen.h"
#include "widgets/outboxstatus.h"
#include "widgets/permission.h"
#include "widgets/sandboxbanner.h"
#include "widgets/tillmenu.h"
#include "widgets/userguidedialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace checkstand {

MainWindow::MainWindow(Runtime& runtime, QWidget* parent)
    : QMainWindow(parent)
    , m_runtime(runtime) {
    setWindowTitle(tr("Checkstand"));
    setObjectName(QStringLiteral("mainWindow"));
    if (m_runtime.isStarted())
        build();
    else
        showStarting(); // mainwindow_start.cpp
}

void MainWindow::build() {
    m_built = true;
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(170);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    m_sale = new SalePage(m_runtime);
    addPage(Page::Sale, tr("Sale"), m_sale);
    m_financing = new FinancingPage(m_runtime);
    addPage(Page::Financing, tr("Financing"), m_financing);
    m_memberships = new MembershipsPage(m_runtime);
    addPage(Page::Memberships, tr("Memberships"), m_memberships);
    m_outbox = new OutboxPage(m_runtime);
    addPage(Page::Outbox, tr("Outbox"), m_outbox);
    m_settings = new SettingsPage(m_runtime);
    addPage(Page::Settings, tr("Settings"), m_settings);
    m_history = new HistoryPage(m_runtime);
    addPage(Page::History, tr("Sale history"), m_history);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChosen);

    auto* body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_runtime.isSandbox() && m_runtime.sandboxServer()) {
        m_banner = new SandboxBanner(*m_runtime.sandboxServer());
        layout->addWidget(m_banner);
    }
    m_body = new QWidget;
    m_body->setLayout(body);
    // Nobody signed in: the lock screen takes the pages' place, and they are hidden.
    m_lockScreen = new LockScreen(m_runtime.session());
    m_lockStack = new QStackedWidget;
    m_lockStack->setObjectName(QStringLiteral("lockStack"));
    m_lockStack->addWidget(m_body);
    m_lockStack->addWidget(m_lockScreen);
    layout->addWidget(m_lockStack, 1);
    setCentralWidget(central);

    // Permanent widgets: a temporary status message never hides them.
    m_outboxStatus = new OutboxStatus(m_runtime.outbox());
    connect(m_outboxStatus, &QToolButton::clicked, this, [this] { showPage(Page::Outbox); });
    statusBar()->addPermanentWidget(m_outboxStatus);
    m_environment = new QLabel;
    m_environment->setObjectName(QStringLiteral("environment"));
    statusBar()->addPermanentWidget(m_environment);
    m_operatorStatus = new QLabel;
    m_operatorStatus->setObjectName(QStringLiteral("operatorStatus"));
    statusBar()->addPermanentWidget(m_operatorStatus);
    updateEnvironment();
    connect(&m_runtime.settings(), &AppSettings::changed, this, &MainWindow::updateEnvironment);

    OperatorSession& session = m_runtime.session();
    m_idle = new IdleLock(m_runtime.settings(), this);
    connect(m_idle, &IdleLock::idle, this, [this] { lock(QStringLiteral("idle")); });
    connect(&session, &OperatorSession::signedIn, this, &MainWindow::unlock);
    connect(&session, &OperatorSession::signedOut, this, &MainWindow::showLockScreen);

    buildMenus();
    connectSaleToFinancing();
    // A receipt scanned on an empty sale: that sale's return, on the history page.
    connect(m_sale, &SalePage::returnRequested, this, [this](const QString& saleNumber) {
        showPage(Page::History);
        m_history->openReturn(saleNumber);
    });
    if (!m_geometryRestored)
        restoreWindowGeometry();
    // The cashier's main screen opens first, with the scan field ready.
    showPage(Page::Sale);
    if (session.isSignedIn()) {
        unlock();
    } else {
        showLockScreen();
        // Once the window is up: on first start it asks for the first administrator.
        QTimer::singleShot(0, m_lockScreen, &LockScreen::checkFirstStart);
    }
}

void MainWindow::connectSaleToFinancing() {
    // Finishing a sale with ChargeAfter financing: the Financing page takes the cart, and the
    // sale completes once its checkout link is sent.
    connect(m_sale, &SalePage::financingRequested, this,
            [this](const Ticket& ticket, const chargeafter::CartDetails& cart) {
                // Shown first: the page puts the keyboard on what is still missing, and showing
                // it afterwards would move the focus to its first field again.
                showPage(Page::Financing);
                m_financing->prefillCheckout(ticket, cart);
            });
    connect(m_financing, &FinancingPage::sendFinished, this, [this](bool ok) {
        if (ok && m_sale->isAwaitingFinancing())
            m_sale->financingLinkSent(m_financing->lastTrackingId(),
                                      m_financing->lastSentOrderId());
    });
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget) {
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + static_cast<int>(page)))
                         .toString(QKeySequence::NativeText));
    m_pages->addWidget(widget);
    // Labels made by a form layout point at an input's error wrapper: Alt+letter and a screen
    // reader need the input itself, named after its label (a page may have done it already).
    nameInputsByLabels(widget);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_sale->importCatalogAction());
    m_pageActions.append(m_sale->importCatalogAction());
    file->addSeparator();
    // Switching operator is "lock, sign in": one key, from any page.
    m_lockAction = file->addAction(tr("&Lock screen"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_lockAction, &QAction::triggered, this, [this] { lock(); });
    m_pageActions.append(m_lockAction);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Shift, pay-in/out and the X and Z reports; each asks the session (or a supervisor).
    QMenu* till = createTillMenu(
        m_runtime,
        [this](Action action, QWidget* parent) {
            return requireAction(m_runtime.session(), action, parent);
        },
        this);
    menuBar()->addMenu(till);
    m_pageActions.append(till->menuAction());

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        // Window-wide, so the shortcut works whichever page or field has focus.
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        m_pageActions.append(action);
    }
    buildHelpMenu();
}

void MainWindow::buildHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* pageHelp = help->addAction(tr("&Help for this page"));
    pageHelp->setObjectName(QStringLiteral("helpForPage"));
    pageHelp->setShortcut(QKeySequence(Qt::Key_F1));
    pageHelp->setShortcutContext(Qt::WindowShortcut);
    connect(pageHelp, &QAction::triggered, this, &MainWindow::showHelpForPage);

    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_F1)});
    shortcuts->setShortcutContext(Qt::WindowShortcut);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    QAction* guide = help->addAction(tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);

    help->addSeparator();
    QAction* about = help->addAction(tr("&About Checkstand"));
    about->setObjectName(QStringLiteral("aboutCheckstand"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QString MainWindow::pageTitle(Page page) const {
    return m_navigation->item(static_cast<int>(page))->text();
}

// Written from each page's actions and shortcuts (salepage.cpp, salebottombar.cpp,
// historypage.cpp, tenderdialog.cpp, returndialog.cpp and the pages' buttons); the GUI test
// checks every Sale page action with a shortcut is listed here.
PageHelp MainWindow::helpFor(Page page) const {
    const auto key = [](const QKeySequence& sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    const auto alt = [&key](Qt::Key letter) {
        return key(QKeySequence(Qt::ALT | letter));
    };
    const QString enterKey = key(QKeySequence(Qt::Key_Return));
    const QString altLetter = tr("Alt + underlined letter");

    PageHelp help;
    help.title = pageTitle(page);
    switch (page) {
    case Page::Sale:
        help.purpose = tr("Ring up a sale: scan or type the items, check the order, take the "
                          "payment and print the receipt.");
        help.keys = {
            {enterKey, tr("Add the item scanned or typed in the scan field")},
            {tr("+ / - / Delete"), tr("More, fewer or none of the selected line")},
            {tr("Up / Down"), tr("Select the line above or below")},
            {key(QKeySequence(Qt::Key_Escape)), tr("Empty the scan field")},
            {key(QKeySequence::Undo), tr("Undo the last change")},
            {key(QKeySequence(Qt::Key_F12)), tr("Finish the sale: check the order and pay")},
            {tr("%1 / %2 / %3 (payment)")
                 .arg(key(QKeySequence(Qt::Key_F2)), key(QKeySequence(Qt::Key_F3)),
                      key(QKeySequence(Qt::Key_F4))),
             tr("In the payment window: cash, card or financing")},
            {tr("%1 (payment)").arg(key(QKeySequence(Qt::Key_F5))),
             tr("In the payment window: exact cash, no change")},
            {key(QKeySequence(Qt::Key_F6)), tr("Park this sale and start a new one")},
            {key(QKeySequence(Qt::Key_F7)), tr("Recall a parked sale")},
            {key(QKeySequence(Qt::Key_F8)), tr("Print the receipt of the last sale")},
            {key(QKeySequence(Qt::Key_F9)), tr("Sales awaiting a financing decision")},
            {key(QKeySequence(Qt::CTRL | Qt::Key_N)), tr("New sale")},
            {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)),
             tr("Void this sale, with a reason")},
            {alt(Qt::Key_C), tr("Show or hide the customer and order fields")},
            {alt(Qt::Key_G), tr("Check the order again (after a failed check)")}};
        break;
    case Page::Financing:
        help.purpose = tr("Send a customer a ChargeAfter link to apply for financing or to pay "
                          "a cart with it, by e-mail or text message.");
        help.keys = {{enterKey, tr("Send the link; on an incomplete form, show what is missing")},
                     {altLetter, tr("Go to that field")},
                     {alt(Qt::Key_S), tr("Send the link")},
                     {alt(Qt::Key_K), tr("New link: empty the form for the next customer")},
                     {alt(Qt::Key_C), tr("Copy the tracking id of the link sent")},
                     {tr("Tab / Shift+Tab"), tr("Next or previous field")}};
        break;
    case Page::Memberships:
        help.purpose = tr("Ask ACME for a membership refund quote (cancel, downgrade or buy) "
                          "and print it or save it as PDF for the member.");
        help.keys = {
            {enterKey, tr("Get the refund quote; on an incomplete form, show what is missing")},
            {altLetter, tr("Go to that field")},
            {alt(Qt::Key_Q), tr("Get the refund quote")},
            {alt(Qt::Key_A), tr("Add a membership operation")},
            {alt(Qt::Key_P), tr("Print the quote")},
            {alt(Qt::Key_D), tr("Save the quote as PDF")}};
        break;
    case Page::Outbox:
        help.purpose = tr("The messages waiting to go to Voyado: what each one needs, and "
                          "retrying, reading or discarding them.");
        help.keys = {{alt(Qt::Key_R), tr("Retry the selected message now")},
                     {alt(Qt::Key_V), tr("View the message body")},
                     {alt(Qt::Key_D), tr("Discard the selected message")},
                     {alt(Qt::Key_S), tr("Resume sending")}};
        break;
    case Page::Settings:
        help.purpose = tr("The store's settings, the services' addresses and keys, and the "
                          "devices. Nothing changes until you save.");
        help.keys = {{alt(Qt::Key_S), tr("Save the settings")},
                     {alt(Qt::Key_R), tr("Revert to the saved settings")}};
        break;
    case Page::History:
        help.purpose = tr("Find a past sale by number, date or amount, print its receipt again "
                          "or record a return.");
        help.keys = {{enterKey, tr("Search")},
                     {tr("Down"), tr("From the sale number or amount: go to the results")},
                     {key(QKeySequence(Qt::Key_F8)), tr("Reprint the selected sale's receipt")},
                     {key(QKeySequence(Qt::Key_F9)), tr("Return items of the selected sale")},
                     {tr("%1 (return)").arg(key(QKeySequence(Qt::Key_F10))),
                      tr("In the return window: record the return")},
                     {alt(Qt::Key_N), tr("Go to the sale number")}};
        break;
    }
    return help;
}

void MainWindow::showHelpForPage() {
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showPage(helpFor(currentPage()));
}

void MainWindow::showShortcuts() {
    if (!m_shortcuts) {
        m_shortcuts = new HelpDialog(this);
        m_shortcuts->setObjectName(QStringLiteral("shortcutsDialog"));
    }
    QList<PageHelp> pages;
    PageHelp everywhere;
    everywhere.title = tr("Everywhere");
    const auto key = [](const QKeySequence& sequence) {
        return sequence.toString(QKeySequence::NativeText);
    };
    everywhere.keys = {{tr("%1 … %2").arg(key(QKeySequence(Qt::CTRL | Qt::Key_1)),
                                          key(QKeySequence(Qt::CTRL | Qt::Key_6))),
                        tr("Go to the page with that number in the list")},
                       {key(QKeySequence(Qt::Key_F1)), tr("Help for the page shown")},
                       {key(QKeySequence(Qt::CTRL | Qt::Key_L)),
                        tr("Lock the screen: sign out, for the next operator to sign in")},
                       {tr("%1 or %2")
                            .arg(key(QKeySequence(Qt::CTRL | Qt::Key_Slash)),
                                 key(QKeySequence(Qt::CTRL | Qt::Key_F1))),
                        tr("This overview")},
                       {key(QKeySequence::Quit), tr("Quit")}};
    pages.append(everywhere);
    for (int i = 0; i < m_pages->count(); ++i)
        pages.append(helpFor(static_cast<Page>(i)));
    m_shortcuts->showOverview(pages);
}

void MainWindow::showAbout() {
    if (!m_about)
        m_about = new AboutDialog(m_runtime, this);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void MainWindow::showUserGuide() {
    if (!m_userGuide)
        m_userGuide = new UserGuideDialog(this);
    m_userGuide->present();
}

void MainWindow::showPage(Page page) {
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::onPageChosen(int row) {
    if (row < 0 || row == m_pages->currentIndex())
        return;
    const auto stay = [this] {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_pages->currentIndex());
    };
    // Unsaved settings are never dropped silently: Save, Discard or stay (Cancel).
    if (m_pages->currentWidget() == m_settings && !m_settings->confirmLeave()) {
        stay();
        return;
    }
    // Settings are an administrator's; anyone else asks one for this visit.
    QString authorisedBy;
    if (row == static_cast<int>(Page::Settings) &&
        !requireAction(m_runtime.session(), Action::OpenSettings, this, &authorisedBy)) {
        stay();
        statusBar()->showMessage(tr("Settings need an administrator."), 10000);
        return;
    }
    if (!authorisedBy.isEmpty())
        statusBar()->showMessage(tr("Settings opened. Authorised by %1.").arg(authorisedBy), 10000);
    m_pages->setCurrentIndex(row);
    // The page's first field takes the keyboard, not the navigation list (Ctrl+2 then type).
    focusFirstField(m_pages->currentWidget());
}

void MainWindow::focusFirstField(QWidget* page) {
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(page)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_built && m_pages->currentWidget() == m_settings && !m_settings->confirmLeave()) {
        event->ignore();
        return;
    }
    saveWindowGeometry();
    QMainWindow::closeEvent(event);
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::updateEnvironment() {
    m_environment->setText(m_runtime.environmentName());
    m_lockScreen->setEnvironment(
        tr("%1 — %2").arg(m_runtime.settings().storeName(), m_runtime.environmentName()));
}

// --- signing in and locking ------------------------------------------------------------------

bool MainWindow::isLocked() const {
    return !m_built || m_lockStack->currentWidget() == m_lockScreen;
}

void MainWindow::lock(const QString& reason) {
    OperatorSession& session = m_runtime.session();
    if (!session.isSignedIn()) {
        showLockScreen();
        return;
    }
    m_lockMessage =
        reason == QLatin1String("idle")
            ? tr("Locked after %n minute(s) without a key or a click.", nullptr, m_idle->minutes())
            : tr("Locked by %1.").arg(session.operatorName());
    // Journalled as the sign-out's reason; signedOut() brings the lock screen up.
    session.signOut(reason);
}

void MainWindow::showLockScreen() {
    closeOpenDialogs();
    // Settings are left as a page is left, but without asking: their unsaved edits are the
    // signed-out operator's, not the next one's.
    if (m_pages->currentWidget() == m_settings) {
        m_settings->reload();
        showPage(Page::Sale);
    }
    m_lockStack->setCurrentWidget(m_lockScreen);
    setPagesReachable(false);
    m_idle->setArmed(false);
    m_lockScreen->reset(m_lockMessage);
    m_lockMessage.clear();
    updateOperatorStatus();
    Q_EMIT lockedChanged(true);
}

void MainWindow::unlock() {
    m_lockStack->setCurrentWidget(m_body);
    setPagesReachable(true);
    m_idle->setArmed(true);
    updateOperatorStatus();
    // The sale on screen stays as it was: the next operator goes on with it.
    focusFirstField(m_pages->currentWidget());
    Q_EMIT lockedChanged(false);
}

void MainWindow::closeOpenDialogs() {
    // A payment, a void or a question left open is not the next operator's: each is closed as
    // if cancelled (the first administrator's dialog belongs to the lock screen and stays).
    // (A dialog is a window of its own: isAncestorOf() stops at it, so the parents are walked.)
    const auto lockScreens = [this](const QObject* o) {
        for (; o; o = o->parent()) {
            if (o == m_lockScreen)
                return true;
        }
        return false;
    };
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    QList<QPointer<QDialog>> open;
    for (QDialog* d : dialogs) {
        if (d->isVisible() && !lockScreens(d))
            open.append(d);
    }
    for (const QPointer<QDialog>& d : std::as_const(open)) {
        if (d)
            d->reject();
    }
}

void MainWindow::setPagesReachable(bool reachable) {
    for (QAction* action : std::as_const(m_pageActions))
        action->setEnabled(reachable);
    m_outboxStatus->setEnabled(reachable);
}

void MainWindow::updateOperatorStatus() {
    const OperatorSession& session = m_runtime.session();
    if (!session.isSignedIn()) {
        m_operatorStatus->setText(tr("Locked: nobody is signed in"));
        return;
    }
    const QString role = roleName(session.role());
    m_operatorStatus->setText(session.byBadge()
                                  ? tr("%1 · %2 (badge)").arg(session.operatorName(), role)
                                  : tr("%1 · %2").arg(session.operatorName(), role));
}

} // namespace checkstand
