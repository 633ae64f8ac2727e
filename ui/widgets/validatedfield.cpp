// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatedfield.h"

#include "palette.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace checkstand {

ValidatedField::ValidatedField(QWidget* input, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_input(input)
    , m_errorLabel(new QLabel(this)) {
    m_input->setParent(this);
    m_input->setObjectName(name);
    m_errorLabel->setObjectName(name + QStringLiteral("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    // Dark red keeps AA contrast on the default light background.
    m_errorLabel->setStyleSheet(palette::errorStyleSheet());
    m_errorLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_input);
    layout->addWidget(m_errorLabel);

    // Focus given to the wrapper belongs to the input. A QLabel ignores a buddy that takes no
    // focus itself, so forms point their labels at input() (nameInputsByLabels does it).
    setFocusProxy(m_input);
    m_input->installEventFilter(this);

    // textEdited comes before textChanged, so the form's validation (on textChanged) already
    // knows the operator is typing when it sets the error.
    if (auto* edit = qobject_cast<QLineEdit*>(m_input))
        connect(edit, &QLineEdit::textEdited, this, &ValidatedField::edited);
    else if (auto* combo = qobject_cast<QComboBox*>(m_input))
        connect(combo, &QComboBox::activated, this, &ValidatedField::edited);
    else if (auto* button = qobject_cast<QAbstractButton*>(m_input))
        connect(button, &QAbstractButton::clicked, this, &ValidatedField::edited);
}

void ValidatedField::setReveal(Reveal reveal) {
    m_reveal = reveal;
    m_holding = false;
    updateErrorLabel();
}

void ValidatedField::edited() {
    if (m_reveal == Reveal::WhileTyping) {
        setTouched(true);
        return;
    }
    // Typing is not leaving: an error not on screen yet waits until the field is left.
    m_holding = true;
}

void ValidatedField::setError(const QString& message) {
    if (message == m_message)
        return;
    m_message = message;
    updateErrorLabel();
}

void ValidatedField::setTouched(bool touched) {
    // Left or sent: whatever typing held back shows now (on a field touched before, too).
    m_holding = false;
    if (touched == m_touched) {
        updateErrorLabel();
        return;
    }
    m_touched = touched;
    updateErrorLabel();
    if (touched)
        Q_EMIT this->touched();
}

bool ValidatedField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_input && event->type() == QEvent::FocusOut) {
        // Only the operator leaves a field: Tab, a click or an Alt+letter elsewhere. Focus moved
        // by code (a page shown, a form prefilled), a combo's popup or another window is not
        // "leaving", or a fresh form would turn red before anything was typed.
        switch (static_cast<QFocusEvent*>(event)->reason()) {
        case Qt::TabFocusReason:
        case Qt::BacktabFocusReason:
        case Qt::MouseFocusReason:
        case Qt::ShortcutFocusReason:
            setTouched(true);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ValidatedField::updateErrorLabel() {
    bool show = m_touched && !m_message.isEmpty();
    // While the operator types, an error already on screen follows the text (and goes once it
    // is fixed); one that is not on screen yet waits until the field is left.
    if (show && m_holding && !m_shown)
        show = false;
    m_shown = show;
    m_errorLabel->setText(show ? m_message : QString());
    m_errorLabel->setVisible(show);
    // Screen readers announce the problem with the field, not only the red text under it.
    m_input->setAccessibleDescription(show ? m_message : QString());
}

} // namespace checkstand
