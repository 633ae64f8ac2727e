// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operators/roles.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace checkstand {

// --- operators --------------------------------------------------------------------------------

struct Operator {
    QString id;     // a UUID, never shown; the journal and sales refer to it
    QString number; // what is typed at sign-in: 1 to 6 digits, unique, no leading zeros
    QString name;
    Role role = Role::Cashier;
    QString badge; // a badge barcode, unique when set; empty when the operator has none
    bool disabled = false;
    QDateTime createdAt;
    int failedAttempts = 0; // wrong PINs since the last right one
    QDateTime lockedUntil;  // null when not locked
};

// A supervisor's (or administrator's) consent to one action they may do and the signed-in
// operator may not: shown with who gave it and journalled by the caller.
struct Override {
    Operator supervisor;
    Action action = Action::Void;
    QString reason;
    QDateTime at;
};

struct SignIn {
    enum class Outcome {
        Ok,
        WrongPin,
        Locked, // refused without looking at the PIN; lockedUntil says until when
        Unknown,
        Disabled,
        NotAllowed, // authorise(): the PIN was right but the role may not do the action
        Invalid,    // authorise(): no reason given where one is required
        Failed,     // the database failed; message says how (nothing was decided)
    };
    Outcome outcome = Outcome::Failed;
    std::optional<Operator> op; // set for Ok (and NotAllowed: who tried)
    // What the session may do: the operator's role, except that a badge sign-in is a cashier's
    // session whatever the role (a badge can be lost or lent, a PIN is known by one person), so
    // anything more needs the number and PIN through authorise().
    Role sessionRole = Role::Cashier;
    bool byBadge = false;
    QDateTime lockedUntil;
    int triesLeft = 0;             // wrong PINs left before the next lock (WrongPin)
    QString message;               // in words for the operator; empty for Ok
    std::optional<Override> grant; // authorise() only, when outcome is Ok

    bool ok() const { return outcome == Outcome::Ok; }
};

struct DemoOperator {
    QString name;
    QString number;
    Role role;
    QByteArray pin; // documented in docs/operators.md: training sandbox only
    // Its Argon2id hash, made once with the same cost as pin::hash() and kept here: hashing
    // the three demo PINs took ~0.9 s and 96 MB at every fresh sandbox start (each test, each
    // trainer's first start). The PINs are public anyway; tst_operators checks each hash
    // verifies against its PIN and needs no rehash.
    QByteArray pinHash;
};

// The operators of this till, in staff.db (which also holds the audit journal: see
// AuditJournal). Every call checks the database: after a call that returned "nothing",
// lastError() says whether that was the answer or a failure.
class OperatorStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kFreeTries = 3; // wrong PINs before the first lock
    static constexpr int kFirstLockSeconds = 30;
    static constexpr int kMaxLockSeconds = 15 * 60;

    explicit OperatorStore(const Clock& clock, QObject* parent = nullptr);

    bool open(const QString& path);
    void close() { m_db.close(); }
    const StorageError& lastError() const { return m_error; }
    QString error() const { return m_error.message; }
    // The staff.db connection, for the AuditJournal that shares the file.
    const Database& database() const { return m_db; }

    // No operator at all: first start, the app asks for an administrator. False (with
    // lastError() set) when the database cannot be read: a read failure must never open the
    // "create the first administrator" path.
    bool isEmpty();
    // Validates everything (name, number digits and unique, PIN rules, badge unique) and says
    // what is wrong in `error`. The caller wipes `pin`.
    std::optional<Operator> add(const QString& name, const QString& number, Role role,
                                const QByteArray& pin, const QString& badge = {},
                                QString* error = nullptr);
    QList<Operator> list();
    std::optional<Operator> byNumber(const QString& number);
    std::optional<Operator> byBadge(const QString& badge);
    std::optional<Operator> byId(const QString& id);
    // Refuses to disable the last enabled administrator (nobody could manage operators then).
    bool disable(const QString& id, QString* error = nullptr);
    // A new PIN also ends any lockout.
    bool resetPin(const QString& id, const QByteArray& pin, QString* error = nullptr);

    // Number + PIN. Three wrong PINs lock the operator for 30 s; each further wrong PIN before a
    // right one locks again for twice as long, up to 15 min. A locked operator is refused without
    // the PIN being checked. An unknown number takes as long as a known one (a dummy hash is
    // verified), so timing does not tell which numbers exist.
    SignIn signIn(const QString& number, const QByteArray& pin);
    SignIn signInByBadge(const QString& badge);
    // A supervisor's number + PIN for one action: Ok with `grant` when the PIN is right and the
    // role allows it; wrong PINs count toward the same lockout as signIn().
    SignIn authorise(Action action, const QString& number, const QByteArray& pin,
                     const QString& reason);

    static QList<DemoOperator> demoOperators();
    // Adds the demo operators when there is no operator yet; true when there was nothing to do.
    bool addDemoOperators();

    // "12" for "012"; empty when `number` is not 1 to 6 digits.
    static QString normaliseNumber(const QString& number);
    static int lockSecondsAfter(int failedAttempts); // 0 below kFreeTries

Q_SIGNALS:
    void changed();

private:
    struct Row {
        Operator op;
        QByteArray pinHash;
    };
    std::optional<Row> find(const QString& column, const QString& value);
    // add() with the PIN's hash already made (`encodedHash`), or made here when it is null.
    std::optional<Operator> addOperator(const QString& name, const QString& number, Role role,
                                        const QByteArray& pin, const QString& badge, QString* error,
                                        const QByteArray* encodedHash);
    bool recordWrongPin(const QString& id, int* attempts, QDateTime* lockedUntil);
    bool recordRightPin(const Row& row, const QByteArray& pin);
    QString lockedMessage(const Operator& op) const;

    const Clock& m_clock;
    Database m_db;
    StorageError m_error;
};

} // namespace checkstand
