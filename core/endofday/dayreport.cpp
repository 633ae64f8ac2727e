// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayreport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files the
// texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::DayReport)
};

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime& t) {
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue moneyOrNull(const std::optional<Money>& m) {
    return m ? QJsonValue(m->toDecimalString()) : QJsonValue(QJsonValue::Null);
}

constexpr Tender kTenders[] = {Tender::Cash, Tender::Card, Tender::Financing};

// Every sum of the report goes through here: the first sum that cannot be made (another
// currency, an overflow) is kept in words, and the report is then not made at all.
class Sums {
public:
    explicit Sums(QString currency)
        : m_currency(std::move(currency)) {}

    Money zero() const { return Money::fromMinor(0, m_currency); }
    void add(Money& total, const Money& amount, const QString& what) {
        apply(total, amount, what, true);
    }
    void subtract(Money& total, const Money& amount, const QString& what) {
        apply(total, amount, what, false);
    }
    const QString& error() const { return m_error; }

private:
    void apply(Money& total, const Money& amount, const QString& what, bool plus) {
        if (!m_error.isEmpty())
            return;
        if (amount.currency() != m_currency) {
            m_error =
                Tr::tr("%1 is in %2 and the report in %3: no report is made across currencies.")
                    .arg(what, amount.currency(), m_currency);
            return;
        }
        const std::optional<Money> result = plus ? total.plus(amount) : total.minus(amount);
        if (!result) {
            m_error =
                Tr::tr("The figures are too large to add up (at %1): no report is made with a "
                       "wrong total.")
                    .arg(what);
            return;
        }
        total = *result;
    }

    QString m_currency;
    QString m_error;
};

// The sale's payments; a sale journalled before payments were kept was paid by one tender.
QList<Payment> paymentsOf(const CompletedSale& sale) {
    if (!sale.payments.isEmpty())
        return sale.payments;
    return {Payment{sale.tender, sale.total, sale.total, sale.financingTrackingId}};
}

qsizetype indexOf(Tender tender) {
    for (qsizetype i = 0; i < qsizetype(std::size(kTenders)); ++i) {
        if (kTenders[i] == tender)
            return i;
    }
    return 0;
}

// Reads a toJson() object strictly: the first missing or malformed field wins.
class Reader {
public:
    Reader(const QJsonObject& json, QString currency)
        : m_json(json)
        , m_currency(std::move(currency)) {}

    Money money(const QJsonObject& o, const char* key) {
        const auto parsed = Money::parse(o.value(QLatin1String(key)).toString(), m_currency);
        if (!parsed.ok()) {
            fail(QLatin1String(key));
            return Money::fromMinor(0, m_currency);
        }
        return *parsed.value;
    }
    Money money(const char* key) { return money(m_json, key); }
    std::optional<Money> optionalMoney(const char* key) {
        if (m_json.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return money(key);
    }
    qint64 count(const QJsonObject& o, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toInteger(-1) < 0) {
            fail(QLatin1String(key));
            return 0;
        }
        return v.toInteger();
    }
    qint64 count(const char* key) { return count(m_json, key); }
    QDateTime time(const QJsonObject& o, const char* key, bool required = true) {
        const QDateTime t =
            QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        if (required && !t.isValid())
            fail(QLatin1String(key));
        return t;
    }
    QDateTime time(const char* key) { return time(m_json, key); }
    QString text(const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString();
    }
    QJsonArray array(const char* key) {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isArray())
            fail(QLatin1String(key));
        return v.toArray();
    }
    void fail(const QString& key) {
        if (m_error.isEmpty())
            m_error = Tr::tr("the report's \"%1\" is missing or malformed").arg(key);
    }
    const QString& error() const { return m_error; }

private:
    const QJsonObject& m_json;
    QString m_currency;
    QString m_error;
};

} // namespace

QString toString(DayReport::Kind kind) {
    return kind == DayReport::Kind::Z ? QStringLiteral("z") : QStringLiteral("x");
}

QJsonObject DayReport::toJson() const {
    QJsonArray taxArray;
    for (const TaxTotal& t : taxes)
        taxArray.append(QJsonObject{{QStringLiteral("title"), t.title},
                                    {QStringLiteral("rate"), t.rate},
                                    {QStringLiteral("amount"), t.amount.toDecimalString()}});
    QJsonArray tenderArray;
    for (const TenderTotal& t : tenders)
        tenderArray.append(QJsonObject{{QStringLiteral("tender"), toString(t.tender)},
                                       {QStringLiteral("sales"), t.sales.toDecimalString()},
                                       {QStringLiteral("refunds"), t.refunds.toDecimalString()},
                                       {QStringLiteral("net"), t.net.toDecimalString()}});
    QJsonArray operatorArray;
    for (const OperatorTotal& o : operators)
        operatorArray.append(QJsonObject{{QStringLiteral("name"), o.name},
                                         {QStringLiteral("sales"), o.sales},
                                         {QStringLiteral("total"), o.total.toDecimalString()}});
    QJsonArray moveArray;
    for (const CashMove& m : cashMoves)
        moveArray.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("shiftId"), m.shiftId},
                                     {QStringLiteral("kind"), toString(m.kind)},
                                     {QStringLiteral("at"), iso(m.at)},
                                     {QStringLiteral("amount"), m.amount.toDecimalString()},
                                     {QStringLiteral("reason"), m.reason},
                                     {QStringLiteral("operator"), m.operatorName}});
    const QJsonValue shift =
        shiftId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("id"), shiftId},
                                             {QStringLiteral("openedAt"), iso(shiftOpenedAt)},
                                             {QStringLiteral("openedBy"), shiftOpenedBy}})
                    : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("number"), isZ() ? QJsonValue(number) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("from"), isoOrNull(from)},
            {QStringLiteral("to"), isoOrNull(to)},
            {QStringLiteral("operator"), operatorName},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("shift"), shift},
            {QStringLiteral("shiftFloat"), shiftFloat.toDecimalString()},
            {QStringLiteral("salesCount"), salesCount},
            {QStringLiteral("gross"), gross.toDecimalString()},
            {QStringLiteral("discounts"), discounts.toDecimalString()},
            {QStringLiteral("netSales"), netSales.toDecimalString()},
            {QStringLiteral("returnsCount"), returnsCount},
            {QStringLiteral("refunded"), refunded.toDecimalString()},
            {QStringLiteral("voidsCount"), voidsCount},
            {QStringLiteral("taxes"), taxArray},
            {QStringLiteral("deposits"), deposits.toDecimalString()},
            {QStringLiteral("tenders"), tenderArray},
            {QStringLiteral("operators"), operatorArray},
            {QStringLiteral("payInsCount"), payInsCount},
            {QStringLiteral("payIns"), payIns.toDecimalString()},
            {QStringLiteral("payOutsCount"), payOutsCount},
            {QStringLiteral("payOuts"), payOuts.toDecimalString()},
            {QStringLiteral("cashMoves"), moveArray},
            {QStringLiteral("cashSales"), cashSales.toDecimalString()},
            {QStringLiteral("cashRefunds"), cashRefunds.toDecimalString()},
            {QStringLiteral("expectedCash"), expectedCash.toDecimalString()},
            {QStringLiteral("countedCash"), moneyOrNull(countedCash)},
            {QStringLiteral("overShort"), moneyOrNull(overShort)},
            {QStringLiteral("journalHead"), journalHead}};
}

std::optional<DayReport> DayReport::fromJson(const QJsonObject& json, QString* error) {
    DayReport d;
    d.currency = json.value(QLatin1String("currency")).toString();
    Reader r(json, d.currency);
    const QString kindText = json.value(QLatin1String("kind")).toString();
    if (kindText != QLatin1String("x") && kindText != QLatin1String("z"))
        r.fail(QStringLiteral("kind"));
    if (d.currency.size() != 3)
        r.fail(QStringLiteral("currency"));
    d.kind = kindText == QLatin1String("z") ? Kind::Z : Kind::X;
    d.number = d.isZ() ? r.count("number") : 0;
    d.from = r.time("from");
    d.to = r.time("to");
    d.operatorName = json.value(QLatin1String("operator")).toString();
    const QJsonValue shiftValue = json.value(QLatin1String("shift"));
    if (shiftValue.isObject()) {
        const QJsonObject s = shiftValue.toObject();
        d.shiftId = r.count(s, "id");
        d.shiftOpenedAt = r.time(s, "openedAt");
        d.shiftOpenedBy = r.text(s, "openedBy");
    } else if (!shiftValue.isNull()) {
        r.fail(QStringLiteral("shift"));
    }
    d.shiftFloat = r.money("shiftFloat");
    d.salesCount = r.count("salesCount");
    d.gross = r.money("gross");
    d.discounts = r.money("discounts");
    d.netSales = r.money("netSales");
    d.returnsCount = r.count("returnsCount");
    d.refunded = r.money("refunded");
    d.voidsCount = r.count("voidsCount");
    for (const QJsonValue& v : r.array("taxes")) {
        const QJsonObject t = v.toObject();
        d.taxes.append(TaxTotal{r.text(t, "title"), r.text(t, "rate"), r.money(t, "amount")});
    }
    d.deposits = r.money("deposits");
    for (const QJsonValue& v : r.array("tenders")) {
        const QJsonObject t = v.toObject();
        const std::optional<Tender> tender = tenderFromString(r.text(t, "tender"));
        if (!tender)
            r.fail(QStringLiteral("tenders"));
        d.tenders.append(TenderTotal{tender.value_or(Tender::Cash), r.money(t, "sales"),
                                     r.money(t, "refunds"), r.money(t, "net")});
    }
    for (const QJsonValue& v : r.array("operators")) {
        const QJsonObject o = v.toObject();
        d.operators.append(
            OperatorTotal{r.text(o, "name"), r.count(o, "sales"), r.money(o, "total")});
    }
    d.payInsCount = r.count("payInsCount");
    d.payIns = r.money("payIns");
    d.payOutsCount = r.count("payOutsCount");
    d.payOuts = r.money("payOuts");
    for (const QJsonValue& v : r.array("cashMoves")) {
        const QJsonObject o = v.toObject();
        CashMove m;
        m.id = r.count(o, "id");
        m.shiftId = r.count(o, "shiftId");
        const QString moveKind = r.text(o, "kind");
        if (moveKind != toString(CashMove::Kind::PayIn) &&
            moveKind != toString(CashMove::Kind::PayOut))
            r.fail(QStringLiteral("cashMoves"));
        m.kind = moveKind == toString(CashMove::Kind::PayIn) ? CashMove::Kind::PayIn
                                                             : CashMove::Kind::PayOut;
        m.at = r.time(o, "at");
        m.amount = r.money(o, "amount");
        m.reason = r.text(o, "reason");
        m.operatorName = r.text(o, "operator");
        d.cashMoves.append(m);
    }
    d.cashSales = r.money("cashSales");
    d.cashRefunds = r.money("cashRefunds");
    d.expectedCash = r.money("expectedCash");
    d.countedCash = r.optionalMoney("countedCash");
    d.overShort = r.optionalMoney("overShort");
    d.journalHead = json.value(QLatin1String("journalHead")).toString();
    if (!r.error().isEmpty()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return d;
}

DayReportBuild buildDayReport(const DayReportInput& input, const PeriodRecords& records) {
    Sums sums(input.currency);
    DayReport d;
    d.kind = input.kind;
    d.number = input.kind == DayReport::Kind::Z ? input.number : 0;
    d.from = input.from;
    d.to = input.to;
    d.operatorName = input.operatorName;
    d.currency = input.currency;
    d.journalHead = input.kind == DayReport::Kind::Z ? input.journalHead : QString();
    const Money zero = sums.zero();
    d.shiftFloat = d.gross = d.discounts = d.netSales = d.refunded = d.deposits = zero;
    d.payIns = d.payOuts = d.cashSales = d.cashRefunds = d.expectedCash = zero;
    if (input.shift) {
        d.shiftId = input.shift->id;
        d.shiftOpenedAt = input.shift->openedAt;
        d.shiftOpenedBy = input.shift->openedBy;
        sums.add(d.shiftFloat, input.shift->cashFloat, Tr::tr("The shift's float"));
    }
    for (Tender t : kTenders)
        d.tenders.append(DayReport::TenderTotal{t, zero, zero, zero});

    for (const CompletedSale& sale : records.sales) {
        const QString what = Tr::tr("Sale %1").arg(
            sale.ticket.retailerOrderId.isEmpty() ? sale.ticket.id : sale.ticket.retailerOrderId);
        ++d.salesCount;
        sums.add(d.netSales, sale.total, what);
        sums.add(d.discounts, sale.breakdown.discount, what);
        sums.add(d.deposits, sale.breakdown.deposits, what);
        for (const TaxTotal& tax : sale.breakdown.taxes) {
            auto it = std::find_if(d.taxes.begin(), d.taxes.end(), [&tax](const TaxTotal& t) {
                return t.title == tax.title && t.rate == tax.rate;
            });
            if (it == d.taxes.end())
                it = d.taxes.insert(d.taxes.end(), TaxTotal{tax.title, tax.rate, zero});
            sums.add(it->amount, tax.amount, what);
        }
        for (const Payment& p : paymentsOf(sale)) {
            sums.add(d.tenders[indexOf(p.tender)].sales, p.amount, what);
            if (p.tender == Tender::Cash)
                sums.add(d.cashSales, p.amount, what);
        }
        auto op = std::find_if(
            d.operators.begin(), d.operators.end(),
            [&sale](const DayReport::OperatorTotal& o) { return o.name == sale.operatorName; });
        if (op == d.operators.end())
            op = d.operators.insert(d.operators.end(),
                                    DayReport::OperatorTotal{sale.operatorName, 0, zero});
        ++op->sales;
        sums.add(op->total, sale.total, what);
    }
    d.gross = d.netSales;
    sums.add(d.gross, d.discounts, Tr::tr("The gross sales"));

    // Returns are reported as money given back, per tender. The tax a return gives back is not
    // taken off `taxes`: a SaleReturn records each line's refund (its share of what was paid,
    // tax included), not the tax in it, so the taxes stay those of the sales (docs/endofday.md).
    for (const SaleReturn& r : records.returns) {
        const QString what = Tr::tr("Return %1").arg(r.number);
        ++d.returnsCount;
        sums.add(d.refunded, r.total, what);
        for (const Payment& p : r.refunds) {
            sums.add(d.tenders[indexOf(p.tender)].refunds, p.amount, what);
            if (p.tender == Tender::Cash)
                sums.add(d.cashRefunds, p.amount, what);
        }
    }
    d.voidsCount = records.voids;
    for (const CashMove& m : records.cashMoves) {
        const QString what = Tr::tr("Cash move %1").arg(m.id);
        if (m.kind == CashMove::Kind::PayIn) {
            ++d.payInsCount;
            sums.add(d.payIns, m.amount, what);
        } else {
            ++d.payOutsCount;
            sums.add(d.payOuts, m.amount, what);
        }
        d.cashMoves.append(m);
    }
    for (DayReport::TenderTotal& t : d.tenders) {
        t.net = t.sales;
        sums.subtract(t.net, t.refunds, Tr::tr("The %1 total").arg(toString(t.tender)));
    }
    const QString drawer = Tr::tr("The expected cash");
    d.expectedCash = d.shiftFloat;
    sums.add(d.expectedCash, d.cashSales, drawer);
    sums.subtract(d.expectedCash, d.cashRefunds, drawer);
    sums.add(d.expectedCash, d.payIns, drawer);
    sums.subtract(d.expectedCash, d.payOuts, drawer);
    if (input.countedCash) {
        Money counted = zero;
        sums.add(counted, *input.countedCash, Tr::tr("The counted cash"));
        Money overShort = counted;
        sums.subtract(overShort, d.expectedCash, Tr::tr("The over/short"));
        d.countedCash = counted;
        d.overShort = overShort;
    }
    if (!sums.error().isEmpty())
        return {std::nullopt, sums.error()};
    std::sort(d.taxes.begin(), d.taxes.end(), [](const TaxTotal& a, const TaxTotal& b) {
        return a.title != b.title ? a.title < b.title : a.rate < b.rate;
    });
    std::sort(d.operators.begin(), d.operators.end(),
              [](const DayReport::OperatorTotal& a, const DayReport::OperatorTotal& b) {
                  return a.name < b.name;
              });
    return {d, {}};
}

} // namespace checkstand
