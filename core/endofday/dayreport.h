// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "storage/shiftrecords.h"
#include "ticket/completedsale.h"
#include "ticket/salebreakdown.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand {

// The figures of an X report (any time, changes nothing) or a Z report (closes the day, kept
// for good), all in the store's currency. docs/endofday.md says what each figure means.
struct DayReport {
    enum class Kind { X, Z };

    // What each tender took in, less what went back to it in refunds.
    struct TenderTotal {
        Tender tender = Tender::Cash;
        Money sales;   // the payments' amounts (cash: what it paid, not what was handed over)
        Money refunds; // what returns gave back to this tender
        Money net;     // sales - refunds
        friend bool operator==(const TenderTotal&, const TenderTotal&) = default;
    };
    struct OperatorTotal {
        QString name; // as the sales record it; empty for sales from before operators
        qint64 sales = 0;
        Money total;
        friend bool operator==(const OperatorTotal&, const OperatorTotal&) = default;
    };

    Kind kind = Kind::X;
    qint64 number = 0;    // the Z's number (1, 2, ...); 0 for an X
    QDateTime from;       // the previous Z's close, or the period's first record
    QDateTime to;         // when it was made
    QString operatorName; // who made it
    QString currency;

    // The drawer's shift (the open one); shiftId 0 when none is open (an X only).
    qint64 shiftId = 0;
    QDateTime shiftOpenedAt;
    QString shiftOpenedBy;
    Money shiftFloat;

    qint64 salesCount = 0;
    Money gross;     // before the order discounts: netSales + discounts
    Money discounts; // what order discounts took off
    Money netSales;  // what the customers paid (the sales' payable totals)
    qint64 returnsCount = 0;
    Money refunded; // what the returns gave back
    qint64 voidsCount = 0;
    // Tax by title and rate as sold (returns carry no tax share, so none is taken off: see
    // docs/endofday.md). Sorted by title, then rate.
    QList<TaxTotal> taxes;
    Money deposits; // bottle deposits and the like, their tax not included (it is in taxes)
    QList<TenderTotal> tenders;     // cash, card, financing: always all three, in that order
    QList<OperatorTotal> operators; // by name
    qint64 payInsCount = 0;
    Money payIns;
    qint64 payOutsCount = 0;
    Money payOuts;
    QList<CashMove> cashMoves; // oldest first

    // The drawer: float + cashSales - cashRefunds + payIns - payOuts.
    Money cashSales;
    Money cashRefunds;
    Money expectedCash;
    std::optional<Money> countedCash; // a Z only
    std::optional<Money> overShort;   // countedCash - expectedCash: negative is short
    // AuditJournal::head() when the Z was made (anchors the journal); empty for an X.
    QString journalHead;

    bool isZ() const { return kind == Kind::Z; }
    // Amounts as decimal strings, counts as numbers, times as UTC ISO with milliseconds. What a
    // Z report stores and what checkstand-ctl prints.
    QJsonObject toJson() const;
    // Reads toJson() back exactly; nullopt with `error` in words when something is missing.
    static std::optional<DayReport> fromJson(const QJsonObject& json, QString* error = nullptr);
    friend bool operator==(const DayReport&, const DayReport&) = default;
};
QString toString(DayReport::Kind kind); // "x", "z"

// What a report is made of besides the records themselves.
struct DayReportInput {
    DayReport::Kind kind = DayReport::Kind::X;
    qint64 number = 0;
    QDateTime from;
    QDateTime to;
    QString operatorName;
    QString currency;
    std::optional<Shift> shift;       // the open shift, if any
    std::optional<Money> countedCash; // a Z: what was counted in the drawer
    QString journalHead;
};

struct DayReportBuild {
    std::optional<DayReport> report;
    QString error; // in words: an amount in another currency, figures too large to add up
};

// The figures of `records`, every sum checked: an overflow or a currency that is not the
// report's is an error in words, never a figure that is quietly wrong.
DayReportBuild buildDayReport(const DayReportInput& input, const PeriodRecords& records);

} // namespace checkstand
