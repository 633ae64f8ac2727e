// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargeafter/sendlinkvalidator.h"

#include <QTest>

#include <functional>

using namespace checkstand;
using namespace checkstand::chargeafter;

namespace {

const QDate kToday(2026, 11, 22);

Money usd(const char* text) {
    return *Money::parse(QString::fromLatin1(text)).value;
}

SendLinkRequest validCallCenterApply() {
    SendLinkRequest r;
    r.channel = Channel::CallCenter;
    r.flow = Flow::Apply;
    r.runFlowOnCustomersDevice = true;
    r.sendUsing = SendUsing::Sms;
    ConsumerDetails c;
    c.firstName = QStringLiteral("Jane");
    c.lastName = QStringLiteral("Roe");
    c.email = QStringLiteral("jane@example.com");
    c.mobilePhoneNumber = QStringLiteral("(212) 444-5555");
    r.consumerDetails = c;
    r.postbackAuthKey = QStringLiteral("k");
    return r;
}

SendLinkRequest validInStoreCheckout() {
    SendLinkRequest r = validCallCenterApply();
    r.channel = Channel::InStore;
    r.flow = Flow::Checkout;
    r.idVerificationEvidence =
        IdVerification{QStringLiteral("state issued"), QStringLiteral("2030-01-31"),
                       QStringLiteral("Chase"), QStringLiteral("12/26")};
    CartDetails cart;
    CartItem item;
    item.name = QStringLiteral("Sofa");
    item.sku = QStringLiteral("SOFA-1");
    item.price = usd("899.99");
    item.quantity = 1;
    cart.items = {item};
    cart.taxAmount = usd("72.00");
    r.cartDetails = cart;
    r.finalPostbackUrl = QStringLiteral("https://pos.example.com/final");
    return r;
}

using Mutation = std::function<void(SendLinkRequest&)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestSendLinkValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validRequestsPass() {
        const ValidationContext ctx{kToday, QStringLiteral("US")};
        QCOMPARE(validate(validCallCenterApply(), ctx), FieldErrors{});
        QCOMPARE(validate(validInStoreCheckout(), ctx), FieldErrors{});
        SendLinkRequest merchantDevice = validInStoreCheckout();
        merchantDevice.runFlowOnCustomersDevice = false;
        merchantDevice.sendUsing = SendUsing::Unset;
        merchantDevice.consumerDetails.reset();
        QCOMPARE(validate(merchantDevice, ctx), FieldErrors{});
    }

    void rules_data() {
        QTest::addColumn<bool>("inStoreCheckout");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("wordInMessage");

        const auto row = [](const char* name, bool store, Mutation m, const QString& field,
                            const char* word) {
            QTest::newRow(name) << store << m << field << QString::fromLatin1(word);
        };
        row(
            "call center on merchant device", false,
            [](auto& r) { r.runFlowOnCustomersDevice = false; }, field::runOnCustomersDevice,
            "customer's device");
        row(
            "customer device needs sendUsing", false,
            [](auto& r) { r.sendUsing = SendUsing::Unset; }, field::sendUsing, "e-mail");
        row(
            "customer device needs consumer", false, [](auto& r) { r.consumerDetails.reset(); },
            field::consumer, "required");
        row(
            "customer device needs email", false, [](auto& r) { r.consumerDetails->email.clear(); },
            field::email, "e-mail");
        row(
            "customer device needs phone", false,
            [](auto& r) { r.consumerDetails->mobilePhoneNumber.clear(); }, field::phone, "phone");
        row(
            "invalid email", false,
            [](auto& r) { r.consumerDetails->email = QStringLiteral("jane@"); }, field::email,
            "not an e-mail");
        row(
            "not a real phone number", false,
            [](auto& r) { r.consumerDetails->mobilePhoneNumber = QStringLiteral("1234"); },
            field::phone, "valid phone");
        row(
            "phone with letters", false,
            [](auto& r) { r.consumerDetails->mobilePhoneNumber = QStringLiteral("212-CALL-NOW"); },
            field::phone, "digits");
        row(
            "first name", false,
            [](auto& r) { r.consumerDetails->firstName = QStringLiteral(" "); }, field::firstName,
            "required");
        row(
            "last name", false, [](auto& r) { r.consumerDetails->lastName.clear(); },
            field::lastName, "required");
        row(
            "half an address", false,
            [](auto& r) { r.consumerDetails->shippingAddress.line1 = QStringLiteral("1 Main St"); },
            QStringLiteral("consumerDetails.shippingAddress.city"), "required");
        row(
            "in store needs id", true, [](auto& r) { r.idVerificationEvidence.reset(); },
            field::idEvidence, "ID");
        row(
            "id type", true,
            [](auto& r) { r.idVerificationEvidence->idType = QStringLiteral("passport"); },
            field::idType, "ID type");
        row(
            "expired id", true,
            [](auto& r) { r.idVerificationEvidence->idExpiry = QStringLiteral("2020-01-01"); },
            field::idExpiry, "expired");
        row(
            "not a date", true,
            [](auto& r) { r.idVerificationEvidence->idExpiry = QStringLiteral("2026-02-30"); },
            field::idExpiry, "real date");
        row(
            "card issuer", true, [](auto& r) { r.idVerificationEvidence->cardIssuer.clear(); },
            field::cardIssuer, "required");
        row(
            "card expiry shape", true,
            [](auto& r) { r.idVerificationEvidence->cardExpiry = QStringLiteral("1/27"); },
            field::cardExpiry, "MM/YY");
        row(
            "card expiry month", true,
            [](auto& r) { r.idVerificationEvidence->cardExpiry = QStringLiteral("13/27"); },
            field::cardExpiry, "01 to 12");
        row(
            "card expired", true,
            [](auto& r) { r.idVerificationEvidence->cardExpiry = QStringLiteral("10/26"); },
            field::cardExpiry, "expired");
        row(
            "checkout needs cart", true, [](auto& r) { r.cartDetails.reset(); }, field::cart,
            "cart");
        row(
            "cart needs items", true, [](auto& r) { r.cartDetails->items.clear(); },
            field::cartItems, "at least one");
        row(
            "item price", true,
            [](auto& r) { r.cartDetails->items[0].price = Money::fromMinor(0); },
            QStringLiteral("cartDetails.items[0].price"), "more than zero");
        row(
            "item quantity", true, [](auto& r) { r.cartDetails->items[0].quantity = 0; },
            QStringLiteral("cartDetails.items[0].quantity"), "quantity");
        row(
            "item sku", true, [](auto& r) { r.cartDetails->items[0].sku.clear(); },
            QStringLiteral("cartDetails.items[0].sku"), "required");
        row(
            "warranty sku", true,
            [](auto& r) {
                r.cartDetails->items[0].warranty =
                    Warranty{QStringLiteral("Care"), Money::fromMinor(100), QString()};
            },
            QStringLiteral("cartDetails.items[0].warranty.sku"), "required");
        row(
            "negative tax", true, [](auto& r) { r.cartDetails->taxAmount = Money::fromMinor(-1); },
            field::taxAmount, "negative");
        row(
            "discount bigger than cart", true,
            [](auto& r) {
                r.cartDetails->discounts = {{QStringLiteral("Big"), Money::fromMinor(100000000)}};
            },
            field::totalAmount, "more than zero");
        row(
            "stated total mismatch", true,
            [](auto& r) { r.cartDetails->statedTotal = Money::fromMinor(1); }, field::totalAmount,
            "does not match");
        row(
            "checkout needs final postback", true, [](auto& r) { r.finalPostbackUrl.clear(); },
            field::finalPostback, "required");
        row(
            "postback must be https", true,
            [](auto& r) { r.finalPostbackUrl = QStringLiteral("http://pos.example.com/final"); },
            field::finalPostback, "https");
        row(
            "data postback must be https", false,
            [](auto& r) { r.dataUpdatePostbackUrl = QStringLiteral("http://pos.example.com/d"); },
            field::dataPostback, "https");
    }

    void rules() {
        QFETCH(bool, inStoreCheckout);
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        QFETCH(QString, wordInMessage);
        SendLinkRequest r = inStoreCheckout ? validInStoreCheckout() : validCallCenterApply();
        mutate(r);
        const FieldErrors errors = validate(r, {kToday, QStringLiteral("US")});
        const QString message = messageFor(errors, field);
        QVERIFY2(
            !message.isEmpty(),
            qPrintable(QStringLiteral("no error on %1; got %2").arg(field).arg(errors.size())));
        QVERIFY2(message.contains(wordInMessage, Qt::CaseInsensitive), qPrintable(message));
    }

    void merchantDeviceDoesNotNeedContact() {
        SendLinkRequest r = validInStoreCheckout();
        r.runFlowOnCustomersDevice = false;
        r.sendUsing = SendUsing::Unset;
        r.consumerDetails->email.clear();
        r.consumerDetails->mobilePhoneNumber.clear();
        QCOMPARE(validate(r, {kToday, QStringLiteral("US")}), FieldErrors{});
    }

    void applyFlowDoesNotNeedPostback() {
        SendLinkRequest r = validCallCenterApply();
        r.finalPostbackUrl.clear();
        QCOMPARE(validate(r, {kToday, QStringLiteral("US")}), FieldErrors{});
    }

    void idExpiringTodayIsStillValid() {
        SendLinkRequest r = validInStoreCheckout();
        r.idVerificationEvidence->idExpiry = kToday.toString(Qt::ISODate);
        r.idVerificationEvidence->cardExpiry = QStringLiteral("11/26");
        QCOMPARE(validate(r, {kToday, QStringLiteral("US")}), FieldErrors{});
    }
};

QTEST_GUILESS_MAIN(TestSendLinkValidator)
#include "tst_sendlinkvalidator.moc"
