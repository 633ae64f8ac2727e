// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand {

struct Operator;

// The kinds of entry the till writes (free to extend: a kind is a short camelCase word).
namespace auditkind {
inline constexpr char kSignIn[] = "signIn";
inline constexpr char kSignOut[] = "signOut";
inline constexpr char kSignInFailed[] = "signInFailed";
inline constexpr char kOverride[] = "override";
inline constexpr char kVoid[] = "void";
inline constexpr char kReturn[] = "return";
inline constexpr char kDiscount[] = "discount";
inline constexpr char kPriceChange[] = "priceChange";
inline constexpr char kSettingsChanged[] = "settingsChanged";
inline constexpr char kOutboxDiscard[] = "outboxDiscard";
inline constexpr char kOutboxRetry[] = "outboxRetry";
inline constexpr char kCatalogImport[] = "catalogImport";
inline constexpr char kShiftOpen[] = "shiftOpen";
inline constexpr char kShiftClose[] = "shiftClose";
inline constexpr char kPayIn[] = "payIn";
inline constexpr char kPayOut[] = "payOut";
inline constexpr char kReport[] = "report";
inline constexpr char kOperatorChanged[] = "operatorChanged";
} // namespace auditkind

// Who did it: an operator, or "checkstand-ctl (os user)" with no operator id.
struct AuditActor {
    QString id;
    QString name;
    static AuditActor of(const Operator& op);
};

struct AuditEntry {
    qint64 seq = 0; // 1, 2, 3 ... with no gaps
    QDateTime at;   // UTC, milliseconds
    QString kind;
    QString operatorId;
    QString operatorName;
    QJsonObject details; // scrubbed: no secrets, no card numbers; numbers held as strings
    QString prevHash;    // hex; 64 zeros for entry 1
    QString hash;        // hex SHA-256 over the previous hash and this entry (see canonical())
};

struct AuditFilter {
    QDateTime from; // inclusive; null: no bound
    QDateTime to;   // exclusive; null: no bound
    QString kind;
    QString operatorName;
    int limit = 500; // the newest `limit` matches
};

struct AuditVerify {
    enum class Problem { None, Altered, Removed, Inserted, Reordered, Failed };
    bool ok = false;
    qint64 checked = 0;     // entries found intact (all of them when ok)
    qint64 firstBadSeq = 0; // the first entry that is wrong or missing; 0 when ok
    Problem problem = Problem::Failed;
    QString message; // in words: which entry and what happened to it
};
QString toString(AuditVerify::Problem problem); // "none", "altered", ... (ctl JSON)

// The append-only, hash-chained journal of who did what at the till. It lives in staff.db, on
// the OperatorStore's connection (OperatorStore::database()), rather than in its own file:
// staff.db is already the file that says who is at the till, one file is one backup and one
// owner-only permission to keep, and the entries about operators sit next to the operators
// they name. The table and its guards are made by OperatorStore::open().
//
// Entry n's hash is SHA-256(bytes of entry n-1's hash || canonical JSON of entry n without its
// hash), so changing, removing or inserting an entry breaks the chain from there on, and
// verify() names the entry. A chain rewritten from the change onwards cannot be told from an
// intact one; print the last hash (head()) on the Z report to anchor each day.
class AuditJournal {
public:
    AuditJournal(const Database& db, const Clock& clock);

    // The migration step that creates the table (no ';' inside: Database splits on them).
    static QString createTableSql();
    // Triggers that refuse UPDATE and DELETE on the table; run at every open, so a dropped
    // trigger comes back (a trigger body holds ';', so it cannot be a migration step).
    static bool installGuards(const Database& db, StorageError& error);

    // Appends one entry in a write transaction (last hash read and new row written together).
    // `details` is scrubbed first (scrub()). False with lastError() set when it failed, or
    // with an empty kind.
    bool append(const QString& kind, const AuditActor& actor, const QJsonObject& details = {});
    bool append(const QString& kind, const Operator& op, const QJsonObject& details = {});

    QList<AuditEntry> list(const AuditFilter& filter = {}) const;
    // The newest entry's hash (64 zeros for an empty journal); empty when the read failed.
    QString head() const;
    AuditVerify verify() const;

    const StorageError& lastError() const { return m_error; }

    // Drops keys naming a secret or card data (a word of the key is pin, password, secret,
    // key, token, cvc, cvv, card, pan, ...; "cardReference" stays), masks 13 to 19 digit Luhn
    // runs in strings to their last four, and turns numbers into strings, recursively.
    static QJsonObject scrub(const QJsonObject& details);
    static QString maskCardNumbers(const QString& text);
    // What the hash covers: QJsonDocument::toJson(Compact) of the entry's fields, seq as a
    // string. Qt writes QJsonObject keys sorted, so the bytes depend only on the content.
    static QByteArray canonical(const AuditEntry& entry);
    static QString hashOf(const AuditEntry& entry);
    static QString zeroHash();

private:
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values = {}) const;
    // The seq of the nearest entry before (or after) `seq` whose hash is `hash`; 0 when there is
    // none, empty when the database failed.
    std::optional<qint64> seqWithHash(const QString& hash, qint64 seq, bool earlier) const;

    const Database& m_db;
    const Clock& m_clock;
    mutable StorageError m_error;
};

} // namespace checkstand
