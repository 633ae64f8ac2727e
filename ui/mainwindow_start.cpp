// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's start-up (on screen before the runtime has started) and its geometry.
#include "mainwindow.h"

#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "widgets/lockscreen.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

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

void MainWindow::showStarting() {
    // Start-up: on screen before any database, the sandbox or the keychain is touched, with the
    // field a cashier types into first. The settings file gives its size and place.
    m_runtime.openSettings();
    restoreWindowGeometry();
    m_geometryRestored = true;
    auto* starting = new QWidget;
    starting->setObjectName(QStringLiteral("startingScreen"));
    auto* column = new QVBoxLayout(starting);
    column->addStretch(1);
    auto* title = new QLabel(tr("Opening the till..."));
    title->setAlignment(Qt::AlignCenter);
    column->addWidget(title);
    m_startingNumber = new QLineEdit;
    m_startingNumber->setObjectName(QStringLiteral("startingNumber"));
    m_startingNumber->setPlaceholderText(tr("Operator number"));
    m_startingNumber->setAccessibleName(tr("Operator number"));
    m_startingNumber->setMaximumWidth(260);
    column->addWidget(m_startingNumber, 0, Qt::AlignHCenter);
    column->addStretch(2);
    setCentralWidget(starting);
    m_startingNumber->setFocus();
}

void MainWindow::runtimeStarted() {
    if (m_built)
        return;
    const QString typed = m_startingNumber ? m_startingNumber->text() : QString();
    const bool hadFocus = m_startingNumber && m_startingNumber->hasFocus();
    m_startingNumber = nullptr; // deleted with the starting screen by setCentralWidget()
    build();
    // What the cashier typed meanwhile is kept: the number in its field, the PIN next.
    if (m_lockScreen && !typed.isEmpty()) {
        m_lockScreen->numberField()->setText(typed);
        m_lockScreen->pinField()->setFocus();
    } else if (m_lockScreen && hadFocus) {
        m_lockScreen->numberField()->setFocus();
    }
}

void MainWindow::afterFirstPaint(std::function<void()> work) {
    m_afterFirstPaint = std::move(work);
}

bool MainWindow::event(QEvent* event) {
    const bool handled = QMainWindow::event(event);
    // An UpdateRequest is the window's paint reaching the screen; the work runs after it, in a
    // later turn of the event loop.
    if (event->type() == QEvent::UpdateRequest && m_afterFirstPaint)
        QTimer::singleShot(0, this, std::exchange(m_afterFirstPaint, {}));
    return handled;
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

} // namespace checkstand
