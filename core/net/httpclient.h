// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirequest.h"
#include "httpresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace checkstand {

class SecretStore;

// One call in flight. Emits finished() exactly once, then deletes itself.
class HttpCall : public QObject {
    Q_OBJECT
public:
    ~HttpCall() override;
    void abort(); // finishes with NetworkError "cancelled"

Q_SIGNALS:
    void finished(const checkstand::HttpResult& result);

private:
    friend class HttpClient;
    explicit HttpCall(ApiRequest request, QObject* parent);

    enum class AbortReason { None, Deadline, TooLarge, HeadersTooLarge, HeaderTimeout, Cancelled };
    void abortReply(AbortReason why);
    void finish(HttpResult result);
    void onReplyFinished();
    void onHeaders();
    void checkHeaderBytes();
    bool inHeaderPhase() const;
    void stopTimer(int& id);

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    std::chrono::milliseconds headerTimeout() const;

    ApiRequest m_request;
    QStringList m_secretValues; // what went out with this request, to scrub from the reply
    QPointer<QNetworkReply> m_reply;
    // Timer ids (startTimer()), 0 when not running.
    int m_deadline = 0;
    int m_headerDeadline = 0;
    int m_headerWatch = 0;
    QElapsedTimer m_clock;
    AbortReason m_abortReason = AbortReason::None;
    bool m_done = false;
    bool m_headersSeen = false;
    // Header phase: bytes the kernel received per connection to the peer's port at the first look,
    // and how many more may arrive before the headers are in (our cap, the headers' and the
    // caps of other calls to that port, whose bodies may arrive meanwhile).
    quint16 m_peerPort = 0;
    qint64 m_headerByteLimit = 0;
    int m_headerPollsOver = 0;    // consecutive polls that found too many bytes without headers
    bool m_baselineTaken = false; // the first poll notes the counts (m_bytesAtFirstLook)
    QHash<quint64, quint64> m_bytesAtFirstLook;
    // Declared last so it is destroyed first: a card-data body's own connection, with Qt's
    // copies of the body in its buffers, goes while M_PERTURB (held by the body) still wipes
    // what is freed, and while the body it reads from still exists.
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
};

// The one HTTP layer every API client uses: JSON in and out, secret headers from the
// secret store, a deadline and a size cap on every call (reply headers included), https://
// required off this machine, SSL errors never ignored, redirects never followed, HTTP/2 off
// (QTBUG-111417), no compressed replies, header lines with CR/LF refused, every reply made
// safe before anyone sees it (HttpResult::sanitize), and every request and reply logged with
// secrets and card data redacted.
class HttpClient : public QObject {
    Q_OBJECT
public:
    HttpClient(QNetworkAccessManager* network, SecretStore* secrets, QObject* parent = nullptr);

    // Extra trusted CAs, for a store whose proxy re-signs TLS with a private CA.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);

    HttpCall* send(const ApiRequest& request);
    // Reads `name` from the secret store again at its next use (it was written elsewhere).
    void forgetSecret(const QString& name);

    // Reply headers may take this many bytes (beyond the body cap of the calls in flight).
    static constexpr qint64 kMaxHeaderBytes = 256 * 1024;

private:
    void resolveSecrets(HttpCall* call, qsizetype index,
                        QList<std::pair<QByteArray, QByteArray>> resolved);
    void dispatch(HttpCall* call, const QList<std::pair<QByteArray, QByteArray>>& secretHeaders);
    void startHeaderWatch(HttpCall* call, QNetworkAccessManager* network);
    std::unique_ptr<QNetworkAccessManager> makeOwnNetwork() const;

    QNetworkAccessManager* m_network;
    QPointer<SecretStore> m_secrets;
    QList<QSslCertificate> m_extraCas;
    // Secret values read this session, by secret name (never logged, never stored).
    QHash<QString, QString> m_known;
    QHash<QString, quint64> m_forgotten; // per secret name: how often it was forgotten
};

} // namespace checkstand
