// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand {

// One line of a finished sale as the customer paid it. `amount + tax + deposit == payable`.
struct BreakdownLine {
    QString lineId;
    QString sku;
    QString name;
    qint64 quantity = 0;
    Money unitPrice; // the shelf price per unit
    Money amount;    // the line before tax (priced, or unitPrice x quantity when not priced)
    Money tax;       // the line's own tax
    Money deposit;   // its deposits (bottle deposits and the like), their tax included
    Money payable;   // amount + tax + deposit
    bool isGift = false;
    friend bool operator==(const BreakdownLine&, const BreakdownLine&) = default;
};

// Tax summed by title and rate, deposits' tax included.
struct TaxTotal {
    QString title; // "Sales tax"
    QString rate;  // as the pricing service wrote it, "0.0825"; may be empty
    Money amount;
    friend bool operator==(const TaxTotal&, const TaxTotal&) = default;
};

// What a finished sale consisted of, kept with it in the journal so a receipt, a reprint, a
// return and a report read the same figures the customer paid, without asking any service
// again. Invariant (checked by breakdownProblem()):
//   sum(lines.payable) == subtotal + tax + deposits;  total == that - discount + freight.
struct SaleBreakdown {
    QList<BreakdownLine> lines;
    QList<TaxTotal> taxes;
    Money subtotal; // sum of lines.amount
    Money tax;      // sum of taxes.amount
    Money deposits; // sum of lines.deposit, their tax NOT included (it is in `tax`)
    Money discount; // what the order discount took off
    Money freight;
    Money total;         // what the customer paid: the sale's payable total
    bool priced = false; // false: local prices, no tax figures from the pricing service

    QJsonObject toJson() const;
    // nullopt (with `error` in words) for a malformed object or one that breaks the invariant.
    static std::optional<SaleBreakdown> fromJson(const QJsonObject& json, const QString& currency,
                                                 QString* error = nullptr);
    friend bool operator==(const SaleBreakdown&, const SaleBreakdown&) = default;
};

// Empty when the invariant above holds (and no amount is negative), else what is wrong.
QString breakdownProblem(const SaleBreakdown& breakdown);

} // namespace checkstand
