#include "pricingclient.h"

#include "net/httpclient.h"
#include "sale/ticket.h"

#include <QJsonDocument>

namespace checkstand::aifi {

PricingClient::PricingClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http) {}

void PricingClient::price(const Ticket& ticket, const PricingContext& context, QObject* receiver,
                          std::function<void(const PricingOutcome&)> done) {
    ApiRequest api;
    api.service = QStringLiteral("aifi");
    api.serviceName = QStringLiteral("The pricing service");
    api.url = m_endpoint;
    api.body = QJsonDocument(buildPricingRequest(ticket, context));
    api.secretHeaders = {{"Authorization", QStringLiteral("aifi"), "Bearer "}};
    api.timeout = m_timeout;
    api.maxResponseBytes = 8 * 1024 * 1024; // a 1,000-line cart with tax lines
    HttpCall* call = m_http->send(api);
    connect(call, &HttpCall::finished, receiver,
            [done = std::move(done), ticket](const HttpResult& r) {
                PricingOutcome out;
                out.http = r;
                if (!r.ok()) {
                    out.error = r.describe();
                } else {
                    QString why;
                    out.cart = parsePricedCart(r.json, ticket, &why);
                    if (!out.cart)
                        out.error = HttpResult::invalid(r, why).describe();
                }
                done(out);
            });
}

} // namespace checkstand::aifi
