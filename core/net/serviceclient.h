// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "httpclient.h"
#include "outcome.h"
#include "services/services.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace checkstand {

// The edge every integration's client stands on: it owns the endpoint, the service's own
// timeout, its secret headers and its response cap (all from the services table unless set),
// fills the ApiRequest once for all five, and turns the HttpResult into one Outcome<T> through
// the integration's reader. A client subclass only says what to send and how to read the answer.
class ServiceClient : public QObject {
    Q_OBJECT
public:
    ServiceClient(HttpClient& http, const QString& serviceId, QObject* parent = nullptr);

    const QString& serviceId() const { return m_info.id; }
    void setEndpoint(const QUrl& url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    // No endpoint: the integration is switched off (the sale works without it where allowed).
    bool isConfigured() const { return !m_endpoint.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Replaces the table's secret header, for services whose header names are configurable.
    void setSecretHeaders(QList<SecretHeader> headers) { m_secretHeaders = std::move(headers); }

protected:
    // The request to this service's endpoint with everything the edge owns filled in.
    ApiRequest makeRequest(const QJsonDocument& body) const;

    template <typename T> using Reader = std::function<Outcome<T>(const HttpResult&)>;

    // Sends `api` and answers `done` exactly once with the reader's outcome, unless `receiver`
    // is destroyed first.
    template <typename T>
    void call(const ApiRequest& api, QObject* receiver, Reader<T> read,
              std::function<void(const Outcome<T>&)> done) {
        HttpCall* c = m_http.send(api);
        connect(c, &HttpCall::finished, receiver,
                [read = std::move(read), done = std::move(done)](const HttpResult& r) {
                    done(read(r));
                });
    }

private:
    HttpClient& m_http;
    service::Info m_info;
    QUrl m_endpoint;
    std::chrono::milliseconds m_timeout{20000};
    QList<SecretHeader> m_secretHeaders;
};

} // namespace checkstand
