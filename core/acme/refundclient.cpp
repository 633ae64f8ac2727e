// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refundclient.h"

#include <QJsonDocument>
#include <QTimer>

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
    // The card data goes out in one buffer of its own, which the HTTP layer wipes after the
    // call: never through a QJsonDocument, whose copies could not all be wiped.
    ApiRequest api = makeRequest(QJsonDocument());
    api.sensitiveBody = request.wireBody();
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
    if (!api.sensitiveBody) {
        // Only when no memory can be had for the body: nothing is sent.
        const HttpResult never = HttpResult::configurationError(
            api.serviceName,
            QObject::tr("The refund request could not be prepared (out of memory)."));
        QTimer::singleShot(0, receiver, [read, done, never] { done(read(never)); });
        return;
    }
    call(api, receiver, std::move(read), std::move(done));
}

} // namespace checkstand::acme
