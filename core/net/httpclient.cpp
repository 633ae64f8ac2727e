#include "httpclient.h"

#include "endpointpolicy.h"
#include "netlogging.h"
#include "redaction.h"
#include "secrets/secretnames.h"
#include "secrets/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace checkstand {

namespace {

QString networkErrorText(QNetworkReply::NetworkError error, const QString& fallback) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return HttpClient::tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return HttpClient::tr("the server name could not be found");
    case QNetworkReply::SslHandshakeFailedError:
        return HttpClient::tr("the secure (TLS) connection could not be set up: %1").arg(fallback);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpClient::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return HttpClient::tr("the proxy failed: %1").arg(fallback);
    default:
        return fallback;
    }
}

QString seconds(std::chrono::milliseconds ms) {
    return HttpClient::tr("%1 s").arg(double(ms.count()) / 1000.0);
}

} // namespace

HttpCall::HttpCall(ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request)) {
    m_clock.start();
}

void HttpCall::abort() {
    if (m_done)
        return;
    if (m_reply) {
        abortReply(AbortReason::Cancelled);
        return;
    }
    m_abortReason = AbortReason::Cancelled;
    HttpResult r;
    r.kind = HttpResult::Kind::NetworkError;
    r.detail = tr("the request was cancelled");
    finish(r);
}

void HttpCall::abortReply(AbortReason why) {
    QNetworkReply* reply = m_reply.data();
    if (!reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = why;
    reply->abort();
}

void HttpCall::finish(HttpResult result) {
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    result.serviceName = m_request.serviceName;
    result.elapsedMs = m_clock.elapsed();
    const auto& category = serviceLogCategory(m_request.service);
    if (result.ok()) {
        qCInfo(category).noquote() << m_request.verb << m_request.url.toDisplayString() << "->"
                                   << result.httpStatus << "in" << result.elapsedMs << "ms";
    } else {
        qCWarning(category).noquote()
            << m_request.verb << m_request.url.toDisplayString() << "failed:" << result.kindName()
            << result.httpStatus
            << QString::fromUtf8(redaction::forLog(result.detail.toUtf8(), m_secretValues));
    }
    if (!result.body.isEmpty())
        qCDebug(category).noquote()
            << "reply body:" << redaction::forLog(result.body, m_secretValues);
    Q_EMIT finished(result);
    deleteLater();
}

void HttpCall::onReplyFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    HttpResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.retryAfter = reply->rawHeader("Retry-After");
    const auto error = reply->error();

    if (m_abortReason == AbortReason::TooLarge) {
        r.kind = HttpResult::Kind::InvalidResponse;
        r.detail =
            tr("the reply is larger than the %1 KB allowed").arg(m_request.maxResponseBytes / 1024);
        return finish(r);
    }
    if (m_abortReason == AbortReason::Deadline || error == QNetworkReply::TimeoutError ||
        (error == QNetworkReply::OperationCanceledError && m_abortReason == AbortReason::None)) {
        // Qt's own transfer timeout also ends as OperationCanceledError.
        r.kind = HttpResult::Kind::Timeout;
        r.detail = tr("no complete answer within %1").arg(seconds(m_request.timeout));
        return finish(r);
    }
    if (m_abortReason == AbortReason::Cancelled) {
        r.kind = HttpResult::Kind::NetworkError;
        r.detail = tr("the request was cancelled");
        return finish(r);
    }
    if (r.httpStatus == 0) {
        r.kind = HttpResult::Kind::NetworkError;
        r.detail = networkErrorText(error, reply->errorString());
        return finish(r);
    }

    // A transport failure after the headers (connection dropped mid-body) is still a network
    // error: a truncated body must not pass for an empty or malformed reply.
    if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) {
        r.kind = HttpResult::Kind::NetworkError;
        r.detail = networkErrorText(error, reply->errorString());
        return finish(r);
    }

    r.body = reply->readAll();
    if (r.body.size() > m_request.maxResponseBytes) {
        r.kind = HttpResult::Kind::InvalidResponse;
        r.detail =
            tr("the reply is larger than the %1 KB allowed").arg(m_request.maxResponseBytes / 1024);
        r.body.clear();
        return finish(r);
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !doc.isNull();
    if (isJson)
        r.json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());

    if (r.httpStatus < 200 || r.httpStatus >= 300) {
        r.kind = HttpResult::Kind::HttpStatus;
        r.detail = reply->errorString();
        return finish(r);
    }
    if (!r.body.trimmed().isEmpty() && !isJson) {
        r.kind = HttpResult::Kind::InvalidResponse;
        r.detail = tr("the reply is not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return finish(r);
    }
    r.kind = HttpResult::Kind::Ok;
    finish(r);
}

HttpClient::HttpClient(QNetworkAccessManager* network, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets) {
    m_network->setStrictTransportSecurityEnabled(true);
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates) {
    m_extraCas = certificates;
}

HttpCall* HttpClient::send(const ApiRequest& request) {
    auto* call = new HttpCall(request, this);
    const QString refusal = EndpointPolicy::check(request.url);
    if (!refusal.isEmpty()) {
        const auto result = HttpResult::configurationError(
            request.serviceName, tr("%1 is not called: %2").arg(request.serviceName, refusal));
        QTimer::singleShot(0, call, [call, result] { call->finish(result); });
        return call;
    }
    resolveSecrets(call, 0, {});
    return call;
}

void HttpClient::resolveSecrets(HttpCall* call, qsizetype index,
                                QList<std::pair<QByteArray, QByteArray>> resolved) {
    const auto& wanted = call->m_request.secretHeaders;
    if (index >= wanted.size()) {
        // Queued so that send() always returns before anything is emitted.
        QTimer::singleShot(0, call, [this, call, resolved] { dispatch(call, resolved); });
        return;
    }
    const SecretHeader header = wanted.at(index);
    SecretStore* store =
        m_secrets.data(); // a raw pointer: -Wnull-dereference cannot see through QPointer
    if (!store) {
        call->finish(HttpResult::configurationError(call->m_request.serviceName,
                                                    tr("No secret store is available.")));
        return;
    }
    store->read(header.secretName, call,
                [this, call, index, resolved, header](const SecretResult& secret) mutable {
                    const QString& service = call->m_request.serviceName;
                    if (secret.found()) {
                        call->m_secretValues << secret.value;
                        resolved.append({header.name, header.valuePrefix + secret.value.toUtf8()});
                        resolveSecrets(call, index + 1, std::move(resolved));
                        return;
                    }
                    const QString why =
                        secret.status == SecretResult::Status::NotFound
                            ? tr("No %1 secret (%2) is stored. Enter it in Settings, or for "
                                 "scripts set %3.")
                                  .arg(service, QString::fromLatin1(header.name),
                                       secrets::environmentVariableFor(header.secretName))
                            : tr("The %1 secret could not be read: %2").arg(service, secret.error);
                    call->finish(HttpResult::configurationError(service, why));
                });
}

void HttpClient::dispatch(HttpCall* call,
                          const QList<std::pair<QByteArray, QByteArray>>& secretHeaders) {
    if (call->m_done)
        return;
    const ApiRequest& req = call->m_request;
    QNetworkRequest nr(req.url);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setTransferTimeout(int(req.timeout.count()));
    nr.setRawHeader("Accept", "application/json");
    if (!req.body.isNull())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, req.contentType);
    for (const auto& [name, value] : req.headers)
        nr.setRawHeader(name, value);
    for (const auto& [name, value] : secretHeaders)
        nr.setRawHeader(name, value);
    if (!m_extraCas.isEmpty() && req.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        nr.setSslConfiguration(tls);
    }

    const QByteArray body =
        req.body.isNull() ? QByteArray() : req.body.toJson(QJsonDocument::Compact);
    const auto& category = serviceLogCategory(req.service);
    qCDebug(category).noquote() << req.verb << req.url.toDisplayString() << "headers:" << [&] {
        QStringList names;
        for (const auto& h : req.headers)
            names << QString::fromLatin1(h.first) + u'=' +
                         QString::fromUtf8(redaction::isSensitiveKey(QString::fromLatin1(h.first))
                                               ? QByteArray("[redacted]")
                                               : h.second);
        for (const auto& h : secretHeaders)
            names << QString::fromLatin1(h.first) + QStringLiteral("=[redacted]");
        return names.join(QStringLiteral(", "));
    }() << "body:" << redaction::forLog(body, call->m_secretValues);

    QNetworkReply* reply = m_network->sendCustomRequest(nr, req.verb, body);
    call->m_reply = reply;

    call->m_deadline = new QTimer(call);
    call->m_deadline->setSingleShot(true);
    connect(call->m_deadline, &QTimer::timeout, call,
            [call] { call->abortReply(HttpCall::AbortReason::Deadline); });
    call->m_deadline->start(req.timeout);

    const qint64 cap = req.maxResponseBytes;
    auto tooLarge = [call] {
        call->abortReply(HttpCall::AbortReason::TooLarge);
    };
    connect(reply, &QNetworkReply::metaDataChanged, call, [reply, cap, tooLarge] {
        bool known = false;
        const qint64 length =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > cap)
            tooLarge();
    });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [cap, tooLarge](qint64 received, qint64) {
                if (received > cap)
                    tooLarge();
            });
    connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError>& errors) {
        // Logged and never ignored: the reply then fails with SslHandshakeFailedError.
        for (const QSslError& e : errors)
            qCWarning(serviceLogCategory(call->m_request.service))
                << "TLS error:" << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, call, [call] { call->onReplyFinished(); });
}

} // namespace checkstand
