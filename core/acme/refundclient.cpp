#include "refundclient.h"

#include "net/httpclient.h"

#include <QJsonDocument>

namespace checkstand::acme {

RefundClient::RefundClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http) {}

void RefundClient::quote(const RefundRequest& request, const QString& requestUuid,
                         QObject* receiver, std::function<void(const QuoteOutcome&)> done) {
    ApiRequest api;
    api.service = QStringLiteral("acme");
    api.serviceName = QStringLiteral("ACME Ticketing");
    api.url = m_endpoint;
    api.body = QJsonDocument(request.toJson()); // card fields: redacted by the HTTP layer's logs
    api.headers = {{"x-acme-request-uuid", requestUuid.toLatin1()}};
    api.secretHeaders = {{m_header, QStringLiteral("acme"), {}}};
    api.timeout = m_timeout;
    api.maxResponseBytes = 256 * 1024;
    HttpCall* call = m_http->send(api);
    connect(call, &HttpCall::finished, receiver, [done = std::move(done)](const HttpResult& r) {
        QuoteOutcome out;
        out.http = r;
        if (r.kind == HttpResult::Kind::HttpStatus && r.httpStatus == 409) {
            out.alreadySubmitted = true;
            out.error =
                QObject::tr("This quote was already submitted to ACME (same request id); it "
                            "was not taken twice.");
        } else if (!r.ok()) {
            out.error = r.describe();
        } else {
            QString why;
            out.quote = parseQuote(r.json, &why);
            if (!out.quote)
                out.error = HttpResult::invalid(r, why).describe();
        }
        done(out);
    });
}

} // namespace checkstand::acme
