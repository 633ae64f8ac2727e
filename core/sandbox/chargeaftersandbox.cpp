// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargeaftersandbox.h"

#include "money/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace checkstand::sandbox {

namespace {

// Independent of the client's validator on purpose: the sandbox checks the wire format the
// way the vendor would, so a client bug shows up as a 400 instead of being agreed with.
QString missingIn(const QJsonObject& o, std::initializer_list<const char*> keys,
                  const QString& where) {
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            return QStringLiteral("%1%2 is required").arg(where, QLatin1String(k));
    }
    return {};
}

QString checkCart(const QJsonObject& cart) {
    const QJsonArray items = cart.value(QLatin1String("items")).toArray();
    if (items.isEmpty())
        return QStringLiteral("cartDetails.items must have at least one item");
    std::optional<Money> total = Money::fromMinor(0);
    const auto overflow = QStringLiteral("cartDetails amounts are too large");
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        if (QString m = missingIn(item, {"name", "price", "sku", "quantity"},
                                  QStringLiteral("cartDetails.items[]."));
            !m.isEmpty())
            return m;
        const auto price = Money::fromJson(item.value(QLatin1String("price")));
        const QJsonValue q = item.value(QLatin1String("quantity"));
        // Range first: casting an out-of-range double to an integer is undefined.
        const double quantity = q.toDouble();
        if (!price.ok() || price.value->isNegative() || !q.isDouble() || quantity < 1 ||
            quantity > 9999 || quantity != double(qint64(quantity)))
            return QStringLiteral("cartDetails.items[] has an invalid price or quantity");
        const auto line = price.value->times(qint64(quantity));
        total = line ? total->plus(*line) : std::nullopt;
        if (!total)
            return overflow;
        if (item.contains(QLatin1String("warranty"))) {
            const auto w = Money::fromJson(
                item.value(QLatin1String("warranty")).toObject().value(QLatin1String("price")));
            if (!w.ok())
                return QStringLiteral("cartDetails.items[].warranty.price is invalid");
            total = total->plus(*w.value);
            if (!total)
                return overflow;
        }
    }
    for (const QJsonValue& v : cart.value(QLatin1String("discounts")).toArray()) {
        const auto d = Money::fromJson(v.toObject().value(QLatin1String("amount")));
        if (!d.ok() || d.value->isZero())
            return QStringLiteral("cartDetails.discounts[].amount must be a non-zero number");
        total = total->minus(*d.value);
        if (!total)
            return overflow;
    }
    for (const char* k : {"taxAmount", "shippingAmount"}) {
        const auto a = Money::fromJson(cart.value(QLatin1String(k)));
        if (!a.ok())
            return QStringLiteral("cartDetails.%1 is required").arg(QLatin1String(k));
        total = total->plus(*a.value);
        if (!total)
            return overflow;
    }
    const auto stated = Money::fromJson(cart.value(QLatin1String("totalAmount")));
    if (!stated.ok())
        return QStringLiteral("cartDetails.totalAmount is required");
    if (!total || *stated.value != *total)
        return QStringLiteral("cartDetails.totalAmount %1 does not match the cart (%2)")
            .arg(stated.value->toDecimalString(), total ? total->toDecimalString() : QString());
    return {};
}

QString checkBody(const QJsonObject& body) {
    const QString channel = body.value(QLatin1String("channel")).toString();
    if (channel != QLatin1String("call_center") && channel != QLatin1String("in_store"))
        return QStringLiteral("channel must be call_center or in_store");
    const QString flow = body.value(QLatin1String("flow")).toString();
    if (flow != QLatin1String("apply") && flow != QLatin1String("checkout"))
        return QStringLiteral("flow must be apply or checkout");
    const QJsonValue device = body.value(QLatin1String("runFlowOnCustomersDevice"));
    const bool onCustomersDevice = device.isUndefined() || device.toBool();
    if (!device.isUndefined() && !device.isBool())
        return QStringLiteral("runFlowOnCustomersDevice must be a boolean");
    if (channel == QLatin1String("call_center") && !onCustomersDevice)
        return QStringLiteral("call_center links must run on the customer's device");
    if (channel == QLatin1String("in_store")) {
        const QJsonObject id = body.value(QLatin1String("idVerificationEvidence")).toObject();
        if (QString m = missingIn(id, {"idType", "idExpiry", "cardIssuer", "cardExpiry"},
                                  QStringLiteral("idVerificationEvidence."));
            !m.isEmpty())
            return m;
    }
    if (onCustomersDevice) {
        const QJsonObject c = body.value(QLatin1String("consumerDetails")).toObject();
        if (QString m = missingIn(c, {"firstName", "lastName", "email", "mobilePhoneNumber"},
                                  QStringLiteral("consumerDetails."));
            !m.isEmpty())
            return m;
        const QString via = body.value(QLatin1String("sendUsing")).toString();
        if (via != QLatin1String("email") && via != QLatin1String("sms"))
            return QStringLiteral("sendUsing must be email or sms");
    }
    if (flow == QLatin1String("checkout")) {
        if (!body.value(QLatin1String("cartDetails")).isObject())
            return QStringLiteral("cartDetails is required for the checkout flow");
        if (QString m = checkCart(body.value(QLatin1String("cartDetails")).toObject());
            !m.isEmpty())
            return m;
        if (body.value(QLatin1String("finalPostbackURL")).toString().isEmpty())
            return QStringLiteral("finalPostbackURL is required for the checkout flow");
    }
    return {};
}

} // namespace

QString ChargeAfterSandbox::service() const {
    return QStringLiteral("chargeafter");
}

QString ChargeAfterSandbox::path() const {
    return QStringLiteral("/v2/omnichannel/send-link");
}

QString ChargeAfterSandbox::apiKey() const {
    return QStringLiteral("sandbox-chargeafter-private-key");
}

SandboxReply ChargeAfterSandbox::handle(const SandboxRequest& request) {
    if (request.method != "POST")
        return SandboxReply::error(405, QStringLiteral("use POST"));
    if (request.header("authorization") != "Bearer " + apiKey().toUtf8())
        return SandboxReply::error(401, QStringLiteral("Invalid or missing private API key"));
    if (!request.header("content-type").startsWith("application/json"))
        return SandboxReply::error(415, QStringLiteral("Content-Type must be application/json"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return SandboxReply::error(400, QStringLiteral("The body is not a JSON object"));
    if (const QString problem = checkBody(doc.object()); !problem.isEmpty())
        return SandboxReply::error(400, problem);
    // The contract's example answers success as the string "true".
    return SandboxReply::json(200, {{QStringLiteral("success"), QStringLiteral("true")},
                                    {QStringLiteral("statusTrackingId"),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

SandboxReply ChargeAfterSandbox::declined(const SandboxRequest&) {
    return SandboxReply::json(200, {{QStringLiteral("success"), false},
                                    {QStringLiteral("message"),
                                     QStringLiteral("Consumer is not eligible for financing")}});
}

} // namespace checkstand::sandbox
