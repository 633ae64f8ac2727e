// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's records beyond the sale being built: history, returns, voids, and sales
// waiting for financing (SalesStore's members declared under "history, returns, ...").
#include "storage/salesstore.h"

#include "sale/breakdown.h"
#include "storage/salesstore_internal.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace checkstand {

namespace {

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject objectOf(const QVariant& blob) {
    return QJsonDocument::fromJson(blob.toByteArray()).object();
}

using salesstore_internal::refusal;

// The sale's number as stored inside its ticket: the journal has no column of its own for it.
// Kept as a column since schema 7 (filled from the JSON for the sales journalled before).
const QString kNumber = QStringLiteral("s.number");

const QString kSaleColumns =
    QStringLiteral("s.json, s.tender, s.total_minor, s.currency, s.completed_at, "
                   "s.financing_tracking_id, s.payments, s.breakdown, s.operator");

// One journal row (kSaleColumns, from column `at`); nullopt when its ticket cannot be read.
std::optional<CompletedSale> saleFrom(const QSqlQuery& q, int at = 0) {
    const auto ticket = Ticket::fromJson(objectOf(q.value(at))).ticket;
    if (!ticket)
        return std::nullopt;
    CompletedSale s;
    s.ticket = *ticket;
    s.tender = tenderFromString(q.value(at + 1).toString()).value_or(Tender::Cash);
    s.total = Money::fromMinor(q.value(at + 2).toLongLong(), q.value(at + 3).toString());
    s.completedAt = fromIsoUtc(q.value(at + 4).toString());
    s.financingTrackingId = q.value(at + 5).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(at + 6).toByteArray()).array()) {
        if (auto p = Payment::fromJson(v.toObject(), s.total.currency()))
            s.payments.append(*p);
    }
    s.operatorName = q.value(at + 8).toString();
    const QByteArray breakdown = q.value(at + 7).toByteArray();
    if (!breakdown.isEmpty()) {
        const auto b = SaleBreakdown::fromJson(QJsonDocument::fromJson(breakdown).object(),
                                               s.total.currency());
        if (!b)
            return std::nullopt;
        s.breakdown = *b;
        return s;
    }
    // A sale journalled before the breakdown was kept (schema < 4): its lines at their local
    // prices. `total` stays what was journalled (total_minor), the amount actually paid, even
    // where the pricing service's tax made it differ from this rebuilt breakdown.
    if (const auto rebuilt = saleBreakdown(s.ticket, std::nullopt))
        s.breakdown = *rebuilt;
    return s;
}

QJsonObject awaitingJson(const AwaitingFinancing& w) {
    return {{QStringLiteral("ticket"), w.ticket.toJson()},
            {QStringLiteral("breakdown"), w.breakdown.toJson()},
            {QStringLiteral("total"), w.total.toDecimalString()},
            {QStringLiteral("trackingId"), w.trackingId},
            {QStringLiteral("sentAt"), isoUtc(w.sentAt)}};
}

std::optional<AwaitingFinancing> awaitingFrom(const QJsonObject& o) {
    // Stored by Checkstand itself: kept even if a money rule changed since, never lost.
    const auto ticket = Ticket::fromStoredJson(o.value(QLatin1String("ticket")).toObject()).ticket;
    if (!ticket)
        return std::nullopt;
    const auto breakdown =
        SaleBreakdown::fromJson(o.value(QLatin1String("breakdown")).toObject(), ticket->currency);
    const auto total = Money::fromJson(o.value(QLatin1String("total")), ticket->currency);
    if (!breakdown || !total.ok())
        return std::nullopt;
    return AwaitingFinancing{*ticket, *breakdown, *total.value,
                             o.value(QLatin1String("trackingId")).toString(),
                             fromIsoUtc(o.value(QLatin1String("sentAt")).toString())};
}

QJsonObject voidJson(const VoidedSale& v) {
    return {{QStringLiteral("ticket"), v.ticket.toJson()},
            {QStringLiteral("voidedAt"), isoUtc(v.voidedAt)},
            {QStringLiteral("reason"), v.reason},
            {QStringLiteral("operator"), v.operatorName}};
}

// "000042" finds store-001-000042; % and _ typed by the operator are matched as themselves.
QString likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

QList<CompletedSale> SalesStore::journal(int limit) const {
    succeed();
    QList<CompletedSale> out;
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM sales s ORDER BY s.completed_at DESC, s.id DESC "
                            "LIMIT ?")
                 .arg(kSaleColumns),
             {limit}))
        return {};
    while (q.next()) {
        if (auto s = saleFrom(q))
            out.append(*s);
    }
    if (!finished(q))
        return {};
    return out;
}

QList<SaleSummary> SalesStore::findSales(const SaleQuery& query) const {
    succeed();
    QString sql =
        QStringLiteral("SELECT s.id, %1, json_array_length(CAST(s.json AS TEXT), '$.lines'), "
                       "s.completed_at, s.total_minor, s.currency, s.tender, s.operator, "
                       "(SELECT COALESCE(SUM(r.total_minor), 0) FROM returns r WHERE r.sale_id = "
                       "s.id) FROM sales s WHERE 1 = 1")
            .arg(kNumber);
    QVariantList values;
    // Part of the number: three characters or more through the trigram index, which is read
    // newest first (rowid order is journal order) so that a part every sale has ("store")
    // stops at the limit instead of sorting a million rows. One or two digits find the sale
    // with that sequence number ("42" finds store-001-000042).
    const QString number = query.number.trimmed();
    bool byIndex = false;
    if (number.size() >= 3) {
        QString phrase = number;
        phrase.replace(u'"', QStringLiteral("\"\""));
        sql.replace(QStringLiteral("FROM sales s WHERE 1 = 1"),
                    QStringLiteral("FROM sales_number_search f JOIN sales s ON s.rowid = f.rowid "
                                   "WHERE sales_number_search MATCH ?"));
        values << QString(u'"' + phrase + u'"');
        byIndex = true;
    } else if (!number.isEmpty()) {
        bool digits = false;
        const qint64 seq = number.toLongLong(&digits);
        if (digits && seq >= 0) {
            sql += QStringLiteral(" AND s.seq = ?");
            values << seq;
        } else {
            sql += QStringLiteral(" AND ") + kNumber + QStringLiteral(" LIKE ? ESCAPE '\\'");
            values << likePattern(number);
        }
    }
    // Days are the operator's local days; the journal's times are UTC ISO text, which sorts
    // as time, so each day becomes its UTC bounds.
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND s.completed_at >= ?");
        values << isoUtc(query.from.startOfDay());
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND s.completed_at < ?");
        values << isoUtc(query.to.addDays(1).startOfDay());
    }
    if (query.amount) {
        sql += QStringLiteral(" AND s.total_minor = ? AND s.currency = ?");
        values << query.amount->minorUnits() << query.amount->currency();
    }
    sql += byIndex ? QStringLiteral(" ORDER BY f.rowid DESC LIMIT ?")
                   : QStringLiteral(" ORDER BY s.completed_at DESC, s.id DESC LIMIT ?");
    values << qBound(1, query.limit, 10000);
    QSqlQuery q(m_db.db());
    if (!run(q, sql, values))
        return {};
    QList<SaleSummary> out;
    while (q.next()) {
        SaleSummary s;
        s.id = q.value(0).toString();
        s.number = q.value(1).toString();
        s.lines = q.value(2).toInt();
        s.completedAt = fromIsoUtc(q.value(3).toString());
        const QString currency = q.value(5).toString();
        s.total = Money::fromMinor(q.value(4).toLongLong(), currency);
        s.tender = tenderFromString(q.value(6).toString()).value_or(Tender::Cash);
        s.operatorName = q.value(7).toString();
        s.returned = Money::fromMinor(q.value(8).toLongLong(), currency);
        out.append(s);
    }
    if (!finished(q))
        return {};
    return out;
}

std::optional<CompletedSale> SalesStore::sale(const QString& idOrNumber) const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM sales s WHERE s.id = ? OR %2 = ? ORDER BY "
                            "s.completed_at DESC LIMIT 1")
                 .arg(kSaleColumns, kNumber),
             {idOrNumber, idOrNumber}))
        return std::nullopt;
    if (!q.next()) {
        finished(q); // none, or (lastError() set) the read failed
        return std::nullopt;
    }
    const auto s = saleFrom(q);
    if (!s) {
        fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                     tr("The journal entry of sale %1 cannot be read.").arg(idOrNumber)));
        return std::nullopt;
    }
    return s;
}

QList<SaleReturn> SalesStore::returnsOf(const QString& saleId) const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(
            q,
            QStringLiteral("SELECT json FROM returns WHERE sale_id = ? ORDER BY created_at, rowid"),
            {saleId}))
        return {};
    QList<SaleReturn> out;
    while (q.next()) {
        // Never skipped: a return left out would let the same items be refunded twice.
        QString why;
        const auto r = SaleReturn::fromJson(objectOf(q.value(0)), &why);
        if (!r) {
            fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                         tr("A return of sale %1 cannot be read (%2).").arg(saleId, why)));
            return {};
        }
        out.append(*r);
    }
    if (!finished(q))
        return {};
    return out;
}

std::optional<SaleReturn> SalesStore::saleReturn(const QString& idOrNumber) const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT json FROM returns WHERE id = ? OR number = ? LIMIT 1"),
             {idOrNumber, idOrNumber}))
        return std::nullopt;
    if (!q.next()) {
        finished(q); // none, or (lastError() set) the read failed
        return std::nullopt;
    }
    const auto r = SaleReturn::fromJson(objectOf(q.value(0)));
    if (!r)
        fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                     tr("The return %1 cannot be read.").arg(idOrNumber)));
    return r;
}

bool SalesStore::salesInRange(qint64 after, qint64 upTo, QList<CompletedSale>& out) const {
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT %1, s.id FROM sales s WHERE s.rowid > ? AND s.rowid <= ? "
                            "ORDER BY s.rowid")
                 .arg(kSaleColumns),
             {after, upTo}))
        return false;
    while (q.next()) {
        // A report must not leave out a sale it cannot read, nor one of its payments (saleFrom
        // skips a payment it cannot read): the figures would be short without saying so.
        const auto s = saleFrom(q);
        const qsizetype payments = QJsonDocument::fromJson(q.value(6).toByteArray()).array().size();
        if (!s || s->payments.size() != payments)
            return fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                                tr("The journal entry of sale %1 cannot be read; no report is "
                                   "made without it.")
                                    .arg(q.value(9).toString())));
        out.append(*s);
    }
    return finished(q);
}

bool SalesStore::returnsInRange(qint64 after, qint64 upTo, QList<SaleReturn>& out) const {
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT json, number FROM returns WHERE rowid > ? AND rowid <= ? "
                            "ORDER BY rowid"),
             {after, upTo}))
        return false;
    while (q.next()) {
        QString why;
        const auto r = SaleReturn::fromJson(objectOf(q.value(0)), &why);
        if (!r)
            return fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                                tr("The return %1 cannot be read (%2); no report is made "
                                   "without it.")
                                    .arg(q.value(1).toString(), why)));
        out.append(*r);
    }
    return finished(q);
}

bool SalesStore::recordReturn(const SaleReturn& saleReturn) {
    succeed();
    if (!begin())
        return false;
    const auto rollbackWith = [this](const StorageError& error) {
        m_db.rollback();
        return fail(error);
    };
    const auto refuse = [&](const QString& message) {
        return rollbackWith(refusal(StorageError::Kind::Constraint, m_db.path(), message));
    };
    // Read again inside the write transaction: another till (or a second window) may have
    // returned the same items a moment ago.
    QSqlQuery saleRow(m_db.db());
    if (!run(saleRow, QStringLiteral("SELECT json, total_minor, currency FROM sales WHERE id = ?"),
             {saleReturn.saleId})) {
        m_db.rollback();
        return false;
    }
    const bool found = saleRow.next();
    const auto ticket = found ? Ticket::fromJson(objectOf(saleRow.value(0))).ticket : std::nullopt;
    const Money saleTotal =
        found ? Money::fromMinor(saleRow.value(1).toLongLong(), saleRow.value(2).toString())
              : Money();
    if (!finished(saleRow)) {
        m_db.rollback();
        return false;
    }
    saleRow.finish();
    if (!found || !ticket)
        return refuse(tr("No sale %1 in this terminal's journal.").arg(saleReturn.saleNumber));
    if (saleReturn.total.currency() != saleTotal.currency())
        return refuse(tr("The return is in another currency than the sale."));
    const QList<SaleReturn> earlier = returnsOf(saleReturn.saleId);
    if (m_error.failed()) {
        m_db.rollback();
        return false;
    }
    QHash<QString, qint64> returned;
    std::optional<Money> refunded = Money::fromMinor(0, saleTotal.currency());
    for (const SaleReturn& r : earlier) {
        for (const ReturnLine& l : r.lines)
            returned[l.lineId] += l.quantity;
        refunded = refunded ? refunded->plus(r.total) : std::nullopt;
    }
    for (const ReturnLine& l : saleReturn.lines) {
        const qsizetype i = ticket->indexOfLine(l.lineId);
        if (i < 0)
            return refuse(tr("“%1” is not a line of sale %2.").arg(l.name, saleReturn.saleNumber));
        const TicketLine& sold = ticket->lines.at(i);
        returned[l.lineId] += l.quantity;
        if (l.quantity < 1 || returned.value(l.lineId) > sold.quantity)
            return refuse(
                tr("Only %1 of “%2” can still be returned.")
                    .arg(qMax<qint64>(0, sold.quantity - returned.value(l.lineId) + l.quantity))
                    .arg(sold.name));
    }
    const auto after = refunded ? refunded->plus(saleReturn.total) : std::nullopt;
    if (!after || after->minorUnits() > saleTotal.minorUnits())
        return refuse(tr("The refund of %1 is more than is left of sale %2 (%3 was paid, %4 "
                         "refunded already).")
                          .arg(saleReturn.total.toDisplayString(), saleReturn.saleNumber,
                               saleTotal.toDisplayString(),
                               refunded ? refunded->toDisplayString() : QString()));
    QSqlQuery insert(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO returns (id, number, sale_id, created_at, total_minor, "
                            "currency, json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {saleReturn.id, saleReturn.number, saleReturn.saleId, isoUtc(saleReturn.createdAt),
              saleReturn.total.minorUnits(), saleReturn.total.currency(),
              compact(saleReturn.toJson())})) {
        m_db.rollback();
        return false;
    }
    if (!commit())
        return false;
    Q_EMIT returnRecorded(saleReturn);
    return true;
}

bool SalesStore::recordVoid(const VoidedSale& voided) {
    succeed();
    if (voided.reason.trimmed().isEmpty())
        return fail(refusal(StorageError::Kind::Constraint, m_db.path(),
                            tr("A sale is only voided with a reason.")));
    if (!begin())
        return false;
    QSqlQuery insert(m_db.db());
    QSqlQuery current(m_db.db());
    QSqlQuery parkedRow(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO voids (id, number, voided_at, reason, operator, json) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {voided.ticket.id, voided.ticket.retailerOrderId, isoUtc(voided.voidedAt),
              voided.reason, voided.operatorName, compact(voidJson(voided))}) ||
        !run(current, QStringLiteral("DELETE FROM tickets WHERE id = ? AND state = 'current'"),
             {voided.ticket.id}) ||
        !run(parkedRow, QStringLiteral("DELETE FROM tickets WHERE id = ? AND state = 'parked'"),
             {voided.ticket.id})) {
        m_db.rollback();
        return false;
    }
    const bool wasParked = parkedRow.numRowsAffected() > 0;
    if (!commit())
        return false;
    if (wasParked)
        Q_EMIT parkedChanged();
    return true;
}

QList<VoidedSale> SalesStore::voids(int limit) const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT json FROM voids ORDER BY voided_at DESC, rowid DESC LIMIT ?"),
             {limit}))
        return {};
    QList<VoidedSale> out;
    while (q.next()) {
        const QJsonObject o = objectOf(q.value(0));
        const auto ticket =
            Ticket::fromStoredJson(o.value(QLatin1String("ticket")).toObject()).ticket;
        if (!ticket)
            continue;
        out.append({*ticket, fromIsoUtc(o.value(QLatin1String("voidedAt")).toString()),
                    o.value(QLatin1String("reason")).toString(),
                    o.value(QLatin1String("operator")).toString()});
    }
    if (!finished(q))
        return {};
    return out;
}

bool SalesStore::putAwaitingFinancing(const AwaitingFinancing& waiting) {
    succeed();
    if (waiting.total != waiting.breakdown.total || waiting.trackingId.isEmpty())
        return fail(refusal(StorageError::Kind::Other, m_db.path(),
                            tr("A sale waits for financing only with its tracking id and the "
                               "link's total equal to its payable total.")));
    if (!begin())
        return false;
    QSqlQuery del(m_db.db());
    QSqlQuery ins(m_db.db());
    if (!run(del, QStringLiteral("DELETE FROM tickets WHERE id = ? AND state = 'current'"),
             {waiting.ticket.id}) ||
        !run(ins,
             QStringLiteral("INSERT INTO tickets (id, state, json, updated_at) VALUES (?, "
                            "'awaiting_financing', ?, ?)"),
             {waiting.ticket.id, compact(awaitingJson(waiting)), isoUtc(waiting.sentAt)})) {
        m_db.rollback();
        return false;
    }
    if (!commit())
        return false;
    Q_EMIT awaitingChanged();
    return true;
}

QList<AwaitingFinancing> SalesStore::awaitingFinancing() const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT json FROM tickets WHERE state = 'awaiting_financing' "
                               "ORDER BY updated_at, id")))
        return {};
    QList<AwaitingFinancing> out;
    while (q.next()) {
        if (auto w = awaitingFrom(objectOf(q.value(0))))
            out.append(*w);
    }
    if (!finished(q))
        return {};
    return out;
}

std::optional<AwaitingFinancing> SalesStore::awaiting(const QString& idOrNumber) const {
    // A handful of rows at most: looked up by ticket id, sale number or tracking id.
    for (const AwaitingFinancing& w : awaitingFinancing()) {
        if (w.ticket.id == idOrNumber || w.ticket.retailerOrderId == idOrNumber ||
            w.trackingId == idOrNumber)
            return w;
    }
    return std::nullopt;
}

bool SalesStore::releaseAwaiting(const QString& ticketId) {
    succeed();
    if (!begin())
        return false;
    QSqlQuery read(m_db.db());
    if (!run(read,
             QStringLiteral(
                 "SELECT json FROM tickets WHERE id = ? AND state = 'awaiting_financing'"),
             {ticketId})) {
        m_db.rollback();
        return false;
    }
    const QJsonObject json = read.next() ? objectOf(read.value(0)) : QJsonObject();
    if (!finished(read)) {
        m_db.rollback();
        return false;
    }
    read.finish();
    const auto waiting = awaitingFrom(json);
    if (!waiting) {
        m_db.rollback();
        return fail(refusal(StorageError::Kind::Other, m_db.path(),
                            tr("No sale is awaiting financing under %1.").arg(ticketId)));
    }
    // Parked as a ticket again (with its tracking ids in financingLinks), in the same row.
    QSqlQuery park(m_db.db());
    if (!run(park,
             QStringLiteral("UPDATE tickets SET state = 'parked', json = ?, updated_at = ? WHERE "
                            "id = ? AND state = 'awaiting_financing'"),
             {compact(waiting->ticket.toJson()), isoUtc(QDateTime::currentDateTimeUtc()),
              ticketId})) {
        m_db.rollback();
        return false;
    }
    if (!commit())
        return false;
    Q_EMIT parkedChanged();
    Q_EMIT awaitingChanged();
    return true;
}

} // namespace checkstand
