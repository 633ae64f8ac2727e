#include "storage/salesstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace checkstand {

namespace {

QByteArray serialize(const Ticket& t) {
    return QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
}

std::optional<Ticket> deserialize(const QByteArray& json) {
    return Ticket::fromJson(QJsonDocument::fromJson(json).object()).ticket;
}

} // namespace

SalesStore::SalesStore(QObject* parent)
    : QObject(parent) {}

bool SalesStore::open(const QString& path) {
    static const QStringList migrations = {
        QStringLiteral(
            "CREATE TABLE tickets (id TEXT PRIMARY KEY, state TEXT NOT NULL, json BLOB NOT NULL, "
            "updated_at TEXT NOT NULL);"
            "CREATE TABLE sales (id TEXT PRIMARY KEY, completed_at TEXT NOT NULL, tender TEXT NOT "
            "NULL, total_minor INTEGER NOT NULL, currency TEXT NOT NULL, financing_tracking_id "
            "TEXT, "
            "json BLOB NOT NULL);"
            "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        // 2: the Elevate outbox, in this file so a sale and its notification commit together.
        QStringLiteral(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, sale_id TEXT NOT NULL "
            "UNIQUE, "
            "created_at TEXT NOT NULL, customer_key TEXT NOT NULL, session_key TEXT NOT NULL, "
            "market TEXT NOT NULL, body BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT "
            "NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, last_error TEXT, last_status INTEGER, "
            "delivered_at TEXT, discarded_reason TEXT, discarded_at TEXT);"
            "CREATE INDEX outbox_due ON outbox(state, next_attempt_at);"
            "CREATE TABLE outbox_meta (name TEXT PRIMARY KEY, value TEXT)")};
    if (!m_db.open(path, QStringLiteral("sales-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations))
        return false;
    // A completed sale must survive a power cut, not only a crash.
    QSqlQuery(m_db.db()).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    return true;
}

bool SalesStore::saveCurrent(const Ticket& ticket) {
    QSqlDatabase db = m_db.db();
    db.transaction();
    QSqlQuery q(db);
    q.exec(QStringLiteral("DELETE FROM tickets WHERE state = 'current'"));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tickets (id, state, json, updated_at) VALUES "
                             "(?, 'current', ?, ?)"));
    q.addBindValue(ticket.id);
    q.addBindValue(serialize(ticket));
    // The sale's own time (set from the injected clock), so tests and the journal agree.
    const QDateTime at = ticket.updatedAt.isValid() ? ticket.updatedAt : ticket.createdAt;
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

std::optional<Ticket> SalesStore::loadCurrent() const {
    QSqlQuery q(m_db.db());
    if (q.exec(QStringLiteral("SELECT json FROM tickets WHERE state = 'current' LIMIT 1")) &&
        q.next())
        return deserialize(q.value(0).toByteArray());
    return std::nullopt;
}

bool SalesStore::park(const Ticket& ticket, const QDateTime& at) {
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO tickets (id, state, json, updated_at) VALUES (?, 'parked', ?, ?)"));
    q.addBindValue(ticket.id);
    q.addBindValue(serialize(ticket));
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    const bool ok = q.exec();
    if (ok)
        Q_EMIT parkedChanged();
    return ok;
}

QList<ParkedSale> SalesStore::parked() const {
    QList<ParkedSale> out;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral(
            "SELECT json, updated_at FROM tickets WHERE state = 'parked' ORDER BY updated_at")))
        return out;
    while (q.next()) {
        const auto t = deserialize(q.value(0).toByteArray());
        if (!t)
            continue;
        ParkedSale p;
        p.id = t->id;
        p.retailerOrderId = t->retailerOrderId;
        p.parkedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        p.lines = int(t->lines.size());
        p.total = t->total().value_or(Money::fromMinor(0, t->currency));
        p.customerName = QString(t->customer.name + u' ' + t->customer.lastName).trimmed();
        out.append(p);
    }
    return out;
}

std::optional<Ticket> SalesStore::recall(const QString& id) {
    QSqlDatabase db = m_db.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT json FROM tickets WHERE id = ? AND state = 'parked'"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto ticket = deserialize(q.value(0).toByteArray());
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ? AND state = 'parked'"));
    del.addBindValue(id);
    del.exec();
    Q_EMIT parkedChanged();
    return ticket;
}

bool SalesStore::recordCompleted(const CompletedSale& sale) {
    QSqlDatabase db = m_db.db();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sales (id, completed_at, tender, total_minor, currency, "
                             "financing_tracking_id, json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sale.ticket.id);
    q.addBindValue(sale.completedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(toString(sale.tender));
    q.addBindValue(sale.total.minorUnits());
    q.addBindValue(sale.total.currency());
    q.addBindValue(sale.financingTrackingId);
    q.addBindValue(serialize(sale.ticket));
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ?"));
    clear.addBindValue(sale.ticket.id);
    bool hooksOk = true;
    for (const CompletionHook& hook : m_hooks)
        hooksOk = hooksOk && hook(db, sale);
    if (!q.exec() || !clear.exec() || !hooksOk || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT saleRecorded(sale);
    return true;
}

QList<CompletedSale> SalesStore::journal(int limit) const {
    QList<CompletedSale> out;
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT json, tender, total_minor, currency, completed_at, "
                       "financing_tracking_id FROM sales ORDER BY completed_at DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto t = deserialize(q.value(0).toByteArray());
        if (!t)
            continue;
        CompletedSale s;
        s.ticket = *t;
        const QString tender = q.value(1).toString();
        s.tender = tender == QLatin1String("card")        ? Tender::Card
                   : tender == QLatin1String("financing") ? Tender::Financing
                                                          : Tender::Cash;
        s.total = Money::fromMinor(q.value(2).toLongLong(), q.value(3).toString());
        s.completedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        s.financingTrackingId = q.value(5).toString();
        out.append(s);
    }
    return out;
}

QString SalesStore::nextRetailerOrderId(const QString& storeId) {
    QSqlDatabase db = m_db.db();
    db.transaction();
    QSqlQuery q(db);
    q.exec(QStringLiteral("INSERT OR IGNORE INTO counters (name, value) VALUES ('order', 0)"));
    q.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'order'"));
    q.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'order'"));
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    db.commit();
    return QStringLiteral("%1-%2").arg(storeId).arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace checkstand
