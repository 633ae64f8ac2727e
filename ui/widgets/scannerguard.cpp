// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scannerguard.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QWidget>

namespace checkstand {

ScannerGuard::ScannerGuard(QWidget* scope, QWidget* scanField, QObject* parent)
    : QObject(parent)
    , m_scope(scope)
    , m_scanField(scanField) {
    m_clock.start();
    qApp->installEventFilter(this);
}

ScannerGuard::~ScannerGuard() {
    qApp->removeEventFilter(this);
}

bool ScannerGuard::inScope(QWidget* widget) const {
    QWidget* scope = m_scope.data();
    if (!scope)
        return false;
    // Dialogs are windows of their own: follow the parent chain across window boundaries.
    // A field that takes a scanned code itself (a card terminal's reference slip).
    if (widget->property(kAcceptsScans).toBool())
        return false;
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (w == m_scanField)
            return false;
        if (w == scope)
            return scope->isVisible();
    }
    return false;
}

void ScannerGuard::reset() {
    m_firstKeyMs = -1;
    m_burst.clear();
    m_target.clear();
    m_edit.clear();
    m_textBefore.clear();
    m_cursorBefore = 0;
}

bool ScannerGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !m_scope)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget)
        return false;
    // A key the receiver ignores is offered to its parents, and this filter sees it again each
    // time: only the first receiver counts.
    // (isAncestorOf() is true for the widget itself: the same widget is a new key.)
    if (event == m_lastEvent && m_lastReceiver && widget != m_lastReceiver &&
        widget->isAncestorOf(m_lastReceiver))
        return false;
    m_lastEvent = event;
    m_lastReceiver = widget;
    if (!inScope(widget))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 now = m_clock.elapsed();
    const bool close = m_lastKeyMs >= 0 && now - m_lastKeyMs <= kMaxGapMs;
    m_lastKeyMs = now;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        static const QRegularExpression code(QStringLiteral("^[0-9A-Za-z-]+$"));
        // Average over the whole burst, Enter included: robust to one key held back.
        const bool fast =
            close && m_firstKeyMs >= 0 && (now - m_firstKeyMs) <= kAverageGapMs * m_burst.size();
        const bool isScan = fast && widget == m_target && m_burst.size() >= kMinLength &&
                            code.match(m_burst).hasMatch();
        const QString scannedCode = m_burst;
        if (isScan && m_edit) {
            m_edit->setText(m_textBefore);
            m_edit->setCursorPosition(m_cursorBefore);
        }
        reset();
        if (!isScan)
            return false;
        Q_EMIT scanned(scannedCode);
        return true; // the Enter never reaches a field or a button
    }
    const QString text = key->text();
    const Qt::KeyboardModifiers other =
        key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (text.size() != 1 || !text.at(0).isPrint() || other != Qt::NoModifier) {
        reset();
        return false;
    }
    if (!close || widget != m_target) {
        // The first key of what may be a burst: remember where it goes and what was there.
        reset();
        m_firstKeyMs = now;
        m_target = widget;
        m_edit = qobject_cast<QLineEdit*>(widget);
        if (m_edit) {
            m_textBefore = m_edit->text();
            m_cursorBefore = m_edit->cursorPosition();
        }
    }
    m_burst += text;
    return false;
}

} // namespace checkstand
