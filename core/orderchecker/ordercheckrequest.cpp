// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercheckrequest.h"

#include "ticket/ticket.h"
#include "util/jsonwriter.h"

#include <QJsonDocument>

namespace checkstand::orderchecker {

namespace {

using Key = QLatin1StringView;

void putIf(JsonWriter& w, const char* key, const QString& value) {
    if (!value.isEmpty())
        w.field(Key(key), value);
}

} // namespace

QByteArray buildOrderJson(const Ticket& t, const PlatformFlags& flags) {
    JsonWriter w;
    w.beginObject();
    w.field(Key("objectId"), t.id)
        .field(Key("eventType"), QStringLiteral("ORDER_UPDATE"))
        .field(Key("retailerOrderId"), t.retailerOrderId);
    const bool fresh = t.lines.isEmpty() && t.customer.isEmpty() && t.coupon.isEmpty() &&
                       t.salesChannel.isEmpty() && t.discount.isZero() && t.freightCost.isZero();
    if (fresh) {
        w.endObject();
        return w.take();
    }
    w.field(Key("isInternational"), flags.isInternational)
        .field(Key("canAcceptBoleto"), flags.canAcceptBoleto)
        .field(Key("canAcceptCreditCard"), flags.canAcceptCreditCard)
        .field(Key("canAcceptDebitCard"), flags.canAcceptDebitCard)
        .field(Key("canAcceptPix"), flags.canAcceptPix);
    putIf(w, "coupon", t.coupon);
    putIf(w, "salesChannel", t.salesChannel);
    // Amounts as their exact decimal digits: JSON numbers that read as the amounts.
    w.key(Key("discount")).decimal(t.discount.toDecimalString());
    w.field(Key("discountMode"), t.discountMode);
    putIf(w, "deliveryTime", t.deliveryTime);
    putIf(w, "shippingMethod", t.shippingMethod);
    w.key(Key("freightCost")).decimal(t.freightCost.toDecimalString());
    w.field(Key("freeShipping"), t.freightCost.isZero());

    if (!t.customer.isEmpty()) {
        const TicketCustomer& c = t.customer;
        w.key(Key("customer")).beginObject();
        putIf(w, "objectId", c.customerId);
        putIf(w, "name", c.name);
        putIf(w, "lastName", c.lastName);
        putIf(w, "taxDocumentnumber", c.taxDocumentNumber); // sic: the contract's spelling
        putIf(w, "email", c.email);
        putIf(w, "phoneNumber", c.phoneNumber);
        putIf(w, "phoneAreaCode", c.phoneAreaCode);
        putIf(w, "phoneCountryCode", c.phoneCountryCode);
        w.field(Key("businessAccount"), false);
        w.endObject();
        if (!c.shippingAddress.isEmpty()) {
            const TicketAddress& a = c.shippingAddress;
            w.key(Key("shippingAddress")).beginObject();
            putIf(w, "addressLine1", a.addressLine1);
            putIf(w, "addressLine2", a.addressLine2);
            putIf(w, "number", a.number);
            putIf(w, "suburb", a.suburb);
            putIf(w, "zip", a.zip);
            putIf(w, "recipient", a.recipient);
            putIf(w, "addressState", a.state);
            putIf(w, "city", a.city);
            putIf(w, "country", a.country);
            w.endObject();
        }
    }

    w.key(Key("items")).beginArray();
    for (const TicketLine& l : t.lines) {
        w.beginObject();
        w.field(Key("objectId"), l.lineId).field(Key("quantity"), l.quantity);
        w.key(Key("price")).decimal(l.unitPrice.toDecimalString());
        w.field(Key("externalId"), l.sku)
            .field(Key("isGift"), l.isGift)
            .field(Key("weight"), l.weight)
            .field(Key("height"), l.height)
            .field(Key("length"), l.length)
            .field(Key("width"), l.width);
        putIf(w, "sellerId", l.sellerId);
        putIf(w, "shippingMethod", l.shippingMethod);
        putIf(w, "productReference", l.barcode);
        putIf(w, "variantId", l.variantKey);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QJsonObject buildOrder(const Ticket& t, const PlatformFlags& flags) {
    return QJsonDocument::fromJson(buildOrderJson(t, flags)).object();
}

} // namespace checkstand::orderchecker
