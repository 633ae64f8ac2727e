// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardnumberedit.h"

#include "acme/card.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace checkstand {

namespace {

// Overwrites the characters of a string we own before it is released.
void overwrite(QString& text) {
    if (text.isEmpty())
        return;
    text.detach();
    text.fill(u'0');
    text.clear();
}

} // namespace

SecureLineEdit::SecureLineEdit(QWidget* parent)
    : QLineEdit(parent) {
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    setAcceptDrops(false);
    setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

void SecureLineEdit::wipe() {
    const qsizetype length = text().size();
    if (length > 0)
        setText(QString(length, u'0'));
    clear();
}

void SecureLineEdit::keyPressEvent(QKeyEvent* event) {
    // Card data never goes to the clipboard (nor to clipboard managers' history).
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
    scrubSelectionClipboard();
}

void SecureLineEdit::mouseReleaseEvent(QMouseEvent* event) {
    QLineEdit::mouseReleaseEvent(event);
    scrubSelectionClipboard();
}

void SecureLineEdit::mouseDoubleClickEvent(QMouseEvent* event) {
    QLineEdit::mouseDoubleClickEvent(event);
    scrubSelectionClipboard();
}

void SecureLineEdit::dragEnterEvent(QDragEnterEvent* event) {
    event->ignore();
}

void SecureLineEdit::scrubSelectionClipboard() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard && clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}

CardNumberEdit::CardNumberEdit(QWidget* parent)
    : SecureLineEdit(parent) {
    setMaxLength(23); // 19 digits and a few spaces
    setPlaceholderText(tr("Optional: the full card number"));
    connect(this, &QLineEdit::textEdited, this, &CardNumberEdit::onEdited);
}

void CardNumberEdit::onEdited(const QString& text) {
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    overwrite(m_digits);
    m_digits = std::move(digits);
    m_masked = false;
    Q_EMIT digitsChanged();
}

void CardNumberEdit::showDigits() {
    m_masked = false;
    if (text() != m_digits)
        setText(m_digits);
}

void CardNumberEdit::showMasked() {
    if (m_digits.isEmpty()) {
        showDigits();
        return;
    }
    m_masked = true;
    // setText also drops the undo history, which held the digits.
    setText(acme::maskedNumber(m_digits));
}

void CardNumberEdit::focusInEvent(QFocusEvent* event) {
    if (m_masked && event->reason() != Qt::PopupFocusReason &&
        event->reason() != Qt::ActiveWindowFocusReason)
        showDigits();
    SecureLineEdit::focusInEvent(event);
}

void CardNumberEdit::focusOutEvent(QFocusEvent* event) {
    SecureLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        showMasked();
}

void CardNumberEdit::wipe() {
    const bool had = !m_digits.isEmpty();
    overwrite(m_digits);
    m_masked = false;
    SecureLineEdit::wipe();
    if (had)
        Q_EMIT digitsChanged();
}

} // namespace checkstand
