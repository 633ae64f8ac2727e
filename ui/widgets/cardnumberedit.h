// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace checkstand {

// A line edit for card data (PAN, CVC): its text never leaves it by copy, cut, drag, the
// context menu or the X11 selection, and wipe() overwrites the text before clearing it.
class SecureLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit SecureLineEdit(QWidget* parent = nullptr);

    // Overwrites what the field holds, then empties it.
    virtual void wipe();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;

    // Drops the field's text from the selection clipboard if it put it there.
    void scrubSelectionClipboard();
};

// The optional full card number (manual entry). While the field has focus it shows the digits
// typed; once it loses focus it shows them masked ("•••• •••• •••• 4242"). The digits live only
// in this widget, in memory.
class CardNumberEdit : public SecureLineEdit {
    Q_OBJECT
public:
    explicit CardNumberEdit(QWidget* parent = nullptr);

    // The digits typed, without spaces.
    QString digits() const { return m_digits; }
    bool isMasked() const { return m_masked; }

    void wipe() override;

Q_SIGNALS:
    void digitsChanged();

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void onEdited(const QString& text);
    void showDigits();
    void showMasked();

    QString m_digits;
    bool m_masked = false;
};

} // namespace checkstand
