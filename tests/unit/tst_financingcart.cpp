// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ChargeAfter checkout cart of a priced sale: exactly the payable total, to the cent.
#include "sale/financingcart.h"

#include <QTest>

using namespace checkstand;

namespace {

Money usd(qint64 minor) {
    return Money::fromMinor(minor, QStringLiteral("USD"));
}

TicketLine line(const QString& id, const QString& name, qint64 unitMinor, qint64 quantity) {
    TicketLine l;
    l.lineId = id;
    l.sku = name.toUpper();
    l.name = name;
    l.unitPrice = usd(unitMinor);
    l.quantity = quantity;
    return l;
}

aifi::PricedLine priced(const QString& id, qint64 quantity, qint64 subtotal, qint64 tax) {
    aifi::PricedLine p;
    p.id = id;
    p.quantity = quantity;
    p.subtotal = usd(subtotal);
    p.tax = usd(tax);
    p.total = usd(subtotal + tax);
    return p;
}

} // namespace

class TestFinancingCart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pricedCartCarriesTaxDepositsDiscountAndFreight() {
        Ticket t = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                                  QDateTime(QDate(2026, 3, 15), QTime(10, 0)));
        t.lines = {line(QStringLiteral("a"), QStringLiteral("Sofa"), 89900, 1),
                   line(QStringLiteral("b"), QStringLiteral("Water"), 449, 2),
                   line(QStringLiteral("c"), QStringLiteral("Mug"), 1250, 1)};
        t.discount = usd(1000);
        t.discountMode = QStringLiteral("ABSOLUTE");
        t.freightCost = usd(750);
        aifi::PricedCart cart;
        cart.lines = {priced(QStringLiteral("a"), 1, 89900, 7417),
                      // The pricing service priced the water pack differently: 8.97 for 2 (not
                      // whole cents per unit), with a 0.60 deposit taxed 0.05.
                      priced(QStringLiteral("b"), 2, 897, 18),
                      priced(QStringLiteral("d1"), 2, 60, 5)};
        cart.lines[2].isDeposit = true;
        cart.lines[2].parentLineId = QStringLiteral("b");
        // "c" is not covered (added after the last pricing): its local price, no tax.
        QString error;
        const auto out = financingCart(t, cart, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(out->items.size(), 4);
        QCOMPARE(out->items.at(0).price, usd(89900));
        QCOMPARE(out->items.at(1).quantity, 1); // 8.97 / 2 is not a whole cent
        QCOMPARE(out->items.at(1).price, usd(897));
        QVERIFY(out->items.at(1).name.contains(QStringLiteral("Water")));
        QCOMPARE(out->items.at(2).price, usd(60)); // the deposit, an item of its own
        QVERIFY(out->items.at(2).name.contains(QStringLiteral("Deposit")));
        QCOMPARE(out->items.at(3).price, usd(1250));
        QCOMPARE(out->taxAmount, usd(7417 + 18 + 5));
        QCOMPARE(out->discounts.size(), 1);
        QCOMPARE(out->shippingAmount, usd(750));
        // What the till takes: every priced total, the uncovered line, less 10.00, plus 7.50.
        const qint64 payable = (89900 + 7417) + (897 + 18) + (60 + 5) + 1250 - 1000 + 750;
        QCOMPARE(out->computeTotal(), std::optional(usd(payable)));
        QCOMPARE(out->statedTotal, std::optional(usd(payable)));
    }

    void giftsAreLeftOutAndAnEmptyCartIsRefused() {
        Ticket t = Ticket::create(QStringLiteral("store-001-000002"), QStringLiteral("USD"),
                                  QDateTime(QDate(2026, 3, 15), QTime(10, 0)));
        t.lines = {line(QStringLiteral("g"), QStringLiteral("Gift"), 0, 1)};
        QString error;
        QVERIFY(!financingCart(t, std::nullopt, &error));
        QVERIFY(!error.isEmpty());
        t.lines.append(line(QStringLiteral("m"), QStringLiteral("Mug"), 1250, 3));
        const auto out = financingCart(t, std::nullopt, &error);
        QVERIFY(out);
        QCOMPARE(out->items.size(), 1);
        QCOMPARE(out->items.first().price, usd(1250));
        QCOMPARE(out->items.first().quantity, 3);
        QCOMPARE(out->taxAmount, usd(0));
    }

    void overflowIsAnErrorNotZero() {
        Ticket t = Ticket::create(QStringLiteral("store-001-000003"), QStringLiteral("USD"),
                                  QDateTime(QDate(2026, 3, 15), QTime(10, 0)));
        t.lines = {line(QStringLiteral("x"), QStringLiteral("Huge"),
                        std::numeric_limits<qint64>::max() / 10, 100000)};
        QString error;
        QVERIFY(!financingCart(t, std::nullopt, &error));
        QVERIFY(error.contains(QStringLiteral("too large")));
    }
};

QTEST_GUILESS_MAIN(TestFinancingCart)
#include "tst_financingcart.moc"
