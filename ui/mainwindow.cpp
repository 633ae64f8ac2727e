// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "pages/financingpage.h"
#include "pages/historypage.h"
#include "pages/membershipspage.h"
#include "pages/outboxpage.h"
#include "pages/salepage.h"
#include "pages/settingspage.h"
#include "runtime/runtime.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "widgets/outboxstatus.h"
#include "widgets/sandboxbanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// The size the console was designed at, taken only when the screen has room for it.
constexpr QSize kPreferredSize(1100, 800);
// Small enough for a 1024x768 till screen with a taskbar.
constexpr QSize kMinimumSize(800, 560);
// What a window manager's frame and title bar add around the window.
constexpr QSize kFrameAllowance(16, 48);

const QString kWindowGroup = QStringLiteral("window");
const QString kSizeKey = QStringLiteral("size");
const QString kPositionKey = QStringLiteral("position");
const QString kMaximisedKey = QStringLiteral("maximised");

} // namespace

MainWindow::MainWindow(Runtime& runtime, QWidget* parent)
    : QMainWindow(parent)
    , m_runtime(runtime) {
    setWindowTitle(tr("Checkstand"));
    setObjectName(QStringLiteral("mainWindow"));

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
    auto* bodyWidget = new QWidget;
    bodyWidget->setLayout(body);
    layout->addWidget(bodyWidget, 1);
    setCentralWidget(central);

    // Permanent widgets: a temporary status message never hides them.
    m_outboxStatus = new OutboxStatus(m_runtime.outbox());
    connect(m_outboxStatus, &QToolButton::clicked, this, [this] { showPage(Page::Outbox); });
    statusBar()->addPermanentWidget(m_outboxStatus);
    m_environment = new QLabel;
    m_environment->setObjectName(QStringLiteral("environment"));
    statusBar()->addPermanentWidget(m_environment);
    updateEnvironment();
    connect(&m_runtime.settings(), &AppSettings::changed, this, &MainWindow::updateEnvironment);

    buildMenus();
    connectSaleToFinancing();
    // A receipt scanned on an empty sale: that sale's return, on the history page.
    connect(m_sale, &SalePage::returnRequested, this, [this](const QString& saleNumber) {
        showPage(Page::History);
        m_history->openReturn(saleNumber);
    });
    restoreWindowGeometry();
    // The cashier's main screen opens first, with the scan field ready.
    showPage(Page::Sale);
}

void MainWindow::connectSaleToFinancing() {
    // Finishing a sale with ChargeAfter financing: the Financing page takes the cart, and the
    // sale completes once its checkout link is sent.
    connect(m_sale, &SalePage::financingRequested, this,
            [this](const Ticket& ticket, const chargeafter::CartDetails& cart) {
                m_financing->prefillCheckout(ticket, cart);
                showPage(Page::Financing);
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
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_sale->importCatalogAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        // Window-wide, so the shortcut works whichever page or field has focus.
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
}

void MainWindow::showPage(Page page) {
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::onPageChosen(int row) {
    if (row < 0 || row == m_pages->currentIndex())
        return;
    // Unsaved settings are never dropped silently: Save, Discard or stay (Cancel).
    if (m_pages->currentWidget() == m_settings && !m_settings->confirmLeave()) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_pages->currentIndex());
        return;
    }
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
    if (m_pages->currentWidget() == m_settings && !m_settings->confirmLeave()) {
        event->ignore();
        return;
    }
    saveWindowGeometry();
    QMainWindow::closeEvent(event);
}

// The window's size, place and maximised state live in the settings file, in their own group
// (a test's settings file is its own, so tests never share a window size).
void MainWindow::restoreWindowGeometry() {
    QSettings stored(m_runtime.settings().fileName(), QSettings::IniFormat);
    stored.beginGroup(kWindowGroup);
    const QSize saved = stored.value(kSizeKey).toSize();
    const QPoint position = stored.value(kPositionKey).toPoint();
    const bool maximised = stored.value(kMaximisedKey).toBool();

    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const QSize room = (available.size() - kFrameAllowance).expandedTo(QSize(320, 240));
    setMinimumSize(kMinimumSize.boundedTo(room));

    // A size saved on a bigger screen (or a screen since changed) is not taken.
    const bool fits =
        saved.isValid() && saved.width() <= room.width() && saved.height() <= room.height();
    resize(fits ? saved : kPreferredSize.boundedTo(room));
    // pos() is where the frame begins, so the window comes back exactly where it was.
    if (fits && available.contains(QRect(position, saved + kFrameAllowance))) {
        move(position);
    } else {
        QRect centred(QPoint(), size() + kFrameAllowance);
        centred.moveCenter(available.center());
        move(centred.topLeft());
    }
    if (maximised)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::saveWindowGeometry() const {
    QSettings stored(m_runtime.settings().fileName(), QSettings::IniFormat);
    stored.beginGroup(kWindowGroup);
    // Maximised, the size and place to come back to are the ones from before.
    if (!isMaximized() && !isFullScreen()) {
        stored.setValue(kSizeKey, size());
        stored.setValue(kPositionKey, pos());
    }
    stored.setValue(kMaximisedKey, isMaximized());
}

MainWindow::Page MainWindow::currentPage() const {
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::updateEnvironment() {
    m_environment->setText(m_runtime.environmentName());
}

} // namespace checkstand
