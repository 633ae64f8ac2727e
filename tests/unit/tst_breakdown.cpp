// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sale's breakdown: the one rule for the payable total, its figures, and its JSON.
#include "sale/breakdown.h"
#include "ticket/salebreakdown.h"

#include <QJsonArray>
#include <QTest>

using namespace checkstand;

namespace {

Money usd(qint64 minor) {
    return Money::fromMinor(minor, QStringLiteral("USD"));
}

TicketLine line(const QString& id, const QString& sku, qint64 unit, qint64 quantity) {
    TicketLine l;
    l.lineId = id;
    l.sku = sku;
    l.name = sku;
    l.unitPrice = usd(unit);
    l.quantity = quantity;
    return l;
}

// Beer x2 at 5.00 and bread at 4.00.
Ticket ticket() {
    Ticket t = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime::currentDateTimeUtc());
    t.lines = {line(QStringLiteral("a"), QStringLiteral("BEER"), 500, 2),
               line(QStringLiteral("b"), QStringLiteral("BREAD"), 400, 1)};
    return t;
}

aifi::PricedLine priced(const QString& id, qint64 quantity, qint64 subtotal, qint64 tax,
                        const QString& title, const QString& rate) {
    aifi::PricedLine l;
    l.id = id;
    l.externalId = id;
    l.quantity = quantity;
    l.subtotal = usd(subtotal);
    l.tax = usd(tax);
    l.total = usd(subtotal + tax);
    l.taxLines = {{title, rate, usd(tax), {}}};
    return l;
}

// The beer taxed at 8.25 % with a bottle deposit (itself taxed), the bread at 5 %.
aifi::PricedCart pricing() {
    aifi::PricedCart c;
    aifi::PricedLine deposit = priced(QStringLiteral("d"), 2, 20, 2, QStringLiteral("Sales tax"),
                                      QStringLiteral("0.0825"));
    deposit.isDeposit = true;
    deposit.externalId = QStringLiteral("a");
    deposit.parentLineId = QStringLiteral("a");
    c.lines = {priced(QStringLiteral("a"), 2, 1000, 83, QStringLiteral("Sales tax"),
                      QStringLiteral("0.0825")),
               deposit,
               priced(QStringLiteral("b"), 1, 400, 20, QStringLiteral("Food tax"),
                      QStringLiteral("0.05"))};
    c.subtotal = usd(1420);
    c.tax = usd(105);
    c.total = usd(1525);
    return c;
}

// The rule SaleSession::payableTotal() followed before the breakdown existed, kept here as
// an independent oracle: the breakdown must never change what a customer pays.
std::optional<Money> oldPayableTotal(const Ticket& t, const std::optional<aifi::PricedCart>& p) {
    if (!p)
        return t.total();
    std::optional<Money> items = usd(0);
    for (const TicketLine& l : t.lines) {
        const aifi::PricedLine* pl = p->line(l.lineId);
        std::optional<Money> amount;
        if (pl && pl->quantity == l.quantity) {
            amount = pl->total;
            for (const aifi::PricedLine* d : p->depositsOf(l.lineId))
                amount = amount ? amount->plus(d->total) : std::nullopt;
        } else {
            amount = l.total();
        }
        if (!items || !amount)
            return std::nullopt;
        items = items->plus(*amount);
    }
    const auto off = t.discountAmount();
    if (!items || !off)
        return std::nullopt;
    const auto net = items->minus(*off);
    return net ? net->plus(t.freightCost) : std::nullopt;
}

} // namespace

class TestBreakdown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unpricedIsLocalPricesWithoutTax() {
        const Ticket t = ticket();
        const auto b = saleBreakdown(t, std::nullopt);
        QVERIFY(b);
        QVERIFY(!b->priced);
        QCOMPARE(b->total, usd(1400));
        QCOMPARE(b->total, *oldPayableTotal(t, std::nullopt));
        QCOMPARE(b->lines.size(), 2);
        QCOMPARE(b->lines.at(0).amount, usd(1000));
        QCOMPARE(b->lines.at(0).tax, usd(0));
        QCOMPARE(b->lines.at(0).payable, usd(1000));
        QVERIFY(b->taxes.isEmpty());
        QVERIFY(breakdownProblem(*b).isEmpty());
    }

    void pricedHasTaxByRateAndDeposits() {
        const Ticket t = ticket();
        const auto b = saleBreakdown(t, pricing());
        QVERIFY(b);
        QVERIFY(b->priced);
        QCOMPARE(b->total, usd(1525));
        QCOMPARE(b->total, *oldPayableTotal(t, pricing()));
        QCOMPARE(b->subtotal, usd(1400));
        QCOMPARE(b->deposits, usd(20));
        QCOMPARE(b->tax, usd(105)); // the deposit's 0.02 included
        const BreakdownLine& beer = b->lines.at(0);
        QCOMPARE(beer.amount, usd(1000));
        QCOMPARE(beer.tax, usd(83));
        QCOMPARE(beer.deposit, usd(22));
        QCOMPARE(beer.payable, usd(1105));
        QCOMPARE(b->taxes.size(), 2);
        QCOMPARE(b->taxes.at(0).title, QStringLiteral("Sales tax"));
        QCOMPARE(b->taxes.at(0).rate, QStringLiteral("0.0825"));
        QCOMPARE(b->taxes.at(0).amount, usd(85));
        QCOMPARE(b->taxes.at(1).amount, usd(20));
    }

    void discountAndFreight_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("freight");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("absolute") << QStringLiteral("ABSOLUTE") << qint64(100) << qint64(0)
                                  << qint64(1425);
        // 10 % of the items at their local prices (14.00), as the ticket defines it.
        QTest::newRow("percentage")
            << QStringLiteral("PERCENTAGE") << qint64(1000) << qint64(0) << qint64(1385);
        QTest::newRow("freight") << QStringLiteral("ABSOLUTE") << qint64(0) << qint64(500)
                                 << qint64(2025);
        QTest::newRow("both") << QStringLiteral("PERCENTAGE") << qint64(1000) << qint64(499)
                              << qint64(1884);
    }
    void discountAndFreight() {
        QFETCH(QString, mode);
        QFETCH(qint64, discount);
        QFETCH(qint64, freight);
        QFETCH(qint64, expected);
        Ticket t = ticket();
        t.discountMode = mode;
        t.discount = usd(discount);
        t.freightCost = usd(freight);
        for (const auto& p :
             {std::optional<aifi::PricedCart>(pricing()), std::optional<aifi::PricedCart>()}) {
            const auto b = saleBreakdown(t, p);
            QVERIFY(b);
            QCOMPARE(b->total, *oldPayableTotal(t, p));
            QCOMPARE(b->freight, usd(freight));
            QVERIFY(breakdownProblem(*b).isEmpty());
        }
        QCOMPARE(saleBreakdown(t, pricing())->total, usd(expected));
    }

    void lineChangedSincePricingIsAtItsLocalPrice() {
        Ticket t = ticket();
        t.lines[0].quantity = 3; // priced for 2
        const auto b = saleBreakdown(t, pricing());
        QVERIFY(b);
        QVERIFY(!b->priced);
        QCOMPARE(b->lines.at(0).payable, usd(1500));
        QCOMPARE(b->lines.at(0).deposit, usd(0));
        QCOMPARE(b->lines.at(1).payable, usd(420));
        QCOMPARE(b->total, usd(1920));
        QCOMPARE(b->total, *oldPayableTotal(t, pricing()));
    }

    void overflowAndBrokenRulesHaveNoBreakdown() {
        Ticket t = ticket();
        t.lines[0].unitPrice = usd(std::numeric_limits<qint64>::max() / 2);
        QVERIFY(!saleBreakdown(t, std::nullopt));
        t = ticket();
        t.discount = usd(5000); // more than the items
        QVERIFY(!saleBreakdown(t, pricing()));
    }

    void jsonRoundTrip() {
        Ticket t = ticket();
        t.discount = usd(100);
        t.freightCost = usd(250);
        const auto b = saleBreakdown(t, pricing());
        QVERIFY(b);
        QString error;
        const auto back = SaleBreakdown::fromJson(b->toJson(), QStringLiteral("USD"), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == *b);
    }

    void fromJsonRefusesBrokenFigures() {
        const auto b = saleBreakdown(ticket(), pricing());
        QVERIFY(b);
        QJsonObject o = b->toJson();
        o.insert(QStringLiteral("total"), QStringLiteral("15.26"));
        QString error;
        QVERIFY(!SaleBreakdown::fromJson(o, QStringLiteral("USD"), &error));
        QVERIFY2(error.contains(QStringLiteral("total")), qPrintable(error));

        // A negative discount that keeps the sums right is still refused.
        o = b->toJson();
        o.insert(QStringLiteral("discount"), QStringLiteral("-1.00"));
        o.insert(QStringLiteral("total"), QStringLiteral("16.25"));
        error.clear();
        QVERIFY(!SaleBreakdown::fromJson(o, QStringLiteral("USD"), &error));
        QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));

        // A line whose parts do not make its payable.
        o = b->toJson();
        QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
        QJsonObject first = lines.at(0).toObject();
        first.insert(QStringLiteral("tax"), QStringLiteral("0.84"));
        lines.replace(0, first);
        o.insert(QStringLiteral("lines"), lines);
        error.clear();
        QVERIFY(!SaleBreakdown::fromJson(o, QStringLiteral("USD"), &error));
        QVERIFY2(error.contains(QStringLiteral("lines[0]")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBreakdown)
#include "tst_breakdown.moc"
