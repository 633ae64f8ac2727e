// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card.h"
#include "validation/fielderror.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

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
// for one request; they are wiped when the quote is done or the page is left. On their way out
// they are written straight into the request body's own buffer (RefundRequest::wireBody()).
struct CardEntry {
    QString brand; // "Visa", ...
    QString lastFour;
    QString expDate;      // MMyy on the wire; see expiryForWire()
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

    // The request's JSON with the card number and CVC left blank ("cvc": "" marks where the
    // wire body puts it): for fingerprints and tests. Card data never enters a QJsonObject,
    // whose copies (UTF-8 in its container, UTF-16 in every QString read from it) cannot all
    // be wiped.
    QJsonObject toJson() const;
    // The body that is sent: toJson() with the card number and CVC written straight into one
    // wipeable buffer. Null only when that buffer cannot be had.
    std::shared_ptr<SensitiveBytes> wireBody() const;

    // The request without card data (checkstand-ctl reads card data from stdin separately).
    static RefundRequest fromJson(const QJsonObject& json, FieldErrors* errors);
};

FieldErrors validate(const RefundRequest& request, const QDate& today);

// The card's expiry as typed — "08/29" (as printed on the card and asked for on Financing) or
// "0829" — in the contract's MMyy form ("0829"). Anything else is returned trimmed, unchanged,
// for validate() to refuse in words.
QString expiryForWire(const QString& typed);

// Reads the card data JSON object checkstand-ctl takes on standard input
// ({"manualEntryCardNumber": "...", "cvc": "...", and optionally "creditCardBrand",
// "ccLastFourDigits", "expDate"}) into `card`, through one wiped buffer and without a
// QJsonDocument: plain strings only. False with `error` in words.
bool readCardDataFromStandardInput(CardEntry* card, QString* error);
bool readCardData(QByteArrayView json, CardEntry* card, QString* error);

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
