#include "refundclient.h"

#include <QJsonDocument>

namespace checkstand::acme {

RefundClient::RefundClient(HttpClient& http, QObject* parent)
    : ServiceClient(http, service::acme, parent) {
    setApiKeyHeader(QByteArrayLiteral("x-acme-api-key"));
}

void RefundClient::setApiKeyHeader(const QByteArray& name) {
    setSecretHeaders({{name, service::info(service::acme).secretName, {}}});
}

void RefundClient::quote(const RefundRequest& request, const QString& requestUuid,
                         QObject* receiver, std::function<void(const QuoteOutcome&)> done) {
    // Card fields: redacted by the HTTP layer's logs.
    ApiRequest api = makeRequest(QJsonDocument(request.toJson()));
    api.headers = {{"x-acme-request-uuid", requestUuid.toLatin1()}};
    Reader<RefundQuote> read = [](const HttpResult& r) {
        if (r.kind == HttpResult::Kind::HttpStatus && r.httpStatus == 409)
            return QuoteOutcome::failure(
                r, QObject::tr("This quote was already submitted to ACME (same request id); it "
                               "was not taken twice."));
        if (!r.ok())
            return QuoteOutcome::failure(r);
        QString why;
        std::optional<RefundQuote> quote = parseQuote(r.json, &why);
        if (!quote)
            return QuoteOutcome::invalid(r, why);
        return QuoteOutcome::success(std::move(*quote), r);
    };
    call(api, receiver, std::move(read), std::move(done));
}

} // namespace checkstand::acme
