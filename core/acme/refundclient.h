#pragma once

#include "refundquote.h"
#include "refundrequest.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace checkstand {
class HttpClient;
}

namespace checkstand::acme {

// POST /v2/b2b/orders/checkout/charges with the API key header from the keychain and the
// quote's x-acme-request-uuid: made once per quote and sent again, unchanged, on every retry of
// it, so a retry after a timeout cannot be taken twice.
class RefundClient : public QObject {
    Q_OBJECT
public:
    explicit RefundClient(HttpClient* http, QObject* parent = nullptr);

    void setEndpoint(const QUrl& url) { m_endpoint = url; }
    void setApiKeyHeader(const QByteArray& name) { m_header = name; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void quote(const RefundRequest& request, const QString& requestUuid, QObject* receiver,
               std::function<void(const QuoteOutcome&)> done);

private:
    HttpClient* m_http;
    QUrl m_endpoint;
    QByteArray m_header = QByteArrayLiteral("x-acme-api-key");
    std::chrono::milliseconds m_timeout{20000};
};

} // namespace checkstand::acme
