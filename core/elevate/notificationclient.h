// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/serviceclient.h"

namespace checkstand::elevate {

// Elevate answers 204 with no body: the notification was counted.
struct NotificationAck {
    int httpStatus = 0;
};
using NotificationOutcome = Outcome<NotificationAck>;

// POST …/notifications/payment?customerKey=…&market=…&sessionKey=… with the Api-Key header. The
// retry rules (backoff, pause on 401/403, 400 final) are the outbox's, not this client's.
class NotificationClient : public ServiceClient {
    Q_OBJECT
public:
    explicit NotificationClient(HttpClient& http, QObject* parent = nullptr);

    struct Keys {
        QString customerKey;
        QString market;
        QString sessionKey;
    };
    // `body` is the JSON the outbox stored with the sale.
    void notify(const Keys& keys, const QByteArray& body, QObject* receiver,
                std::function<void(const NotificationOutcome&)> done);
};

} // namespace checkstand::elevate
