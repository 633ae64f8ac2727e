// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "connectionwatch.h"
#include "endpointpolicy.h"
#include "netlogging.h"
#include "redaction.h"
#include "secrets/secretnames.h"
#include "secrets/secretstore.h"
#include "sensitivebytes.h"

#include <QHstsPolicy>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QTimerEvent>

namespace checkstand {

namespace {

// How often the header phase looks at the kernel's byte counts: at the speed Qt parses headers
// on loopback (~100-200 MB/s), a few MB between two looks.
constexpr std::chrono::milliseconds kHeaderWatchInterval{50};
// The first look, which only notes the counts the others compare with. Not at dispatch: the
// look reads every descriptor of the process (a few dozen system calls), and most API replies
// are in before it is due, so they never pay for it. A flood has at most this long more.
constexpr std::chrono::milliseconds kHeaderWatchFirstLook{10};

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

// RFC 9110 token characters: what a header name or a method may be made of.
bool isToken(const QByteArray& text) {
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alnum =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

// Qt writes header values as they are: a CR or LF would end the header and start another
// (a value from the command line, a file or the keychain is not to be trusted with that).
bool isHeaderValue(QByteArrayView value) {
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7F)
            return false;
    }
    return true;
}

QString unsafeHeaderWords(const QByteArray& name) {
    return HttpClient::tr("the header \"%1\" contains a line break or another control character")
        .arg(redaction::printable(QString::fromLatin1(name)).left(60));
}

// Empty when every line of the request can be sent as it is.
QString requestLineProblem(const ApiRequest& request) {
    if (!isToken(request.verb))
        return HttpClient::tr("the method \"%1\" is not a valid HTTP method")
            .arg(redaction::printable(QString::fromLatin1(request.verb)).left(20));
    for (const auto& [name, value] : request.headers) {
        if (!isToken(name) || !isHeaderValue(value))
            return unsafeHeaderWords(name);
    }
    for (const SecretHeader& h : request.secretHeaders) {
        if (!isToken(h.name) || !isHeaderValue(h.valuePrefix))
            return unsafeHeaderWords(h.name);
    }
    if (!isHeaderValue(request.contentType))
        return unsafeHeaderWords("Content-Type");
    return {};
}

// The port the connection for `url` goes to: the proxy's, when one is used.
quint16 peerPortFor(const QUrl& url, const QNetworkAccessManager& network) {
    QNetworkProxy proxy = network.proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy)
        proxy = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url)).value(0);
    if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
        return proxy.port();
    return quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

} // namespace

HttpCall::HttpCall(ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request)) {
    // Secrets the body carries (ChargeAfter's postbackAuthKey) are scrubbed like header secrets.
    for (const QString& secret : std::as_const(m_request.bodySecrets)) {
        if (!secret.isEmpty())
            m_secretValues << secret;
    }
    m_clock.start();
}

HttpCall::~HttpCall() = default;

bool HttpCall::inHeaderPhase() const {
    return !m_reply.isNull() && !m_headersSeen && !m_done;
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

std::chrono::milliseconds HttpCall::headerTimeout() const {
    using std::chrono::milliseconds;
    const milliseconds total = m_request.timeout;
    if (m_request.headerTimeout.count() > 0)
        return std::min(total, m_request.headerTimeout);
    return std::min(total, std::max(milliseconds(10000), total / 2));
}

void HttpCall::finish(HttpResult result) {
    if (m_done)
        return;
    m_done = true;
    for (int* t : {&m_deadline, &m_headerDeadline, &m_headerWatch})
        stopTimer(*t);
    // Sent or not, a card-data body has served its one request (its holders now read zeros).
    if (m_request.sensitiveBody)
        m_request.sensitiveBody->wipe();
    result.serviceName = m_request.serviceName;
    result.elapsedMs = m_clock.elapsed();
    // A key the service rejects is read from the store again next time (it may have been
    // changed there meanwhile).
    if (result.httpStatus == 401 || result.httpStatus == 403) {
        if (auto* client = qobject_cast<HttpClient*>(parent())) {
            for (const SecretHeader& h : std::as_const(m_request.secretHeaders))
                client->forgetSecret(h.secretName);
        }
    }
    // Before anything shows, logs or stores it: vendor text is untrusted.
    result.sanitize(m_secretValues);
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

void HttpCall::stopTimer(int& id) {
    if (id != 0)
        killTimer(id);
    id = 0;
}

void HttpCall::timerEvent(QTimerEvent* event) {
    // Timers of the call's own (no QTimer objects and connections for each of the many calls
    // of a busy till): the deadlines fire once, the header watch until the headers are in.
    const int id = event->timerId();
    if (id == m_deadline) {
        stopTimer(m_deadline);
        abortReply(AbortReason::Deadline);
    } else if (id == m_headerDeadline) {
        stopTimer(m_headerDeadline);
        if (inHeaderPhase())
            abortReply(AbortReason::HeaderTimeout);
    } else if (id == m_headerWatch) {
        checkHeaderBytes();
    }
}

void HttpCall::onHeaders() {
    m_headersSeen = true;
    stopTimer(m_headerDeadline);
    stopTimer(m_headerWatch);
}

void HttpCall::checkHeaderBytes() {
    if (!inHeaderPhase())
        return;
    const auto now = connectionwatch::bytesReceivedFrom(m_peerPort);
    if (!m_baselineTaken) {
        m_bytesAtFirstLook = now;
        m_baselineTaken = true;
        stopTimer(m_headerWatch);
        m_headerWatch = startTimer(kHeaderWatchInterval);
        return;
    }
    bool over = false;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const quint64 before = m_bytesAtFirstLook.value(it.key(), 0);
        over = over || (it.value() > before && it.value() - before > quint64(m_headerByteLimit));
    }
    // The kernel's count includes a body that arrived right behind its headers, before Qt told
    // us about them: only a count still over the limit one poll later is a header flood.
    m_headerPollsOver = over ? m_headerPollsOver + 1 : 0;
    if (m_headerPollsOver >= 2)
        abortReply(AbortReason::HeadersTooLarge);
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
    if (m_abortReason == AbortReason::HeadersTooLarge) {
        r.httpStatus = 0;
        r.kind = HttpResult::Kind::InvalidResponse;
        r.detail = tr("the server sent more than %1 KB without finishing its reply headers")
                       .arg(m_headerByteLimit / 1024);
        return finish(r);
    }
    if (m_abortReason == AbortReason::HeaderTimeout) {
        r.kind = HttpResult::Kind::Timeout;
        r.detail = tr("no reply headers within %1").arg(seconds(headerTimeout()));
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
    // A 2xx that Qt could not read to its end (a broken chunk, a protocol error): not an answer.
    if (error != QNetworkReply::NoError) {
        r.kind = HttpResult::Kind::InvalidResponse;
        r.detail = tr("the reply could not be read (%1)").arg(reply->errorString());
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
    if (secrets)
        connect(secrets, &SecretStore::secretWritten, this, &HttpClient::forgetSecret);
}

void HttpClient::forgetSecret(const QString& name) {
    m_known.remove(name);
    ++m_forgotten[name]; // a read under way since then brings an old value: not kept
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates) {
    m_extraCas = certificates;
}

HttpCall* HttpClient::send(const ApiRequest& request) {
    auto* call = new HttpCall(request, this);
    QString refusal = EndpointPolicy::check(request.url);
    if (refusal.isEmpty())
        refusal = requestLineProblem(request);
    if (!refusal.isEmpty()) {
        const auto result = HttpResult::configurationError(
            request.serviceName, tr("%1 is not called: %2").arg(request.serviceName, refusal));
        QTimer::singleShot(0, call, [call, result] { call->finish(result); });
        return call;
    }
    // A key already read this session goes out at once: one keychain round trip per key, not
    // two event-loop turns (and a D-Bus call) on every cart change. Forgotten when it is
    // written again or the service rejects it (then read again from the store).
    QList<std::pair<QByteArray, QByteArray>> known;
    QStringList knownValues;
    for (const SecretHeader& h : request.secretHeaders) {
        if (const auto it = m_known.constFind(h.secretName); it != m_known.constEnd()) {
            knownValues << *it;
            known.append({h.name, h.valuePrefix + it->toUtf8()});
        }
    }
    if (known.size() == request.secretHeaders.size()) {
        call->m_secretValues << knownValues;
        // Nothing is emitted before send() returns: the reply comes from the network thread.
        dispatch(call, known);
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
    const quint64 epoch = m_forgotten.value(header.secretName);
    store->read(header.secretName, call,
                [this, call, index, resolved, header, epoch](const SecretResult& secret) mutable {
                    const QString& service = call->m_request.serviceName;
                    if (secret.found() && !isHeaderValue(secret.value.toUtf8())) {
                        // Never sent, and never repeated: the value is a secret.
                        call->finish(HttpResult::configurationError(
                            service, tr("The %1 secret (%2) contains a line break or another "
                                        "control character; store it again without one.")
                                         .arg(service, QString::fromLatin1(header.name))));
                        return;
                    }
                    if (secret.found()) {
                        if (m_forgotten.value(header.secretName) == epoch)
                            m_known.insert(header.secretName, secret.value);
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

std::unique_ptr<QNetworkAccessManager> HttpClient::makeOwnNetwork() const {
    // The shared manager's rules, without its connections: this one's sockets, and the copies
    // of the body in their buffers, are destroyed with it right after the call.
    auto own = std::make_unique<QNetworkAccessManager>();
    own->setStrictTransportSecurityEnabled(true);
    own->addStrictTransportSecurityHosts(m_network->strictTransportSecurityHosts());
    own->setProxy(m_network->proxy());
    return own;
}

void HttpClient::startHeaderWatch(HttpCall* call, QNetworkAccessManager* network) {
    const ApiRequest& req = call->m_request;
    if (call->headerTimeout() < req.timeout) {
        call->m_headerDeadline = call->startTimer(call->headerTimeout());
    }
    if (!connectionwatch::available())
        return;
    call->m_peerPort = peerPortFor(req.url, *network);
    qint64 limit = kMaxHeaderBytes + req.maxResponseBytes;
    for (HttpCall* other : findChildren<HttpCall*>(Qt::FindDirectChildrenOnly)) {
        if (other == call || other->m_done || !other->m_reply ||
            other->m_peerPort != call->m_peerPort)
            continue;
        // Its body may arrive on another connection to the same port during our header phase,
        // and ours during its.
        limit += other->m_request.maxResponseBytes;
        if (other->inHeaderPhase())
            other->m_headerByteLimit += req.maxResponseBytes;
    }
    call->m_headerByteLimit = limit;
    call->m_headerWatch = call->startTimer(kHeaderWatchFirstLook);
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
    // No transferTimeout: it is an idle timeout (a QTimer restarted on every chunk), and an idle
    // time as long as the whole deadline (m_deadline, below) could never end a call first.
    nr.setRawHeader("Accept", "application/json");
    // No compressed replies: Qt 6.4 inflates them without a limit, so a small gzip bomb would
    // pass a size cap that counts what arrives. API replies are small JSON anyway.
    nr.setRawHeader("Accept-Encoding", "identity");
    const bool hasBody = !req.body.isNull() || !req.jsonBody.isNull() || req.sensitiveBody;
    if (hasBody)
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

    QNetworkAccessManager* network = m_network;
    QByteArray body;
    QByteArray bodyForLog;
    const auto& category = serviceLogCategory(req.service);
    // The redacted copy for the log is made only when the log takes it: redacting a
    // 1,000-line cart costs more than sending it.
    const bool logBody = category.isDebugEnabled();
    if (req.sensitiveBody) {
        // No copy: Qt reads the caller's buffer, which finish() wipes.
        body = req.sensitiveBody->rawView();
        bodyForLog = "[" + QByteArray::number(body.size()) + " bytes with card data, not logged]";
        call->m_ownNetwork = makeOwnNetwork();
        network = call->m_ownNetwork.get();
        nr.setRawHeader("Connection", "close");
    } else if (!req.body.isNull() || !req.jsonBody.isNull()) {
        body = req.jsonBody.isNull() ? req.body.toJson(QJsonDocument::Compact) : req.jsonBody;
        if (logBody)
            bodyForLog = redaction::forLog(body, call->m_secretValues);
    }
    qCDebug(category).noquote() << req.verb << req.url.toDisplayString() << "headers:" << [&] {
        QStringList names;
        for (const auto& h : req.headers)
            names << QString::fromLatin1(h.first) + u'=' +
                         (redaction::isSensitiveKey(QString::fromLatin1(h.first))
                              ? QStringLiteral("[redacted]")
                              : redaction::printable(QString::fromUtf8(h.second)));
        for (const auto& h : secretHeaders)
            names << QString::fromLatin1(h.first) + QStringLiteral("=[redacted]");
        return names.join(QStringLiteral(", "));
    }() << "body:" << bodyForLog;

    QNetworkReply* reply = network->sendCustomRequest(nr, req.verb, body);
    call->m_reply = reply;

    call->m_deadline = call->startTimer(req.timeout);
    startHeaderWatch(call, network);

    const qint64 cap = req.maxResponseBytes;
    auto tooLarge = [call] {
        call->abortReply(HttpCall::AbortReason::TooLarge);
    };
    connect(reply, &QNetworkReply::metaDataChanged, call, [call, reply, cap, tooLarge] {
        call->onHeaders();
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
