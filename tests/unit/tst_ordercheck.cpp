// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderchecker/finalisationpolicy.h"
#include "orderchecker/ordercheckreply.h"
#include "orderchecker/ordercheckrequest.h"
#include "ticket/ticket.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace checkstand;
using namespace checkstand::orderchecker;

namespace {

QJsonObject contractExample() {
    QFile f(QStringLiteral(CHECKSTAND_TEST_DATA "/order-checker-example.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return QJsonDocument::fromJson(f.readAll()).object();
}

Money brl(qint64 minor) {
    return Money::fromMinor(minor, QStringLiteral("BRL"));
}

// The contract's example order, entered as a Checkstand ticket.
Ticket exampleTicket() {
    Ticket t = Ticket::create(QStringLiteral("SEQUENCE_ORDER_ID"), QStringLiteral("BRL"),
                              QDateTime::currentDateTime());
    t.id = QStringLiteral("ORDER_ID");
    t.coupon = QStringLiteral("CUPOM");
    t.salesChannel = QStringLiteral("Instagram");
    t.discount = brl(1000);
    t.discountMode = QStringLiteral("ABSOLUTE");
    t.deliveryTime = QString::fromUtf8("1 dia útil");
    t.shippingMethod = QStringLiteral("SEDEX");
    t.freightCost = brl(1000);
    TicketCustomer& c = t.customer;
    c.customerId = QStringLiteral("ID_CUSTOMER");
    c.name = QString::fromUtf8("João");
    c.lastName = QStringLiteral("Medeiros");
    c.taxDocumentNumber = QStringLiteral("00055544465");
    c.email = QStringLiteral("joao@example.com");
    c.phoneNumber = QStringLiteral("999999999");
    c.phoneAreaCode = QStringLiteral("41");
    c.phoneCountryCode = QStringLiteral("55");
    c.shippingAddress = {
        QStringLiteral("STREET"), QStringLiteral("COMPLEMENT"), QStringLiteral("213"),
        QStringLiteral("SUBURB"), QStringLiteral("CEP"),        QStringLiteral("RECIPIENT_NAME"),
        QStringLiteral("STATE"),  QStringLiteral("CITY"),       QStringLiteral("COUNTRY")};
    TicketLine l;
    l.lineId = QStringLiteral("ID_ITEM");
    l.quantity = 5;
    l.unitPrice = brl(1000);
    l.sku = QStringLiteral("987941TRE");
    l.sellerId = QStringLiteral("SELLER888");
    l.isGift = true;
    l.shippingMethod = QStringLiteral("PAC");
    l.barcode = QStringLiteral("654987321");
    l.weight = l.height = l.length = l.width = 5;
    l.variantKey = QStringLiteral("ID_VARIANTE");
    t.lines = {l};
    return t;
}

QJsonValue json(const char* text) {
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

HttpResult reply(int status, const char* body) {
    HttpResult r;
    r.kind = status == 200 ? HttpResult::Kind::Ok : HttpResult::Kind::HttpStatus;
    r.httpStatus = status;
    r.body = body;
    r.json = json(body);
    return r;
}

HttpResult failure(HttpResult::Kind kind, int status = 0) {
    HttpResult r;
    r.kind = kind;
    r.httpStatus = status;
    r.detail = QStringLiteral("test failure");
    r.serviceName = QStringLiteral("The order checker");
    return r;
}

} // namespace

class TestOrderCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestMatchesTheContractExample() {
        const PlatformFlags flags{false, true, true, true, true};
        const QJsonObject built = buildOrder(exampleTicket(), flags);
        QJsonObject expected = contractExample();
        // Platform data Checkstand does not manage: documented as not sent.
        for (const char* k :
             {"campaign", "team", "giftCard", "paymentAccountSelected", "orderAccountSelected"})
            expected.remove(QLatin1String(k));
        QJsonObject customer = expected.value(QStringLiteral("customer")).toObject();
        for (const char* k :
             {"gender", "birthDate", "businessStateTaxId", "businessTaxId", "businessName"})
            customer.remove(QLatin1String(k));
        expected.insert(QStringLiteral("customer"), customer);
        QCOMPARE(built, expected);
    }

    void aNewSaleSendsOnlyWhatItHas() {
        const Ticket t = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                                        QDateTime::currentDateTime());
        const QJsonObject built = buildOrder(t, {});
        QCOMPARE(built.keys(), (QStringList{QStringLiteral("eventType"), QStringLiteral("objectId"),
                                            QStringLiteral("retailerOrderId")}));
    }

    void everyActionKindIsApplied() {
        Ticket t = exampleTicket();
        QString error;
        const auto parsed = parseActions(json(R"([
            {"action":"ERROR","component":"ITEM","componentId":"ID_ITEM","message":"Item não disponível"},
            {"action":"ERROR","component":"ORDER","message":"O pedido está inválido"},
            {"action":"INFO","component":"FREIGHT","message":"Valor do frete alterado","freightCost":12.5},
            {"action":"INFO","component":"ORDER","message":"Valor do desconto alterado","discount":7,"discountMode":"ABSOLUTE"},
            {"action":"INFO","component":"ITEM","componentId":"ID_ITEM","shippingMethod":"Expresso","shippingOptions":[
                {"id":"PAC","name":"PAC","price":5,"listPrice":5,"tax":0,"deliveryChannel":"delivery","shippingEstimate":"3bd","productLockedTime":null},
                {"id":"Expresso","name":"Expresso","price":10,"listPrice":10,"tax":0,"deliveryChannel":"delivery","shippingEstimate":"0bd","productLockedTime":null}]},
            {"action":"INFO","component":"ORDER","isGift":true,"item":{"name":"Kit Brinde Teste","externalId":"123","sellerId":"","sellerName":"","externalImageURL":"","unitMultiplier":1,"salePrice":0,"price":0},
             "shippingMethod":"PAC","shippingOptions":[{"id":"PAC","name":"PAC","price":5,"listPrice":5,"tax":0,"deliveryChannel":"delivery","shippingEstimate":"3bd","productLockedTime":null}]},
            {"action":"INFO","component":"ORDER","message":"Este pedido tem um brinde"}
        ])"),
                                         t.currency, &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->actions.size(), 7);
        QVERIFY(parsed->ignored.isEmpty());
        applyActions(t, parsed->actions);
        QCOMPARE(t.lines.at(0).checkerError, QString::fromUtf8("Item não disponível"));
        QCOMPARE(t.orderErrors, QStringList{QString::fromUtf8("O pedido está inválido")});
        QCOMPARE(t.freightCost.minorUnits(), 1250);
        QCOMPARE(t.discount.minorUnits(), 700);
        QCOMPARE(t.lines.at(0).shippingMethod, QStringLiteral("Expresso"));
        QCOMPARE(t.lines.at(0).shippingOptions.size(), 2);
        QCOMPARE(t.lines.at(0).shippingOptions.at(1).price.minorUnits(), 1000);
        QCOMPARE(t.lines.size(), 2);
        QVERIFY(t.lines.at(1).isGift);
        QCOMPARE(t.lines.at(1).name, QStringLiteral("Kit Brinde Teste"));
        QCOMPARE(t.lines.at(1).shippingOptions.size(), 1);
        QVERIFY(t.notices.contains(QString::fromUtf8("Este pedido tem um brinde")));

        // The next reply repeats the gift and no longer has errors: no second gift, errors cleared.
        const auto again = parseActions(json(R"([{"action":"INFO","component":"ORDER","isGift":true,
            "item":{"name":"Kit Brinde Teste","externalId":"123","salePrice":0}}])"),
                                        t.currency, &error);
        applyActions(t, again->actions);
        QCOMPARE(t.lines.size(), 2);
        QVERIFY(t.lines.at(0).checkerError.isEmpty());
        QVERIFY(t.orderErrors.isEmpty());
    }

    void hostileRepliesAreSurvived_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("actions");
        QTest::addColumn<int>("ignored");
        QTest::newRow("unknown component")
            << QByteArray(R"([{"action":"INFO","component":"PAYMENT"}])") << 0 << 1;
        QTest::newRow("unknown action")
            << QByteArray(R"([{"action":"DELETE","component":"ORDER"}])") << 0 << 1;
        QTest::newRow("wrong types")
            << QByteArray(R"([{"action":1,"component":[],"componentId":{}}, 7, null, "x"])") << 0
            << 4;
        QTest::newRow("freight not a number")
            << QByteArray(R"([{"action":"INFO","component":"FREIGHT","freightCost":"lots"}])") << 0
            << 1;
        QTest::newRow("negative freight")
            << QByteArray(R"([{"action":"INFO","component":"FREIGHT","freightCost":-5}])") << 0
            << 1;
        QTest::newRow("item error without id")
            << QByteArray(R"([{"action":"ERROR","component":"ITEM","message":"x"}])") << 0 << 1;
        QTest::newRow("error on unknown line")
            << QByteArray(
                   R"([{"action":"ERROR","component":"ITEM","componentId":"nope","message":"x"}])")
            << 1 << 0;
    }
    void hostileRepliesAreSurvived() {
        QFETCH(QByteArray, body);
        QFETCH(int, actions);
        QFETCH(int, ignored);
        QString error;
        const auto parsed = parseActions(json(body.constData()), QStringLiteral("USD"), &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->actions.size(), actions);
        QCOMPARE(parsed->ignored.size(), ignored);
        Ticket t = exampleTicket();
        applyActions(t, parsed->actions);
    }

    void impossibleMoneyIsRefused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("ignoredWord");
        QTest::newRow("gift with a negative price")
            << QByteArray(
                   R"([{"action":"INFO","component":"ORDER","isGift":true,"item":{"name":"Kit","externalId":"1","salePrice":"-99.99"}}])")
            << "salePrice";
        QTest::newRow("gift with an unreadable price")
            << QByteArray(
                   R"([{"action":"INFO","component":"ORDER","isGift":true,"item":{"name":"Kit","externalId":"1","salePrice":"free"}}])")
            << "salePrice";
        QTest::newRow("150 % discount")
            << QByteArray(
                   R"([{"action":"INFO","component":"ORDER","discount":"150.00","discountMode":"PERCENTAGE"}])")
            << "100 %";
        QTest::newRow("negative discount")
            << QByteArray(R"([{"action":"INFO","component":"ORDER","discount":-5}])") << "discount";
    }
    void impossibleMoneyIsRefused() {
        QFETCH(QByteArray, body);
        QFETCH(QString, ignoredWord);
        QString error;
        const auto parsed = parseActions(json(body.constData()), QStringLiteral("BRL"), &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->actions.size(), 0);
        QCOMPARE(parsed->ignored.size(), 1);
        QVERIFY2(parsed->ignored.first().contains(ignoredWord),
                 qPrintable(parsed->ignored.first()));
        Ticket t = exampleTicket();
        applyActions(t, parsed->actions);
        QCOMPARE(t.lines.size(), 1); // no gift line at -99.99
        QVERIFY(!t.total()->isNegative());
    }

    void aDiscountLargerThanTheSaleIsNotApplied() {
        Ticket t = exampleTicket(); // 5 x 10.00, discount 10.00
        QString error;
        const auto parsed = parseActions(
            json(
                R"([{"action":"INFO","component":"ORDER","discount":"60.00","message":"Desconto"}])"),
            t.currency, &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->actions.size(), 1);
        applyActions(t, parsed->actions);
        QCOMPARE(t.discount.minorUnits(), 1000); // unchanged
        QVERIFY2(t.notices.join(u' ').contains(QStringLiteral("not applied")),
                 qPrintable(t.notices.join(u' ')));
        QVERIFY(t.total() && !t.total()->isNegative());
    }

    void optionsWithNegativeAmountsAreNotOffered() {
        QString error;
        const auto parsed =
            parseActions(json(R"([{"action":"INFO","component":"ITEM","componentId":"ID_ITEM",
            "shippingOptions":[{"id":"A","price":-5},{"id":"B","price":5,"tax":-1},{"id":"C","price":5,"listPrice":"x"},{"id":"D","price":5}]}])"),
                         QStringLiteral("BRL"), &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->actions.size(), 1);
        QCOMPARE(parsed->actions.first().shippingOptions.size(), 1);
        QCOMPARE(parsed->actions.first().shippingOptions.first().id, QStringLiteral("D"));
    }

    void checkerWordsAreMadeSafe() {
        QString error;
        const auto parsed = parseActions(
            json("[{\"action\":\"ERROR\",\"component\":\"ITEM\",\"componentId\":"
                 "\"4242424242424242\","
                 "\"message\":\"Card 4242 4242 4242 4242 CVC 123 \\u001b[31mno\\u202e\"}]"),
            QStringLiteral("BRL"), &error);
        QVERIFY(parsed);
        const Action& a = parsed->actions.first();
        // An id is matched against the sale's own lines: kept as it is.
        QCOMPARE(a.componentId, QStringLiteral("4242424242424242"));
        // A message is shown and saved with the ticket: no card number, CVC or escapes.
        QVERIFY2(!a.message.contains(QStringLiteral("4242")), qPrintable(a.message));
        QVERIFY2(!a.message.contains(QStringLiteral("123")), qPrintable(a.message));
        QVERIFY(!a.message.contains(QChar(0x1b)) && !a.message.contains(QChar(0x202E)));
        QVERIFY(a.message.contains(QStringLiteral("no")));
    }

    void hugeArraysAreBounded() {
        QJsonArray big;
        for (int i = 0; i < 100000; ++i)
            big.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("INFO")},
                                   {QStringLiteral("component"), QStringLiteral("ORDER")},
                                   {QStringLiteral("message"), QString(5000, u'x')}});
        QString error;
        const auto parsed = parseActions(big, QStringLiteral("USD"), &error);
        QVERIFY(parsed);
        QVERIFY(parsed->actions.size() <= 500);
        QVERIFY(parsed->actions.first().message.size() <= 300);
    }

    void notAnArrayIsAnApiFailure() {
        const CheckOutcome o =
            readCheckReply(reply(200, R"({"actions":[]})"), QStringLiteral("USD"));
        QVERIFY(!o.ok()); // an API failure
        QVERIFY(o.error.contains(QStringLiteral("list of actions")));
    }

    void decisionTable_data() {
        QTest::addColumn<HttpResult>("http");
        QTest::addColumn<bool>("allowApi");
        QTest::addColumn<bool>("allowItems");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("word");

        const char* itemError =
            R"([{"action":"ERROR","component":"ITEM","componentId":"ID_ITEM","message":"Out of stock"}])";
        const char* orderError = R"([{"action":"ERROR","component":"ORDER","message":"Closed"}])";
        const char* both =
            R"([{"action":"ERROR","component":"ITEM","componentId":"ID_ITEM","message":"Out of stock"},{"action":"ERROR","component":"ORDER","message":"Closed"}])";
        const auto row = [](const char* name, const HttpResult& h, bool api, bool items,
                            bool allowed, const char* word) {
            QTest::newRow(name) << h << api << items << allowed << QString::fromLatin1(word);
        };
        for (bool api : {false, true}) {
            for (bool items : {false, true}) {
                const QByteArray suffix =
                    QByteArray(api ? " api" : "") + QByteArray(items ? " items" : "");
                const auto name = [&suffix](const char* base) {
                    return QByteArray(QByteArray(base) + suffix);
                };
                row(name("200 empty").constData(), reply(200, "[]"), api, items, true, "");
                row(name("200 errors").constData(), reply(200, itemError), api, items, true, "");
                row(name("200 empty body").constData(), reply(200, ""), api, items, true, "");
                row(name("403 item errors").constData(), reply(403, itemError), api, items, items,
                    "Out of stock");
                row(name("403 order error").constData(), reply(403, orderError), api, items, false,
                    "Closed");
                row(name("403 item+order").constData(), reply(403, both), api, items, false,
                    "Closed");
                row(name("403 no actions").constData(), reply(403, "[]"), api, items, api, "");
                row(name("500").constData(), reply(500, R"({"message":"down"})"), api, items, api,
                    "");
                row(name("timeout").constData(), failure(HttpResult::Kind::Timeout), api, items,
                    api, "");
                row(name("network").constData(), failure(HttpResult::Kind::NetworkError), api,
                    items, api, "");
                row(name("unreadable").constData(), reply(200, "{oops"), api, items, api, "");
                row(name("401").constData(), reply(401, "{}"), api, items, api, "");
            }
        }
    }
    void decisionTable() {
        QFETCH(HttpResult, http);
        QFETCH(bool, allowApi);
        QFETCH(bool, allowItems);
        QFETCH(bool, allowed);
        QFETCH(QString, word);
        const CheckOutcome outcome = readCheckReply(http, QStringLiteral("USD"));
        const Decision d = decide(outcome, {allowApi, allowItems});
        QCOMPARE(d.allowed, allowed);
        if (!allowed)
            QVERIFY2(!d.reason.isEmpty(), "a blocked sale always says why");
        if (!word.isEmpty() && !allowed)
            QVERIFY2(d.reason.contains(word), qPrintable(d.reason));
    }

    void ticketJsonRoundTrips() {
        Ticket t = exampleTicket();
        t.lines[0].shippingOptions = {{QStringLiteral("PAC"), QStringLiteral("PAC"), brl(500),
                                       brl(500), brl(0), QStringLiteral("delivery"),
                                       QStringLiteral("3bd")}};
        t.lines[0].cost = brl(420);
        t.createdAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        t.updatedAt = t.createdAt;
        t.id = QStringLiteral("6a1f1b8e-6a4e-4a53-9d43-3f7c2f0c9d11");
        const auto back = Ticket::fromJson(t.toJson());
        QVERIFY2(back.ticket, qPrintable(back.error));
        QCOMPARE(*back.ticket, t);
        QCOMPARE(t.total()->toDecimalString(), QStringLiteral("50.00")); // 5 x 10 - 10 + 10
    }

    void badTicketsSayWhy() {
        QJsonObject o = exampleTicket().toJson();
        o.insert(QStringLiteral("id"), QStringLiteral("6a1f1b8e-6a4e-4a53-9d43-3f7c2f0c9d11"));
        QJsonArray lines = o.value(QStringLiteral("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(QStringLiteral("unitPrice"), QStringLiteral("1.005"));
        lines[0] = line;
        o.insert(QStringLiteral("lines"), lines);
        const auto parsed = Ticket::fromJson(o);
        QVERIFY(!parsed.ticket);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("lines[0].unitPrice")),
                 qPrintable(parsed.error));
        QVERIFY(!Ticket::fromJson(QJsonObject{}).ticket);
    }

    void percentageDiscount() {
        Ticket t = Ticket::create(QStringLiteral("n"), QStringLiteral("USD"),
                                  QDateTime::currentDateTime());
        TicketLine l;
        l.unitPrice = Money::fromMinor(3333);
        l.quantity = 3; // 99.99
        t.lines = {l};
        t.discount = Money::fromMinor(1000); // 10 %
        t.discountMode = QStringLiteral("PERCENTAGE");
        QCOMPARE(t.discountAmount()->minorUnits(), 1000); // 9.999 rounds to 10.00
        QCOMPARE(t.total()->minorUnits(), 8999);
    }
};

QTEST_GUILESS_MAIN(TestOrderCheck)
#include "tst_ordercheck.moc"
