// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/salesstore.h"
#include "ticket/salereturn.h"
#include "util/clock.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace checkstand {

// A line of a sale as far as a return is concerned.
struct ReturnableLine {
    QString lineId;
    QString sku;
    QString name;
    qint64 sold = 0;
    qint64 returned = 0; // by earlier returns
    Money paid;          // the line's payable amount less its share of the order discount
    qint64 returnable() const { return sold - returned; }
};

struct ReturnPlan {
    CompletedSale sale;
    QList<SaleReturn> earlier; // oldest first
    QList<ReturnableLine> lines;
    Money refundedSoFar;
};

// Returns of finished sales, once for the Sale history page, the Sale page (a scanned receipt
// barcode) and `checkstand-ctl sale return`:
//  - never more of a line than was sold minus what earlier returns took back;
//  - the refund of a line is its share of what the customer paid for it (tax, deposits, the
//    order discount's share included; freight is not refunded): the refund for the first k
//    units of a line is floor(paid x k / sold), so every return takes the difference and all
//    returns of a line together refund exactly what it cost, never a cent more;
//  - the money goes back to the sale's original tenders in the order they were taken, each at
//    most what it paid less what earlier returns gave back to it;
//  - a return is journalled as its own record; it sends no Elevate payment notification
//    (docs/returns.md says why).
class Returns {
public:
    // `storeId` is read when a return number is taken.
    Returns(SalesStore& sales, const Clock& clock, std::function<QString()> storeId);

    struct Planned {
        std::optional<ReturnPlan> plan;
        QString error; // "No sale store-001-000099 in this terminal's journal.", storage errors
    };
    Planned plan(const QString& saleIdOrNumber) const;

    struct Request {
        QString sale;                            // id or number
        QList<std::pair<QString, qint64>> lines; // line id or SKU, quantity (> 0)
        QString reason;                          // required: what the customer said
        QString operatorName;
    };
    struct Result {
        std::optional<SaleReturn> saleReturn;
        QString error; // in words, naming the line: "Only 1 of Beans 1 kg can still be returned."
        // For the operator: how to give each refund back ("Pay out $4.00 in cash.", "Refund
        // $9.00 on the card terminal against approval A1B2C3.", "Cancel $20.00 of financing
        // at ChargeAfter (link CA-123).").
        QStringList instructions;
        bool ok() const { return saleReturn.has_value(); }
    };
    // The return `request` would make, computed but not written (the return dialog's preview).
    Result preview(const Request& request) const;
    // Checks again and journals it (SalesStore::recordReturn).
    Result record(const Request& request);

    static QStringList instructionsFor(const SaleReturn& saleReturn, const CompletedSale& sale);

private:
    SalesStore& m_sales;
    const Clock& m_clock;
    std::function<QString()> m_storeId;
};

} // namespace checkstand
