// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operators/operatorstore.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace checkstand {

class OperatorSession;

// "This needs a supervisor: a void." A supervisor's (or an administrator's) operator number,
// PIN and, for the actions that change money or let a blocked sale through, a reason; Authorise
// asks OperatorSession::authorise(), which journals the override (or the failed attempt).
// A wrong PIN, a locked or a cashier's number is said inline and the dialog stays open; the
// PIN field is emptied after every attempt. Enter goes from the number to the PIN (and on to
// the reason when one is needed) before it authorises. Modal: the caller waits for the answer.
//
// Test seam (as DiscardDialog::setNextReason): setNextAnswer() makes the next ask() authorise
// with those credentials at once (the real authorise, journal included), setNextCancel() cancel,
// without showing anything.
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    // `detail`: what exactly is to be authorised ("Sale store-001-000042, $21.49"), or empty.
    // `number`: prefilled (a supervisor confirming their own override), or empty.
    OverrideDialog(OperatorSession& session, Action action, const QString& detail,
                   const QString& number = {}, QWidget* parent = nullptr);

    QLineEdit* numberField() const { return m_number; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* reasonField() const { return m_reason; }
    QPushButton* authoriseButton() const { return m_authorise; }
    QString messageText() const;
    // Set once a supervisor authorised it (and the dialog accepted).
    const std::optional<Override>& grant() const { return m_grant; }

    // Authorises, or says why not and stays open.
    void accept() override;

    // Void, return, discount, price change and a blocked sale's override: the journal must
    // say why.
    static bool needsReason(Action action);

    // Shows the dialog modally (or uses the preset answer); the grant, or nothing when the
    // operator cancelled or the preset credentials were refused.
    static std::optional<Override> ask(OperatorSession& session, Action action,
                                       const QString& detail, const QString& number,
                                       QWidget* parent);

    struct Answer {
        QString number;
        QByteArray pin;
        QString reason;
    };
    static void setNextAnswer(const Answer& answer);
    static void setNextCancel();
    static void clearNextAnswer();

private:
    void say(const QString& text);

    OperatorSession& m_session;
    Action m_action;
    std::optional<Override> m_grant;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_authorise = nullptr;
};

} // namespace checkstand
