#include "outbox.h"

#include "elevate/paymentnotification.h"
#include "storage/salesstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

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
    m_store.addCompletionHook(
        [this](QSqlDatabase& db, const CompletedSale& sale) { return enqueue(db, sale); });
    connect(&m_store, &SalesStore::saleRecorded, this, &Outbox::changed);
}

bool Outbox::enqueue(QSqlDatabase& db, const CompletedSale& sale) {
    const auto n = elevate::buildNotification(sale, m_market());
    if (!n) {
        qCInfo(lcOutbox) << "sale" << sale.ticket.id
                         << "has no line with a variant key; nothing to report";
        return true;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (sale_id, created_at, customer_key, session_key, market, body, "
        "state, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)"));
    q.addBindValue(n->saleId);
    q.addBindValue(iso(sale.completedAt));
    q.addBindValue(n->customerKey);
    q.addBindValue(n->sessionKey);
    q.addBindValue(n->market);
    q.addBindValue(QJsonDocument(n->body).toJson(QJsonDocument::Compact));
    q.addBindValue(iso(sale.completedAt));
    return q.exec();
}

QList<Entry> Outbox::entries(int limit) const {
    QList<Entry> out;
    QSqlQuery q(m_store.database());
    q.prepare(kColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(entryFrom(q));
    }
    return out;
}

std::optional<Entry> Outbox::entry(qint64 id) const {
    QSqlQuery q(m_store.database());
    q.prepare(kColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFrom(q);
    return std::nullopt;
}

QList<Entry> Outbox::due(const QList<qint64>& busy, int limit) const {
    QList<Entry> out;
    QSqlQuery q(m_store.database());
    q.prepare(kColumns +
              QStringLiteral("WHERE state IN ('queued', 'retrying') AND next_attempt_at <= ? "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(iso(m_clock.now()));
    q.addBindValue(limit + int(busy.size()));
    if (!q.exec())
        return out;
    while (q.next() && out.size() < limit) {
        Entry e = entryFrom(q);
        if (!busy.contains(e.id))
            out.append(e);
    }
    return out;
}

QDateTime Outbox::nextAttemptAt(const QList<qint64>& busy) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, next_attempt_at FROM outbox WHERE state IN ('queued', 'retrying') "
        "ORDER BY next_attempt_at LIMIT ?"));
    q.addBindValue(int(busy.size()) + 1);
    if (!q.exec())
        return {};
    while (q.next()) {
        if (!busy.contains(q.value(0).toLongLong()))
            return fromIso(q.value(1));
    }
    return {};
}

Counts Outbox::counts() const {
    Counts c;
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT state, COUNT(*), SUM(CASE WHEN delivered_at >= ? THEN 1 ELSE 0 END) "
                       "FROM outbox GROUP BY state"));
    q.addBindValue(iso(QDateTime(m_clock.today(), QTime(0, 0))));
    if (q.exec()) {
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
    }
    c.paused = isPaused();
    c.pauseReason = pauseReason();
    return c;
}

bool Outbox::update(const QString& sql, const QVariantList& values) {
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    const bool ok = q.exec() && q.numRowsAffected() > 0;
    if (ok)
        Q_EMIT changed();
    return ok;
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
    if (reason.trimmed().isEmpty())
        return false;
    return update(
        QStringLiteral(
            "UPDATE outbox SET state = 'discarded', discarded_reason = ?, discarded_at = ? "
            "WHERE id = ? AND state IN ('queued', 'retrying', 'rejected')"),
        {reason.trimmed(), iso(m_clock.now()), id});
}

QString Outbox::metaValue(const QString& name) const {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT value FROM outbox_meta WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void Outbox::setMeta(const QString& name, const QString& value) {
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO outbox_meta (name, value) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(value);
    q.exec();
    Q_EMIT changed();
}

void Outbox::pause(const QString& reason) {
    setMeta(QStringLiteral("paused"), reason.isEmpty() ? QStringLiteral("paused") : reason);
}

void Outbox::resume() {
    setMeta(QStringLiteral("paused"), QString());
}

bool Outbox::isPaused() const {
    return !metaValue(QStringLiteral("paused")).isEmpty();
}

QString Outbox::pauseReason() const {
    return metaValue(QStringLiteral("paused"));
}

} // namespace checkstand::outbox
