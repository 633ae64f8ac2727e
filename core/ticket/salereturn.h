// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completedsale.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand {

// A line given back: how many, and what is refunded for them (their share of the line's
// payable amount, of the order discount taken off, never of the freight).
struct ReturnLine {
    QString lineId;
    QString sku;
    QString name;
    qint64 quantity = 0;
    Money refund;
    friend bool operator==(const ReturnLine&, const ReturnLine&) = default;
};

// A return is its own record, linked to the sale it returns from; never a negative sale.
// `refunds` says how the money goes back, to the sale's original tenders: each Payment's
// `amount` is positive; cash is paid out, a card is refunded on the store's terminal against
// the original approval `reference`, financing is cancelled at ChargeAfter (its tracking id).
struct SaleReturn {
    QString id;         // UUID
    QString number;     // readable, "store-001-R000003"; printed and shown
    QString saleId;     // the returned sale's ticket id
    QString saleNumber; // its retailerOrderId
    QDateTime createdAt;
    QList<ReturnLine> lines;
    QList<Payment> refunds;
    Money total; // sum of lines.refund == sum of refunds.amount
    QString reason;
    QString operatorName; // who did it (empty until operators exist)

    QJsonObject toJson() const;
    static std::optional<SaleReturn> fromJson(const QJsonObject& json, QString* error = nullptr);
    friend bool operator==(const SaleReturn&, const SaleReturn&) = default;
};

// An open sale given up, with the reason: kept so its number is accounted for (no gap).
struct VoidedSale {
    Ticket ticket;
    QDateTime voidedAt;
    QString reason;
    QString operatorName;
};

// A sale whose ChargeAfter checkout link was sent: it waits, kept across restarts, until the
// operator records the approval (then it is completed) or the decline (then it goes back to
// the till to be paid another way).
struct AwaitingFinancing {
    Ticket ticket;
    SaleBreakdown breakdown; // as priced and final-checked when the link went out
    Money total;             // the link's totalAmount == breakdown.total
    QString trackingId;      // ChargeAfter's, from the send-link reply
    QDateTime sentAt;
};

} // namespace checkstand
