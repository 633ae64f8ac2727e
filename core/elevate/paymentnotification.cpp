// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentnotification.h"

#include "storage/salesstore.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace checkstand::elevate {

QString customerKeyFor(const QString& customerId, const QString& email) {
    static const QUuid kNamespace(QStringLiteral("{6f0c8a2e-3b1d-4c8e-9a55-5e2d6b7c9f10}"));
    const QString who =
        !customerId.trimmed().isEmpty()
            ? QStringLiteral("id:") + customerId.trimmed()
            : (!email.trimmed().isEmpty() ? QStringLiteral("email:") + email.trimmed().toLower()
                                          : QString());
    if (who.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    return QUuid::createUuidV5(kNamespace, who).toString(QUuid::WithoutBraces);
}

std::optional<PaymentNotification> buildNotification(const CompletedSale& sale,
                                                     const QString& market) {
    const Ticket& t = sale.ticket;
    PaymentNotification n;
    n.saleId = t.id;
    n.market = market;
    n.sessionKey = t.id; // already a UUID, one per sale
    n.customerKey = customerKeyFor(t.customer.customerId, t.customer.email);
    QJsonArray lines;
    for (const TicketLine& l : t.lines) {
        if (l.variantKey.isEmpty()) {
            ++n.skippedLines;
            continue;
        }
        QJsonObject o{{QStringLiteral("quantity"), l.quantity},
                      {QStringLiteral("variantKey"), l.variantKey},
                      {QStringLiteral("sellingPrice"), l.unitPrice.toJsonNumber()}};
        if (l.cost)
            o.insert(QStringLiteral("cost"), l.cost->toJsonNumber());
        lines.append(o);
    }
    if (lines.isEmpty())
        return std::nullopt;
    n.body = {{QStringLiteral("lines"), lines}};
    return n;
}

QUrl notificationUrl(const QUrl& endpoint, const QString& customerKey, const QString& market,
                     const QString& sessionKey) {
    QUrl url = endpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("customerKey"), customerKey);
    query.addQueryItem(QStringLiteral("market"), market);
    query.addQueryItem(QStringLiteral("sessionKey"), sessionKey);
    url.setQuery(query);
    return url;
}

} // namespace checkstand::elevate
