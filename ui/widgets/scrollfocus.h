// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QScrollArea>
#include <QWidget>

namespace checkstand {

// Keeps the widget that has the keyboard in view inside `area`. Tab scrolls by itself (Qt does
// that), but a field given the keyboard by the code — Enter on a form puts it in the first
// field with an error, often below the fold — would otherwise be typed into unseen.
inline void keepFocusInView(QScrollArea* area) {
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget*, QWidget* now) {
        QWidget* content = area->widget();
        if (now != nullptr && content != nullptr && content->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
}

} // namespace checkstand
