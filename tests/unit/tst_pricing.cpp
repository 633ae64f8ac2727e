// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AiFi cart-mutator: exact tax arithmetic, the request's shape, and every inconsistency refused.
#include "aifi/pricingreply.h"
#include "aifi/pricingrequest.h"
#include "aifi/taxrate.h"
#include "ticket/ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace checkstand;
using namespace checkstand::aifi;

namespace {

Ticket twoLineTicket() {
    Ticket t = Ticket::create(QStringLiteral("store-001-000009"), QStringLiteral("USD"),
                              QDateTime(QDate(2019, 8, 24), QTime(14, 15, 22), Qt::UTC));
    t.id = QStringLiteral("d3a00526-1864-4f6e-bb2d-46e3ab7fa780");
    TicketLine a;
    a.lineId = QStringLiteral("28587028316208");
    a.sku = QStringLiteral("some-external-id-208");
    a.name = QStringLiteral("Sparkling water");
    a.barcode = QStringLiteral("7622210449283");
    a.category = QStringLiteral("Grocery");
    a.unitPrice = Money::fromMinor(538);
    TicketLine b = a;
    b.lineId = QStringLiteral("line-b");
    b.sku = QStringLiteral("MUG-01");
    b.unitPrice = Money::fromMinor(500);
    t.lines = {a, b};
    return t;
}

QJsonValue json(const QByteArray& text) {
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestPricing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rates() {
        QCOMPARE(TaxRate::parse(QStringLiteral("0.0825"))->ppm, 82500);
        QCOMPARE(TaxRate::parse(QStringLiteral("0"))->ppm, 0);
        QCOMPARE(TaxRate::parse(QStringLiteral("0.075"))->toString(), QStringLiteral("0.075"));
        QCOMPARE(TaxRate::parse(QStringLiteral("1"))->ppm, 1000000);
        QVERIFY(!TaxRate::parse(QStringLiteral("8.25%")));
        QVERIFY(!TaxRate::parse(QStringLiteral("-0.1")));
        QVERIFY(!TaxRate::parse(QStringLiteral("0.0000001")));
        QVERIFY(!TaxRate::parse(QStringLiteral("string")));
    }

    void roundingHalfUpPerLine_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("exclusiveTax");
        QTest::addColumn<qint64>("includedTax");
        QTest::newRow("8.25% of 10.00")
            << qint64(1000) << "0.0825" << qint64(83) << qint64(76); // 82.5 -> 83; 76.2 -> 76
        QTest::newRow("8.25% of 0.10")
            << qint64(10) << "0.0825" << qint64(1) << qint64(1); // 0.825 -> 1
        QTest::newRow("7.5% of 0.20")
            << qint64(20) << "0.075" << qint64(2) << qint64(1); // 1.5 -> 2; 1.395 -> 1
        QTest::newRow("19% of 5.38")
            << qint64(538) << "0.19" << qint64(102) << qint64(86); // 102.22; 85.9
        QTest::newRow("zero") << qint64(999) << "0" << qint64(0) << qint64(0);
        QTest::newRow("huge") << qint64(9000000000000000LL) << "0.0825" << qint64(742500000000000LL)
                              << qint64(685912240184758LL);
    }
    void roundingHalfUpPerLine() {
        QFETCH(qint64, amount);
        QFETCH(QString, rate);
        QFETCH(qint64, exclusiveTax);
        QFETCH(qint64, includedTax);
        const auto r = *TaxRate::parse(rate);
        QCOMPARE(applyRate(Money::fromMinor(amount), r)->minorUnits(), exclusiveTax);
        QCOMPARE(checkstand::aifi::includedTax(Money::fromMinor(amount), r)->minorUnits(),
                 includedTax);
    }

    void perLineRoundingIsNotPerOrderRounding() {
        // 100 lines of 0.10 at 8.25 %: per line 100 x 0.01 = 1.00; on the order total 10.00
        // it would be 0.83. Checkstand takes the service's per-line figures and checks that
        // they add up; it never re-rounds the order (docs: README "Pricing").
        const auto r = *TaxRate::parse(QStringLiteral("0.0825"));
        Money perLine = Money::fromMinor(0);
        for (int i = 0; i < 100; ++i)
            perLine = *perLine.plus(*applyRate(Money::fromMinor(10), r));
        QCOMPARE(perLine.minorUnits(), 100);
        QCOMPARE(applyRate(Money::fromMinor(1000), r)->minorUnits(), 83);
    }

    void requestShape() {
        PricingContext c;
        c.store = {42, QStringLiteral("aifi-unique-42"), QStringLiteral("store-001")};
        c.priceIncludesTax = true;
        c.timeOfOrigin = QDateTime(QDate(2019, 8, 24), QTime(14, 15, 22), Qt::UTC);
        c.timeOfIssue = c.timeOfOrigin.addSecs(1);
        const QJsonObject r = buildPricingRequest(twoLineTicket(), c);
        QCOMPARE(r.value(QStringLiteral("sessionId")).toString(),
                 QStringLiteral("d3a00526-1864-4f6e-bb2d-46e3ab7fa780"));
        QCOMPARE(r.value(QStringLiteral("session")).toObject().value(QStringLiteral("sessionId")),
                 r.value(QStringLiteral("sessionId")));
        QCOMPARE(r.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("createdAt"))
                     .toString(),
                 QStringLiteral("2019-08-24T14:15:22Z"));
        QCOMPARE(r.value(QStringLiteral("storeId")).toInt(), 42);
        QCOMPARE(r.value(QStringLiteral("store"))
                     .toObject()
                     .value(QStringLiteral("aifiUniqueStoreId"))
                     .toString(),
                 QStringLiteral("aifi-unique-42"));
        QCOMPARE(r.value(QStringLiteral("storeExternalId")).toString(),
                 QStringLiteral("store-001"));
        QCOMPARE(r.value(QStringLiteral("timeOfIssue")).toString(),
                 QStringLiteral("2019-08-24T14:15:23Z"));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(r.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("cart"))
                     .toObject()
                     .value(QStringLiteral("priceIncludesTax"))
                     .toBool(),
                 true);
        QCOMPARE(r.value(QStringLiteral("payment"))
                     .toObject()
                     .value(QStringLiteral("paymentProvider"))
                     .toString(),
                 QStringLiteral("NONE"));
        const QJsonObject line = r.value(QStringLiteral("cart")).toArray().first().toObject();
        for (const char* key : {"id", "name", "barcode", "category", "sku", "thumbnail",
                                "externalId", "price", "quantity", "productSnapshot"})
            QVERIFY2(line.contains(QLatin1String(key)), key);
        QCOMPARE(line.value(QStringLiteral("price")).toDouble(), 5.38);
        QCOMPARE(line.value(QStringLiteral("productSnapshot"))
                     .toObject()
                     .value(QStringLiteral("price"))
                     .toString(),
                 QStringLiteral("5.38"));
        c.completed = true;
        QCOMPARE(buildPricingRequest(twoLineTicket(), c).value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
    }

    void requestTextIsValidJsonForAnyName() {
        // The body is written as text (util/jsonwriter.h): every character a catalog or a
        // customer can bring in reads back exactly, and the whole text is one JSON object.
        Ticket t = twoLineTicket();
        const QString awkward = QStringLiteral("Caf\u00e9 \"Gr\u00e2ce\" \\ 50%\n\t\u0001\u001f "
                                               "\u20ac \U0001F600 </script>");
        t.lines[0].name = awkward;
        t.lines[0].weight = 0.1;
        t.customer.name = awkward;
        t.customer.email = QStringLiteral("a@example.com");
        PricingContext c;
        c.store = {9007199254740991, QStringLiteral("u"), QStringLiteral("s")};
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(buildPricingRequestJson(t, c), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject line =
            doc.object().value(QStringLiteral("cart")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("name")).toString(), awkward);
        QCOMPARE(line.value(QStringLiteral("productSnapshot"))
                     .toObject()
                     .value(QStringLiteral("weight"))
                     .toDouble(),
                 0.1);
        QCOMPARE(line.value(QStringLiteral("quantity")).toInteger(), t.lines[0].quantity);
        QCOMPARE(doc.object()
                     .value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 awkward.trimmed());
        QCOMPARE(doc.object().value(QStringLiteral("storeId")).toInteger(), 9007199254740991);
        QCOMPARE(doc.object().value(QStringLiteral("cart")).toArray().size(), t.lines.size());
    }

    void consistentReplyIsRead() {
        QString error;
        const auto cart = parsePricedCart(
            json(R"({"orderId":123,"totalPrice":"11.53","subtotalPrice":"10.88","totalTax":"0.65",
            "cart":[{"id":"28587028316208","externalId":"some-external-id-208","quantity":1,"totalPrice":"5.40","subtotalPrice":"5.38","totalTax":"0.02",
                     "taxLines":[{"title":"City","rate":"0.004","amount":"0.02","taxId":"c"}],"isDeposit":false},
                    {"id":"dep-1","externalId":"28587028316208","quantity":1,"totalPrice":"0.50","subtotalPrice":"0.50","totalTax":"0.00","taxLines":[],"isDeposit":true},
                    {"id":"line-b","externalId":"MUG-01","quantity":1,"totalPrice":"5.63","subtotalPrice":"5.00","totalTax":"0.63",
                     "taxLines":[{"title":"State","rate":"0.0825","amount":"0.41","taxId":"s"},{"title":"City","rate":"0.045","amount":"0.22","taxId":"c2"}]}]})"),
            twoLineTicket(), &error);
        QVERIFY2(cart, qPrintable(error));
        QCOMPARE(cart->total.toDecimalString(), QStringLiteral("11.53"));
        QCOMPARE(cart->orderId, 123);
        QCOMPARE(cart->lines.size(), 3);
        QCOMPARE(cart->depositsOf(QStringLiteral("28587028316208")).size(), 1);
        QVERIFY(cart->lines.at(1).isDeposit); // right under its line
        QCOMPARE(cart->taxBreakdown().size(), 3);
    }

    void inconsistenciesAreRefused_data() {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("word");
        const QByteArray lineA =
            R"({"id":"28587028316208","quantity":1,"totalPrice":"5.40","subtotalPrice":"5.38","totalTax":"0.02"})";
        const QByteArray lineB =
            R"({"id":"line-b","quantity":1,"totalPrice":"5.00","subtotalPrice":"5.00","totalTax":"0.00"})";
        const auto order = [](const char* total, const char* sub, const char* tax,
                              const QByteArray& lines) -> QByteArray {
            return QByteArray("{\"totalPrice\":\"") + total + "\",\"subtotalPrice\":\"" + sub +
                   "\",\"totalTax\":\"" + tax + "\",\"cart\":[" + lines + "]}";
        };
        QTest::newRow("order does not add up")
            << order("10.41", "10.38", "0.02", lineA + "," + lineB) << "is not its total";
        QTest::newRow("lines do not add up to order")
            << order("10.50", "10.48", "0.02", lineA + "," + lineB) << "add up to";
        QTest::newRow("line does not add up")
            << order(
                   "10.40", "10.38", "0.02",
                   R"({"id":"28587028316208","quantity":1,"totalPrice":"5.41","subtotalPrice":"5.38","totalTax":"0.02"},)" +
                       lineB)
            << "is not its total";
        QTest::newRow("unknown line")
            << order(
                   "10.40", "10.38", "0.02",
                   lineA +
                       R"(,{"id":"ghost","quantity":1,"totalPrice":"5.00","subtotalPrice":"5.00","totalTax":"0.00"})")
            << "not in the cart";
        QTest::newRow("dropped line") << order("5.40", "5.38", "0.02", lineA) << "leaves out";
        QTest::newRow("changed quantity")
            << order(
                   "15.40", "15.38", "0.02",
                   lineA +
                       R"(,{"id":"line-b","quantity":2,"totalPrice":"10.00","subtotalPrice":"10.00","totalTax":"0.00"})")
            << "changed the quantity";
        QTest::newRow("deposit for nothing")
            << order(
                   "10.90", "10.88", "0.02",
                   lineA + "," + lineB +
                       R"(,{"id":"d","externalId":"ghost","isDeposit":true,"quantity":1,"totalPrice":"0.50","subtotalPrice":"0.50","totalTax":"0.00"})")
            << "deposit";
        QTest::newRow("sub-cent amount")
            << order("10.405", "10.38", "0.025", lineA + "," + lineB) << "decimals";
        QTest::newRow("float amounts ok? no: tax lines")
            << order(
                   "10.40", "10.38", "0.02",
                   R"({"id":"28587028316208","quantity":1,"totalPrice":"5.40","subtotalPrice":"5.38","totalTax":"0.02","taxLines":[{"title":"x","rate":"0.1","amount":"0.03"}]},)" +
                       lineB)
            << "tax lines";
        QTest::newRow("every amount negated")
            << order(
                   "-10.40", "-10.38", "-0.02",
                   R"({"id":"28587028316208","quantity":1,"totalPrice":"-5.40","subtotalPrice":"-5.38","totalTax":"-0.02"},)"
                   R"({"id":"line-b","quantity":1,"totalPrice":"-5.00","subtotalPrice":"-5.00","totalTax":"0.00"})")
            << "negative";
        QTest::newRow("negative line, order adds up")
            << order(
                   "0.40", "0.38", "0.02",
                   lineA +
                       R"(,{"id":"line-b","quantity":1,"totalPrice":"-5.00","subtotalPrice":"-5.00","totalTax":"0.00"})")
            << "negative";
        QTest::newRow("negative tax line")
            << order(
                   "10.40", "10.38", "0.02",
                   R"({"id":"28587028316208","quantity":1,"totalPrice":"5.40","subtotalPrice":"5.38","totalTax":"0.02","taxLines":[{"title":"x","rate":"0.1","amount":"0.04"},{"title":"y","rate":"0","amount":"-0.02"}]},)" +
                       lineB)
            << "negative";
        QTest::newRow("not an object") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("amount missing")
            << QByteArray(R"({"totalPrice":"1.00"})") << "subtotalPrice";
    }
    void inconsistenciesAreRefused() {
        QFETCH(QByteArray, reply);
        QFETCH(QString, word);
        QString error;
        const QJsonDocument d = QJsonDocument::fromJson(reply);
        const QJsonValue v = d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
        QVERIFY(!parsePricedCart(v, twoLineTicket(), &error));
        QVERIFY2(error.contains(word), qPrintable(error));
    }

    void manyLinesAwkwardRatesExactToTheCent() {
        // 1,000 lines with prices and rates that do not divide evenly: the sum of the per-line
        // figures is exact, with no drift.
        Ticket t = Ticket::create(QStringLiteral("n"), QStringLiteral("USD"),
                                  QDateTime::currentDateTime());
        QJsonArray lines;
        Money total = Money::fromMinor(0);
        Money subtotal = Money::fromMinor(0);
        Money tax = Money::fromMinor(0);
        const QStringList rates = {QStringLiteral("0.0825"), QStringLiteral("0.07375"),
                                   QStringLiteral("0.0999"), QStringLiteral("0.001")};
        for (int i = 0; i < 1000; ++i) {
            TicketLine l;
            l.lineId = QStringLiteral("l%1").arg(i);
            l.unitPrice = Money::fromMinor(1 + (i * 7919) % 99999);
            l.quantity = 1 + i % 7;
            t.lines.append(l);
            const Money gross = *l.unitPrice.times(l.quantity);
            const Money lineTax = *applyRate(gross, *TaxRate::parse(rates.at(i % 4)));
            const Money lineTotal = *gross.plus(lineTax);
            lines.append(QJsonObject{{QStringLiteral("id"), l.lineId},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("totalPrice"), lineTotal.toDecimalString()},
                                     {QStringLiteral("subtotalPrice"), gross.toDecimalString()},
                                     {QStringLiteral("totalTax"), lineTax.toDecimalString()}});
            total = *total.plus(lineTotal);
            subtotal = *subtotal.plus(gross);
            tax = *tax.plus(lineTax);
        }
        QString error;
        const auto cart = parsePricedCart(
            QJsonObject{{QStringLiteral("totalPrice"), total.toDecimalString()},
                        {QStringLiteral("subtotalPrice"), subtotal.toDecimalString()},
                        {QStringLiteral("totalTax"), tax.toDecimalString()},
                        {QStringLiteral("cart"), lines}},
            t, &error);
        QVERIFY2(cart, qPrintable(error));
        QCOMPARE(cart->total, total);
        QCOMPARE(cart->lines.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
