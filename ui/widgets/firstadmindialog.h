// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operators/operatorstore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace checkstand {

class OperatorSession;

// First start: staff.db has no operator yet, so the till asks for its first administrator:
// name, operator number and the PIN twice. What OperatorStore::add() refuses (a PIN in a row,
// a number with letters) is said inline and nothing is written; two different PINs are refused
// before anything is tried. Once added, the administrator is signed in and the addition is
// journalled. The lock screen opens it (LockScreen::checkFirstStart); never for a staff.db
// that cannot be read.
class FirstAdminDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdminDialog(OperatorSession& session, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* numberField() const { return m_number; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* pinAgainField() const { return m_pinAgain; }
    QPushButton* createButton() const { return m_create; }
    QString messageText() const;
    // The administrator, once added.
    const std::optional<Operator>& created() const { return m_created; }

    void accept() override;

private:
    void say(const QString& text);

    OperatorSession& m_session;
    std::optional<Operator> m_created;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace checkstand
