// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationclient.h"

#include "paymentnotification.h"

#include <QJsonDocument>

namespace checkstand::elevate {

NotificationClient::NotificationClient(HttpClient& http, QObject* parent)
    : ServiceClient(http, service::elevate, parent) {}

void NotificationClient::notify(const Keys& keys, const QByteArray& body, QObject* receiver,
                                std::function<void(const NotificationOutcome&)> done) {
    // Sent as the outbox stored it: Checkstand wrote it (PaymentNotification), once.
    ApiRequest api = makeRequest({});
    api.jsonBody = body;
    api.url = notificationUrl(api.url, keys.customerKey, keys.market, keys.sessionKey);
    api.contentType = QByteArrayLiteral("application/json;charset=utf-8");
    Reader<NotificationAck> read = [](const HttpResult& r) {
        // Any 2xx means Elevate took it; its body (none for 204) is not needed. Retrying a 2xx
        // whose body we could not read would make Elevate count the sale twice.
        const bool accepted = r.httpStatus >= 200 && r.httpStatus < 300 &&
                              (r.ok() || r.kind == HttpResult::Kind::InvalidResponse);
        if (accepted)
            return NotificationOutcome::success({r.httpStatus}, r);
        return NotificationOutcome::failure(r);
    };
    call(api, receiver, std::move(read), std::move(done));
}

} // namespace checkstand::elevate
