// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salebreakdown.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::SaleBreakdown)
};

// Reads amounts strictly; the first problem wins and names its key.
class AmountReader {
public:
    explicit AmountReader(QString currency)
        : m_currency(std::move(currency)) {}

    Money read(const QJsonObject& o, const char* key, const QString& where) {
        const auto parsed = Money::fromJson(o.value(QLatin1String(key)), m_currency);
        if (!parsed.ok()) {
            fail(where + QLatin1String(key) + QStringLiteral(": ") + parsed.error);
            return Money::fromMinor(0, m_currency);
        }
        return *parsed.value;
    }
    void fail(const QString& why) {
        if (m_error.isEmpty())
            m_error = why;
    }
    const QString& error() const { return m_error; }

private:
    QString m_currency;
    QString m_error;
};

// Adds `add` to `sum`; once an addition fails the sum stays empty.
void accumulate(std::optional<Money>& sum, const Money& add) {
    sum = sum ? sum->plus(add) : std::nullopt;
}

} // namespace

QJsonObject SaleBreakdown::toJson() const {
    QJsonArray lineArray;
    for (const BreakdownLine& l : lines) {
        lineArray.append(QJsonObject{{QStringLiteral("lineId"), l.lineId},
                                     {QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("unitPrice"), l.unitPrice.toDecimalString()},
                                     {QStringLiteral("amount"), l.amount.toDecimalString()},
                                     {QStringLiteral("tax"), l.tax.toDecimalString()},
                                     {QStringLiteral("deposit"), l.deposit.toDecimalString()},
                                     {QStringLiteral("payable"), l.payable.toDecimalString()},
                                     {QStringLiteral("isGift"), l.isGift}});
    }
    QJsonArray taxArray;
    for (const TaxTotal& t : taxes) {
        taxArray.append(QJsonObject{{QStringLiteral("title"), t.title},
                                    {QStringLiteral("rate"), t.rate},
                                    {QStringLiteral("amount"), t.amount.toDecimalString()}});
    }
    return {{QStringLiteral("lines"), lineArray},
            {QStringLiteral("taxes"), taxArray},
            {QStringLiteral("subtotal"), subtotal.toDecimalString()},
            {QStringLiteral("tax"), tax.toDecimalString()},
            {QStringLiteral("deposits"), deposits.toDecimalString()},
            {QStringLiteral("discount"), discount.toDecimalString()},
            {QStringLiteral("freight"), freight.toDecimalString()},
            {QStringLiteral("total"), total.toDecimalString()},
            {QStringLiteral("priced"), priced}};
}

std::optional<SaleBreakdown> SaleBreakdown::fromJson(const QJsonObject& json,
                                                     const QString& currency, QString* error) {
    const auto refuse = [error](const QString& why) -> std::optional<SaleBreakdown> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue lineValue = json.value(QLatin1String("lines"));
    const QJsonValue taxValue = json.value(QLatin1String("taxes"));
    if (!lineValue.isArray() || !taxValue.isArray())
        return refuse(Tr::tr("a sale breakdown needs its lines and taxes as lists"));
    AmountReader r(currency);
    SaleBreakdown b;
    const QJsonArray lineArray = lineValue.toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        const QJsonObject o = lineArray.at(i).toObject();
        const QString where = QStringLiteral("lines[%1].").arg(i);
        BreakdownLine l;
        l.lineId = o.value(QLatin1String("lineId")).toString();
        l.sku = o.value(QLatin1String("sku")).toString();
        l.name = o.value(QLatin1String("name")).toString();
        const QJsonValue q = o.value(QLatin1String("quantity"));
        if (!q.isDouble() || q.toDouble() < 1 || q.toDouble() > 1e6 ||
            q.toDouble() != double(qint64(q.toDouble())))
            r.fail(where + Tr::tr("quantity: must be a whole number of at least 1"));
        else
            l.quantity = qint64(q.toDouble());
        l.unitPrice = r.read(o, "unitPrice", where);
        l.amount = r.read(o, "amount", where);
        l.tax = r.read(o, "tax", where);
        l.deposit = r.read(o, "deposit", where);
        l.payable = r.read(o, "payable", where);
        l.isGift = o.value(QLatin1String("isGift")).toBool();
        b.lines.append(l);
    }
    const QJsonArray taxArray = taxValue.toArray();
    for (qsizetype i = 0; i < taxArray.size(); ++i) {
        const QJsonObject o = taxArray.at(i).toObject();
        b.taxes.append({o.value(QLatin1String("title")).toString(),
                        o.value(QLatin1String("rate")).toString(),
                        r.read(o, "amount", QStringLiteral("taxes[%1].").arg(i))});
    }
    b.subtotal = r.read(json, "subtotal", {});
    b.tax = r.read(json, "tax", {});
    b.deposits = r.read(json, "deposits", {});
    b.discount = r.read(json, "discount", {});
    b.freight = r.read(json, "freight", {});
    b.total = r.read(json, "total", {});
    b.priced = json.value(QLatin1String("priced")).toBool();
    if (!r.error().isEmpty())
        return refuse(r.error());
    // Read exactly is not enough: figures that do not add up would print a receipt and refund
    // a return that disagree with what the customer paid.
    if (const QString why = breakdownProblem(b); !why.isEmpty())
        return refuse(why);
    return b;
}

QString breakdownProblem(const SaleBreakdown& b) {
    const auto negative = [](const QString& what, const Money& m) {
        return Tr::tr("%1 cannot be negative (%2)").arg(what, m.toDecimalString());
    };
    std::optional<Money> amounts = Money::fromMinor(0, b.total.currency());
    std::optional<Money> payables = amounts;
    std::optional<Money> taxes = amounts;
    for (qsizetype i = 0; i < b.lines.size(); ++i) {
        const BreakdownLine& l = b.lines.at(i);
        const QString where = QStringLiteral("lines[%1]").arg(i);
        for (const auto& [what, m] : {std::pair{"unitPrice", &l.unitPrice},
                                      {"amount", &l.amount},
                                      {"tax", &l.tax},
                                      {"deposit", &l.deposit},
                                      {"payable", &l.payable}}) {
            if (m->isNegative())
                return negative(where + u'.' + QLatin1String(what), *m);
        }
        const auto own = l.amount.plus(l.tax);
        const auto payable = own ? own->plus(l.deposit) : std::nullopt;
        if (!payable || *payable != l.payable)
            return Tr::tr("%1: amount %2 + tax %3 + deposit %4 is not its payable %5")
                .arg(where, l.amount.toDecimalString(), l.tax.toDecimalString(),
                     l.deposit.toDecimalString(), l.payable.toDecimalString());
        accumulate(amounts, l.amount);
        accumulate(payables, l.payable);
    }
    for (const TaxTotal& t : b.taxes) {
        if (t.amount.isNegative())
            return negative(Tr::tr("a tax"), t.amount);
        accumulate(taxes, t.amount);
    }
    for (const auto& [what, m] : {std::pair{"subtotal", &b.subtotal},
                                  {"tax", &b.tax},
                                  {"deposits", &b.deposits},
                                  {"discount", &b.discount},
                                  {"freight", &b.freight},
                                  {"total", &b.total}}) {
        if (m->isNegative())
            return negative(QLatin1String(what), *m);
    }
    if (!amounts || !payables || !taxes)
        return Tr::tr("the figures are too large to add up, or in more than one currency");
    if (*amounts != b.subtotal)
        return Tr::tr("the lines add up to %1, not the subtotal %2")
            .arg(amounts->toDecimalString(), b.subtotal.toDecimalString());
    if (*taxes != b.tax)
        return Tr::tr("the taxes add up to %1, not the tax %2")
            .arg(taxes->toDecimalString(), b.tax.toDecimalString());
    const auto before = b.subtotal.plus(b.tax);
    const auto items = before ? before->plus(b.deposits) : std::nullopt;
    if (!items || *items != *payables)
        return Tr::tr("the lines' payable amounts add up to %1, not subtotal + tax + deposits")
            .arg(payables->toDecimalString());
    const auto net = items->minus(b.discount);
    const auto total = net ? net->plus(b.freight) : std::nullopt;
    if (!total || *total != b.total)
        return Tr::tr("the total %1 is not the items less the discount plus freight")
            .arg(b.total.toDecimalString());
    return {};
}

} // namespace checkstand
