// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salereturn.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::SaleReturn)
};

const QString kReturnFormat = QStringLiteral("checkstand.return/1");

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject SaleReturn::toJson() const {
    QJsonArray lineArray;
    for (const ReturnLine& l : lines) {
        lineArray.append(QJsonObject{{QStringLiteral("lineId"), l.lineId},
                                     {QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("refund"), l.refund.toDecimalString()}});
    }
    QJsonArray refundArray;
    for (const Payment& p : refunds)
        refundArray.append(p.toJson());
    return {{QStringLiteral("format"), kReturnFormat},
            {QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("saleId"), saleId},
            {QStringLiteral("saleNumber"), saleNumber},
            {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("currency"), total.currency()},
            {QStringLiteral("lines"), lineArray},
            {QStringLiteral("refunds"), refundArray},
            {QStringLiteral("total"), total.toDecimalString()},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("operator"), operatorName}};
}

std::optional<SaleReturn> SaleReturn::fromJson(const QJsonObject& json, QString* error) {
    const auto refuse = [error](const QString& why) -> std::optional<SaleReturn> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (str(json, "format") != kReturnFormat)
        return refuse(Tr::tr("format: expected \"%1\"").arg(kReturnFormat));
    SaleReturn r;
    r.id = str(json, "id");
    r.number = str(json, "number");
    r.saleId = str(json, "saleId");
    r.saleNumber = str(json, "saleNumber");
    r.createdAt = QDateTime::fromString(str(json, "createdAt"), Qt::ISODateWithMs);
    r.reason = str(json, "reason");
    r.operatorName = str(json, "operator");
    if (QUuid::fromString(r.id).isNull() || r.saleId.isEmpty() || r.number.isEmpty())
        return refuse(Tr::tr("a return needs its id (a UUID), its number and its sale"));
    const QString currency = json.value(QLatin1String("currency")).toString();
    if (currency.size() != 3)
        return refuse(Tr::tr("currency: must be an ISO 4217 code such as USD"));
    const auto total = Money::fromJson(json.value(QLatin1String("total")), currency);
    if (!total.ok() || total.value->isNegative())
        return refuse(
            Tr::tr("total: %1").arg(total.ok() ? Tr::tr("cannot be negative") : total.error));
    r.total = *total.value;
    // The figures must agree with each other: a return is money paid out.
    std::optional<Money> linesSum = Money::fromMinor(0, currency);
    const QJsonArray lineArray = json.value(QLatin1String("lines")).toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        const QJsonObject o = lineArray.at(i).toObject();
        ReturnLine l;
        l.lineId = str(o, "lineId");
        l.sku = str(o, "sku");
        l.name = str(o, "name");
        const QJsonValue q = o.value(QLatin1String("quantity"));
        const auto refund = Money::fromJson(o.value(QLatin1String("refund")), currency);
        if (!q.isDouble() || q.toDouble() < 1 || q.toDouble() > 1e6 ||
            q.toDouble() != double(qint64(q.toDouble())) || !refund.ok() ||
            refund.value->isNegative())
            return refuse(
                Tr::tr("lines[%1]: needs a whole quantity and a refund of zero or more").arg(i));
        l.quantity = qint64(q.toDouble());
        l.refund = *refund.value;
        linesSum = linesSum ? linesSum->plus(l.refund) : std::nullopt;
        r.lines.append(l);
    }
    std::optional<Money> refundsSum = Money::fromMinor(0, currency);
    for (const QJsonValue& v : json.value(QLatin1String("refunds")).toArray()) {
        const auto p = Payment::fromJson(v.toObject(), currency);
        if (!p || p->amount.isNegative() || p->amount.isZero())
            return refuse(Tr::tr("refunds: each needs a tender and an amount above zero"));
        refundsSum = refundsSum ? refundsSum->plus(p->amount) : std::nullopt;
        r.refunds.append(*p);
    }
    if (r.lines.isEmpty())
        return refuse(Tr::tr("lines: a return gives back at least one line"));
    if (!linesSum || *linesSum != r.total || !refundsSum || *refundsSum != r.total)
        return refuse(Tr::tr("the lines' refunds and the refunds must both add up to the total %1")
                          .arg(r.total.toDecimalString()));
    return r;
}

} // namespace checkstand
