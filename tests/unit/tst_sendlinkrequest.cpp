// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargeafter/sendlinkrequest.h"
#include "chargeafter/sendlinkvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace checkstand;
using namespace checkstand::chargeafter;

namespace {

QJsonObject specExample() {
    QFile f(QStringLiteral(CHECKSTAND_TEST_DATA "/send-link-example.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return QJsonDocument::fromJson(f.readAll()).object();
}

Money usd(const char* text) {
    return *Money::parse(QString::fromLatin1(text)).value;
}

// The contract's example, typed in the way the Financing form builds it.
SendLinkRequest exampleAsForm() {
    SendLinkRequest r;
    r.channel = Channel::CallCenter;
    r.flow = Flow::Apply;
    r.runFlowOnCustomersDevice = true;
    r.sendUsing = SendUsing::Email;
    r.idVerificationEvidence =
        IdVerification{QStringLiteral("driversLicense"), QStringLiteral("1994-11-05"),
                       QStringLiteral("JP Morgan"), QStringLiteral("01/31")};
    ConsumerDetails c;
    c.firstName = QStringLiteral("John");
    c.lastName = QStringLiteral("Doe");
    c.email = QStringLiteral("john.doe@example.com");
    c.mobilePhoneNumber = QStringLiteral("2124445555");
    c.merchantConsumerId = QStringLiteral("merchant-internal-consumer-id");
    c.shippingAddress = {QStringLiteral("3 My Street"), QStringLiteral("My Building, 4th floor"),
                         QStringLiteral("New York"), QStringLiteral("10019"), QStringLiteral("NY")};
    c.billingAddress = c.shippingAddress;
    r.consumerDetails = c;
    CartDetails cart;
    CartItem item;
    item.name = QStringLiteral("Awesome Product");
    item.price = usd("1999.0");
    item.sku = QStringLiteral("AWSMPRDCT");
    item.quantity = 2;
    item.leasable = true;
    item.productCategory = QStringLiteral("Product category");
    item.warranty =
        Warranty{QStringLiteral("Awesome Warranty"), usd("100.0"), QStringLiteral("AWSMWRNTY")};
    cart.items = {item};
    cart.discounts = {{QStringLiteral("Birthday discount"), usd("20")}};
    cart.taxAmount = usd("199.0");
    cart.shippingAmount = usd("19.0");
    r.cartDetails = cart;
    r.finalPostbackUrl = QStringLiteral("https://yourFinalPostBackURL.com");
    r.dataUpdatePostbackUrl = QStringLiteral("https://yourDataUpdatePostBackURL.com");
    r.postbackAuthKey = QStringLiteral("6a1f1b8e-6a4e-4a53-9d43-3f7c2f0c9d11");
    return r;
}

} // namespace

class TestSendLinkRequest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exampleTotalIs4296() {
        QCOMPARE(exampleAsForm().cartDetails->computeTotal()->toDecimalString(),
                 QStringLiteral("4296.00"));
    }

    void builtRequestEqualsTheContractExample() {
        QJsonObject built = exampleAsForm().toJson();
        // Not in the contract's example but required by the integration guide's two flows.
        QCOMPARE(built.take(QStringLiteral("runFlowOnCustomersDevice")), QJsonValue(true));
        QCOMPARE(built, specExample());
        // Strict JSON: it parses back as the same object.
        const QByteArray text = QJsonDocument(built).toJson(QJsonDocument::Compact);
        QJsonParseError error{};
        QCOMPARE(QJsonDocument::fromJson(text, &error).object(), built);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(text.contains("\"totalAmount\":4296"));
    }

    void parsedExampleRoundTrips() {
        const auto parsed = SendLinkRequest::fromJson(specExample());
        QVERIFY(parsed.errors.isEmpty());
        QJsonObject again = parsed.request.toJson();
        again.remove(QStringLiteral("runFlowOnCustomersDevice"));
        QCOMPARE(again, specExample());
    }

    void zeroDiscountIsLeftOut() {
        SendLinkRequest r = exampleAsForm();
        r.cartDetails->discounts = {{QStringLiteral("None"), Money::fromMinor(0)}};
        const QJsonObject cart = r.toJson().value(QStringLiteral("cartDetails")).toObject();
        QVERIFY(!cart.contains(QStringLiteral("discounts")));
        QCOMPARE(cart.value(QStringLiteral("totalAmount")).toDouble(), 4316.0);
    }

    void warrantyCountsOncePerLine() {
        CartDetails cart;
        CartItem item;
        item.price = usd("10.00");
        item.quantity = 3;
        item.warranty = Warranty{QStringLiteral("w"), usd("2.50"), QStringLiteral("w")};
        cart.items = {item, item};
        QCOMPARE(cart.computeTotal()->toDecimalString(), QStringLiteral("65.00"));
    }

    void totalOverflowIsAnError() {
        CartDetails cart;
        CartItem item;
        item.price = Money::fromMinor(std::numeric_limits<qint64>::max() / 2);
        item.quantity = 3;
        cart.items = {item};
        QVERIFY(!cart.computeTotal());
    }

    void fromJsonReportsTypeErrorsAndUnknownFields() {
        QJsonObject o = specExample();
        o.insert(QStringLiteral("chanel"), QStringLiteral("typo"));
        o.insert(QStringLiteral("runFlowOnCustomersDevice"), QStringLiteral("yes"));
        QJsonObject cart = o.value(QStringLiteral("cartDetails")).toObject();
        cart.insert(QStringLiteral("taxAmount"), QStringLiteral("199"));
        o.insert(QStringLiteral("cartDetails"), cart);
        const auto parsed = SendLinkRequest::fromJson(o);
        QStringList fields;
        for (const FieldError& e : parsed.errors)
            fields << e.field;
        QVERIFY(fields.contains(QStringLiteral("chanel")));
        QVERIFY(fields.contains(QStringLiteral("runFlowOnCustomersDevice")));
        QVERIFY(fields.contains(QStringLiteral("cartDetails.taxAmount")));
    }

    void fromJsonRejectsFractionalQuantityAndSubCentPrice() {
        QJsonObject o = specExample();
        QJsonObject cart = o.value(QStringLiteral("cartDetails")).toObject();
        QJsonArray items = cart.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(QStringLiteral("quantity"), 1.5);
        item.insert(QStringLiteral("price"), 19.999);
        items[0] = item;
        cart.insert(QStringLiteral("items"), items);
        o.insert(QStringLiteral("cartDetails"), cart);
        const auto parsed = SendLinkRequest::fromJson(o);
        QVERIFY(
            !messageFor(parsed.errors, QStringLiteral("cartDetails.items[0].quantity")).isEmpty());
        QVERIFY(!messageFor(parsed.errors, QStringLiteral("cartDetails.items[0].price")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSendLinkRequest)
#include "tst_sendlinkrequest.moc"
