// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticket/ticket.h"
#include "ticket/completedsale.h"

#include "catalog/product.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace checkstand {

QString toString(Tender tender) {
    switch (tender) {
    case Tender::Cash:
        return QStringLiteral("cash");
    case Tender::Card:
        return QStringLiteral("card");
    case Tender::Financing:
        return QStringLiteral("financing");
    }
    return {};
}

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Ticket)
};

QJsonObject addressJson(const TicketAddress& a) {
    return {{QStringLiteral("addressLine1"), a.addressLine1},
            {QStringLiteral("addressLine2"), a.addressLine2},
            {QStringLiteral("number"), a.number},
            {QStringLiteral("suburb"), a.suburb},
            {QStringLiteral("zip"), a.zip},
            {QStringLiteral("recipient"), a.recipient},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("country"), a.country}};
}

TicketAddress addressFrom(const QJsonObject& o) {
    const auto s = [&o](const char* k) {
        return o.value(QLatin1String(k)).toString();
    };
    return {s("addressLine1"), s("addressLine2"), s("number"), s("suburb"), s("zip"),
            s("recipient"),    s("state"),        s("city"),   s("country")};
}

// Reads amounts and counts strictly; the first problem wins and names its path.
class Reader {
public:
    explicit Reader(QString currency)
        : m_currency(std::move(currency)) {}

    Money money(const QJsonObject& o, const char* key, const QString& path, bool required = false) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1String(key), Tr::tr("is required"));
            return Money::fromMinor(0, m_currency);
        }
        const auto parsed = Money::fromJson(v, m_currency);
        if (!parsed.ok()) {
            fail(path + QLatin1String(key), parsed.error);
            return Money::fromMinor(0, m_currency);
        }
        return *parsed.value;
    }

    void fail(const QString& path, const QString& why) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(path, why);
    }

    QString error() const { return m_error; }
    QString currency() const { return m_currency; }

private:
    QString m_currency;
    QString m_error;
};

bool isPercentage(const QString& mode) {
    return mode.compare(QLatin1String("PERCENTAGE"), Qt::CaseInsensitive) == 0;
}

// 100 % as a discount amount: "100.00" for USD, "100" for JPY, "100.000" for BHD.
qint64 hundredPercentMinor(const QString& currency) {
    qint64 scale = 100;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    return scale;
}

QJsonObject optionJson(const ShippingOption& s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("price"), s.price.toDecimalString()},
            {QStringLiteral("listPrice"), s.listPrice.toDecimalString()},
            {QStringLiteral("tax"), s.tax.toDecimalString()},
            {QStringLiteral("deliveryChannel"), s.deliveryChannel},
            {QStringLiteral("shippingEstimate"), s.shippingEstimate}};
}

} // namespace

TicketLine TicketLine::fromProduct(const Product& p) {
    TicketLine line;
    line.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.sku = p.sku;
    line.barcode = p.barcode;
    line.name = p.name;
    line.category = p.category;
    line.variantKey = p.variantKey;
    line.sellerId = p.sellerId;
    line.unitPrice = p.price;
    line.cost = p.cost;
    line.leasable = p.leasable;
    line.weight = p.weight;
    line.height = p.height;
    line.length = p.length;
    line.width = p.width;
    return line;
}

bool TicketAddress::isEmpty() const {
    return *this == TicketAddress{};
}

bool TicketCustomer::isEmpty() const {
    TicketCustomer blank;
    blank.customerId = customerId;
    return *this == blank;
}

Ticket Ticket::create(const QString& retailerOrderId, const QString& currency,
                      const QDateTime& now) {
    Ticket t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.retailerOrderId = retailerOrderId;
    t.currency = currency;
    t.createdAt = now;
    t.updatedAt = now;
    t.discount = Money::fromMinor(0, currency);
    t.freightCost = Money::fromMinor(0, currency);
    return t;
}

qsizetype Ticket::indexOfLine(const QString& lineId) const {
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).lineId == lineId)
            return i;
    }
    return -1;
}

std::optional<Money> Ticket::itemsTotal() const {
    std::optional<Money> sum = Money::fromMinor(0, currency);
    for (const TicketLine& line : lines) {
        const auto t = line.total();
        if (!t || !sum)
            return std::nullopt;
        sum = sum->plus(*t);
    }
    return sum;
}

std::optional<Money> Ticket::discountAmount() const {
    if (!discountProblem(*this, discount, discountMode).isEmpty())
        return std::nullopt;
    if (!isPercentage(discountMode))
        return discount;
    // A percentage is kept as an amount, "10.00" = 10 %, in the currency's own decimals;
    // rounded half up to the minor unit.
    const auto items = itemsTotal();
    if (!items)
        return std::nullopt;
    const auto scaled = items->times(discount.minorUnits());
    if (!scaled)
        return std::nullopt;
    const qint64 hundredPercent = hundredPercentMinor(currency);
    return Money::fromMinor((scaled->minorUnits() + hundredPercent / 2) / hundredPercent, currency);
}

std::optional<Money> Ticket::total() const {
    if (freightCost.isNegative())
        return std::nullopt;
    for (const TicketLine& line : lines) {
        if (line.unitPrice.isNegative())
            return std::nullopt;
    }
    const auto items = itemsTotal();
    const auto off = discountAmount();
    if (!items || !off)
        return std::nullopt;
    const auto net = items->minus(*off);
    return net ? net->plus(freightCost) : std::nullopt;
}

QString discountProblem(const Ticket& ticket, const Money& discount, const QString& mode) {
    if (!isPercentage(mode) && mode.compare(QLatin1String("ABSOLUTE"), Qt::CaseInsensitive) != 0)
        return Tr::tr("the discount mode must be ABSOLUTE or PERCENTAGE, not \"%1\"")
            .arg(mode.left(20));
    if (discount.isNegative())
        return Tr::tr("a discount cannot be negative (%1)").arg(discount.toDecimalString());
    if (isPercentage(mode)) {
        if (discount.minorUnits() > hundredPercentMinor(discount.currency()))
            return Tr::tr("a discount of %1 % is more than 100 %").arg(discount.toDecimalString());
        return {};
    }
    const auto items = ticket.itemsTotal();
    if (items && discount.minorUnits() > items->minorUnits())
        return Tr::tr("the discount of %1 is more than the items it discounts (%2)")
            .arg(discount.toDecimalString(), items->toDecimalString());
    return {};
}

QString freightProblem(const Money& freight) {
    if (freight.isNegative())
        return Tr::tr("freight cannot be negative (%1)").arg(freight.toDecimalString());
    return {};
}

QString moneyProblem(const Ticket& ticket) {
    const auto negative = [](const Money& m) {
        return Tr::tr("cannot be negative (%1)").arg(m.toDecimalString());
    };
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        const TicketLine& l = ticket.lines.at(i);
        const QString path = QStringLiteral("lines[%1].").arg(i);
        if (l.unitPrice.isNegative())
            return path + QStringLiteral("unitPrice: ") + negative(l.unitPrice);
        if (l.cost && l.cost->isNegative())
            return path + QStringLiteral("cost: ") + negative(*l.cost);
        for (const ShippingOption& o : l.shippingOptions) {
            for (const Money* m : {&o.price, &o.listPrice, &o.tax}) {
                if (m->isNegative())
                    return path + QStringLiteral("shippingOptions[]: ") + negative(*m);
            }
        }
        if (!l.total())
            return Tr::tr("%1: %2 x %3 is too large to count")
                .arg(path.chopped(1), l.unitPrice.toDecimalString())
                .arg(l.quantity);
    }
    if (!ticket.itemsTotal())
        return Tr::tr("lines: together they are too large to count");
    if (const QString why = discountProblem(ticket, ticket.discount, ticket.discountMode);
        !why.isEmpty())
        return QStringLiteral("discount: ") + why;
    if (const QString why = freightProblem(ticket.freightCost); !why.isEmpty())
        return QStringLiteral("freightCost: ") + why;
    if (!ticket.total())
        return Tr::tr("the sale's total is too large to count");
    return {};
}

QJsonObject Ticket::toJson() const {
    QJsonArray lineArray;
    for (const TicketLine& l : lines) {
        QJsonArray options;
        for (const ShippingOption& s : l.shippingOptions)
            options.append(optionJson(s));
        QJsonObject o{{QStringLiteral("lineId"), l.lineId},
                      {QStringLiteral("sku"), l.sku},
                      {QStringLiteral("barcode"), l.barcode},
                      {QStringLiteral("name"), l.name},
                      {QStringLiteral("category"), l.category},
                      {QStringLiteral("variantKey"), l.variantKey},
                      {QStringLiteral("sellerId"), l.sellerId},
                      {QStringLiteral("unitPrice"), l.unitPrice.toDecimalString()},
                      {QStringLiteral("quantity"), l.quantity},
                      {QStringLiteral("leasable"), l.leasable},
                      {QStringLiteral("isGift"), l.isGift},
                      {QStringLiteral("weight"), l.weight},
                      {QStringLiteral("height"), l.height},
                      {QStringLiteral("length"), l.length},
                      {QStringLiteral("width"), l.width},
                      {QStringLiteral("shippingMethod"), l.shippingMethod},
                      {QStringLiteral("shippingOptions"), options},
                      {QStringLiteral("checkerError"), l.checkerError}};
        if (l.cost)
            o.insert(QStringLiteral("cost"), l.cost->toDecimalString());
        lineArray.append(o);
    }
    const TicketCustomer& c = customer;
    QJsonObject json{
        {QStringLiteral("format"), kTicketFormat},
        {QStringLiteral("id"), id},
        {QStringLiteral("retailerOrderId"), retailerOrderId},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("lines"), lineArray},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("customerId"), c.customerId},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("lastName"), c.lastName},
                     {QStringLiteral("email"), c.email},
                     {QStringLiteral("phoneCountryCode"), c.phoneCountryCode},
                     {QStringLiteral("phoneAreaCode"), c.phoneAreaCode},
                     {QStringLiteral("phoneNumber"), c.phoneNumber},
                     {QStringLiteral("taxDocumentNumber"), c.taxDocumentNumber},
                     {QStringLiteral("shippingAddress"), addressJson(c.shippingAddress)},
                     {QStringLiteral("billingAddress"), addressJson(c.billingAddress)}}},
        {QStringLiteral("coupon"), coupon},
        {QStringLiteral("salesChannel"), salesChannel},
        {QStringLiteral("discount"), discount.toDecimalString()},
        {QStringLiteral("discountMode"), discountMode},
        {QStringLiteral("freightCost"), freightCost.toDecimalString()},
        {QStringLiteral("shippingMethod"), shippingMethod},
        {QStringLiteral("deliveryTime"), deliveryTime},
        {QStringLiteral("notices"), QJsonArray::fromStringList(notices)},
        {QStringLiteral("orderErrors"), QJsonArray::fromStringList(orderErrors)}};
    // Optional, so tickets written before it existed and tickets that never went to
    // financing read and write the same.
    if (!financingLinks.isEmpty())
        json.insert(QStringLiteral("financingLinks"), QJsonArray::fromStringList(financingLinks));
    return json;
}

Ticket::Parsed Ticket::fromJson(const QJsonObject& json) {
    return read(json, true);
}

Ticket::Parsed Ticket::fromStoredJson(const QJsonObject& json) {
    return read(json, false);
}

Ticket::Parsed Ticket::read(const QJsonObject& json, bool moneyRules) {
    const auto s = [](const QJsonObject& o, const char* k) {
        return o.value(QLatin1String(k)).toString();
    };
    if (s(json, "format") != kTicketFormat)
        return {std::nullopt, Tr::tr("format: expected \"%1\"").arg(kTicketFormat)};
    Ticket t;
    t.id = s(json, "id");
    if (QUuid::fromString(t.id).isNull())
        return {std::nullopt, Tr::tr("id: must be a UUID")};
    t.currency = json.value(QLatin1String("currency")).toString(Money::defaultCurrency());
    if (t.currency.size() != 3)
        return {std::nullopt, Tr::tr("currency: must be an ISO 4217 code such as USD")};
    Reader r(t.currency);
    t.retailerOrderId = s(json, "retailerOrderId");
    t.createdAt = QDateTime::fromString(s(json, "createdAt"), Qt::ISODateWithMs);
    t.updatedAt = QDateTime::fromString(s(json, "updatedAt"), Qt::ISODateWithMs);
    const QJsonValue lines = json.value(QLatin1String("lines"));
    if (!lines.isUndefined() && !lines.isArray())
        return {std::nullopt, Tr::tr("lines: must be a list")};
    const QJsonArray lineArray = lines.toArray();
    if (lineArray.size() > 10000)
        return {std::nullopt, Tr::tr("lines: more than 10000 lines")};
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        const QJsonObject o = lineArray.at(i).toObject();
        const QString path = QStringLiteral("lines[%1].").arg(i);
        TicketLine l;
        l.lineId = s(o, "lineId");
        if (l.lineId.isEmpty())
            l.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        l.sku = s(o, "sku");
        if (l.sku.isEmpty())
            r.fail(path + QStringLiteral("sku"), Tr::tr("is required"));
        l.barcode = s(o, "barcode");
        l.name = s(o, "name");
        l.category = s(o, "category");
        l.variantKey = s(o, "variantKey");
        l.sellerId = s(o, "sellerId");
        l.unitPrice = r.money(o, "unitPrice", path, true);
        if (o.contains(QLatin1String("cost")))
            l.cost = r.money(o, "cost", path);
        const QJsonValue q = o.value(QLatin1String("quantity"));
        if (!q.isDouble() || q.toDouble() < 1 || q.toDouble() > 100000 ||
            q.toDouble() != double(qint64(q.toDouble())))
            r.fail(path + QStringLiteral("quantity"),
                   Tr::tr("must be a whole number from 1 to 100000"));
        else
            l.quantity = qint64(q.toDouble());
        l.leasable = o.value(QLatin1String("leasable")).toBool();
        l.isGift = o.value(QLatin1String("isGift")).toBool();
        l.weight = o.value(QLatin1String("weight")).toDouble();
        l.height = o.value(QLatin1String("height")).toDouble();
        l.length = o.value(QLatin1String("length")).toDouble();
        l.width = o.value(QLatin1String("width")).toDouble();
        l.shippingMethod = s(o, "shippingMethod");
        for (const QJsonValue& ov : o.value(QLatin1String("shippingOptions")).toArray()) {
            const QJsonObject so = ov.toObject();
            ShippingOption opt;
            opt.id = s(so, "id");
            opt.name = s(so, "name");
            opt.price = r.money(so, "price", path + QStringLiteral("shippingOptions[]."));
            opt.listPrice = r.money(so, "listPrice", path + QStringLiteral("shippingOptions[]."));
            opt.tax = r.money(so, "tax", path + QStringLiteral("shippingOptions[]."));
            opt.deliveryChannel = s(so, "deliveryChannel");
            opt.shippingEstimate = s(so, "shippingEstimate");
            l.shippingOptions.append(opt);
        }
        l.checkerError = s(o, "checkerError");
        t.lines.append(l);
    }
    const QJsonObject c = json.value(QLatin1String("customer")).toObject();
    t.customer.customerId = s(c, "customerId");
    t.customer.name = s(c, "name");
    t.customer.lastName = s(c, "lastName");
    t.customer.email = s(c, "email");
    t.customer.phoneCountryCode = s(c, "phoneCountryCode");
    t.customer.phoneAreaCode = s(c, "phoneAreaCode");
    t.customer.phoneNumber = s(c, "phoneNumber");
    t.customer.taxDocumentNumber = s(c, "taxDocumentNumber");
    t.customer.shippingAddress = addressFrom(c.value(QLatin1String("shippingAddress")).toObject());
    t.customer.billingAddress = addressFrom(c.value(QLatin1String("billingAddress")).toObject());
    t.coupon = s(json, "coupon");
    t.salesChannel = s(json, "salesChannel");
    t.discount = r.money(json, "discount", {});
    t.discountMode = json.value(QLatin1String("discountMode")).toString(QStringLiteral("ABSOLUTE"));
    t.freightCost = r.money(json, "freightCost", {});
    t.shippingMethod = s(json, "shippingMethod");
    t.deliveryTime = s(json, "deliveryTime");
    for (const QJsonValue& v : json.value(QLatin1String("notices")).toArray())
        t.notices << v.toString();
    for (const QJsonValue& v : json.value(QLatin1String("orderErrors")).toArray())
        t.orderErrors << v.toString();
    const QJsonValue links = json.value(QLatin1String("financingLinks"));
    if (!links.isUndefined() && !links.isNull()) {
        if (!links.isArray())
            r.fail(QStringLiteral("financingLinks"), Tr::tr("must be a list of tracking ids"));
        for (const QJsonValue& v : links.toArray()) {
            if (!v.isString() || v.toString().isEmpty()) {
                r.fail(QStringLiteral("financingLinks"), Tr::tr("must be a list of tracking ids"));
                break;
            }
            t.financingLinks << v.toString();
        }
    }
    if (!r.error().isEmpty())
        return {std::nullopt, r.error()};
    // Read exactly is not enough: a sale with a negative price or an impossible discount is
    // refused here, not completed with a negative total.
    if (const QString why = moneyRules ? moneyProblem(t) : QString(); !why.isEmpty())
        return {std::nullopt, why};
    return {t, {}};
}

} // namespace checkstand
