// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace checkstand {

// A dialog of `parent` closed: the parent's window takes the keyboard again. Window managers
// usually give the activation back when a dialog closes, but not all do (nor the offscreen
// platform), and the operator's next key must not go nowhere. On the next event-loop turn, and
// only when no window has it by then: a dialog opened as this one closed (the Z report after
// the counted cash, a warning) keeps it. The window's focus widget (the field or the table the
// operator was in before the dialog) gets the keyboard.
inline void giveActivationBack(QWidget* parent) {
    if (!parent)
        return;
    const QPointer<QWidget> window = parent->window();
    QTimer::singleShot(0, window.data(), [window] {
        QWidget* const w = window.data(); // one read of the guard (GCC checks each deref)
        if (w == nullptr || QApplication::activeModalWidget() != nullptr)
            return;
        if (!w->isVisible())
            return;
        const QWidget* active = QApplication::activeWindow();
        if (active == nullptr || !active->isVisible())
            w->activateWindow();
    });
}

} // namespace checkstand
