// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "validation/fielderror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand::chargeafter {

enum class Channel { CallCenter, InStore };
enum class Flow { Apply, Checkout };
enum class SendUsing { Unset, Email, Sms };

QString toString(Channel channel); // "call_center", "in_store"
QString toString(Flow flow);       // "apply", "checkout"
QString toString(SendUsing via);   // "email", "sms", ""

struct IdVerification {
    QString idType;   // "driversLicense", "federal", "state issued"
    QString idExpiry; // YYYY-MM-DD
    QString cardIssuer;
    QString cardExpiry; // MM/YY

    static QStringList idTypes();
};

struct Address {
    QString line1;
    QString line2;
    QString city;
    QString zipCode;
    QString state;

    bool isEmpty() const;
    friend bool operator==(const Address&, const Address&) = default;
};

struct ConsumerDetails {
    QString firstName;
    QString lastName;
    QString email;
    QString mobilePhoneNumber;
    QString merchantConsumerId;
    Address shippingAddress;
    Address billingAddress;
};

struct Warranty {
    QString name;
    Money price;
    QString sku;
};

struct CartItem {
    QString name;
    Money price;
    QString sku;
    qint64 quantity = 1;
    bool leasable = false;
    QString productCategory;
    std::optional<Warranty> warranty;
};

struct Discount {
    QString name;
    Money amount;
};

struct CartDetails {
    QList<CartItem> items;
    QList<Discount> discounts;
    Money taxAmount;
    Money shippingAmount;
    // What the sender stated; the form leaves it empty and the total is computed.
    std::optional<Money> statedTotal;

    // items x quantity + one warranty per line - discounts + tax + shipping.
    // Empty on overflow.
    std::optional<Money> computeTotal() const;
};

// The body of POST /v2/omnichannel/send-link, as a value.
struct SendLinkRequest {
    Channel channel = Channel::CallCenter;
    Flow flow = Flow::Apply;
    bool runFlowOnCustomersDevice = true;
    SendUsing sendUsing = SendUsing::Unset;
    std::optional<IdVerification> idVerificationEvidence;
    std::optional<ConsumerDetails> consumerDetails;
    std::optional<CartDetails> cartDetails;
    QString merchantOrderId;
    QString finalPostbackUrl;
    QString dataUpdatePostbackUrl;
    QString postbackAuthKey;

    // Strict JSON as the contract shows it; discounts of zero and empty optionals left out.
    QJsonObject toJson() const;

    struct Parsed;
    // Reads the contract's own body (checkstand-ctl send-link). Type errors and unknown
    // fields are reported per field; validate() does the contract's rules.
    static Parsed fromJson(const QJsonObject& json,
                           const QString& currency = Money::defaultCurrency());
};

struct SendLinkRequest::Parsed {
    SendLinkRequest request;
    FieldErrors errors;
};

} // namespace checkstand::chargeafter
