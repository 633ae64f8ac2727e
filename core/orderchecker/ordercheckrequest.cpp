// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercheckrequest.h"

#include "ticket/ticket.h"

#include <QJsonArray>

namespace checkstand::orderchecker {

namespace {

void putIf(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject buildOrder(const Ticket& t, const PlatformFlags& flags) {
    QJsonObject o{{QStringLiteral("objectId"), t.id},
                  {QStringLiteral("eventType"), QStringLiteral("ORDER_UPDATE")},
                  {QStringLiteral("retailerOrderId"), t.retailerOrderId}};
    const bool fresh = t.lines.isEmpty() && t.customer.isEmpty() && t.coupon.isEmpty() &&
                       t.salesChannel.isEmpty() && t.discount.isZero() && t.freightCost.isZero();
    if (fresh)
        return o;

    o.insert(QStringLiteral("isInternational"), flags.isInternational);
    o.insert(QStringLiteral("canAcceptBoleto"), flags.canAcceptBoleto);
    o.insert(QStringLiteral("canAcceptCreditCard"), flags.canAcceptCreditCard);
    o.insert(QStringLiteral("canAcceptDebitCard"), flags.canAcceptDebitCard);
    o.insert(QStringLiteral("canAcceptPix"), flags.canAcceptPix);
    putIf(o, "coupon", t.coupon);
    putIf(o, "salesChannel", t.salesChannel);
    o.insert(QStringLiteral("discount"), t.discount.toJsonNumber());
    o.insert(QStringLiteral("discountMode"), t.discountMode);
    putIf(o, "deliveryTime", t.deliveryTime);
    putIf(o, "shippingMethod", t.shippingMethod);
    o.insert(QStringLiteral("freightCost"), t.freightCost.toJsonNumber());
    o.insert(QStringLiteral("freeShipping"), t.freightCost.isZero());

    if (!t.customer.isEmpty()) {
        const TicketCustomer& c = t.customer;
        QJsonObject co;
        putIf(co, "objectId", c.customerId);
        putIf(co, "name", c.name);
        putIf(co, "lastName", c.lastName);
        putIf(co, "taxDocumentnumber", c.taxDocumentNumber); // sic: the contract's spelling
        putIf(co, "email", c.email);
        putIf(co, "phoneNumber", c.phoneNumber);
        putIf(co, "phoneAreaCode", c.phoneAreaCode);
        putIf(co, "phoneCountryCode", c.phoneCountryCode);
        co.insert(QStringLiteral("businessAccount"), false);
        o.insert(QStringLiteral("customer"), co);
        if (!c.shippingAddress.isEmpty()) {
            const TicketAddress& a = c.shippingAddress;
            QJsonObject ao;
            putIf(ao, "addressLine1", a.addressLine1);
            putIf(ao, "addressLine2", a.addressLine2);
            putIf(ao, "number", a.number);
            putIf(ao, "suburb", a.suburb);
            putIf(ao, "zip", a.zip);
            putIf(ao, "recipient", a.recipient);
            putIf(ao, "addressState", a.state);
            putIf(ao, "city", a.city);
            putIf(ao, "country", a.country);
            o.insert(QStringLiteral("shippingAddress"), ao);
        }
    }

    QJsonArray items;
    for (const TicketLine& l : t.lines) {
        QJsonObject io{{QStringLiteral("objectId"), l.lineId},
                       {QStringLiteral("quantity"), l.quantity},
                       {QStringLiteral("price"), l.unitPrice.toJsonNumber()},
                       {QStringLiteral("externalId"), l.sku},
                       {QStringLiteral("isGift"), l.isGift},
                       {QStringLiteral("weight"), l.weight},
                       {QStringLiteral("height"), l.height},
                       {QStringLiteral("length"), l.length},
                       {QStringLiteral("width"), l.width}};
        putIf(io, "sellerId", l.sellerId);
        putIf(io, "shippingMethod", l.shippingMethod);
        putIf(io, "productReference", l.barcode);
        putIf(io, "variantId", l.variantKey);
        items.append(io);
    }
    o.insert(QStringLiteral("items"), items);
    return o;
}

} // namespace checkstand::orderchecker
