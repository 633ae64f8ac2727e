// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "elevate/paymentnotification.h"
#include "storage/salesstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlQuery>

#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcOutbox, "checkstand.outbox", QtInfoMsg)

namespace checkstand::outbox {

namespace {

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v) {
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

State stateFrom(const QString& s) {
    if (s == QLatin1String("retrying"))
        return State::Retrying;
    if (s == QLatin1String("rejected"))
        return State::Rejected;
    if (s == QLatin1String("delivered"))
        return State::Delivered;
    if (s == QLatin1String("discarded"))
        return State::Discarded;
    return State::Queued;
}

const QString kColumns = QStringLiteral(
    "SELECT id, sale_id, created_at, customer_key, session_key, market, body, state, attempts, "
    "next_attempt_at, last_error, last_status, delivered_at, discarded_reason FROM outbox ");

// "[1,2,3]": the ids of an IN list bound as one value, so its statement's text stays the same.
QString idArray(const QList<qint64>& ids) {
    QString out = QStringLiteral("[");
    for (const qint64 id : ids) {
        if (out.size() > 1)
            out += u',';
        out += QString::number(id);
    }
    return out + u']';
}

Entry entryFrom(const QSqlQuery& q) {
    Entry e;
    e.id = q.value(0).toLongLong();
    e.saleId = q.value(1).toString();
    e.createdAt = fromIso(q.value(2));
    e.customerKey = q.value(3).toString();
    e.sessionKey = q.value(4).toString();
    e.market = q.value(5).toString();
    e.body = q.value(6).toByteArray();
    e.state = stateFrom(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = fromIso(q.value(9));
    e.lastError = q.value(10).toString();
    e.lastStatus = q.value(11).toInt();
    e.deliveredAt = fromIso(q.value(12));
    e.discardedReason = q.value(13).toString();
    return e;
}

} // namespace

QString toString(State state) {
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Retrying:
        return QStringLiteral("retrying");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

Outbox::Outbox(SalesStore& store, const Clock& clock, std::function<QString()> market,
               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_market(std::move(market)) {
    m_store.addCompletionHook([this](QSqlDatabase& db, const CompletedSale& sale,
                                     StorageError& error) { return enqueue(db, sale, error); });
    // A recorded sale is a successful write to this file too. Its row is held until the
    // commit that wrote it is durable (due()).
    connect(&m_store, &SalesStore::saleRecorded, this, [this] {
        if (m_lastInserted > 0)
            m_held.append({m_lastInserted, m_store.storage().commitGeneration()});
        m_lastInserted = 0;
        wrote();
    });
    m_held.append({1, m_store.storage().commitGeneration()});
    m_store.storage().addDurableListener(this, [this](quint64, const StorageError& error) {
        // Said once per kind by the storage thread, which keeps trying: remembered until a sync
        // works, so that a flush waiting for the disk can end in words instead of waiting on.
        m_syncFailure = error;
        if (error.failed()) {
            Q_EMIT syncFailed(error);
            return;
        }
        // Rows were held back by the last due(): look again (they may still be held, then due()
        // says so again and the next sync answers).
        if (std::exchange(m_heldBack, false))
            Q_EMIT madeDurable();
    });
}

qint64 Outbox::sendableUpTo() const {
    const quint64 durable = m_store.storage().durableGeneration();
    m_held.removeIf([durable](const Held& h) { return h.generation <= durable; });
    qint64 upTo = std::numeric_limits<qint64>::max();
    for (const Held& h : std::as_const(m_held))
        upTo = std::min(upTo, h.id - 1);
    return upTo;
}

bool Outbox::waitingForDisk() const {
    return m_heldBack;
}

quint64 Outbox::commitGeneration() const {
    return m_store.storage().commitGeneration();
}

quint64 Outbox::durableGeneration() const {
    return m_store.storage().durableGeneration();
}

bool Outbox::run(QSqlQuery& q, const QString& sql, const QVariantList& values) const {
    StorageError error;
    return m_store.storage().run(q, sql, values, error) || fail(error);
}

Database::KeptQuery Outbox::runKept(const QString& sql, const QVariantList& values) const {
    StorageError error;
    Database::KeptQuery q = m_store.storage().runKept(sql, values, error);
    if (!q)
        fail(error);
    return q;
}

bool Outbox::finished(const QSqlQuery& q) const {
    StorageError error;
    return m_store.storage().finished(q, error) || fail(error);
}

bool Outbox::fail(const StorageError& error) const {
    m_error = error;
    m_failure = error;
    Q_EMIT storageFailed(error);
    return false;
}

void Outbox::wrote() {
    // The database takes writes again: the status bar may stop showing the last failure.
    m_failure = {};
    Q_EMIT changed();
}

bool Outbox::enqueue(QSqlDatabase& db, const CompletedSale& sale, StorageError& error) {
    const auto n = elevate::buildNotification(sale, m_market());
    if (!n) {
        qCInfo(lcOutbox) << "sale" << sale.ticket.id
                         << "has no line with a variant key; nothing to report";
        return true;
    }
    QSqlQuery q(db);
    m_lastInserted = 0;
    const bool inserted = m_store.storage().run(
        q,
        QStringLiteral("INSERT INTO outbox (sale_id, created_at, customer_key, session_key, "
                       "market, body, state, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "'queued', ?)"),
        {n->saleId, iso(sale.completedAt), n->customerKey, n->sessionKey, n->market,
         QJsonDocument(n->body).toJson(QJsonDocument::Compact), iso(sale.completedAt)},
        error);
    if (inserted)
        m_lastInserted = q.lastInsertId().toLongLong();
    return inserted;
}

QList<Entry> Outbox::entries(int limit) const {
    begin();
    QList<Entry> out;
    QSqlQuery q(m_store.database());
    if (!run(q, kColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit}))
        return {};
    while (q.next())
        out.append(entryFrom(q));
    return finished(q) ? out : QList<Entry>();
}

std::optional<Entry> Outbox::entry(qint64 id) const {
    begin();
    QSqlQuery q(m_store.database());
    if (!run(q, kColumns + QStringLiteral("WHERE id = ?"), {id}))
        return std::nullopt;
    std::optional<Entry> e;
    if (q.next())
        e = entryFrom(q);
    return finished(q) ? e : std::nullopt;
}

QList<Entry> Outbox::due(const QList<qint64>& busy, int limit) const {
    begin();
    const qint64 upTo = sendableUpTo();
    m_heldBack = upTo != std::numeric_limits<qint64>::max();
    QList<Entry> out;
    // Walks the waiting rows oldest first and stops at the limit (the index is named: the
    // planner would otherwise pick outbox_due and sort every waiting row).
    static const QString sql =
        kColumns + QStringLiteral("INDEXED BY outbox_pending WHERE state IN ('queued', "
                                  "'retrying') AND next_attempt_at <= ? AND id <= ? ORDER BY id "
                                  "LIMIT ?");
    const Database::KeptQuery q =
        runKept(sql, {iso(m_clock.now()), upTo, limit + int(busy.size())});
    if (!q)
        return {};
    while (out.size() < limit && q->next()) {
        Entry e = entryFrom(*q);
        if (!busy.contains(e.id))
            out.append(e);
    }
    return finished(*q) ? out : QList<Entry>();
}

QDateTime Outbox::nextAttemptAt(const QList<qint64>& busy) const {
    begin();
    QSqlQuery q(m_store.database());
    if (!run(q,
             QStringLiteral("SELECT id, next_attempt_at FROM outbox INDEXED BY "
                            "outbox_pending_next WHERE state IN ('queued', 'retrying') ORDER BY "
                            "next_attempt_at LIMIT ?"),
             {int(busy.size()) + 1}))
        return {};
    QDateTime next;
    while (!next.isValid() && q.next()) {
        if (!busy.contains(q.value(0).toLongLong()))
            next = fromIso(q.value(1));
    }
    return finished(q) ? next : QDateTime();
}

Counts Outbox::counts() const {
    begin();
    Counts c;
    QSqlQuery q(m_store.database());
    if (!run(q,
             QStringLiteral("SELECT state, COUNT(*), SUM(CASE WHEN delivered_at >= ? THEN 1 "
                            "ELSE 0 END) FROM outbox GROUP BY state"),
             {iso(QDateTime(m_clock.today(), QTime(0, 0)))}))
        return {};
    while (q.next()) {
        switch (stateFrom(q.value(0).toString())) {
        case State::Queued:
            c.queued = q.value(1).toInt();
            break;
        case State::Retrying:
            c.retrying = q.value(1).toInt();
            break;
        case State::Rejected:
            c.rejected = q.value(1).toInt();
            break;
        case State::Delivered:
            c.deliveredToday = q.value(2).toInt();
            break;
        case State::Discarded:
            break;
        }
    }
    if (!finished(q))
        return {};
    q.finish();
    const auto paused = metaValue(QStringLiteral("paused"));
    if (!paused)
        return {};
    c.paused = !paused->isEmpty();
    c.pauseReason = *paused;
    return c;
}

bool Outbox::update(const QString& sql, const QVariantList& values) {
    begin();
    QSqlQuery q(m_store.database());
    if (!run(q, sql, values))
        return false;
    // Zero rows is not a failure of the database: the row is gone or in another state.
    if (q.numRowsAffected() <= 0)
        return false;
    wrote();
    return true;
}

bool Outbox::markAttempt(qint64 id) {
    // Counted before the request leaves: a crash mid-flight still shows the attempt, and the row
    // (still queued or retrying) is sent again on the next start.
    return update(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"), {id});
}

bool Outbox::markDelivered(qint64 id, int status) {
    return update(
        QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?, last_status = ?, "
                       "last_error = NULL WHERE id = ?"),
        {iso(m_clock.now()), status, id});
}

bool Outbox::inTransaction(const std::function<bool()>& statements) {
    begin();
    const Database& db = m_store.storage();
    StorageError error;
    if (!db.begin(error))
        return fail(error);
    if (!statements()) {
        db.rollback();
        return false;
    }
    if (!db.commit(error)) {
        db.rollback();
        return fail(error);
    }
    wrote();
    return true;
}

// One statement per kind of change, for all its rows (their ids as one JSON array), each kept
// prepared: a worker step's cost is its statements, not its rows.
bool Outbox::writeDelivered(const QList<Delivered>& delivered) {
    const QString at = iso(m_clock.now());
    QMap<int, QList<qint64>> byStatus;
    for (const Delivered& d : delivered)
        byStatus[d.status].append(d.id);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        if (!runKept(QStringLiteral("UPDATE outbox SET state = 'delivered', delivered_at = ?, "
                                    "last_status = ?, last_error = NULL WHERE id IN (SELECT "
                                    "value FROM json_each(?))"),
                     {at, it.key(), idArray(*it)}))
            return false;
    }
    return true;
}

bool Outbox::countAttempts(const QList<qint64>& ids) {
    return ids.isEmpty() ||
           runKept(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id IN "
                                  "(SELECT value FROM json_each(?))"),
                   {idArray(ids)});
}

bool Outbox::markAttempts(const QList<qint64>& ids) {
    begin();
    return ids.isEmpty() || inTransaction([&] { return countAttempts(ids); });
}

bool Outbox::markDelivered(const QList<Delivered>& delivered) {
    begin();
    return delivered.isEmpty() || inTransaction([&] { return writeDelivered(delivered); });
}

std::optional<Outbox::Batch> Outbox::nextBatch(const QList<Delivered>& delivered,
                                               const QList<qint64>& busy, int room) {
    begin();
    const Database& db = m_store.storage();
    StorageError error;
    if (!db.begin(error)) {
        fail(error);
        return std::nullopt;
    }
    const auto abandon = [&db]() -> std::optional<Batch> {
        db.rollback(); // nothing of it is written: the marks are tried again next time
        return std::nullopt;
    };
    if (!writeDelivered(delivered))
        return abandon();
    Batch batch;
    const std::optional<QString> paused = metaValue(QStringLiteral("paused"));
    if (!paused)
        return abandon();
    batch.paused = !paused->isEmpty();
    if (!batch.paused && room > 0) {
        batch.due = due(busy, room);
        if (m_error.failed())
            return abandon();
        QList<qint64> ids;
        for (const Entry& e : std::as_const(batch.due))
            ids.append(e.id);
        if (!countAttempts(ids))
            return abandon();
    }
    if (delivered.isEmpty() && batch.due.isEmpty()) {
        db.rollback(); // read only: no commit (and no sync) for a step with nothing to write
        return batch;
    }
    if (!db.commit(error)) {
        db.rollback();
        fail(error);
        return std::nullopt;
    }
    wrote();
    return batch;
}

bool Outbox::markRetry(qint64 id, const QDateTime& next, const QString& error, int status) {
    return update(
        QStringLiteral("UPDATE outbox SET state = 'retrying', next_attempt_at = ?, last_error = ?, "
                       "last_status = ? WHERE id = ? AND state IN ('queued', 'retrying')"),
        {iso(next), error, status, id});
}

bool Outbox::markRejected(qint64 id, const QString& error, int status) {
    return update(
        QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = ?, last_status = ? "
                       "WHERE id = ?"),
        {error, status, id});
}

bool Outbox::retryNow(qint64 id) {
    // The operator's explicit choice, also for a rejected one (recorded in last_error's place).
    return update(
        QStringLiteral("UPDATE outbox SET state = CASE state WHEN 'rejected' THEN 'queued' ELSE "
                       "state END, next_attempt_at = ? WHERE id = ? AND state IN ('queued', "
                       "'retrying', 'rejected')"),
        {iso(m_clock.now()), id});
}

bool Outbox::discard(qint64 id, const QString& reason) {
    begin();
    if (reason.trimmed().isEmpty())
        return false;
    return update(
        QStringLiteral(
            "UPDATE outbox SET state = 'discarded', discarded_reason = ?, discarded_at = ? "
            "WHERE id = ? AND state IN ('queued', 'retrying', 'rejected')"),
        {reason.trimmed(), iso(m_clock.now()), id});
}

std::optional<QString> Outbox::metaValue(const QString& name) const {
    const Database::KeptQuery q =
        runKept(QStringLiteral("SELECT value FROM outbox_meta WHERE name = ?"), {name});
    if (!q)
        return std::nullopt;
    const QString value = q->next() ? q->value(0).toString() : QString();
    if (!finished(*q))
        return std::nullopt;
    return value;
}

bool Outbox::setMeta(const QString& name, const QString& value) {
    begin();
    QSqlQuery q(m_store.database());
    if (!run(q, QStringLiteral("INSERT OR REPLACE INTO outbox_meta (name, value) VALUES (?, ?)"),
             {name, value}))
        return false;
    wrote();
    return true;
}

bool Outbox::pause(const QString& reason) {
    return setMeta(QStringLiteral("paused"), reason.isEmpty() ? QStringLiteral("paused") : reason);
}

bool Outbox::resume() {
    return setMeta(QStringLiteral("paused"), QString());
}

bool Outbox::isPaused() const {
    begin();
    return !metaValue(QStringLiteral("paused")).value_or(QString()).isEmpty();
}

QString Outbox::pauseReason() const {
    begin();
    return metaValue(QStringLiteral("paused")).value_or(QString());
}

} // namespace checkstand::outbox
