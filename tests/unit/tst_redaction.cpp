#include "net/endpointpolicy.h"
#include "net/redaction.h"
#include "validation/contactvalidation.h"

#include <QTest>

using namespace checkstand;

class TestRedaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sensitiveJsonFieldsAreRedacted() {
        const QByteArray body = R"({"cvc":"123","manualEntryCardNumber":"4242424242424242",
            "postbackAuthKey":"abc-def","nested":[{"x-acme-api-key":"k1"}],"name":"Jane"})";
        const QByteArray out = redaction::forLog(body);
        QVERIFY(!out.contains("123\""));
        QVERIFY(!out.contains("4242424242424242"));
        QVERIFY(!out.contains("abc-def"));
        QVERIFY(!out.contains("k1"));
        QVERIFY(out.contains("\"name\":\"Jane\"")); // a product or plain name field stays
    }

    void personalDataIsRedacted() {
        const QByteArray out =
            redaction::forLog(R"({"consumerDetails":{"firstName":"Jane","lastName":"Roe",
            "email":"jane@example.com","mobilePhoneNumber":"2124445555","shippingAddress":{"line1":"3 My Street",
            "zipCode":"10019","city":"New York"}},"channel":"in_store"})");
        for (const char* personal :
             {"Jane", "Roe", "jane@example.com", "2124445555", "3 My Street", "10019"})
            QVERIFY2(!out.contains(personal), personal);
        QVERIFY(out.contains("in_store"));
        QVERIFY(out.contains("New York")); // a city alone identifies no one
    }

    void cardNumbersInFreeTextAreMasked() {
        const QByteArray out =
            redaction::forLog("card 4242 4242 4242 4242 declined; phone 2124445555");
        QVERIFY(!out.contains("4242 4242"));
        QVERIFY(out.contains("2124445555")); // 10 digits is a phone, not a card
    }

    void knownSecretsAreRemovedAnywhere() {
        const QByteArray out =
            redaction::forLog("not json: token=s3cr3t-value!", {QStringLiteral("s3cr3t-value")});
        QVERIFY(!out.contains("s3cr3t-value"));
    }

    void longBodiesAreBounded() {
        QVERIFY(redaction::forLog(QByteArray(100000, 'a'), {}, 100).size() < 200);
    }

    void endpointPolicy_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.chargeafter.com/v2/omnichannel/send-link" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/x" << true;
        QTest::newRow("loopback range") << "http://127.1.2.3/x" << true;
        QTest::newRow("localhost") << "http://localhost:1/x" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080/x" << true;
        QTest::newRow("remote http") << "http://api.example.com/x" << false;
        QTest::newRow("private http") << "http://192.168.1.10/x" << false;
        QTest::newRow("ftp") << "ftp://example.com/x" << false;
        QTest::newRow("credentials") << "https://user:pw@example.com/x" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }
    void endpointPolicy() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(EndpointPolicy::check(QUrl(url, QUrl::StrictMode)).isEmpty(), allowed);
    }

    void masking() {
        QCOMPARE(contact::maskEmail(QStringLiteral("jane.roe@example.com")),
                 QStringLiteral("ja***@example.com"));
        QCOMPARE(contact::maskPhone(QStringLiteral("(212) 444-5555")),
                 QStringLiteral("******5555"));
    }

    void phoneNormalisation() {
        QCOMPARE(
            contact::checkPhone(QStringLiteral("(212) 444-5555"), QStringLiteral("US")).normalized,
            QStringLiteral("2124445555"));
        QCOMPARE(contact::checkPhone(QStringLiteral("+44 20 7946 0958"), QStringLiteral("US"))
                     .normalized,
                 QStringLiteral("+442079460958"));
        QVERIFY(!contact::checkPhone(QStringLiteral("555-0000"), QStringLiteral("US")).valid);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
