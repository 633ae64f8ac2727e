// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingrequest.h"

#include "ticket/ticket.h"

#include <QJsonArray>

namespace checkstand::aifi {

namespace {

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject buildPricingRequest(const Ticket& t, const PricingContext& c) {
    const QString created = iso(t.createdAt);
    const QString updated = iso(t.updatedAt);
    QJsonObject session{{QStringLiteral("createdAt"), created},
                        {QStringLiteral("updatedAt"), updated},
                        {QStringLiteral("sessionId"), t.id},
                        {QStringLiteral("sessionToken"), t.id},
                        {QStringLiteral("status"),
                         c.completed ? QStringLiteral("completed") : QStringLiteral("active")},
                        {QStringLiteral("storeId"), c.store.aifiStoreId},
                        {QStringLiteral("locationId"), c.store.storeExternalId}};
    QJsonObject customer{{QStringLiteral("role"), QStringLiteral("customer")},
                         {QStringLiteral("externalId"), t.customer.customerId}};
    if (!t.customer.email.isEmpty() || !t.customer.name.isEmpty())
        customer.insert(
            QStringLiteral("metadata"),
            QJsonObject{{QStringLiteral("name"),
                         QString(t.customer.name + u' ' + t.customer.lastName).trimmed()},
                        {QStringLiteral("email"), t.customer.email}});

    QJsonArray cart;
    Money subtotal = Money::fromMinor(0, t.currency);
    for (const TicketLine& l : t.lines) {
        const Money price = l.unitPrice;
        if (const auto line = price.times(l.quantity))
            subtotal = subtotal.plus(*line).value_or(subtotal);
        cart.append(QJsonObject{{QStringLiteral("id"), l.lineId},
                                {QStringLiteral("name"), l.name},
                                {QStringLiteral("barcode"), l.barcode},
                                {QStringLiteral("category"), l.category},
                                {QStringLiteral("sku"), l.sku},
                                {QStringLiteral("thumbnail"), QString()},
                                {QStringLiteral("externalId"), l.sku},
                                {QStringLiteral("price"), price.toJsonNumber()},
                                {QStringLiteral("quantity"), l.quantity},
                                {QStringLiteral("productSnapshot"),
                                 QJsonObject{{QStringLiteral("name"), l.name},
                                             {QStringLiteral("price"), price.toDecimalString()},
                                             {QStringLiteral("barcode"), l.barcode},
                                             {QStringLiteral("category"), l.category},
                                             {QStringLiteral("thumbnail"), QString()},
                                             {QStringLiteral("weight"), l.weight},
                                             {QStringLiteral("sku"), l.sku},
                                             {QStringLiteral("externalId"), l.sku}}}});
    }
    const QString sub = subtotal.toDecimalString();
    return {{QStringLiteral("sessionId"), t.id},
            {QStringLiteral("session"), session},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("storeId"), c.store.aifiStoreId},
            {QStringLiteral("store"),
             QJsonObject{{QStringLiteral("oasisApiStoreId"), c.store.aifiStoreId},
                         {QStringLiteral("aifiUniqueStoreId"), c.store.aifiUniqueStoreId}}},
            {QStringLiteral("storeExternalId"), c.store.storeExternalId},
            {QStringLiteral("timeOfOrigin"), iso(c.timeOfOrigin)},
            {QStringLiteral("timeOfIssue"), iso(c.timeOfIssue)},
            {QStringLiteral("cart"), cart},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("cart"),
                          QJsonObject{{QStringLiteral("priceIncludesTax"), c.priceIncludesTax}}}}},
            {QStringLiteral("orderId"), c.orderId},
            {QStringLiteral("status"),
             c.completed ? QStringLiteral("completed") : QStringLiteral("draft")},
            // Checkstand's own view before pricing: the service's reply replaces it.
            {QStringLiteral("totalPrice"), sub},
            {QStringLiteral("totalTax"), QStringLiteral("0.00")},
            {QStringLiteral("subtotalPrice"), sub},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("paymentProvider"), QStringLiteral("NONE")}}}};
}

} // namespace checkstand::aifi
