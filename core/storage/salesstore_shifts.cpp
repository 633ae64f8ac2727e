// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The end of the day's records: shifts, pay-ins and pay-outs, Z reports (SalesStore's members
// declared under "shifts, cash moves and Z reports"). The figures are core/endofday's.
#include "storage/salesstore.h"

#include "storage/salesstore_internal.h"
#include "util/isotime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace checkstand {

namespace {

QString shown(const QDateTime& t) {
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

using salesstore_internal::refusal;

const QString kShiftColumns = QStringLiteral(
    "id, opened_at, opened_by, float_minor, currency, closed_at, closed_by, z_number");

Shift shiftFrom(const QSqlQuery& q) {
    Shift s;
    s.id = q.value(0).toLongLong();
    s.openedAt = fromIsoUtc(q.value(1).toString());
    s.openedBy = q.value(2).toString();
    s.cashFloat = Money::fromMinor(q.value(3).toLongLong(), q.value(4).toString());
    s.closedAt = fromIsoUtc(q.value(5).toString());
    s.closedBy = q.value(6).toString();
    s.zNumber = q.value(7).toLongLong(); // NULL while open
    return s;
}

const QString kZColumns = QStringLiteral(
    "number, period_from, period_to, operator, currency, counted_minor, journal_head, "
    "last_sale, last_return, last_void, last_cash_move, figures");

// Append-only: a Z report and a cash move are never changed or removed, and a closed shift
// stays as it was closed. A trigger body holds ';', so these cannot be migration steps: they
// are made at every open when missing (never rewritten, so a read-only file still opens).
struct Guard {
    const char* name;
    const char* sql;
};
constexpr Guard kGuards[] = {
    {"z_reports_no_update", "CREATE TRIGGER IF NOT EXISTS z_reports_no_update BEFORE UPDATE ON "
                            "z_reports BEGIN SELECT RAISE(ABORT, 'a Z report cannot be "
                            "changed'); END"},
    {"z_reports_no_delete", "CREATE TRIGGER IF NOT EXISTS z_reports_no_delete BEFORE DELETE ON "
                            "z_reports BEGIN SELECT RAISE(ABORT, 'a Z report cannot be "
                            "removed'); END"},
    {"cash_moves_no_update", "CREATE TRIGGER IF NOT EXISTS cash_moves_no_update BEFORE UPDATE "
                             "ON cash_moves BEGIN SELECT RAISE(ABORT, 'a pay-in or pay-out "
                             "cannot be changed'); END"},
    {"cash_moves_no_delete", "CREATE TRIGGER IF NOT EXISTS cash_moves_no_delete BEFORE DELETE "
                             "ON cash_moves BEGIN SELECT RAISE(ABORT, 'a pay-in or pay-out "
                             "cannot be removed'); END"},
    {"shifts_closed_no_update", "CREATE TRIGGER IF NOT EXISTS shifts_closed_no_update BEFORE "
                                "UPDATE ON shifts WHEN OLD.z_number IS NOT NULL BEGIN SELECT "
                                "RAISE(ABORT, 'a closed shift cannot be changed'); END"},
    {"shifts_no_delete", "CREATE TRIGGER IF NOT EXISTS shifts_no_delete BEFORE DELETE ON shifts "
                         "BEGIN SELECT RAISE(ABORT, 'a shift cannot be removed'); END"},
};

void earliest(QDateTime& first, const QDateTime& at) {
    if (at.isValid() && (!first.isValid() || at < first))
        first = at;
}

} // namespace

QString toString(CashMove::Kind kind) {
    return kind == CashMove::Kind::PayIn ? QStringLiteral("payIn") : QStringLiteral("payOut");
}

bool SalesStore::installShiftGuards() {
    QSqlQuery existing(m_db.db());
    if (!run(existing, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        return false;
    QStringList present;
    while (existing.next())
        present << existing.value(0).toString();
    if (!finished(existing))
        return false;
    existing.finish();
    for (const Guard& guard : kGuards) {
        if (present.contains(QLatin1String(guard.name)))
            continue;
        QSqlQuery create(m_db.db());
        if (!run(create, QString::fromLatin1(guard.sql)))
            return false;
    }
    return true;
}

std::optional<Shift> SalesStore::currentShift() const {
    succeed();
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT %1 FROM shifts WHERE is_open = 1").arg(kShiftColumns)))
        return std::nullopt;
    std::optional<Shift> shift;
    if (q.next())
        shift = shiftFrom(q);
    if (!finished(q))
        return std::nullopt;
    return shift;
}

std::optional<Shift> SalesStore::openShift(const Money& cashFloat, const QString& operatorName,
                                           const QDateTime& at) {
    succeed();
    if (cashFloat.isNegative()) {
        fail(refusal(StorageError::Kind::Constraint, m_db.path(),
                     tr("A cash float cannot be negative.")));
        return std::nullopt;
    }
    if (!begin())
        return std::nullopt;
    // Checked inside the write transaction: another window or checkstand-ctl may have opened
    // one a moment ago (the UNIQUE is_open column would refuse it too, in fewer words).
    const std::optional<Shift> open = currentShift();
    if (m_error.failed() || open) {
        const StorageError why =
            open ? refusal(StorageError::Kind::Constraint, m_db.path(),
                           tr("A shift is already open (since %1, opened by %2): close it with "
                              "a Z report before opening another.")
                               .arg(shown(open->openedAt), open->openedBy))
                 : m_error;
        m_db.rollback();
        fail(why);
        return std::nullopt;
    }
    QSqlQuery insert(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO shifts (opened_at, opened_by, float_minor, currency, "
                            "is_open) VALUES (?, ?, ?, ?, 1)"),
             {isoUtc(at), operatorName, cashFloat.minorUnits(), cashFloat.currency()})) {
        m_db.rollback();
        return std::nullopt;
    }
    Shift shift;
    shift.id = insert.lastInsertId().toLongLong();
    shift.openedAt = at;
    shift.openedBy = operatorName;
    shift.cashFloat = cashFloat;
    if (!commit())
        return std::nullopt;
    Q_EMIT shiftChanged();
    return shift;
}

std::optional<CashMove> SalesStore::recordCashMove(const CashMove& move) {
    succeed();
    const auto refuse = [this](const QString& message) -> std::optional<CashMove> {
        fail(refusal(StorageError::Kind::Constraint, m_db.path(), message));
        return std::nullopt;
    };
    if (move.amount.isNegative() || move.amount.isZero())
        return refuse(tr("A pay-in or pay-out needs an amount above zero."));
    if (move.reason.trimmed().isEmpty())
        return refuse(tr("A pay-in or pay-out needs a reason."));
    if (!begin())
        return std::nullopt;
    const std::optional<Shift> open = currentShift();
    if (m_error.failed()) {
        const StorageError why = m_error;
        m_db.rollback();
        fail(why);
        return std::nullopt;
    }
    if (!open || open->cashFloat.currency() != move.amount.currency()) {
        m_db.rollback();
        return refuse(!open ? tr("No shift is open: open one with its cash float first.")
                            : tr("The amount is in %1, the drawer in %2.")
                                  .arg(move.amount.currency(), open->cashFloat.currency()));
    }
    CashMove out = move;
    out.shiftId = open->id;
    out.reason = move.reason.trimmed();
    QSqlQuery insert(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO cash_moves (shift_id, at, kind, amount_minor, currency, "
                            "reason, operator) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {out.shiftId, isoUtc(out.at), toString(out.kind), out.amount.minorUnits(),
              out.amount.currency(), out.reason, out.operatorName})) {
        m_db.rollback();
        return std::nullopt;
    }
    out.id = insert.lastInsertId().toLongLong();
    if (!commit())
        return std::nullopt;
    Q_EMIT shiftChanged();
    return out;
}

std::optional<StoredZReport> SalesStore::zReport(qint64 number) const {
    succeed();
    QSqlQuery q(m_db.db());
    const bool asked =
        number > 0
            ? run(q, QStringLiteral("SELECT %1 FROM z_reports WHERE number = ?").arg(kZColumns),
                  {number})
            : run(q, QStringLiteral("SELECT %1 FROM z_reports ORDER BY number DESC LIMIT 1")
                         .arg(kZColumns));
    if (!asked)
        return std::nullopt;
    if (!q.next()) {
        finished(q); // none, or (lastError() set) the read failed
        return std::nullopt;
    }
    StoredZReport z;
    z.number = q.value(0).toLongLong();
    z.from = fromIsoUtc(q.value(1).toString());
    z.to = fromIsoUtc(q.value(2).toString());
    z.operatorName = q.value(3).toString();
    z.counted = Money::fromMinor(q.value(5).toLongLong(), q.value(4).toString());
    z.journalHead = q.value(6).toString();
    z.marks = {q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong(),
               q.value(10).toLongLong()};
    QJsonParseError parseError{};
    const QJsonDocument figures = QJsonDocument::fromJson(q.value(11).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !figures.isObject() || !z.to.isValid()) {
        fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                     tr("Z report No. %1 cannot be read from %2.").arg(z.number).arg(m_db.path())));
        return std::nullopt;
    }
    z.figures = figures.object();
    return z;
}

std::optional<PeriodRecords> SalesStore::recordsAfter(const RecordMarks& from) const {
    succeed();
    PeriodRecords r;
    r.from = from;
    QSqlQuery marks(m_db.db());
    if (!run(marks, QStringLiteral("SELECT (SELECT COALESCE(MAX(rowid), 0) FROM sales), "
                                   "(SELECT COALESCE(MAX(rowid), 0) FROM returns), "
                                   "(SELECT COALESCE(MAX(rowid), 0) FROM voids), "
                                   "(SELECT COALESCE(MAX(id), 0) FROM cash_moves)")))
        return std::nullopt;
    if (!marks.next()) {
        if (finished(marks))
            fail(refusal(
                StorageError::Kind::Other, m_db.path(),
                tr("The size of the sales journal in %1 could not be read.").arg(m_db.path())));
        return std::nullopt;
    }
    r.to = {marks.value(0).toLongLong(), marks.value(1).toLongLong(), marks.value(2).toLongLong(),
            marks.value(3).toLongLong()};
    if (!finished(marks))
        return std::nullopt;
    marks.finish();
    // Fewer records than the last Z saw: rows were removed (or the file replaced). The period
    // cannot be told, so no figure is given rather than a wrong one.
    if (r.to.sales < from.sales || r.to.returns < from.returns || r.to.voids < from.voids ||
        r.to.cashMoves < from.cashMoves) {
        fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                     tr("The sales journal in %1 holds fewer records than when the last Z report "
                        "was made: records were removed. No report can be made; restore the "
                        "file from a backup.")
                         .arg(m_db.path())));
        return std::nullopt;
    }
    if (!salesInRange(from.sales, r.to.sales, r.sales) ||
        !returnsInRange(from.returns, r.to.returns, r.returns))
        return std::nullopt;

    QSqlQuery voids(m_db.db());
    if (!run(voids,
             QStringLiteral("SELECT COUNT(*), MIN(voided_at) FROM voids WHERE rowid > ? AND "
                            "rowid <= ?"),
             {from.voids, r.to.voids}))
        return std::nullopt;
    QDateTime firstVoid;
    if (voids.next()) {
        r.voids = voids.value(0).toLongLong();
        firstVoid = fromIsoUtc(voids.value(1).toString());
    }
    if (!finished(voids))
        return std::nullopt;
    voids.finish();

    QSqlQuery moves(m_db.db());
    if (!run(moves,
             QStringLiteral("SELECT id, shift_id, kind, at, amount_minor, currency, reason, "
                            "operator FROM cash_moves WHERE id > ? AND id <= ? ORDER BY id"),
             {from.cashMoves, r.to.cashMoves}))
        return std::nullopt;
    while (moves.next()) {
        CashMove m;
        m.id = moves.value(0).toLongLong();
        m.shiftId = moves.value(1).toLongLong();
        const QString kind = moves.value(2).toString();
        if (kind != toString(CashMove::Kind::PayIn) && kind != toString(CashMove::Kind::PayOut)) {
            fail(refusal(StorageError::Kind::Corrupt, m_db.path(),
                         tr("Cash move %1 in %2 cannot be read.").arg(m.id).arg(m_db.path())));
            return std::nullopt;
        }
        m.kind = kind == toString(CashMove::Kind::PayIn) ? CashMove::Kind::PayIn
                                                         : CashMove::Kind::PayOut;
        m.at = fromIsoUtc(moves.value(3).toString());
        m.amount = Money::fromMinor(moves.value(4).toLongLong(), moves.value(5).toString());
        m.reason = moves.value(6).toString();
        m.operatorName = moves.value(7).toString();
        r.cashMoves.append(m);
    }
    if (!finished(moves))
        return std::nullopt;

    for (const CompletedSale& s : std::as_const(r.sales))
        earliest(r.firstAt, s.completedAt);
    for (const SaleReturn& ret : std::as_const(r.returns))
        earliest(r.firstAt, ret.createdAt);
    for (const CashMove& m : std::as_const(r.cashMoves))
        earliest(r.firstAt, m.at);
    earliest(r.firstAt, firstVoid);
    return r;
}

bool SalesStore::recordZReport(const StoredZReport& z, qint64 shiftId) {
    succeed();
    QSqlQuery insert(m_db.db());
    if (!run(insert,
             QStringLiteral("INSERT INTO z_reports (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?)")
                 .arg(kZColumns),
             {z.number, isoUtc(z.from), isoUtc(z.to), z.operatorName, z.counted.currency(),
              z.counted.minorUnits(), z.journalHead, z.marks.sales, z.marks.returns, z.marks.voids,
              z.marks.cashMoves, QJsonDocument(z.figures).toJson(QJsonDocument::Compact)})) {
        if (m_error.kind == StorageError::Kind::Constraint) {
            StorageError why = m_error;
            why.message =
                tr("Z report No. %1 is stored already; nothing was changed.").arg(z.number);
            m_error = why;
        }
        return false;
    }
    QSqlQuery close(m_db.db());
    if (!run(close,
             QStringLiteral("UPDATE shifts SET is_open = NULL, closed_at = ?, closed_by = ?, "
                            "z_number = ? WHERE id = ? AND is_open = 1"),
             {isoUtc(z.to), z.operatorName, z.number, shiftId}))
        return false;
    if (close.numRowsAffected() != 1)
        return fail(
            refusal(StorageError::Kind::Constraint, m_db.path(),
                    tr("Shift %1 is no longer open; the Z report was not stored.").arg(shiftId)));
    m_shiftClosedInTransaction = true;
    return true;
}

bool SalesStore::inWriteTransaction(const std::function<bool()>& work) {
    succeed();
    m_shiftClosedInTransaction = false;
    if (!begin())
        return false;
    if (!work()) {
        // What the failed statement said survives the rollback; a refusal of the caller's own
        // leaves lastError() clear.
        const StorageError why = m_error;
        m_db.rollback();
        m_error = why;
        m_shiftClosedInTransaction = false;
        return false;
    }
    if (!commit()) {
        m_shiftClosedInTransaction = false;
        return false;
    }
    if (std::exchange(m_shiftClosedInTransaction, false))
        Q_EMIT shiftChanged();
    return true;
}

} // namespace checkstand
