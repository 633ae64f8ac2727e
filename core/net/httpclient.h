#pragma once

#include "apirequest.h"
#include "httpresult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace checkstand {

class SecretStore;

// One call in flight. Emits finished() exactly once, then deletes itself.
class HttpCall : public QObject {
    Q_OBJECT
public:
    void abort(); // finishes with NetworkError "cancelled"

Q_SIGNALS:
    void finished(const checkstand::HttpResult& result);

private:
    friend class HttpClient;
    explicit HttpCall(ApiRequest request, QObject* parent);

    enum class AbortReason { None, Deadline, TooLarge, Cancelled };
    void abortReply(AbortReason why);
    void finish(HttpResult result);
    void onReplyFinished();

    ApiRequest m_request;
    QStringList m_secretValues; // only to scrub them from log lines
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline = nullptr;
    QElapsedTimer m_clock;
    AbortReason m_abortReason = AbortReason::None;
    bool m_done = false;
};

// The one HTTP layer every API client uses: JSON in and out, secret headers from the
// secret store, a deadline and a size cap on every call, https:// required off this machine,
// SSL errors never ignored, redirects never followed, HTTP/2 off (QTBUG-111417), and every
// request and reply logged with secrets and card data redacted.
class HttpClient : public QObject {
    Q_OBJECT
public:
    HttpClient(QNetworkAccessManager* network, SecretStore* secrets, QObject* parent = nullptr);

    // Extra trusted CAs, for a store whose proxy re-signs TLS with a private CA.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);

    HttpCall* send(const ApiRequest& request);

private:
    void resolveSecrets(HttpCall* call, qsizetype index,
                        QList<std::pair<QByteArray, QByteArray>> resolved);
    void dispatch(HttpCall* call, const QList<std::pair<QByteArray, QByteArray>>& secretHeaders);

    QNetworkAccessManager* m_network;
    QPointer<SecretStore> m_secrets;
    QList<QSslCertificate> m_extraCas;
};

} // namespace checkstand
