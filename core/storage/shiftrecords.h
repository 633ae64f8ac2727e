// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/completedsale.h"
#include "ticket/salereturn.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand {

// What sales.db keeps for the end of the day (SalesStore, salesstore_shifts.cpp). The figures
// themselves are computed by core/endofday; these are only the records.

// A shift: the cash drawer from its starting float to the Z report that closes it. One at a
// time is open.
struct Shift {
    qint64 id = 0;
    QDateTime openedAt;
    QString openedBy; // OperatorSession::operatorName()
    Money cashFloat;  // the cash put in the drawer to give change from
    QDateTime closedAt;
    QString closedBy;
    qint64 zNumber = 0; // the Z report that closed it; 0 while open
    bool isOpen() const { return zNumber == 0 && !closedAt.isValid(); }
};

// Cash put into (pay-in) or taken out of (pay-out) the drawer without a sale, with a reason.
struct CashMove {
    enum class Kind { PayIn, PayOut };
    qint64 id = 0;
    qint64 shiftId = 0;
    Kind kind = Kind::PayIn;
    QDateTime at;
    Money amount; // > 0
    QString reason;
    QString operatorName;
    friend bool operator==(const CashMove&, const CashMove&) = default;
};
QString toString(CashMove::Kind kind); // "payIn", "payOut" (storage, JSON)

// Where the records of one period end: the last rowid of each journal table. Sales, returns,
// voids and cash moves are only ever appended, so "after a Z report" is "a rowid above its
// marks", whatever time a record carries (a till whose clock was wrong, a record written in the
// same millisecond as the Z): nothing is counted twice and nothing falls between two days.
struct RecordMarks {
    qint64 sales = 0;
    qint64 returns = 0;
    qint64 voids = 0;
    qint64 cashMoves = 0;
    friend bool operator==(const RecordMarks&, const RecordMarks&) = default;
};

// Everything recorded after `from` marks up to the `to` marks, read in one transaction.
struct PeriodRecords {
    RecordMarks from;
    RecordMarks to;
    QList<CompletedSale> sales; // oldest first
    QList<SaleReturn> returns;  // oldest first
    qint64 voids = 0;
    QList<CashMove> cashMoves; // oldest first
    QDateTime firstAt;         // the earliest time among these records; null when there are none
};

// A Z report as stored: immutable (triggers refuse UPDATE and DELETE on its table).
struct StoredZReport {
    qint64 number = 0; // 1, 2, 3 ...
    QDateTime from;    // the previous Z's `to`, or the first record of the period
    QDateTime to;      // when it was made
    QString operatorName;
    Money counted;       // the cash counted in the drawer
    QString journalHead; // AuditJournal::head() when it was made
    RecordMarks marks;   // where its period ended: the next one starts after these
    QJsonObject figures; // DayReport::toJson(), read back for a reprint
};

} // namespace checkstand
