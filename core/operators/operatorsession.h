// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditjournal.h"
#include "operators/operatorstore.h"
#include "util/clock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace checkstand {

// Who is at the till now, for the window and checkstand-ctl alike. One per Runtime.
//
// The window starts with nobody signed in (the lock screen asks for a number and PIN, or a
// badge); locking the screen signs the operator out, so switching operator is "lock, sign in".
// checkstand-ctl acts for the machine's administrator (whoever can run it can read the data
// files anyway): actAsMachineAdministrator() makes every check pass and journals as
// "checkstand-ctl (<os user>)".
//
// Every check goes through may(); an action the session may not do is not refused but asks for
// a supervisor (authorise()), which journals the override with who authorised it and why. The
// journal is written here for sign-in, sign-out, failures and overrides; the callers journal
// what they did (void, return, ...) through journal(), as the current actor.
class OperatorSession : public QObject {
    Q_OBJECT
public:
    OperatorSession(OperatorStore& store, AuditJournal& journal, const Clock& clock,
                    QObject* parent = nullptr);

    // Nobody while signed out or locked.
    const std::optional<Operator>& current() const { return m_current; }
    bool isSignedIn() const { return m_current.has_value() || m_machine; }
    // The session's role (a badge sign-in is a cashier's session: see SignIn::sessionRole);
    // Administrator for the machine administrator; Cashier when nobody is signed in.
    Role role() const;
    bool byBadge() const { return m_byBadge; }

    // checkstand-ctl: no operator, every action allowed, journalled as the OS user.
    void actAsMachineAdministrator(const QString& osUser);
    bool isMachineAdministrator() const { return m_machine; }

    // Number + PIN, or (when `pin` is empty and `numberOrBadge` is a known badge) a badge scan.
    // Journals signIn or signInFailed (never the PIN); on Ok the operator is current and
    // signedIn() is emitted. A new sign-in replaces the operator before it (signed out first).
    SignIn signIn(const QString& numberOrBadge, const QByteArray& pin);
    // Journals signOut with `reason` ("signOut", "locked", "idle") and emits signedOut().
    void signOut(const QString& reason = QStringLiteral("signOut"));

    // False when nobody is signed in.
    bool may(Action action) const;
    // A supervisor's number + PIN for one action the session may not do. On Ok journals an
    // override entry (action, who authorised it, reason, for whom) and returns it in
    // SignIn::grant; wrong PINs count toward that supervisor's lockout.
    SignIn authorise(Action action, const QString& number, const QByteArray& pin,
                     const QString& reason);

    // Appends an entry as the current actor (the operator, or checkstand-ctl). False with
    // lastError() set when the journal could not be written (the caller says so in words).
    bool journal(const QString& kind, const QJsonObject& details = {});
    AuditActor actor() const;
    // For records (sales, returns, voids, reports): the operator's name, "checkstand-ctl
    // (<os user>)", or empty when nobody is signed in.
    QString operatorName() const;

    const StorageError& lastError() const { return m_error; }
    OperatorStore& store() const { return m_store; }
    AuditJournal& auditJournal() const { return m_journal; }

Q_SIGNALS:
    void signedIn(const checkstand::Operator& op);
    void signedOut();

private:
    OperatorStore& m_store;
    AuditJournal& m_journal;
    const Clock& m_clock;
    std::optional<Operator> m_current;
    Role m_role = Role::Cashier;
    bool m_byBadge = false;
    bool m_machine = false;
    QString m_osUser;
    StorageError m_error;
};

} // namespace checkstand
