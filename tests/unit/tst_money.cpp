// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/money.h"
#include "ticket/ticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using checkstand::Money;
using checkstand::Ticket;

namespace {

// A sale of 5 x 10.00 with no discount and no freight, as a ticket file.
QJsonObject saleOfFifty() {
    Ticket t = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    checkstand::TicketLine l;
    l.lineId = QStringLiteral("line-1");
    l.sku = QStringLiteral("MUG-01");
    l.unitPrice = Money::fromMinor(1000);
    l.quantity = 5;
    t.lines = {l};
    return t.toJson();
}

QJsonObject withLine(QJsonObject ticket, const char* key, const QJsonValue& value) {
    QJsonArray lines = ticket.value(QStringLiteral("lines")).toArray();
    QJsonObject line = lines.at(0).toObject();
    line.insert(QLatin1String(key), value);
    lines[0] = line;
    ticket.insert(QStringLiteral("lines"), lines);
    return ticket;
}

} // namespace

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("cents") << "10.99"
                               << "USD" << true << qint64(1099);
        QTest::newRow("whole") << "1999"
                               << "USD" << true << qint64(199900);
        QTest::newRow("one decimal") << "1999.0"
                                     << "USD" << true << qint64(199900);
        QTest::newRow("trailing zeros") << "4296.000"
                                        << "USD" << true << qint64(429600);
        QTest::newRow("leading point") << ".5"
                                       << "USD" << true << qint64(50);
        QTest::newRow("negative") << "-20"
                                  << "USD" << true << qint64(-2000);
        QTest::newRow("plus") << "+1.01"
                              << "USD" << true << qint64(101);
        QTest::newRow("spaces") << "  3.30 "
                                << "USD" << true << qint64(330);
        QTest::newRow("zero") << "0"
                              << "USD" << true << qint64(0);
        QTest::newRow("yen") << "1999"
                             << "JPY" << true << qint64(1999);
        QTest::newRow("dinar") << "1.005"
                               << "KWD" << true << qint64(1005);
        QTest::newRow("max") << "92233720368547758.07"
                             << "USD" << true << qint64(9223372036854775807LL);
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "USD" << false << qint64(0);
        QTest::newRow("huge") << "123456789012345678901234567890"
                              << "USD" << false << qint64(0);
        QTest::newRow("too precise") << "10.999"
                                     << "USD" << false << qint64(0);
        QTest::newRow("yen cents") << "1.5"
                                   << "JPY" << false << qint64(0);
        QTest::newRow("empty") << ""
                               << "USD" << false << qint64(0);
        QTest::newRow("sign only") << "-"
                                   << "USD" << false << qint64(0);
        QTest::newRow("point only") << "."
                                    << "USD" << false << qint64(0);
        QTest::newRow("two points") << "1.2.3"
                                    << "USD" << false << qint64(0);
        QTest::newRow("comma") << "1,99"
                               << "USD" << false << qint64(0);
        QTest::newRow("exponent") << "1e3"
                                  << "USD" << false << qint64(0);
        QTest::newRow("letters") << "ten"
                                 << "USD" << false << qint64(0);
        QTest::newRow("nan") << "nan"
                             << "USD" << false << qint64(0);
        QTest::newRow("inner space") << "1 000"
                                     << "USD" << false << qint64(0);
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto r = Money::parse(text, currency);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r.value->minorUnits(), minor);
            QCOMPARE(r.value->currency(), currency);
        } else {
            QVERIFY(!r.error.isEmpty());
        }
    }

    void fromJsonNumbers_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("1999.0") << QByteArray("1999.0") << true << qint64(199900);
        QTest::newRow("10.99") << QByteArray("10.99") << true << qint64(1099);
        QTest::newRow("0.1") << QByteArray("0.1") << true << qint64(10);
        QTest::newRow("0.29") << QByteArray("0.29") << true << qint64(29); // 0.29*100 != 29.0
        QTest::newRow("1.15") << QByteArray("1.15") << true << qint64(115);
        QTest::newRow("4296") << QByteArray("4296") << true << qint64(429600);
        QTest::newRow("negative") << QByteArray("-20") << true << qint64(-2000);
        QTest::newRow("string") << QByteArray("\"10.99\"") << true << qint64(1099);
        QTest::newRow("sub-cent") << QByteArray("0.001") << false << qint64(0);
        QTest::newRow("too big for a double") << QByteArray("1e20") << false << qint64(0);
        QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
        QTest::newRow("object") << QByteArray("{}") << false << qint64(0);
    }
    void fromJsonNumbers() {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const QJsonObject o = QJsonDocument::fromJson("{\"v\":" + json + "}").object();
        const auto r = Money::fromJson(o.value(QStringLiteral("v")));
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value->minorUnits(), minor);
    }

    void print_data() {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << qint64(1099) << "USD"
                               << "10.99";
        QTest::newRow("pad") << qint64(5) << "USD"
                             << "0.05";
        QTest::newRow("negative") << qint64(-2000) << "USD"
                                  << "-20.00";
        QTest::newRow("negative small") << qint64(-5) << "USD"
                                        << "-0.05";
        QTest::newRow("yen") << qint64(1999) << "JPY"
                             << "1999";
        QTest::newRow("dinar") << qint64(1005) << "KWD"
                               << "1.005";
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << "USD"
                             << "-92233720368547758.08";
    }
    void print() {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(Money::fromMinor(minor, currency).toDecimalString(), text);
    }

    void jsonRoundTrip() {
        // Every cent value must survive Money -> JSON text -> Money unchanged.
        for (qint64 minor : {qint64(0), qint64(1), qint64(29), qint64(1099), qint64(199900),
                             qint64(123456789), checkstand::kMaxJsonSafeMinor}) {
            const Money m = Money::fromMinor(minor);
            const QJsonObject o{{QStringLiteral("v"), m.toJsonNumber()}};
            const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
            const auto back =
                Money::fromJson(QJsonDocument::fromJson(text).object().value(QStringLiteral("v")));
            QVERIFY2(back.ok(), qPrintable(back.error));
            QCOMPARE(back.value->minorUnits(), minor);
        }
        for (qint64 minor = 0; minor < 100000; minor += 7) {
            const Money m = Money::fromMinor(minor);
            QCOMPARE(Money::fromJson(m.toJsonNumber()).value->minorUnits(), minor);
        }
    }

    void arithmetic() {
        const Money a = Money::fromMinor(1099);
        QCOMPARE(a.plus(Money::fromMinor(1))->minorUnits(), 1100);
        QCOMPARE(a.minus(Money::fromMinor(1100))->minorUnits(), -1);
        QCOMPARE(a.times(3)->minorUnits(), 3297);
        QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::max()).plus(Money::fromMinor(1)));
        QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::min()).minus(Money::fromMinor(1)));
        QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::max() / 2 + 1).times(2));
        QVERIFY(!a.plus(Money::fromMinor(1, QStringLiteral("EUR"))));
        QVERIFY(a == Money::fromMinor(1099));
        QVERIFY(!(a == Money::fromMinor(1099, QStringLiteral("EUR"))));
    }

    // Money invariants live in core: a ticket that breaks one is refused in words, and a sale
    // that breaks one has no total (never a negative or wrapped-around one).
    void ticketMoneyRules_data() {
        QTest::addColumn<QJsonObject>("ticket");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("hasTotal"); // when kept as stored
        const QJsonObject base = saleOfFifty();
        const auto with = [&base](const char* key, const QJsonValue& value) {
            QJsonObject t = base;
            t.insert(QLatin1String(key), value);
            return t;
        };
        QTest::newRow("negative unit price") << withLine(base, "unitPrice", QStringLiteral("-1.00"))
                                             << "lines[0].unitPrice" << false;
        QTest::newRow("negative cost")
            << withLine(base, "cost", QStringLiteral("-0.50")) << "lines[0].cost" << true;
        QTest::newRow("negative shipping price")
            << withLine(base, "shippingOptions",
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("PAC")},
                                               {QStringLiteral("price"), QStringLiteral("-5.00")}}})
            << "shippingOptions" << true;
        QTest::newRow("negative discount")
            << with("discount", QStringLiteral("-5.00")) << "negative" << false;
        QTest::newRow("discount larger than the sale")
            << with("discount", QStringLiteral("50.01")) << "more than the items" << false;
        QJsonObject percent = with("discount", QStringLiteral("150.00"));
        percent.insert(QStringLiteral("discountMode"), QStringLiteral("PERCENTAGE"));
        QTest::newRow("150 % discount") << percent << "more than 100" << false;
        QJsonObject mode = with("discount", QStringLiteral("1.00"));
        mode.insert(QStringLiteral("discountMode"), QStringLiteral("HALF"));
        QTest::newRow("unknown discount mode") << mode << "ABSOLUTE or PERCENTAGE" << false;
        QTest::newRow("negative freight")
            << with("freightCost", QStringLiteral("-10.00")) << "freightCost" << false;
        QJsonObject overflow = withLine(base, "unitPrice", QStringLiteral("92233720368547758.07"));
        overflow = withLine(overflow, "quantity", 100000);
        QTest::newRow("overflowing line") << overflow << "too large" << false;
        QJsonObject two = withLine(base, "unitPrice", QStringLiteral("92233720368547758.07"));
        two = withLine(two, "quantity", 1);
        QJsonArray lines = two.value(QStringLiteral("lines")).toArray();
        QJsonObject second = lines.at(0).toObject();
        second.insert(QStringLiteral("lineId"), QStringLiteral("line-2"));
        lines.append(second);
        two.insert(QStringLiteral("lines"), lines);
        QTest::newRow("overflowing sum of lines") << two << "together" << false;
    }
    void ticketMoneyRules() {
        QFETCH(QJsonObject, ticket);
        QFETCH(QString, word);
        QFETCH(bool, hasTotal);
        QVERIFY(Ticket::fromJson(saleOfFifty()).ticket); // the base sale is fine
        const Ticket::Parsed parsed = Ticket::fromJson(ticket);
        QVERIFY2(!parsed.ticket, "an impossible sale was read");
        QVERIFY2(parsed.error.contains(word), qPrintable(parsed.error));
        // A sale Checkstand saved itself is kept (never lost), but cannot be totalled.
        const Ticket::Parsed stored = Ticket::fromStoredJson(ticket);
        QVERIFY2(stored.ticket, qPrintable(stored.error));
        QCOMPARE(stored.ticket->total().has_value(), hasTotal);
        QVERIFY(!checkstand::moneyProblem(*stored.ticket).isEmpty());
        if (const auto total = stored.ticket->total())
            QVERIFY(!total->isNegative());
    }

    void discountAndFreightRules() {
        const Ticket sale = *Ticket::fromJson(saleOfFifty()).ticket;
        const auto percent = QStringLiteral("PERCENTAGE");
        const auto absolute = QStringLiteral("ABSOLUTE");
        QVERIFY(checkstand::discountProblem(sale, Money::fromMinor(5000), absolute).isEmpty());
        QVERIFY(!checkstand::discountProblem(sale, Money::fromMinor(5001), absolute).isEmpty());
        QVERIFY(checkstand::discountProblem(sale, Money::fromMinor(10000), percent).isEmpty());
        QVERIFY(!checkstand::discountProblem(sale, Money::fromMinor(10001), percent).isEmpty());
        QVERIFY(!checkstand::discountProblem(sale, Money::fromMinor(-1), percent).isEmpty());
        QVERIFY(checkstand::freightProblem(Money::fromMinor(0)).isEmpty());
        QVERIFY(!checkstand::freightProblem(Money::fromMinor(-1)).isEmpty());
        // 100 % in the currency's own decimals: "100" yen, "100.000" dinar.
        QVERIFY(
            checkstand::discountProblem(sale, Money::fromMinor(100, QStringLiteral("JPY")), percent)
                .isEmpty());
        QVERIFY(!checkstand::discountProblem(sale, Money::fromMinor(101, QStringLiteral("JPY")),
                                             percent)
                     .isEmpty());
        QVERIFY(checkstand::discountProblem(sale, Money::fromMinor(100000, QStringLiteral("KWD")),
                                            percent)
                    .isEmpty());
        Ticket half = sale;
        half.discount = Money::fromMinor(5000);
        half.discountMode = percent;
        QCOMPARE(half.total()->minorUnits(), 2500);
        half.discount = Money::fromMinor(5001);
        half.discountMode = absolute;
        QVERIFY(!half.total()); // more than the items: no total, never -0.01
    }

    void display() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Money::fromMinor(429600).toDisplayString(), QStringLiteral("$4,296.00"));
        QCOMPARE(Money::fromMinor(-5).toDisplayString(), QStringLiteral("-$0.05"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
