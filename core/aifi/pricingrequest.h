// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace checkstand {

struct Ticket;

namespace aifi {

struct StoreIdentity {
    qint64 aifiStoreId = 0;    // AiFi's numeric store id
    QString aifiUniqueStoreId; // AiFi's unique store id
    QString storeExternalId;   // the retailer's store id
};

struct PricingContext {
    StoreIdentity store;
    bool priceIncludesTax = false;
    bool completed = false; // status "completed" at finalisation, else "draft"
    QDateTime timeOfOrigin; // when the change that triggered this happened
    QDateTime timeOfIssue;  // when it is sent
    qint64 orderId = 0;     // AiFi's order id once it has given one, else 0
};

// The cart-mutator request for a sale, shaped as the contract's example: sessionId (the sale's
// UUID, also session.sessionId), session, customer, store, times, cart lines with their product
// snapshot, metadata.cart.priceIncludesTax, orderId, status, totals and payment.
// Written straight as compact JSON text (what is sent: a 1,000-line cart, on every change).
QByteArray buildPricingRequestJson(const Ticket& ticket, const PricingContext& context);
// The same request as a JSON object (tests, `checkstand-ctl price --dry-run`).
QJsonObject buildPricingRequest(const Ticket& ticket, const PricingContext& context);

} // namespace aifi
} // namespace checkstand
