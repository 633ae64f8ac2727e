// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderchecksandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace checkstand::sandbox {

namespace {

QJsonArray shippingOptions() {
    const auto option = [](const char* id, int price, const char* estimate) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("name"), QLatin1String(id)},
                           {QStringLiteral("price"), price},
                           {QStringLiteral("listPrice"), price},
                           {QStringLiteral("tax"), 0},
                           {QStringLiteral("deliveryChannel"), QStringLiteral("delivery")},
                           {QStringLiteral("shippingEstimate"), QLatin1String(estimate)},
                           {QStringLiteral("productLockedTime"), QJsonValue::Null}};
    };
    return {option("PAC", 5, "3bd"), option("Expresso", 10, "0bd")};
}

// The checker answers with the method the order already chose, when it is one it offers.
QString chosenOr(const QJsonObject& item, const char* fallback) {
    const QString chosen = item.value(QLatin1String("shippingMethod")).toString();
    return chosen == QLatin1String("PAC") || chosen == QLatin1String("Expresso")
               ? chosen
               : QLatin1String(fallback);
}

SandboxReply actions(int status, const QJsonArray& list) {
    return {status, QJsonDocument(list).toJson(QJsonDocument::Compact), "application/json"};
}

} // namespace

QString OrderCheckSandbox::service() const {
    return QStringLiteral("orderchecker");
}

QString OrderCheckSandbox::path() const {
    return QStringLiteral("/omnichat/order-checker");
}

QString OrderCheckSandbox::apiKey() const {
    return QStringLiteral("sandbox-order-checker-token");
}

QString OrderCheckSandbox::secretName() const {
    return QStringLiteral("orderchecker.header.X-Api-Token");
}

void OrderCheckSandbox::setOutOfStock(const QString& sku, bool blocking) {
    m_outOfStock.insert(sku, blocking);
}

void OrderCheckSandbox::setExtra(Extra extra, bool on) {
    if (on)
        m_extras.insert(int(extra));
    else
        m_extras.remove(int(extra));
}

SandboxReply OrderCheckSandbox::handle(const SandboxRequest& request) {
    if (request.method != "POST")
        return SandboxReply::error(405, QStringLiteral("use POST"));
    if (request.header(authHeader()) != apiKey().toUtf8())
        return SandboxReply::error(401, QStringLiteral("missing or wrong X-Api-Token header"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonObject order = doc.object();
    if (!doc.isObject() || order.value(QLatin1String("objectId")).toString().isEmpty() ||
        order.value(QLatin1String("eventType")).toString().isEmpty())
        return SandboxReply::error(400, QStringLiteral("objectId and eventType are required"));
    const QJsonValue items = order.value(QLatin1String("items"));
    if (!items.isUndefined() && !items.isArray())
        return SandboxReply::error(400, QStringLiteral("items must be an array"));

    QJsonArray out;
    bool blocking = false;
    for (const QJsonValue& v : items.toArray()) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QLatin1String("objectId")).toString();
        if (id.isEmpty() || !item.value(QLatin1String("quantity")).isDouble())
            return SandboxReply::error(400,
                                       QStringLiteral("every item needs objectId and quantity"));
        const QString sku = item.value(QLatin1String("externalId")).toString();
        const double quantity = item.value(QLatin1String("quantity")).toDouble();
        if (m_outOfStock.contains(sku) || quantity > 99) {
            blocking = blocking || m_outOfStock.value(sku, true);
            out.append(QJsonObject{
                {QStringLiteral("action"), QStringLiteral("ERROR")},
                {QStringLiteral("component"), QStringLiteral("ITEM")},
                {QStringLiteral("componentId"), id},
                {QStringLiteral("message"), quantity > 99 ? QStringLiteral("At most 99 per order")
                                                          : QStringLiteral("Out of stock")}});
        }
        if (m_extras.contains(int(Extra::ShippingOptions)) &&
            !item.value(QLatin1String("isGift")).toBool())
            out.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("INFO")},
                                   {QStringLiteral("component"), QStringLiteral("ITEM")},
                                   {QStringLiteral("componentId"), id},
                                   {QStringLiteral("shippingMethod"), chosenOr(item, "PAC")},
                                   {QStringLiteral("shippingOptions"), shippingOptions()}});
    }
    const bool hasItems = !items.toArray().isEmpty();
    if (hasItems && m_extras.contains(int(Extra::Freight)))
        out.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("INFO")},
                               {QStringLiteral("component"), QStringLiteral("FREIGHT")},
                               {QStringLiteral("message"), QStringLiteral("Freight updated")},
                               {QStringLiteral("freightCost"), 10}});
    if (hasItems && (m_extras.contains(int(Extra::Discount)) ||
                     order.value(QLatin1String("coupon")).toString() == QLatin1String("SAVE10")))
        out.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("INFO")},
                               {QStringLiteral("component"), QStringLiteral("ORDER")},
                               {QStringLiteral("message"), QStringLiteral("Discount updated")},
                               {QStringLiteral("discount"), 10},
                               {QStringLiteral("discountMode"), QStringLiteral("ABSOLUTE")}});
    if (hasItems && m_extras.contains(int(Extra::Gift)))
        out.append(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("INFO")},
                        {QStringLiteral("component"), QStringLiteral("ORDER")},
                        {QStringLiteral("isGift"), true},
                        {QStringLiteral("item"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Kit Brinde Teste")},
                                     {QStringLiteral("externalId"), QStringLiteral("123")},
                                     {QStringLiteral("sellerId"), QString()},
                                     {QStringLiteral("sellerName"), QString()},
                                     {QStringLiteral("externalImageURL"), QString()},
                                     {QStringLiteral("unitMultiplier"), 1},
                                     {QStringLiteral("salePrice"), 0},
                                     {QStringLiteral("price"), 0}}},
                        {QStringLiteral("shippingMethod"), QStringLiteral("PAC")},
                        {QStringLiteral("shippingOptions"), shippingOptions()}});
    if (m_extras.contains(int(Extra::Notice)))
        out.append(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("INFO")},
                        {QStringLiteral("component"), QStringLiteral("ORDER")},
                        {QStringLiteral("message"), QStringLiteral("This order has a gift")}});
    if (m_extras.contains(int(Extra::OrderError))) {
        blocking = true;
        out.append(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("ERROR")},
                        {QStringLiteral("component"), QStringLiteral("ORDER")},
                        {QStringLiteral("message"), QStringLiteral("The order is not valid")}});
    }
    return actions(blocking ? 403 : 200, out);
}

SandboxReply OrderCheckSandbox::declined(const SandboxRequest&) {
    // The checker's own "no": a 403 with an order error.
    return actions(403, {QJsonObject{{QStringLiteral("action"), QStringLiteral("ERROR")},
                                     {QStringLiteral("component"), QStringLiteral("ORDER")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("Sales are closed for this store")}}});
}

} // namespace checkstand::sandbox
