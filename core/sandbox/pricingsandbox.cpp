// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingsandbox.h"

#include "aifi/taxrate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace checkstand::sandbox {

PricingSandbox::PricingSandbox() {
    m_rates.insert(QStringLiteral("Grocery"), QStringLiteral("0.02"));
    m_rates.insert(QStringLiteral("Service"), QStringLiteral("0"));
    m_deposits.insert(QStringLiteral("WATER-6"), Money::fromMinor(60)); // 6 bottles x 0.10
}

QString PricingSandbox::service() const {
    return QStringLiteral("aifi");
}

QString PricingSandbox::path() const {
    return QStringLiteral("/api/push/cart-mutator");
}

QString PricingSandbox::apiKey() const {
    return QStringLiteral("sandbox-aifi-bearer-token");
}

SandboxReply PricingSandbox::declined(const SandboxRequest&) {
    return SandboxReply::error(422, QStringLiteral("The store is closed for pricing"));
}

SandboxReply PricingSandbox::handle(const SandboxRequest& request) {
    if (request.method != "POST")
        return SandboxReply::error(405, QStringLiteral("use POST"));
    if (request.header("authorization") != "Bearer " + apiKey().toUtf8())
        return SandboxReply::error(401, QStringLiteral("invalid bearer token"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString sessionId = body.value(QLatin1String("sessionId")).toString();
    if (sessionId.isEmpty() || body.value(QLatin1String("session"))
                                       .toObject()
                                       .value(QLatin1String("sessionId"))
                                       .toString() != sessionId)
        return SandboxReply::error(
            400, QStringLiteral("sessionId and session.sessionId are required and must match"));
    const QString status = body.value(QLatin1String("status")).toString();
    if (status != QLatin1String("draft") && status != QLatin1String("completed") &&
        status != QLatin1String("reviewed"))
        return SandboxReply::error(400,
                                   QStringLiteral("status must be draft, completed or reviewed"));
    const bool inclusive = body.value(QLatin1String("metadata"))
                               .toObject()
                               .value(QLatin1String("cart"))
                               .toObject()
                               .value(QLatin1String("priceIncludesTax"))
                               .toBool();

    QJsonArray out;
    Money total;
    Money subtotal;
    Money tax;
    const QJsonArray cart = body.value(QLatin1String("cart")).toArray();
    for (qsizetype i = 0; i < cart.size(); ++i) {
        const QJsonObject line = cart.at(i).toObject();
        const QString id = line.value(QLatin1String("id")).toString();
        const auto price = Money::fromJson(line.value(QLatin1String("price")));
        const double q = line.value(QLatin1String("quantity")).toDouble();
        if (id.isEmpty() || !price.ok() || q < 1 || q > 100000 || q != double(qint64(q)))
            return SandboxReply::error(
                400, QStringLiteral("cart[%1] needs id, price and a whole quantity").arg(i));
        qint64 quantity = qint64(q);
        const auto gross = price.value->times(quantity);
        const auto rate = aifi::TaxRate::parse(
            m_rates.value(line.value(QLatin1String("category")).toString(), m_defaultRate));
        if (!gross || !rate)
            return SandboxReply::error(400, QStringLiteral("cart[%1] cannot be priced").arg(i));
        Money lineTax =
            inclusive ? *aifi::includedTax(*gross, *rate) : *aifi::applyRate(*gross, *rate);
        Money lineTotal = inclusive ? *gross : *gross->plus(lineTax);
        Money lineSubtotal = *lineTotal.minus(lineTax);
        if (m_fault == Fault::DropLine && i == cart.size() - 1)
            continue;
        if (m_fault == Fault::ChangeQuantity && i == 0)
            ++quantity;
        QJsonObject priced{
            {QStringLiteral("id"),
             m_fault == Fault::UnknownLine && i == 0 ? QStringLiteral("not-in-cart") : id},
            {QStringLiteral("externalId"), QJsonValue(line.value(QLatin1String("externalId")))},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("totalPrice"), lineTotal.toDecimalString()},
            {QStringLiteral("subtotalPrice"), lineSubtotal.toDecimalString()},
            {QStringLiteral("totalTax"), lineTax.toDecimalString()},
            {QStringLiteral("isDeposit"), false}};
        QJsonArray taxLines;
        if (rate->ppm > 0)
            taxLines.append(QJsonObject{
                {QStringLiteral("title"), QStringLiteral("Sales tax")},
                {QStringLiteral("rate"), rate->toString()},
                {QStringLiteral("amount"), lineTax.toDecimalString()},
                {QStringLiteral("taxId"), QString(QStringLiteral("sales-") + rate->toString())}});
        priced.insert(QStringLiteral("taxLines"), taxLines);
        out.append(priced);
        total = *total.plus(lineTotal);
        subtotal = *subtotal.plus(lineSubtotal);
        tax = *tax.plus(lineTax);
        const QString sku = line.value(QLatin1String("sku")).toString();
        if (m_deposits.contains(sku)) {
            const Money deposit = *m_deposits.value(sku).times(quantity);
            out.append(QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-deposit"))},
                                   {QStringLiteral("externalId"), id},
                                   {QStringLiteral("quantity"), quantity},
                                   {QStringLiteral("totalPrice"), deposit.toDecimalString()},
                                   {QStringLiteral("subtotalPrice"), deposit.toDecimalString()},
                                   {QStringLiteral("totalTax"), QStringLiteral("0.00")},
                                   {QStringLiteral("taxLines"), QJsonArray()},
                                   {QStringLiteral("isDeposit"), true}});
            total = *total.plus(deposit);
            subtotal = *subtotal.plus(deposit);
        }
    }
    if (m_fault == Fault::InconsistentTotals) {
        // The order adds up by itself, but no longer matches its lines.
        total = *total.plus(Money::fromMinor(1));
        subtotal = *subtotal.plus(Money::fromMinor(1));
    }
    return SandboxReply::json(
        200, {{QStringLiteral("orderId"), 1000 + qint64(qHash(sessionId) % 100000)},
              {QStringLiteral("totalPrice"), total.toDecimalString()},
              {QStringLiteral("subtotalPrice"), subtotal.toDecimalString()},
              {QStringLiteral("totalTax"), tax.toDecimalString()},
              {QStringLiteral("cart"), out}});
}

} // namespace checkstand::sandbox
