// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/salesstore.h"

#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace checkstand {

namespace {

// The counters row that keeps a sale number given back (returnUnusedOrderId).
constexpr char kSpareOrder[] = "order-spare";

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

// The open sale written as the one current ticket, on whichever thread's connection runs it
// (the autosave runs on the storage thread): nothing here but the ticket copy and SQLite.
Database::Write currentTicketWrite(const Ticket& ticket, const QString& path) {
    return [ticket, path](const QSqlDatabase& db, StorageError& error) {
        // The sale's own time (set from the injected clock), so tests and the journal agree.
        const QDateTime at = ticket.updatedAt.isValid() ? ticket.updatedAt : ticket.createdAt;
        const QByteArray json = serialize(ticket);
        const QString updatedAt = isoUtc(at);
        {
            // The common case, a change to the sale already saved: one statement, one commit
            // (one page into the WAL), not a transaction of a delete and an insert.
            QSqlQuery update(db);
            if (!Database::execute(update,
                                   QStringLiteral("UPDATE tickets SET json = ?, updated_at = ? "
                                                  "WHERE id = ? AND state = 'current'"),
                                   {json, updatedAt, ticket.id}, path, error))
                return false;
            if (update.numRowsAffected() == 1)
                return true;
        }
        QSqlQuery q(db);
        if (!Database::execute(q, QStringLiteral("BEGIN IMMEDIATE"), {}, path, error))
            return false;
        if (!Database::execute(q, QStringLiteral("DELETE FROM tickets WHERE state = 'current'"), {},
                               path, error) ||
            !Database::execute(q,
                               QStringLiteral("INSERT OR REPLACE INTO tickets (id, state, json, "
                                              "updated_at) VALUES (?, 'current', ?, ?)"),
                               {ticket.id, json, updatedAt}, path, error) ||
            !Database::execute(q, QStringLiteral("COMMIT"), {}, path, error)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        return true;
    };
}

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::SalesStore)
};

// The number's trailing digits (42 for "store-001-000042"), which the history finds by value
// when only one or two digits are typed; null when it has none.
QVariant sequenceOf(const QString& number) {
    qsizetype from = number.size();
    while (from > 0 && number.at(from - 1).isDigit() && number.at(from - 1).unicode() < 128)
        --from;
    bool ok = false;
    const qint64 n = number.mid(from).toLongLong(&ok);
    return ok ? QVariant(n) : QVariant(QMetaType(QMetaType::LongLong));
}

// Journals `sale`, clears its tickets row (current, or awaiting financing) and runs the hooks,
// inside the caller's transaction: recordCompleted() and completeAwaiting() share it, so an
// approved financed sale queues its Elevate notification exactly like any other sale.
bool journalSale(const Database& storage, const QList<SalesStore::CheckedCompletionHook>& hooks,
                 const CompletedSale& sale, StorageError& why) {
    QSqlDatabase db = storage.db();
    // A sale handed in without its breakdown (a caller that predates it) is stored without
    // one, and read back as a journal row from before schema 4: rebuilt from its ticket.
    const bool hasBreakdown = !sale.breakdown.lines.isEmpty() || sale.ticket.lines.isEmpty();
    const QVariant breakdown =
        hasBreakdown
            ? QVariant(QJsonDocument(sale.breakdown.toJson()).toJson(QJsonDocument::Compact))
            : QVariant(QMetaType(QMetaType::QByteArray));
    QSqlQuery journalRow(db);
    const QString number = sale.ticket.retailerOrderId;
    if (!storage.run(journalRow,
                     QStringLiteral("INSERT INTO sales (id, completed_at, tender, total_minor, "
                                    "currency, financing_tracking_id, json, payments, breakdown, "
                                    "operator, number, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?)"),
                     {sale.ticket.id, isoUtc(sale.completedAt), toString(sale.tender),
                      sale.total.minorUnits(), sale.total.currency(), sale.financingTrackingId,
                      serialize(sale.ticket), serializePayments(sale.payments), breakdown,
                      sale.operatorName, number.isEmpty() ? QVariant() : QVariant(number),
                      sequenceOf(number)},
                     why)) {
        // A constraint failure on the journal is, when the sale's id is there already, a sale
        // recorded before: it must not read like a full disk (the operator would go looking
        // for space) nor like a generic conflict.
        QSqlQuery exists(db);
        StorageError ignored;
        if (why.kind == StorageError::Kind::Constraint &&
            storage.run(exists, QStringLiteral("SELECT 1 FROM sales WHERE id = ?"),
                        {sale.ticket.id}, ignored) &&
            exists.next()) {
            why.message =
                Tr::tr("This sale (%1) is already recorded in the journal; nothing was changed.")
                    .arg(sale.ticket.retailerOrderId.isEmpty() ? sale.ticket.id
                                                               : sale.ticket.retailerOrderId);
        }
        return false;
    }
    // The history's "number contains" search (sales are never changed or removed: no update).
    QSqlQuery search(db);
    if (!number.isEmpty() &&
        !storage.run(search,
                     QStringLiteral("INSERT INTO sales_number_search (rowid, number) VALUES "
                                    "(last_insert_rowid(), ?)"),
                     {number}, why))
        return false;
    QSqlQuery clear(db);
    if (!storage.run(clear, QStringLiteral("DELETE FROM tickets WHERE id = ?"), {sale.ticket.id},
                     why))
        return false;
    for (const SalesStore::CheckedCompletionHook& hook : hooks) {
        why = {};
        if (!hook(db, sale, why)) {
            if (!why.failed())
                why = StorageError::make(StorageError::Kind::Other, storage.path(),
                                         Tr::tr("a step that belongs to the sale failed"));
            return false;
        }
    }
    return true;
}

// Advances the named counter and reads it, inside the caller's transaction.
std::optional<qint64> advanceCounter(const Database& storage, const QString& name,
                                     StorageError& why) {
    QSqlQuery init(storage.db());
    QSqlQuery bump(storage.db());
    QSqlQuery read(storage.db());
    if (!storage.run(init,
                     QStringLiteral("INSERT OR IGNORE INTO counters (name, value) VALUES (?, 0)"),
                     {name}, why) ||
        !storage.run(bump, QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ?"),
                     {name}, why) ||
        !storage.run(read, QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name},
                     why))
        return std::nullopt;
    const qint64 n = read.next() ? read.value(0).toLongLong() : 0;
    if (!storage.finished(read, why))
        return std::nullopt;
    if (n <= 0) {
        why = StorageError::make(StorageError::Kind::Other, storage.path(),
                                 Tr::tr("the counter could not be advanced"));
        return std::nullopt;
    }
    return n;
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
        QStringLiteral("ALTER TABLE sales ADD COLUMN payments BLOB"),
        // 4: the sale's breakdown as paid and its operator; returns (each its own record,
        // linked to its sale) and voided sales. A sale awaiting financing is a tickets row in
        // state 'awaiting_financing' whose json is the AwaitingFinancing object.
        QStringLiteral(
            "ALTER TABLE sales ADD COLUMN breakdown BLOB;"
            "ALTER TABLE sales ADD COLUMN operator TEXT;"
            "CREATE INDEX sales_completed ON sales(completed_at);"
            "CREATE TABLE returns (id TEXT PRIMARY KEY, number TEXT UNIQUE NOT NULL, sale_id TEXT "
            "NOT NULL REFERENCES sales(id), created_at TEXT NOT NULL, total_minor INTEGER NOT NULL "
            "CHECK(total_minor >= 0), currency TEXT NOT NULL, json BLOB NOT NULL);"
            "CREATE INDEX returns_sale ON returns(sale_id);"
            "CREATE TABLE voids (id TEXT PRIMARY KEY, number TEXT, voided_at TEXT NOT NULL, "
            "reason TEXT NOT NULL, operator TEXT, json BLOB NOT NULL)"),
        // 5: a parked sale's payable total (tax, deposits, discount, freight) as it was when
        // parked, for the Recall list; NULL for sales parked before or parked unpriced.
        QStringLiteral("ALTER TABLE tickets ADD COLUMN payable_minor INTEGER"),
        // 6: the end of the day. A shift is the drawer from its float to the Z report that
        // closes it (is_open is 1 while open and NULL after, so UNIQUE allows one open shift);
        // cash moves are pay-ins and pay-outs; a Z report keeps its figures as JSON and the
        // marks where its period ended (see RecordMarks). Their guards: installShiftGuards().
        QStringLiteral(
            "CREATE TABLE z_reports (number INTEGER PRIMARY KEY CHECK(number > 0), period_from "
            "TEXT NOT NULL, period_to TEXT NOT NULL, operator TEXT NOT NULL, currency TEXT NOT "
            "NULL, counted_minor INTEGER NOT NULL CHECK(counted_minor >= 0), journal_head TEXT "
            "NOT NULL, last_sale INTEGER NOT NULL, last_return INTEGER NOT NULL, last_void "
            "INTEGER NOT NULL, last_cash_move INTEGER NOT NULL, figures BLOB NOT NULL);"
            "CREATE TABLE shifts (id INTEGER PRIMARY KEY AUTOINCREMENT, opened_at TEXT NOT NULL, "
            "opened_by TEXT NOT NULL, float_minor INTEGER NOT NULL CHECK(float_minor >= 0), "
            "currency TEXT NOT NULL, is_open INTEGER UNIQUE CHECK(is_open IS NULL OR is_open = "
            "1), closed_at TEXT, closed_by TEXT, z_number INTEGER REFERENCES z_reports(number));"
            "CREATE TABLE cash_moves (id INTEGER PRIMARY KEY AUTOINCREMENT, shift_id INTEGER NOT "
            "NULL REFERENCES shifts(id), at TEXT NOT NULL, kind TEXT NOT NULL CHECK(kind IN "
            "('payIn', 'payOut')), amount_minor INTEGER NOT NULL CHECK(amount_minor > 0), "
            "currency TEXT NOT NULL, reason TEXT NOT NULL CHECK(length(trim(reason)) > 0), "
            "operator TEXT NOT NULL)"),
        // 7: the history at scale (a million sales must search in milliseconds, never by
        // reading every row): the number as a column with its trailing digits (seq), a trigram
        // index for "number contains" (FTS5, content kept in sales), and an index on the total.
        // The outbox's counts read only an index.
        QStringLiteral(
            "ALTER TABLE sales ADD COLUMN number TEXT;"
            "ALTER TABLE sales ADD COLUMN seq INTEGER;"
            "UPDATE sales SET number = json_extract(CAST(json AS TEXT), '$.retailerOrderId');"
            "UPDATE sales SET seq = CAST(substr(number, length(rtrim(number, '0123456789')) + "
            "1) AS INTEGER) WHERE number GLOB '*[0-9]';"
            "CREATE INDEX sales_number ON sales(number);"
            "CREATE INDEX sales_seq ON sales(seq);"
            "CREATE INDEX sales_total ON sales(total_minor);"
            "CREATE VIRTUAL TABLE sales_number_search USING fts5(number, content='sales', "
            "content_rowid='rowid', tokenize='trigram');"
            "INSERT INTO sales_number_search (sales_number_search) VALUES ('rebuild');"
            "CREATE INDEX outbox_state_delivered ON outbox(state, delivered_at)"),
        // 8: the rows still to send, in the orders the delivery worker reads them (oldest
        // first; the earliest retry). Its every step reads the first few of them: with only
        // (state, next_attempt_at) that read sorted every waiting row, 100,000 after a day
        // offline, at each step. That index has no reader left, and every index is pages
        // written at every step: it goes.
        QStringLiteral("DROP INDEX IF EXISTS outbox_due;"
                       "CREATE INDEX outbox_pending ON outbox(id, next_attempt_at) WHERE state IN "
                       "('queued', 'retrying');"
                       "CREATE INDEX outbox_pending_next ON outbox(next_attempt_at) WHERE state IN "
                       "('queued', 'retrying')")};
    m_error = {};
    if (!m_db.open(path, QStringLiteral("sales-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations))
        return false;
    if (!installShiftGuards()) {
        const StorageError failure = m_error;
        m_db.close();
        m_error = failure;
        return false;
    }
    // A sync that failed on the storage thread (disk full, I/O error) is said like any other
    // failure: the sales since the last sync are safe from a crash but not yet on disk.
    m_db.addDurableListener(this, [this](quint64, const StorageError& error) {
        if (error.failed())
            Q_EMIT storageFailed(error);
    });
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
    StorageError error;
    return m_db.writeNow(currentTicketWrite(ticket, m_db.path()), error) || fail(error);
}

void SalesStore::saveCurrentLater(const Ticket& ticket) {
    succeed();
    // Serialized and written on the storage thread; a failure comes back as storageFailed().
    m_db.writeLater(currentTicketWrite(ticket, m_db.path()));
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

bool SalesStore::park(const Ticket& ticket, const QDateTime& at, std::optional<Money> payable) {
    succeed();
    // A total in another currency than the sale's would be shown as the sale's: not kept.
    const QVariant payableMinor = payable && payable->currency() == ticket.currency
                                      ? QVariant(payable->minorUnits())
                                      : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("INSERT OR REPLACE INTO tickets (id, state, json, updated_at, "
                            "payable_minor) VALUES (?, 'parked', ?, ?, ?)"),
             {ticket.id, serialize(ticket), isoUtc(at), payableMinor}))
        return false;
    Q_EMIT parkedChanged();
    return true;
}

QList<ParkedSale> SalesStore::parked() const {
    succeed();
    QList<ParkedSale> out;
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT json, updated_at, payable_minor FROM tickets WHERE "
                               "state = 'parked' ORDER BY updated_at")))
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
        p.totalIsPayable = !q.value(2).isNull();
        if (p.totalIsPayable) {
            p.total = Money::fromMinor(q.value(2).toLongLong(), t->currency);
        } else if (const auto items = t->total()) {
            p.total = *items;
        } else {
            // Too large to add up: listed (never hidden), its total shown as unknown zero.
            p.total = Money::fromMinor(0, t->currency);
        }
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
    if (!begin())
        return false;
    StorageError why;
    if (!journalSale(m_db, m_hooks, sale, why)) {
        m_db.rollback();
        return fail(why);
    }
    if (!commit())
        return false;
    Q_EMIT saleRecorded(sale);
    return true;
}

bool SalesStore::completeAwaiting(const CompletedSale& sale) {
    succeed();
    if (!begin())
        return false;
    // Checked inside the transaction: a wait released meanwhile (declined on another screen)
    // is not completed behind the operator's back.
    QSqlQuery waiting(m_db.db());
    if (!run(waiting,
             QStringLiteral("SELECT 1 FROM tickets WHERE id = ? AND state = 'awaiting_financing'"),
             {sale.ticket.id})) {
        m_db.rollback();
        return false;
    }
    const bool found = waiting.next();
    if (!finished(waiting)) {
        m_db.rollback();
        return false;
    }
    waiting.finish();
    StorageError why;
    if (!found) {
        m_db.rollback();
        why = StorageError::make(StorageError::Kind::Constraint, m_db.path());
        why.message = Tr::tr("The sale %1 is no longer awaiting financing; nothing was recorded.")
                          .arg(sale.ticket.retailerOrderId);
        return fail(why);
    }
    if (!journalSale(m_db, m_hooks, sale, why)) {
        m_db.rollback();
        return fail(why);
    }
    if (!commit())
        return false;
    Q_EMIT saleRecorded(sale);
    Q_EMIT awaitingChanged();
    return true;
}

QString SalesStore::nextRetailerOrderId(const QString& storeId) {
    succeed();
    if (!begin())
        return {};
    StorageError why;
    // A number given back (an empty sale that was never used) goes out first, and leaves the
    // counters in the same transaction: it cannot be handed out twice.
    QSqlQuery spare(m_db.db());
    if (!m_db.run(spare, QStringLiteral("SELECT value FROM counters WHERE name = ?"),
                  {QString::fromLatin1(kSpareOrder)}, why)) {
        m_db.rollback();
        fail(why);
        return {};
    }
    std::optional<qint64> n;
    if (spare.next())
        n = spare.value(0).toLongLong();
    if (!m_db.finished(spare, why)) {
        m_db.rollback();
        fail(why);
        return {};
    }
    spare.finish();
    if (n) {
        QSqlQuery take(m_db.db());
        if (!m_db.run(take, QStringLiteral("DELETE FROM counters WHERE name = ?"),
                      {QString::fromLatin1(kSpareOrder)}, why))
            n.reset();
    } else {
        n = advanceCounter(m_db, QStringLiteral("order"), why);
    }
    if (!n || *n <= 0) {
        m_db.rollback();
        if (!why.failed())
            why = StorageError::make(StorageError::Kind::Other, m_db.path(),
                                     Tr::tr("the counter could not be advanced"));
        fail(why);
        return {};
    }
    // A number is only given out once it is committed: after a failed commit it would come
    // round again and two sales would share it.
    if (!commit())
        return {};
    return QStringLiteral("%1-%2").arg(storeId).arg(*n, 6, 10, QLatin1Char('0'));
}

bool SalesStore::returnUnusedOrderId(const QString& id) {
    succeed();
    const qsizetype dash = id.lastIndexOf(u'-');
    bool isNumber = false;
    const qint64 n = dash < 0 ? 0 : id.mid(dash + 1).toLongLong(&isNumber);
    if (!isNumber || n <= 0)
        return false;
    if (!begin())
        return false;
    const auto refuse = [this] {
        m_db.rollback();
        return false;
    };
    // Given out (at most the counter), not kept already, and on no record at all: a number
    // that is still somewhere must never be handed to a second sale.
    QSqlQuery check(m_db.db());
    if (!run(check,
             QStringLiteral(
                 "SELECT (SELECT value FROM counters WHERE name = 'order'), "
                 "(SELECT COUNT(*) FROM counters WHERE name = ?), "
                 "(SELECT COUNT(*) FROM voids WHERE number = ?), "
                 "(SELECT COUNT(*) FROM tickets WHERE ? IN (CASE WHEN json_valid(CAST(json AS "
                 "TEXT)) THEN json_extract(CAST(json AS TEXT), '$.retailerOrderId') END, CASE "
                 "WHEN json_valid(CAST(json AS TEXT)) THEN json_extract(CAST(json AS TEXT), "
                 "'$.ticket.retailerOrderId') END)), "
                 "(SELECT COUNT(*) FROM sales WHERE CASE WHEN json_valid(CAST(json AS TEXT)) "
                 "THEN json_extract(CAST(json AS TEXT), '$.retailerOrderId') END = ?)"),
             {QString::fromLatin1(kSpareOrder), id, id, id}))
        return refuse();
    if (!check.next()) {
        finished(check);
        return refuse();
    }
    const bool usable = n <= check.value(0).toLongLong() && check.value(1).toLongLong() == 0 &&
                        check.value(2).toLongLong() == 0 && check.value(3).toLongLong() == 0 &&
                        check.value(4).toLongLong() == 0;
    if (!finished(check))
        return refuse();
    check.finish();
    if (!usable)
        return refuse();
    QSqlQuery keep(m_db.db());
    if (!run(keep, QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?)"),
             {QString::fromLatin1(kSpareOrder), n}))
        return refuse();
    return commit();
}

QString SalesStore::nextReturnNumber(const QString& storeId) {
    succeed();
    if (!begin())
        return {};
    StorageError why;
    // Its own counter: return numbers never take a sale number out of the order sequence.
    const auto n = advanceCounter(m_db, QStringLiteral("return"), why);
    if (!n) {
        m_db.rollback();
        fail(why);
        return {};
    }
    if (!commit())
        return {};
    return QStringLiteral("%1-R%2").arg(storeId).arg(*n, 6, 10, QLatin1Char('0'));
}

} // namespace checkstand
