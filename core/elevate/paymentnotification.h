// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace checkstand {

struct CompletedSale;

namespace elevate {

// One Elevate payment notification: the body's lines and the query's three keys.
struct PaymentNotification {
    QString saleId;
    QString customerKey; // stable per known customer, fresh per anonymous sale
    QString market;
    QString sessionKey;   // one per sale
    QJsonObject body;     // {"lines": [{quantity, variantKey, cost?, sellingPrice?}]}
    int skippedLines = 0; // lines with no variant key cannot be reported
};

// Builds the notification for a paid sale; nullopt when no line has a variant key (Elevate
// would answer 400 and there is nothing it could count).
std::optional<PaymentNotification> buildNotification(const CompletedSale& sale,
                                                     const QString& market);

// A known customer's key is derived (UUID v5) from their id or e-mail, so it is the same on
// every terminal without storing anything; an anonymous sale gets a fresh UUID.
QString customerKeyFor(const QString& customerId, const QString& email);

// endpoint + ?customerKey=…&market=…&sessionKey=…
QUrl notificationUrl(const QUrl& endpoint, const QString& customerKey, const QString& market,
                     const QString& sessionKey);
inline QUrl notificationUrl(const QUrl& endpoint, const PaymentNotification& n) {
    return notificationUrl(endpoint, n.customerKey, n.market, n.sessionKey);
}

} // namespace elevate
} // namespace checkstand
