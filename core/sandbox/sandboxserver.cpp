// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "acmesandbox.h"
#include "chargeaftersandbox.h"
#include "elevatesandbox.h"
#include "orderchecksandbox.h"
#include "pricingsandbox.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "checkstand.sandbox", QtInfoMsg)

namespace checkstand::sandbox {

namespace {

constexpr int kRecordLimit = 100;

QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

QByteArray SandboxRequest::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxReply SandboxReply::json(int status, const QJsonObject& body) {
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json"};
}

SandboxReply SandboxReply::error(int status, const QString& message) {
    return json(status, {{QStringLiteral("success"), false}, {QStringLiteral("message"), message}});
}

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>()) {
    add(std::make_unique<ChargeAfterSandbox>());
    auto orderChecker = std::make_unique<OrderCheckSandbox>();
    m_orderChecker = orderChecker.get();
    add(std::move(orderChecker));
    auto elevate = std::make_unique<ElevateSandbox>();
    m_elevate = elevate.get();
    add(std::move(elevate));
    auto pricing = std::make_unique<PricingSandbox>();
    m_pricing = pricing.get();
    add(std::move(pricing));
    auto acme = std::make_unique<AcmeSandbox>();
    m_acme = acme.get();
    add(std::move(acme));
}

SandboxServer::~SandboxServer() = default;

void SandboxServer::add(std::unique_ptr<SandboxService> service) {
    SandboxService* s = service.get();
    m_services.push_back(std::move(service));
    m_server->route(
        s->path(), [this, s](const QHttpServerRequest& req, QHttpServerResponder&& responder) {
            SandboxRequest request;
            request.method = methodName(req.method());
            request.path = req.url().path();
            request.query = req.query();
            for (const auto& h : req.headers())
                request.headers.append({h.first, h.second});
            request.body = req.body();

            const Scenario scenario = m_scenarios.value(s->service(), Scenario::Normal);
            const SandboxReply answer = reply(*s, request);
            auto& log = m_requests[s->service()];
            log.append({request, answer.status});
            if (log.size() > kRecordLimit)
                log.removeFirst();
            qCDebug(lcSandbox) << s->service() << request.method << "->" << answer.status;

            const auto send = [this, service = s->service(), answer](QHttpServerResponder& r) {
                r.write(answer.body, answer.contentType,
                        static_cast<QHttpServerResponder::StatusCode>(answer.status));
                Q_EMIT requestHandled(service, answer.status);
            };
            if (scenario == Scenario::Dropped) {
                if (QTcpSocket* socket = responder.socket())
                    socket->abort();
                return;
            }
            std::chrono::milliseconds delay =
                scenario == Scenario::Slow ? m_slowDelay : std::chrono::milliseconds(0);
            if (auto& queue = m_delays[s->service()]; !queue.isEmpty())
                delay = queue.takeFirst();
            if (delay.count() == 0) {
                send(responder);
                return;
            }
            // Answer later without blocking the event loop the app itself runs on.
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QPointer<QTcpSocket> socket = held->socket();
            QTimer::singleShot(delay, this, [held, socket, send] {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    send(*held);
            });
        });
}

SandboxReply SandboxServer::reply(SandboxService& service, const SandboxRequest& request) {
    switch (m_scenarios.value(service.service(), Scenario::Normal)) {
    case Scenario::Normal:
    case Scenario::Slow:
        return service.handle(request);
    case Scenario::ServerError:
        return SandboxReply::error(500, QStringLiteral("Internal server error (sandbox scenario)"));
    case Scenario::Unauthorized:
        return SandboxReply::error(401, QStringLiteral("Unauthorized (sandbox scenario)"));
    case Scenario::MalformedJson:
        return {200, QByteArrayLiteral("{\"success\": tru"), "application/json"};
    case Scenario::OversizedBody: {
        QByteArray big = "{\"success\":\"true\",\"padding\":\"";
        big += QByteArray(3 * 1024 * 1024, 'x');
        big += "\"}";
        return {200, big, "application/json"};
    }
    case Scenario::Declined:
        return service.declined(request);
    case Scenario::Dropped:
        return {};
    case Scenario::Echo: {
        // A vendor that repeats the request in its error (API key and card data included):
        // what Checkstand shows, logs and stores of it must carry none of that.
        QString echo = QStringLiteral("Rejected %1 %2 with headers")
                           .arg(QString::fromLatin1(request.method), request.path);
        for (const auto& [name, value] : request.headers)
            echo += u' ' + QString::fromLatin1(name) + QStringLiteral(": ") +
                    QString::fromUtf8(value) + u';';
        echo += QStringLiteral(" and body ") + QString::fromUtf8(request.body.left(8192));
        return SandboxReply::error(400, echo);
    }
    }
    return service.handle(request);
}

bool SandboxServer::start() {
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        m_error = tr("The training sandbox could not open a port on 127.0.0.1.");
        return false;
    }
    qCInfo(lcSandbox) << "sandbox listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QStringList SandboxServer::services() const {
    QStringList out;
    for (const auto& s : m_services)
        out << s->service();
    return out;
}

SandboxService* SandboxServer::find(const QString& service) const {
    for (const auto& s : m_services) {
        if (s->service() == service)
            return s.get();
    }
    return nullptr;
}

QUrl SandboxServer::endpoint(const QString& service) const {
    const SandboxService* s = find(service);
    if (!s)
        return {};
    QUrl url = baseUrl();
    url.setPath(s->path());
    return url;
}

QString SandboxServer::apiKey(const QString& service) const {
    const SandboxService* s = find(service);
    return s ? s->apiKey() : QString();
}

QString SandboxServer::secretName(const QString& service) const {
    const SandboxService* s = find(service);
    return s ? s->secretName() : QString();
}

void SandboxServer::delayNextReply(const QString& service, std::chrono::milliseconds delay) {
    m_delays[service].append(delay);
}

void SandboxServer::setScenario(const QString& service, Scenario scenario) {
    m_scenarios.insert(service, scenario);
}

Scenario SandboxServer::scenario(const QString& service) const {
    return m_scenarios.value(service, Scenario::Normal);
}

QList<RecordedRequest> SandboxServer::requests(const QString& service) const {
    return m_requests.value(service);
}

void SandboxServer::clearRequests() {
    m_requests.clear();
}

} // namespace checkstand::sandbox
