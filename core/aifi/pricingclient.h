#pragma once

#include "net/httpresult.h"
#include "pricingreply.h"
#include "pricingrequest.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace checkstand {
class HttpClient;
}

namespace checkstand::aifi {

struct PricingOutcome {
    std::optional<PricedCart> cart; // set when the reply was usable
    HttpResult http;
    QString error; // plain words when no usable cart came back
};

// POST to the retailer's cart-mutation (pricing) service, bearer token from the keychain.
class PricingClient : public QObject {
    Q_OBJECT
public:
    explicit PricingClient(HttpClient* http, QObject* parent = nullptr);

    void setEndpoint(const QUrl& url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void price(const Ticket& ticket, const PricingContext& context, QObject* receiver,
               std::function<void(const PricingOutcome&)> done);

private:
    HttpClient* m_http;
    QUrl m_endpoint;
    std::chrono::milliseconds m_timeout{10000};
};

} // namespace checkstand::aifi
