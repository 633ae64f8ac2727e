#include "sendlinkclient.h"

#include "net/httpclient.h"
#include "secrets/secretnames.h"

namespace checkstand::chargeafter {

SendLinkClient::SendLinkClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http) {}

void SendLinkClient::send(const SendLinkRequest& request, QObject* context,
                          std::function<void(const SendLinkOutcome&)> done) {
    ApiRequest api;
    api.service = QStringLiteral("chargeafter");
    api.serviceName = QStringLiteral("ChargeAfter");
    api.url = m_endpoint;
    api.body = QJsonDocument(request.toJson());
    api.secretHeaders = {{"Authorization", secrets::chargeAfterPrivateKey(), "Bearer "}};
    api.timeout = m_timeout;
    api.maxResponseBytes = 64 * 1024; // the reply is two short fields
    HttpCall* call = m_http->send(api);
    connect(call, &HttpCall::finished, context,
            [done = std::move(done)](const HttpResult& r) { done(SendLinkOutcome::fromHttp(r)); });
}

} // namespace checkstand::chargeafter
