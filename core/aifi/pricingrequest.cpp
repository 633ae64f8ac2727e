// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingrequest.h"

#include "ticket/ticket.h"
#include "util/jsonwriter.h"

#include <QJsonDocument>

namespace checkstand::aifi {

namespace {

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QByteArray buildPricingRequestJson(const Ticket& t, const PricingContext& c) {
    JsonWriter w;
    w.beginObject();
    w.field(QLatin1StringView("sessionId"), t.id);
    w.key(QLatin1StringView("session")).beginObject();
    w.field(QLatin1StringView("createdAt"), iso(t.createdAt))
        .field(QLatin1StringView("updatedAt"), iso(t.updatedAt))
        .field(QLatin1StringView("sessionId"), t.id)
        .field(QLatin1StringView("sessionToken"), t.id)
        .field(QLatin1StringView("status"),
               c.completed ? QStringLiteral("completed") : QStringLiteral("active"))
        .field(QLatin1StringView("storeId"), c.store.aifiStoreId)
        .field(QLatin1StringView("locationId"), c.store.storeExternalId);
    w.endObject();
    w.key(QLatin1StringView("customer")).beginObject();
    w.field(QLatin1StringView("role"), QStringLiteral("customer"))
        .field(QLatin1StringView("externalId"), t.customer.customerId);
    if (!t.customer.email.isEmpty() || !t.customer.name.isEmpty()) {
        w.key(QLatin1StringView("metadata")).beginObject();
        w.field(QLatin1StringView("name"),
                QString(t.customer.name + u' ' + t.customer.lastName).trimmed())
            .field(QLatin1StringView("email"), t.customer.email);
        w.endObject();
    }
    w.endObject();

    Money subtotal = Money::fromMinor(0, t.currency);
    w.key(QLatin1StringView("cart")).beginArray();
    for (const TicketLine& l : t.lines) {
        const Money price = l.unitPrice;
        if (const auto line = price.times(l.quantity))
            subtotal = subtotal.plus(*line).value_or(subtotal);
        // The price as its exact decimal digits: a JSON number that reads as the amount.
        const QString digits = price.toDecimalString();
        w.beginObject();
        w.field(QLatin1StringView("id"), l.lineId)
            .field(QLatin1StringView("name"), l.name)
            .field(QLatin1StringView("barcode"), l.barcode)
            .field(QLatin1StringView("category"), l.category)
            .field(QLatin1StringView("sku"), l.sku)
            .field(QLatin1StringView("thumbnail"), QString())
            .field(QLatin1StringView("externalId"), l.sku);
        w.key(QLatin1StringView("price")).decimal(digits);
        w.field(QLatin1StringView("quantity"), l.quantity);
        w.key(QLatin1StringView("productSnapshot")).beginObject();
        w.field(QLatin1StringView("name"), l.name)
            .field(QLatin1StringView("price"), digits)
            .field(QLatin1StringView("barcode"), l.barcode)
            .field(QLatin1StringView("category"), l.category)
            .field(QLatin1StringView("thumbnail"), QString())
            .field(QLatin1StringView("weight"), l.weight)
            .field(QLatin1StringView("sku"), l.sku)
            .field(QLatin1StringView("externalId"), l.sku);
        w.endObject();
        w.endObject();
    }
    w.endArray();

    const QString sub = subtotal.toDecimalString();
    w.field(QLatin1StringView("storeId"), c.store.aifiStoreId);
    w.key(QLatin1StringView("store")).beginObject();
    w.field(QLatin1StringView("oasisApiStoreId"), c.store.aifiStoreId)
        .field(QLatin1StringView("aifiUniqueStoreId"), c.store.aifiUniqueStoreId);
    w.endObject();
    w.field(QLatin1StringView("storeExternalId"), c.store.storeExternalId)
        .field(QLatin1StringView("timeOfOrigin"), iso(c.timeOfOrigin))
        .field(QLatin1StringView("timeOfIssue"), iso(c.timeOfIssue));
    w.key(QLatin1StringView("metadata")).beginObject();
    w.key(QLatin1StringView("cart")).beginObject();
    w.field(QLatin1StringView("priceIncludesTax"), c.priceIncludesTax);
    w.endObject();
    w.endObject();
    w.field(QLatin1StringView("orderId"), c.orderId)
        .field(QLatin1StringView("status"),
               c.completed ? QStringLiteral("completed") : QStringLiteral("draft"))
        // Checkstand's own view before pricing: the service's reply replaces it.
        .field(QLatin1StringView("totalPrice"), sub)
        .field(QLatin1StringView("totalTax"), QStringLiteral("0.00"))
        .field(QLatin1StringView("subtotalPrice"), sub);
    w.key(QLatin1StringView("payment")).beginObject();
    w.field(QLatin1StringView("paymentProvider"), QStringLiteral("NONE"));
    w.endObject();
    w.endObject();
    return w.take();
}

QJsonObject buildPricingRequest(const Ticket& t, const PricingContext& c) {
    return QJsonDocument::fromJson(buildPricingRequestJson(t, c)).object();
}

} // namespace checkstand::aifi
