// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace checkstand {

// An input with its own error line under it. The error is kept current on every change but is
// only shown once the operator has touched the field (edited it or left it), so a fresh form
// is not a wall of red while Send still knows the form is incomplete.
class ValidatedField : public QWidget {
    Q_OBJECT
public:
    // Takes ownership of `input`; names it `name` and the error label `name + "Error"` so tests
    // and screen readers find both.
    ValidatedField(QWidget* input, const QString& name, QWidget* parent = nullptr);

    QWidget* input() const { return m_input; }
    QLabel* errorLabel() const { return m_errorLabel; }

    void setError(const QString& message);
    QString error() const { return m_message; }
    bool hasError() const { return !m_message.isEmpty(); }

    bool isTouched() const { return m_touched; }
    void setTouched(bool touched);

Q_SIGNALS:
    void touched();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateErrorLabel();

    QWidget* m_input;
    QLabel* m_errorLabel;
    QString m_message;
    bool m_touched = false;
};

} // namespace checkstand
