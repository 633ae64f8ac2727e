#include "storage/salesstore.h"

#include <QCoreApplication>
#include <QJsonArray>
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

QByteArray serializePayments(const QList<Payment>& payments) {
    QJsonArray a;
    for (const Payment& p : payments)
        a.append(p.toJson());
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<Payment> deserializePayments(const QByteArray& json, const QString& currency) {
    QList<Payment> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).array()) {
        if (auto p = Payment::fromJson(v.toObject(), currency))
            out.append(*p);
    }
    return out;
}

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
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
            "CREATE TABLE outbox_meta (name TEXT PRIMARY KEY, value TEXT)"),
        // 3: every tender of a sale (split payment, cash tendered, the card terminal's
        // reference), as a JSON array; empty for sales recorded before.
        QStringLiteral("ALTER TABLE sales ADD COLUMN payments BLOB")};
    m_error = {};
    if (!m_db.open(path, QStringLiteral("sales-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations))
        return false;
    // A completed sale must survive a power cut, not only a crash.
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("PRAGMA synchronous=FULL"))) {
        const StorageError failure = m_error;
        m_db.close();
        m_error = failure;
        return false;
    }
    return true;
}

bool SalesStore::run(QSqlQuery& q, const QString& sql, const QVariantList& values) const {
    StorageError error;
    if (m_db.run(q, sql, values, error))
        return true;
    return fail(error);
}

bool SalesStore::finished(const QSqlQuery& q) const {
    StorageError error;
    return m_db.finished(q, error) || fail(error);
}

bool SalesStore::begin() const {
    StorageError error;
    return m_db.begin(error) || fail(error);
}

bool SalesStore::commit() const {
    StorageError error;
    if (m_db.commit(error))
        return true;
    m_db.rollback();
    return fail(error);
}

bool SalesStore::fail(const StorageError& error) const {
    m_error = error;
    Q_EMIT storageFailed(m_error);
    return false;
}

void SalesStore::addCompletionHook(CompletionHook hook) {
    m_hooks.append([hook = std::move(hook)](QSqlDatabase& db, const CompletedSale& sale,
                                            StorageError&) { return hook(db, sale); });
}

bool SalesStore::saveCurrent(const Ticket& ticket) {
    succeed();
    if (!begin())
        return false;
    // The sale's own time (set from the injected clock), so tests and the journal agree.
    const QDateTime at = ticket.updatedAt.isValid() ? ticket.updatedAt : ticket.createdAt;
    QSqlQuery del(m_db.db());
    QSqlQuery ins(m_db.db());
    if (!run(del, QStringLiteral("DELETE FROM tickets WHERE state = 'current'")) ||
        !run(ins,
             QStringLiteral("INSERT OR REPLACE INTO tickets (id, state, json, updated_at) VALUES "
                            "(?, 'current', ?, ?)"),
             {ticket.id, serialize(ticket), iso(at)})) {
        m_db.rollback();
        return false;
    }
    return commit();
}

std::optional<Ticket> SalesStore::loadCurrent() const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT json FROM tickets WHERE state = 'current' LIMIT 1")))
        return std::nullopt;
    std::optional<Ticket> ticket;
    if (q.next())
        ticket = deserialize(q.value(0).toByteArray());
    if (!finished(q))
        return std::nullopt;
    return ticket;
}

bool SalesStore::park(const Ticket& ticket, const QDateTime& at) {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("INSERT OR REPLACE INTO tickets (id, state, json, updated_at) VALUES "
                            "(?, 'parked', ?, ?)"),
             {ticket.id, serialize(ticket), iso(at)}))
        return false;
    Q_EMIT parkedChanged();
    return true;
}

QList<ParkedSale> SalesStore::parked() const {
    succeed();
    QList<ParkedSale> out;
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT json, updated_at FROM tickets WHERE state = 'parked' "
                               "ORDER BY updated_at")))
        return {};
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
    if (!finished(q))
        return {};
    return out;
}

std::optional<Ticket> SalesStore::recall(const QString& id) {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT json FROM tickets WHERE id = ? AND state = 'parked'"), {id}))
        return std::nullopt;
    const QByteArray json = q.next() ? q.value(0).toByteArray() : QByteArray();
    if (!finished(q) || json.isEmpty())
        return std::nullopt;
    q.finish();
    const auto ticket = deserialize(json);
    // Only handed out once it is off the list: a failed delete keeps it parked, not lost and
    // not in two places.
    QSqlQuery del(m_db.db());
    if (!run(del, QStringLiteral("DELETE FROM tickets WHERE id = ? AND state = 'parked'"), {id}))
        return std::nullopt;
    Q_EMIT parkedChanged();
    return ticket;
}

bool SalesStore::recordCompleted(const CompletedSale& sale) {
    succeed();
    QSqlDatabase db = m_db.db();
    if (!begin())
        return false;
    QSqlQuery journalRow(db);
    StorageError why;
    if (!m_db.run(journalRow,
                  QStringLiteral("INSERT INTO sales (id, completed_at, tender, total_minor, "
                                 "currency, financing_tracking_id, json, payments) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?)"),
                  {sale.ticket.id, iso(sale.completedAt), toString(sale.tender),
                   sale.total.minorUnits(), sale.total.currency(), sale.financingTrackingId,
                   serialize(sale.ticket), serializePayments(sale.payments)},
                  why)) {
        m_db.rollback();
        // A constraint failure on the journal is, when the sale's id is there already, a sale
        // recorded before: it must not read like a full disk (the operator would go looking
        // for space) nor like a generic conflict.
        QSqlQuery exists(db);
        StorageError ignored;
        if (why.kind == StorageError::Kind::Constraint &&
            m_db.run(exists, QStringLiteral("SELECT 1 FROM sales WHERE id = ?"), {sale.ticket.id},
                     ignored) &&
            exists.next()) {
            why.message =
                tr("This sale (%1) is already recorded in the journal; nothing was changed.")
                    .arg(sale.ticket.retailerOrderId.isEmpty() ? sale.ticket.id
                                                               : sale.ticket.retailerOrderId);
        }
        return fail(why);
    }
    QSqlQuery clear(db);
    if (!run(clear, QStringLiteral("DELETE FROM tickets WHERE id = ?"), {sale.ticket.id})) {
        m_db.rollback();
        return false;
    }
    for (const CheckedCompletionHook& hook : std::as_const(m_hooks)) {
        why = {};
        if (!hook(db, sale, why)) {
            m_db.rollback();
            if (!why.failed())
                why = StorageError::make(StorageError::Kind::Other, m_db.path(),
                                         tr("a step that belongs to the sale failed"));
            return fail(why);
        }
    }
    if (!commit())
        return false;
    Q_EMIT saleRecorded(sale);
    return true;
}

QList<CompletedSale> SalesStore::journal(int limit) const {
    succeed();
    QList<CompletedSale> out;
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT json, tender, total_minor, currency, completed_at, "
                            "financing_tracking_id, payments FROM sales ORDER BY completed_at "
                            "DESC LIMIT ?"),
             {limit}))
        return {};
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
        s.payments = deserializePayments(q.value(6).toByteArray(), s.total.currency());
        out.append(s);
    }
    if (!finished(q))
        return {};
    return out;
}

QString SalesStore::nextRetailerOrderId(const QString& storeId) {
    succeed();
    if (!begin())
        return {};
    QSqlQuery init(m_db.db());
    QSqlQuery bump(m_db.db());
    QSqlQuery read(m_db.db());
    if (!run(init,
             QStringLiteral("INSERT OR IGNORE INTO counters (name, value) VALUES ('order', 0)")) ||
        !run(bump, QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'order'")) ||
        !run(read, QStringLiteral("SELECT value FROM counters WHERE name = 'order'"))) {
        m_db.rollback();
        return {};
    }
    const qint64 n = read.next() ? read.value(0).toLongLong() : 0;
    if (!finished(read) || n <= 0) {
        m_db.rollback();
        return {};
    }
    read.finish();
    // A number is only given out once it is committed: after a failed commit it would come
    // round again and two sales would share it.
    if (!commit())
        return {};
    return QStringLiteral("%1-%2").arg(storeId).arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace checkstand
