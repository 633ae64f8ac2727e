// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "operatorstore.h"

#include "audit/auditjournal.h"
#include "pinhash.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOperators, "checkstand.operators", QtInfoMsg)

namespace checkstand {

namespace {

// The roles and the rule table are in roles.cpp.

// The reason is the point of these two overrides (issue #13): the sale goes ahead against a
// check, so the journal must say why.
bool needsReason(Action action) {
    return action == Action::OverrideCheckerBlock || action == Action::OverrideUnconfirmedPrices;
}

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant& v) {
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

constexpr int kMaxNameLength = 60;
constexpr int kMaxBadgeLength = 64;

const QString kColumns = QStringLiteral("id, number, name, role, badge, disabled, created_at, "
                                        "failed_attempts, locked_until, pin_hash");

// Verified when the number is unknown or the operator disabled, so those answers take as long
// as a wrong PIN (made once per process, with the same cost as a real one).
const QByteArray& dummyHash() {
    static const QByteArray dummy = pin::hash("not-a-pin-0000").value_or(QByteArray());
    return dummy;
}

} // namespace

// --- store ------------------------------------------------------------------------------------

OperatorStore::OperatorStore(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock) {}

bool OperatorStore::open(const QString& path) {
    // The journal's table is created here because both live in staff.db (see AuditJournal).
    static const QStringList migrations = {
        QStringLiteral("CREATE TABLE operators (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                       "name TEXT NOT NULL, role TEXT NOT NULL, badge TEXT UNIQUE, "
                       "disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
                       "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT, "
                       "pin_hash TEXT NOT NULL);") +
            AuditJournal::createTableSql(),
    };
    m_error = {};
    if (!pin::initialise()) {
        m_error = StorageError::make(StorageError::Kind::Other, path,
                                     tr("the cryptography library (libsodium) cannot start"));
        return false;
    }
    if (!m_db.open(path, QStringLiteral("staff-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations)) {
        m_error = m_db.lastError();
        return false;
    }
    if (!AuditJournal::installGuards(m_db, m_error)) {
        m_db.close();
        return false;
    }
    // The dummy hash is made on the first sign-in, not here: opening staff.db is on the start-up
    // path of the window and of every checkstand-ctl command, and an Argon2id hash costs ~0.1 s
    // and 64 MiB. Only the process's very first unknown-number attempt is one hash slower.
    return true;
}

QString OperatorStore::normaliseNumber(const QString& number) {
    const QString t = number.trimmed();
    if (t.isEmpty() || t.size() > 6)
        return {};
    for (QChar c : t)
        if (c < u'0' || c > u'9')
            return {};
    qsizetype zeros = 0;
    while (zeros < t.size() - 1 && t.at(zeros) == u'0')
        ++zeros;
    return t.mid(zeros);
}

int OperatorStore::lockSecondsAfter(int failedAttempts) {
    if (failedAttempts < kFreeTries)
        return 0;
    qint64 seconds = kFirstLockSeconds;
    for (int i = kFreeTries; i < failedAttempts && seconds < kMaxLockSeconds; ++i)
        seconds *= 2;
    return int(std::min<qint64>(seconds, kMaxLockSeconds));
}

bool OperatorStore::isEmpty() {
    m_error = {};
    QSqlQuery q(m_db.db());
    if (!m_db.run(q, QStringLiteral("SELECT COUNT(*) FROM operators"), {}, m_error))
        return false;
    const qint64 count = q.next() ? q.value(0).toLongLong() : -1;
    if (!m_db.finished(q, m_error))
        return false;
    return count == 0;
}

std::optional<OperatorStore::Row> OperatorStore::find(const QString& column, const QString& value) {
    m_error = {};
    QSqlQuery q(m_db.db());
    // `column` is one of ours (id, number, badge), never input.
    if (!m_db.run(
            q, QStringLiteral("SELECT ") + kColumns + u" FROM operators WHERE " + column + u" = ?",
            {value}, m_error))
        return std::nullopt;
    std::optional<Row> row;
    if (q.next()) {
        Row r;
        r.op.id = q.value(0).toString();
        r.op.number = q.value(1).toString();
        r.op.name = q.value(2).toString();
        r.op.role = roleFromString(q.value(3).toString()).value_or(Role::Cashier);
        r.op.badge = q.value(4).toString();
        r.op.disabled = q.value(5).toBool();
        r.op.createdAt = fromIso(q.value(6));
        r.op.failedAttempts = q.value(7).toInt();
        r.op.lockedUntil = fromIso(q.value(8));
        r.pinHash = q.value(9).toString().toLatin1();
        row = r;
    }
    if (!m_db.finished(q, m_error))
        return std::nullopt;
    return row;
}

std::optional<Operator> OperatorStore::byNumber(const QString& number) {
    const QString n = normaliseNumber(number);
    if (n.isEmpty()) {
        m_error = {};
        return std::nullopt;
    }
    const std::optional<Row> r = find(QStringLiteral("number"), n);
    return r ? std::optional<Operator>(r->op) : std::nullopt;
}

std::optional<Operator> OperatorStore::byBadge(const QString& badge) {
    if (badge.trimmed().isEmpty()) {
        m_error = {};
        return std::nullopt;
    }
    const std::optional<Row> r = find(QStringLiteral("badge"), badge.trimmed());
    return r ? std::optional<Operator>(r->op) : std::nullopt;
}

std::optional<Operator> OperatorStore::byId(const QString& id) {
    const std::optional<Row> r = find(QStringLiteral("id"), id);
    return r ? std::optional<Operator>(r->op) : std::nullopt;
}

QList<Operator> OperatorStore::list() {
    m_error = {};
    QSqlQuery q(m_db.db());
    if (!m_db.run(q, QStringLiteral("SELECT id FROM operators ORDER BY CAST(number AS INTEGER)"),
                  {}, m_error))
        return {};
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (!m_db.finished(q, m_error))
        return {};
    QList<Operator> out;
    for (const QString& id : ids) {
        const std::optional<Row> r = find(QStringLiteral("id"), id);
        if (m_error)
            return {};
        if (r)
            out.append(r->op);
    }
    return out;
}

std::optional<Operator> OperatorStore::add(const QString& name, const QString& number, Role role,
                                           const QByteArray& pin, const QString& badge,
                                           QString* error) {
    return addOperator(name, number, role, pin, badge, error, nullptr);
}

std::optional<Operator> OperatorStore::addOperator(const QString& name, const QString& number,
                                                   Role role, const QByteArray& pin,
                                                   const QString& badge, QString* error,
                                                   const QByteArray* encodedHash) {
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    m_error = {};
    Operator op;
    op.name = name.simplified();
    op.number = normaliseNumber(number);
    op.role = role;
    op.badge = badge.trimmed();
    if (op.name.isEmpty())
        return refuse(tr("Enter the operator's name."));
    if (op.name.size() > kMaxNameLength)
        return refuse(tr("A name has at most %1 characters.").arg(kMaxNameLength));
    if (op.number.isEmpty())
        return refuse(tr("An operator number has 1 to 6 digits."));
    if (const QString why = pin::pinProblem(QByteArrayView(pin)); !why.isEmpty())
        return refuse(why);
    if (op.badge.size() > kMaxBadgeLength)
        return refuse(tr("A badge code has at most %1 characters.").arg(kMaxBadgeLength));
    if (const std::optional<Operator> other = byNumber(op.number))
        return refuse(tr("Operator number %1 is taken by %2.").arg(op.number, other->name));
    if (m_error)
        return refuse(m_error.message);
    if (!op.badge.isEmpty()) {
        if (const std::optional<Operator> other = byBadge(op.badge))
            return refuse(tr("That badge already belongs to %1.").arg(other->name));
        if (m_error)
            return refuse(m_error.message);
    }
    const std::optional<QByteArray> encoded =
        encodedHash ? std::optional<QByteArray>(*encodedHash) : pin::hash(pin);
    if (!encoded)
        return refuse(tr("The PIN could not be protected (out of memory); try again."));
    op.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    op.createdAt = m_clock.now();
    QSqlQuery q(m_db.db());
    if (!m_db.run(q,
                  QStringLiteral("INSERT INTO operators (id, number, name, role, badge, disabled, "
                                 "created_at, failed_attempts, locked_until, pin_hash) VALUES "
                                 "(?, ?, ?, ?, ?, 0, ?, 0, NULL, ?)"),
                  {op.id, op.number, op.name, toString(op.role),
                   op.badge.isEmpty() ? QVariant() : QVariant(op.badge), iso(op.createdAt),
                   QString::fromLatin1(*encoded)},
                  m_error))
        return refuse(m_error.message);
    qCInfo(lcOperators).noquote() << "operator" << op.number << "added as" << toString(op.role);
    Q_EMIT changed();
    return op;
}

bool OperatorStore::disable(const QString& id, QString* error) {
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const std::optional<Operator> op = byId(id);
    if (!op)
        return refuse(m_error ? m_error.message : tr("There is no such operator."));
    if (op->role == Role::Administrator && !op->disabled) {
        QSqlQuery q(m_db.db());
        if (!m_db.run(q,
                      QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = ? AND "
                                     "disabled = 0 AND id <> ?"),
                      {toString(Role::Administrator), id}, m_error))
            return refuse(m_error.message);
        const qint64 others = q.next() ? q.value(0).toLongLong() : 0;
        if (!m_db.finished(q, m_error))
            return refuse(m_error.message);
        if (others == 0)
            return refuse(tr("%1 is the last administrator: add another before disabling them.")
                              .arg(op->name));
    }
    QSqlQuery q(m_db.db());
    if (!m_db.run(q, QStringLiteral("UPDATE operators SET disabled = 1 WHERE id = ?"), {id},
                  m_error))
        return refuse(m_error.message);
    Q_EMIT changed();
    return true;
}

bool OperatorStore::resetPin(const QString& id, const QByteArray& pin, QString* error) {
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString why = pin::pinProblem(QByteArrayView(pin)); !why.isEmpty())
        return refuse(why);
    if (!byId(id))
        return refuse(m_error ? m_error.message : tr("There is no such operator."));
    const std::optional<QByteArray> encoded = pin::hash(pin);
    if (!encoded)
        return refuse(tr("The PIN could not be protected (out of memory); try again."));
    QSqlQuery q(m_db.db());
    if (!m_db.run(q,
                  QStringLiteral("UPDATE operators SET pin_hash = ?, failed_attempts = 0, "
                                 "locked_until = NULL WHERE id = ?"),
                  {QString::fromLatin1(*encoded), id}, m_error))
        return refuse(m_error.message);
    Q_EMIT changed();
    return true;
}

// --- signing in -------------------------------------------------------------------------------

QString OperatorStore::lockedMessage(const Operator& op) const {
    return tr("Operator %1 is locked until %2 after %3 wrong PINs.")
        .arg(op.number, op.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
             QString::number(op.failedAttempts));
}

bool OperatorStore::recordWrongPin(const QString& id, int* attempts, QDateTime* lockedUntil) {
    // Read and written in one write transaction, so two tills on one file cannot both count
    // from the same number.
    if (!m_db.begin(m_error))
        return false;
    QSqlQuery q(m_db.db());
    if (!m_db.run(q, QStringLiteral("SELECT failed_attempts FROM operators WHERE id = ?"), {id},
                  m_error)) {
        m_db.rollback();
        return false;
    }
    const int before = q.next() ? q.value(0).toInt() : 0;
    if (!m_db.finished(q, m_error)) {
        m_db.rollback();
        return false;
    }
    q.finish();
    *attempts = before + 1;
    const int seconds = lockSecondsAfter(*attempts);
    *lockedUntil = seconds > 0 ? m_clock.now().addSecs(seconds) : QDateTime();
    QSqlQuery u(m_db.db());
    if (!m_db.run(
            u,
            QStringLiteral(
                "UPDATE operators SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
            {*attempts, lockedUntil->isValid() ? QVariant(iso(*lockedUntil)) : QVariant(), id},
            m_error) ||
        !m_db.commit(m_error)) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool OperatorStore::recordRightPin(const Row& row, const QByteArray& pin) {
    QSqlQuery q(m_db.db());
    if (row.op.failedAttempts != 0 || row.op.lockedUntil.isValid()) {
        if (!m_db.run(q,
                      QStringLiteral("UPDATE operators SET failed_attempts = 0, "
                                     "locked_until = NULL WHERE id = ?"),
                      {row.op.id}, m_error))
            return false;
    }
    // A hash made with older, cheaper parameters is replaced now, the one moment the PIN is at
    // hand. A failure here is not a failed sign-in: the old hash still verifies.
    if (pin::needsRehash(row.pinHash)) {
        if (const std::optional<QByteArray> encoded = pin::hash(pin)) {
            QSqlQuery u(m_db.db());
            StorageError why;
            if (!m_db.run(u, QStringLiteral("UPDATE operators SET pin_hash = ? WHERE id = ?"),
                          {QString::fromLatin1(*encoded), row.op.id}, why))
                qCWarning(lcOperators) << "re-hashing a PIN failed:" << why.shortText();
        }
    }
    return true;
}

SignIn OperatorStore::signIn(const QString& number, const QByteArray& pin) {
    SignIn result;
    const auto failed = [&result, this] {
        result.outcome = SignIn::Outcome::Failed;
        result.op.reset();
        result.message = m_error.message;
        return result;
    };
    const QString n = normaliseNumber(number);
    std::optional<Row> row;
    if (!n.isEmpty()) {
        row = find(QStringLiteral("number"), n);
        if (m_error)
            return failed();
    }
    if (!row || row->op.disabled) {
        // The same work as a wrong PIN, whose answer is thrown away.
        (void)pin::verify(dummyHash(), pin);
        result.outcome = row ? SignIn::Outcome::Disabled : SignIn::Outcome::Unknown;
        result.message = row ? tr("Operator %1 is disabled; ask an administrator.").arg(n)
                             : tr("Wrong operator number or PIN.");
        return result;
    }
    Operator& op = row->op;
    const QDateTime now = m_clock.now();
    if (op.lockedUntil.isValid() && op.lockedUntil > now) {
        result.outcome = SignIn::Outcome::Locked;
        result.lockedUntil = op.lockedUntil;
        result.message = lockedMessage(op);
        return result;
    }
    if (!pin::verify(row->pinHash, pin)) {
        int attempts = 0;
        QDateTime until;
        if (!recordWrongPin(op.id, &attempts, &until))
            return failed();
        op.failedAttempts = attempts;
        op.lockedUntil = until;
        qCInfo(lcOperators).noquote()
            << "wrong PIN for operator" << op.number << "attempt" << attempts;
        if (until.isValid()) {
            result.outcome = SignIn::Outcome::Locked;
            result.lockedUntil = until;
            result.message = tr("Wrong PIN.") + u' ' + lockedMessage(op);
        } else {
            result.outcome = SignIn::Outcome::WrongPin;
            result.triesLeft = kFreeTries - attempts;
            result.message =
                (result.triesLeft == 1 ? tr("Wrong PIN. 1 try left before a %1-second lock.")
                                       : tr("Wrong PIN. %1 tries left before a %2-second lock.")
                                             .arg(result.triesLeft))
                    .arg(kFirstLockSeconds);
        }
        return result;
    }
    if (!recordRightPin(*row, pin))
        return failed();
    op.failedAttempts = 0;
    op.lockedUntil = {};
    result.outcome = SignIn::Outcome::Ok;
    result.sessionRole = op.role;
    result.op = op;
    return result;
}

SignIn OperatorStore::signInByBadge(const QString& badge) {
    SignIn result;
    result.byBadge = true;
    const std::optional<Operator> op = byBadge(badge);
    if (m_error) {
        result.message = m_error.message;
        return result; // Failed
    }
    if (!op) {
        result.outcome = SignIn::Outcome::Unknown;
        result.message = tr("This badge is not known; sign in with your number and PIN.");
        return result;
    }
    if (op->disabled) {
        result.outcome = SignIn::Outcome::Disabled;
        result.message = tr("Operator %1 is disabled; ask an administrator.").arg(op->number);
        return result;
    }
    if (op->lockedUntil.isValid() && op->lockedUntil > m_clock.now()) {
        result.outcome = SignIn::Outcome::Locked;
        result.lockedUntil = op->lockedUntil;
        result.message = lockedMessage(*op);
        return result;
    }
    result.outcome = SignIn::Outcome::Ok;
    result.sessionRole = Role::Cashier; // a badge can be lost: never more than a cashier
    result.op = op;
    return result;
}

SignIn OperatorStore::authorise(Action action, const QString& number, const QByteArray& pin,
                                const QString& reason) {
    if (needsReason(action) && reason.trimmed().isEmpty()) {
        SignIn refused;
        refused.outcome = SignIn::Outcome::Invalid;
        refused.message = tr("Say why %1 is allowed.").arg(actionPhrase(action));
        return refused;
    }
    SignIn result = signIn(number, pin);
    if (!result.ok())
        return result;
    if (!allows(result.op->role, action)) {
        result.outcome = SignIn::Outcome::NotAllowed;
        result.message =
            tr("Operator %1 may not authorise %2.").arg(result.op->number, actionPhrase(action));
        return result;
    }
    result.grant = Override{*result.op, action, reason.trimmed(), m_clock.now()};
    return result;
}

// --- demo -------------------------------------------------------------------------------------

QList<DemoOperator> OperatorStore::demoOperators() {
    return {
        {QStringLiteral("Alex Admin"), QStringLiteral("1"), Role::Administrator, "2580",
         "$argon2id$v=19$m=65536,t=2,p=1$orKAqOAfgu2pUka8NBVm1A$"
         "9B13pEmpM2o0RQYo3eGdK9kOPJ2E7L5qJ06uctnJlJc"},
        {QStringLiteral("Sam Supervisor"), QStringLiteral("2"), Role::Supervisor, "1470",
         "$argon2id$v=19$m=65536,t=2,p=1$npGN0DRsvUaN0VOzueHFdQ$"
         "Pzay2MAHno6d7Wq5g3Q3RElomRo+dZnllbBUIg09Jfo"},
        {QStringLiteral("Casey Cashier"), QStringLiteral("3"), Role::Cashier, "3690",
         "$argon2id$v=19$m=65536,t=2,p=1$S7CdRHwzXLcosUuH/Sp5gg$"
         "gKTGPd9q4KnxjNKF3T/eXdcrm0X9pyvft+ZJbnNZp5A"},
    };
}

bool OperatorStore::addDemoOperators() {
    const bool empty = isEmpty();
    if (m_error)
        return false;
    if (!empty)
        return true;
    for (DemoOperator& demo : demoOperators()) {
        QString why;
        const bool added =
            addOperator(demo.name, demo.number, demo.role, demo.pin, {}, &why, &demo.pinHash)
                .has_value();
        sodium_memzero(demo.pin.data(), size_t(demo.pin.size()));
        if (!added) {
            qCWarning(lcOperators).noquote() << "demo operator" << demo.number << why;
            return false;
        }
    }
    return true;
}

} // namespace checkstand
