// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sendlinkrequest.h"

#include <QDate>

namespace checkstand::chargeafter {

struct ValidationContext {
    QDate today;
    QString phoneRegion = QStringLiteral("US");
};

// Every rule of the send-link contract, in one place, used by the Financing form (to show each
// message next to its field) and by checkstand-ctl (to refuse a bad REQUEST.json) alike.
FieldErrors validate(const SendLinkRequest& request, const ValidationContext& context);

// Puts what the operator typed into the form the vendor expects: trimmed text, the phone as
// its national digits ("2124445555") or E.164 when foreign. Call after validate() passes.
void normalize(SendLinkRequest& request, const ValidationContext& context);

// Field paths the validator uses, so the form maps them without string typos.
namespace field {
inline const QString channel = QStringLiteral("channel");
inline const QString runOnCustomersDevice = QStringLiteral("runFlowOnCustomersDevice");
inline const QString sendUsing = QStringLiteral("sendUsing");
inline const QString idType = QStringLiteral("idVerificationEvidence.idType");
inline const QString idExpiry = QStringLiteral("idVerificationEvidence.idExpiry");
inline const QString cardIssuer = QStringLiteral("idVerificationEvidence.cardIssuer");
inline const QString cardExpiry = QStringLiteral("idVerificationEvidence.cardExpiry");
inline const QString idEvidence = QStringLiteral("idVerificationEvidence");
inline const QString consumer = QStringLiteral("consumerDetails");
inline const QString firstName = QStringLiteral("consumerDetails.firstName");
inline const QString lastName = QStringLiteral("consumerDetails.lastName");
inline const QString email = QStringLiteral("consumerDetails.email");
inline const QString phone = QStringLiteral("consumerDetails.mobilePhoneNumber");
inline const QString shipping = QStringLiteral("consumerDetails.shippingAddress");
inline const QString billing = QStringLiteral("consumerDetails.billingAddress");
inline const QString cart = QStringLiteral("cartDetails");
inline const QString cartItems = QStringLiteral("cartDetails.items");
inline const QString taxAmount = QStringLiteral("cartDetails.taxAmount");
inline const QString shippingAmount = QStringLiteral("cartDetails.shippingAmount");
inline const QString totalAmount = QStringLiteral("cartDetails.totalAmount");
inline const QString discounts = QStringLiteral("cartDetails.discounts");
inline const QString finalPostback = QStringLiteral("finalPostbackURL");
inline const QString dataPostback = QStringLiteral("dataUpdatePostbackURL");
inline const QString postbackAuthKey = QStringLiteral("postbackAuthKey");
inline const QString merchantOrderId = QStringLiteral("merchantOrderId");
} // namespace field

} // namespace checkstand::chargeafter
