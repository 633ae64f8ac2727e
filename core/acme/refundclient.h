// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/serviceclient.h"
#include "refundquote.h"
#include "refundrequest.h"

namespace checkstand::acme {

// POST /v2/b2b/orders/checkout/charges with the API key header from the keychain and the
// quote's x-acme-request-uuid: made once per quote and sent again, unchanged, on every retry of
// it, so a retry after a timeout cannot be taken twice.
class RefundClient : public ServiceClient {
    Q_OBJECT
public:
    explicit RefundClient(HttpClient& http, QObject* parent = nullptr);

    // The header that carries the API key ("x-acme-api-key" unless the store's ACME differs).
    void setApiKeyHeader(const QByteArray& name);

    void quote(const RefundRequest& request, const QString& requestUuid, QObject* receiver,
               std::function<void(const QuoteOutcome&)> done);
};

} // namespace checkstand::acme
