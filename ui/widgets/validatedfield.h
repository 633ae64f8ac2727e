// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace checkstand {

// An input with its own error line under it. The error is kept current on every change but is
// only shown once the operator has touched the field, so a fresh form is not a wall of red while
// Send still knows the form is incomplete.
class ValidatedField : public QWidget {
    Q_OBJECT
public:
    // When a field counts as touched.
    //  WhileTyping: once edited or left (Settings, Memberships).
    //  OnLeave: only once left or the form sent (Financing). Typing never turns a field red
    //  that shows no error yet: the e-mail half typed is not "invalid" before the operator is
    //  done with it. An error already on screen follows the typing and goes as soon as it is
    //  fixed; typing the field wrong again shows it once the field is left.
    enum class Reveal { WhileTyping, OnLeave };

    // Takes ownership of `input`; names it `name` and the error label `name + "Error"` so tests
    // and screen readers find both.
    ValidatedField(QWidget* input, const QString& name, QWidget* parent = nullptr);

    QWidget* input() const { return m_input; }
    QLabel* errorLabel() const { return m_errorLabel; }

    void setError(const QString& message);
    QString error() const { return m_message; }
    bool hasError() const { return !m_message.isEmpty(); }
    // The error line is on screen now (an error can wait on an untouched field, or while the
    // operator types in an OnLeave field).
    bool isErrorShown() const { return m_shown; }

    bool isTouched() const { return m_touched; }
    // Touching (leaving the field, sending the form) also shows what typing held back.
    void setTouched(bool touched);

    Reveal reveal() const { return m_reveal; }
    void setReveal(Reveal reveal);

Q_SIGNALS:
    void touched();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void edited();
    void updateErrorLabel();

    QWidget* m_input;
    QLabel* m_errorLabel;
    QString m_message;
    Reveal m_reveal = Reveal::WhileTyping;
    bool m_touched = false;
    bool m_shown = false;
    // OnLeave: the operator is typing in the field; a new error waits until it is left.
    bool m_holding = false;
};

} // namespace checkstand
