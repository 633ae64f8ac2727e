#pragma once

#include "card.h"
#include "validation/fielderror.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace checkstand::acme {

struct MembershipOperation {
    QString itemType; // "MembershipCancel", "MembershipDowngrade", "MembershipPurchase"
    QString membershipId;
    QString targetLevel; // for a downgrade

    static QStringList itemTypes();
};

struct Person {
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString address1;
    QString address2;
    QString city;
    QString state;
    QString country;
    QString zipCode;
};

// The card as the contract requires it. The full number and the CVC live only here, in memory,
// for one request; they are wiped when the quote is done or the page is left.
struct CardEntry {
    QString brand; // "Visa", ...
    QString lastFour;
    QString expDate;      // MMyy
    SensitiveText number; // optional manual entry
    SensitiveText cvc;

    void wipe();
};

// POST /v2/b2b/orders/checkout/charges: the refund quote for membership cancellations and
// downgrades.
struct RefundRequest {
    Person contact;
    Person billing;
    bool billingSameAsContact = true;
    QString notes;
    QString paymentId; // check or voucher number
    QList<MembershipOperation> memberships;
    CardEntry card;

    // Strict JSON for the wire, card fields included: build it only to send it.
    QJsonObject toJson() const;

    // The request without card data (checkstand-ctl reads card data from stdin separately).
    static RefundRequest fromJson(const QJsonObject& json, FieldErrors* errors);
};

FieldErrors validate(const RefundRequest& request, const QDate& today);

namespace refundfield {
inline const QString firstName = QStringLiteral("contactFirstName");
inline const QString lastName = QStringLiteral("contactLastName");
inline const QString email = QStringLiteral("contactEmail");
inline const QString brand = QStringLiteral("creditCardBrand");
inline const QString lastFour = QStringLiteral("ccLastFourDigits");
inline const QString number = QStringLiteral("manualEntryCardNumber");
inline const QString cvc = QStringLiteral("cvc");
inline const QString expDate = QStringLiteral("expDate");
inline const QString memberships = QStringLiteral("memberships");
} // namespace refundfield

} // namespace checkstand::acme
