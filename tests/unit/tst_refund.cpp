// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acme/card.h"
#include "acme/refundquote.h"
#include "acme/refundrequest.h"

#include "net/sensitivebytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace checkstand;
using namespace checkstand::acme;

namespace {

const QDate kToday(2026, 11, 22);

RefundRequest valid() {
    RefundRequest r;
    r.contact.firstName = QStringLiteral("contactFirstName");
    r.contact.lastName = QStringLiteral("contactLastName");
    r.contact.email = QStringLiteral("john@acme.com");
    r.card.brand = QStringLiteral("Visa");
    r.card.lastFour = QStringLiteral("4242");
    r.card.expDate = QStringLiteral("1228");
    r.card.cvc = SensitiveText(QStringLiteral("123"));
    r.memberships = {
        {QStringLiteral("MembershipCancel"), QStringLiteral("57742a012095d87d690c39bc"), {}}};
    return r;
}

} // namespace

class TestRefund : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cards() {
        QVERIFY(luhnValid(u"4242424242424242"));
        QVERIFY(!luhnValid(u"4242424242424241"));
        QVERIFY(luhnValid(u"378282246310005"));
        QVERIFY(!luhnValid(u"4242"));
        QVERIFY(brandOfNumber(u"4242424242424242") == CardBrand::Visa);
        QVERIFY(brandOfNumber(u"5555555555554444") == CardBrand::MasterCard);
        QVERIFY(brandOfNumber(u"2223003122003222") == CardBrand::MasterCard);
        QVERIFY(brandOfNumber(u"378282246310005") == CardBrand::AmericanExpress);
        QVERIFY(brandOfNumber(u"6011111111111117") == CardBrand::Discover);
        QVERIFY(brandOfNumber(u"3566002020360505") == CardBrand::Jcb);
        QCOMPARE(cvcLength(CardBrand::AmericanExpress), 4);
        QCOMPARE(cvcLength(CardBrand::Visa), 3);
        QCOMPARE(maskedNumber(u"4242424242424242"), QStringLiteral("•••• •••• •••• 4242"));
    }

    void expiryIsTypedEitherWayAndSentAsMMyy() {
        QCOMPARE(acme::expiryForWire(QStringLiteral("08/29")), QStringLiteral("0829"));
        QCOMPARE(acme::expiryForWire(QStringLiteral(" 08 / 29 ")), QStringLiteral("0829"));
        QCOMPARE(acme::expiryForWire(QStringLiteral("0829")), QStringLiteral("0829"));
        // Anything else is left for validate() to refuse in words.
        QCOMPARE(acme::expiryForWire(QStringLiteral("8/29")), QStringLiteral("8/29"));
        acme::CardEntry card;
        QString why;
        QVERIFY(acme::readCardData(R"({"cvc":"123","expDate":"12/30"})", &card, &why));
        QCOMPARE(card.expDate, QStringLiteral("1230"));
    }

    void sensitiveTextClearsAndMoves() {
        SensitiveText t(QStringLiteral("4242424242424242"));
        const QChar* data = t.reveal().constData();
        const std::u16string before(reinterpret_cast<const char16_t*>(data), 16);
        QCOMPARE(before[0], u'4');
        t.clear();
        QVERIFY(t.isEmpty());
        SensitiveText moved(QStringLiteral("123"));
        SensitiveText other = std::move(moved);
        QCOMPARE(other.reveal(), QStringLiteral("123"));
        QVERIFY(moved.isEmpty());
    }

    void rules_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("mutation");
        QTest::newRow("first name") << "contactFirstName"
                                    << "required" << 0;
        QTest::newRow("email") << "contactEmail"
                               << "e-mail" << 1;
        QTest::newRow("brand") << "creditCardBrand"
                               << "brand" << 2;
        QTest::newRow("last four") << "ccLastFourDigits"
                                   << "last four" << 3;
        QTest::newRow("cvc length visa") << "cvc"
                                         << "3 digits" << 4;
        QTest::newRow("cvc length amex") << "cvc"
                                         << "4 digits" << 5;
        QTest::newRow("expiry shape") << "expDate"
                                      << "MM/YY" << 6;
        QTest::newRow("expired") << "expDate"
                                 << "expired" << 7;
        QTest::newRow("luhn") << "manualEntryCardNumber"
                              << "not valid" << 8;
        QTest::newRow("brand mismatch") << "manualEntryCardNumber"
                                        << "not a Visa" << 9;
        QTest::newRow("last four mismatch") << "ccLastFourDigits"
                                            << "do not match" << 10;
        QTest::newRow("no operation") << "memberships"
                                      << "at least one" << 11;
        QTest::newRow("downgrade needs level") << "memberships[0].membershipInfo.membershipLevel"
                                               << "level" << 12;
        QTest::newRow("item type") << "memberships[0].itemType"
                                   << "cancel" << 13;
    }
    void rules() {
        QFETCH(QString, field);
        QFETCH(QString, word);
        QFETCH(int, mutation);
        RefundRequest r = valid();
        switch (mutation) {
        case 0:
            r.contact.firstName.clear();
            break;
        case 1:
            r.contact.email = QStringLiteral("john@");
            break;
        case 2:
            r.card.brand = QStringLiteral("Diners");
            break;
        case 3:
            r.card.lastFour = QStringLiteral("42a2");
            break;
        case 4:
            r.card.cvc = SensitiveText(QStringLiteral("1234"));
            break;
        case 5:
            r.card.brand = QStringLiteral("AmericanExpress");
            break;
        case 6:
            r.card.expDate = QStringLiteral("13/28");
            break;
        case 7:
            r.card.expDate = QStringLiteral("1026");
            break;
        case 8:
            r.card.number = SensitiveText(QStringLiteral("4242424242424241"));
            break;
        case 9:
            r.card.number = SensitiveText(QStringLiteral("5555555555554444"));
            break;
        case 10:
            r.card.number = SensitiveText(QStringLiteral("4000056655665556"));
            break;
        case 11:
            r.memberships.clear();
            break;
        case 12:
            r.memberships = {{QStringLiteral("MembershipDowngrade"), QStringLiteral("M-1001"), {}}};
            break;
        case 13:
            r.memberships[0].itemType = QStringLiteral("MembershipPause");
            break;
        }
        const FieldErrors errors = validate(r, kToday);
        const QString message = messageFor(errors, field);
        QVERIFY2(message.contains(word), qPrintable(field + u": " + message));
        QVERIFY(validate(valid(), kToday).isEmpty());
    }

    void requestShapeMatchesTheContractSample() {
        RefundRequest r = valid();
        r.contact = {QStringLiteral("contactFirstName"),  QStringLiteral("contactLastName"),
                     QStringLiteral("john@acme.com"),     QStringLiteral("408-222-2345"),
                     QStringLiteral("contact address 1"), QStringLiteral("contact address 2"),
                     QStringLiteral("contact city"),      QStringLiteral("contact state"),
                     QStringLiteral("contact country"),   QStringLiteral("95148")};
        r.billingSameAsContact = false;
        r.billing = {QStringLiteral("billingFirstName"),  QStringLiteral("billingLastName"),
                     QStringLiteral("doe@acme.com"),      QStringLiteral("408-222-2345"),
                     QStringLiteral("billing address 1"), QStringLiteral("billing address 2"),
                     QStringLiteral("billing city"),      QStringLiteral("billing state"),
                     QStringLiteral("billing country"),   QStringLiteral("billing zip code")};
        r.notes = QStringLiteral("notes");
        const QJsonObject o = r.toJson();
        // Every key of the contract's sample request, with its value.
        const QJsonObject sample =
            QJsonDocument::fromJson(
                R"({ "contactFirstName" : "contactFirstName" , "contactLastName" : "contactLastName" , "address1" : "contact address 1" , "address2" : "contact address 2" , "country" : "contact country" , "city" : "contact city" , "state" : "contact state" , "zipCode" : "95148" , "phoneNumber" : "408-222-2345" , "contactEmail" : "john@acme.com" , "notes" : "notes" , "billingFirstName" : "billingFirstName" , "billingLastName" : "billingLastName" , "billingEmail" : "doe@acme.com" , "billingPhoneNumber" : "408-222-2345" , "billingAddress1" : "billing address 1" , "billingAddress2" : "billing address 2" , "billingCountry" : "billing country" , "billingCity" : "billing city" , "billingZipCode" : "billing zip code" , "billingState" : "billing state" , "memberships" : [ { "itemType" : "MembershipCancel" , "membershipInfo" : { "membershipId" : "57742a012095d87d690c39bc" } } ] })")
                .object();
        QVERIFY(!sample.isEmpty());
        for (auto it = sample.begin(); it != sample.end(); ++it)
            QVERIFY2(o.value(it.key()) == it.value(), qPrintable(it.key()));
        // Plus the card fields the contract marks required.
        for (const char* k : {"ccLastFourDigits", "creditCardBrand", "cvc", "expDate"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QVERIFY(!o.contains(QStringLiteral("manualEntryCardNumber")));
    }

    void fromFileRefusesCardData() {
        FieldErrors errors;
        RefundRequest::fromJson(QJsonObject{{QStringLiteral("cvc"), QStringLiteral("123")}},
                                &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("cvc"));
    }

    void quotes() {
        QString error;
        const auto q = parseQuote(
            QJsonDocument::fromJson(
                R"({ "netAmount" : "-100.00" , "paymentAmount" : "0.00" , "refundAmount" : "100.00" , "refundDetails" : [ { "refundAmount" : "100.00" , "paymentMethod" : "CreditCard" , "ccLastFourDigits" : "4242" } ] })")
                .object(),
            &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(q->netAmount.minorUnits(), -10000);
        QCOMPARE(q->refundAmount.minorUnits(), 10000);
        QVERIFY(q->detailsAddUp);
        QCOMPARE(q->details.first().lastFour, QStringLiteral("4242"));

        const auto off = parseQuote(
            QJsonDocument::fromJson(
                R"({"netAmount":"-100.00","paymentAmount":"0.00","refundAmount":"100.00","refundDetails":[{"refundAmount":"60.00","paymentMethod":"CreditCard","ccLastFourDigits":"4242424242424242"}]})")
                .object(),
            &error);
        QVERIFY(off);
        QVERIFY(!off->detailsAddUp);
        QVERIFY(off->details.first().lastFour.isEmpty()); // a full number is never kept
        QVERIFY(!parseQuote(QJsonDocument::fromJson(R"({"netAmount":"x"})").object(), &error));
    }

    void impossibleQuotesAreRefused_data() {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("word");
        QTest::newRow("negative refund")
            << QByteArray(
                   R"({"netAmount":"1000000.00","paymentAmount":"0.00","refundAmount":"-1000000.00","refundDetails":[]})")
            << "refundAmount is negative";
        QTest::newRow("negative payment")
            << QByteArray(R"({"netAmount":"-5.00","paymentAmount":"-5.00","refundAmount":"0.00"})")
            << "paymentAmount is negative";
        QTest::newRow("negative detail")
            << QByteArray(
                   R"({"netAmount":"-10.00","paymentAmount":"0.00","refundAmount":"10.00","refundDetails":[{"refundAmount":"20.00"},{"refundAmount":"-10.00"}]})")
            << "refundDetails[1]";
    }
    void impossibleQuotesAreRefused() {
        QFETCH(QByteArray, reply);
        QFETCH(QString, word);
        QString error;
        QVERIFY(!parseQuote(QJsonDocument::fromJson(reply).object(), &error));
        QVERIFY2(error.contains(word), qPrintable(error));
    }

    void detailsThatOverflowDoNotAddUp() {
        QString error;
        const auto q = parseQuote(
            QJsonDocument::fromJson(
                R"({"netAmount":"0.00","paymentAmount":"0.00","refundAmount":"1.00","refundDetails":[{"refundAmount":"92233720368547758.07"},{"refundAmount":"1.00"}]})")
                .object(),
            &error);
        QVERIFY2(q, qPrintable(error));
        QVERIFY(!q->detailsAddUp); // a wrapped-around sum never "adds up"
        const auto shown = parseQuote(
            QJsonDocument::fromJson(
                "{\"netAmount\":\"0.00\",\"paymentAmount\":\"0.00\",\"refundAmount\":\"0.00\","
                "\"refundDetails\":[{\"refundAmount\":\"0.00\",\"paymentMethod\":"
                "\"Card 4242424242424242\\u001b[2J\"}]}")
                .object(),
            &error);
        QVERIFY(shown);
        QVERIFY2(!shown->details.first().paymentMethod.contains(QStringLiteral("4242424242424242")),
                 qPrintable(shown->details.first().paymentMethod));
        QVERIFY(!shown->details.first().paymentMethod.contains(QChar(0x1b)));
    }

    void cardDataGoesOnlyIntoTheWireBody() {
        RefundRequest r = valid();
        r.card.number = SensitiveText(QStringLiteral("4242424242424242"));
        QVERIFY(CardDataGuard::active()); // while card data is held
        // toJson() never carries card data.
        const QJsonObject shape = r.toJson();
        QCOMPARE(shape.value(QStringLiteral("cvc")).toString(), QString());
        QVERIFY(!shape.contains(QStringLiteral("manualEntryCardNumber")));
        const auto body = r.wireBody();
        QVERIFY(body);
        QVERIFY(body->size() >= 2048); // above glibc's per-thread cache, see wireBody()
        const QByteArray wire(body->constData(), body->size()); // a test-only copy
        QJsonParseError parseError{};
        const QJsonObject sent = QJsonDocument::fromJson(wire, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString()));
        QCOMPARE(sent.value(QStringLiteral("cvc")).toString(), QStringLiteral("123"));
        QCOMPARE(sent.value(QStringLiteral("manualEntryCardNumber")).toString(),
                 QStringLiteral("4242424242424242"));
        for (auto it = shape.begin(); it != shape.end(); ++it) {
            if (it.key() != QLatin1String("cvc"))
                QVERIFY2(sent.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // Wiped where it lies, for every holder of the buffer.
        const QByteArray view = body->rawView();
        body->wipe();
        QCOMPARE(body->size(), 0);
        QVERIFY(view.count('\0') == view.size());
        r.card.wipe();
    }

    void cardDataFromStandardInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("number and cvc")
            << QByteArray(R"( {"cvc":"123", "manualEntryCardNumber" : "4242424242424242"} )")
            << true;
        QTest::newRow("with brand and expiry")
            << QByteArray(R"({"cvc":"1234","creditCardBrand":"AmericanExpress","expDate":"1230"})")
            << true;
        QTest::newRow("nothing") << QByteArray("  \n") << true;
        QTest::newRow("escapes") << QByteArray(R"({"cvc":"1\u00323"})") << false;
        QTest::newRow("a number, not a string") << QByteArray(R"({"cvc":123})") << false;
        QTest::newRow("not an object") << QByteArray(R"(["123"])") << false;
        QTest::newRow("trailing text") << QByteArray(R"({"cvc":"123"} x)") << false;
        QTest::newRow("unterminated") << QByteArray("{\"cvc\":\"123") << false;
    }
    void cardDataFromStandardInput() {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        CardEntry card;
        QString error;
        QCOMPARE(readCardData(input, &card, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (QByteArray(QTest::currentDataTag()) == "number and cvc") {
            QCOMPARE(card.cvc.reveal(), QStringLiteral("123"));
            QCOMPARE(card.number.reveal(), QStringLiteral("4242424242424242"));
        }
        if (QByteArray(QTest::currentDataTag()) == "with brand and expiry") {
            QCOMPARE(card.brand, QStringLiteral("AmericanExpress"));
            QCOMPARE(card.expDate, QStringLiteral("1230"));
        }
        card.wipe();
    }
};

QTEST_GUILESS_MAIN(TestRefund)
#include "tst_refund.moc"
