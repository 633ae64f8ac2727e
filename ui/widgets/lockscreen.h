// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace checkstand {

class FirstAdminDialog;
class OperatorSession;

// What the window shows while nobody is signed in, in place of the navigation and the pages:
// the store and environment, the operator number (a badge scanned into it signs in without a
// PIN) and the PIN, and what went wrong in words ("Wrong PIN. 2 tries left ...", "locked until
// 14:03:10", "disabled", "Wrong operator number or PIN."). Enter in the number field goes on to
// the PIN (or signs in a badge); Enter in the PIN field signs in. The PIN is emptied after
// every attempt. A successful sign-in is OperatorSession::signedIn; the window unlocks on it.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(OperatorSession& session, QWidget* parent = nullptr);

    QLineEdit* numberField() const { return m_number; }
    QLineEdit* pinField() const { return m_pin; }
    QPushButton* signInButton() const { return m_signIn; }
    // "Create the first administrator…": shown only while staff.db has no operator.
    QPushButton* createAdminButton() const { return m_createAdmin; }
    QString messageText() const;
    // The first-start dialog while it is open; null otherwise.
    FirstAdminDialog* firstAdminDialog() const;

    void setEnvironment(const QString& text);
    // Empties both fields, says `message` (why the till locked), keyboard on the number.
    void reset(const QString& message = {});
    // First start: with no operator in staff.db, opens the FirstAdminDialog. A staff.db that
    // cannot be read says so and never offers it (nobody could tell it is not empty).
    void checkFirstStart();

public Q_SLOTS:
    // Signs in with what is typed (or scanned).
    void submit();

private:
    void say(const QString& text, bool isError);
    void openFirstAdmin();

    OperatorSession& m_session;
    QLabel* m_environment = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_createAdmin = nullptr;
    QLabel* m_message = nullptr;
    QPointer<FirstAdminDialog> m_firstAdmin;
};

} // namespace checkstand
