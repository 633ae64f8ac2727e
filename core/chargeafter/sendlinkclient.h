#pragma once

#include "sendlinkreply.h"
#include "sendlinkrequest.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace checkstand {
class HttpClient;
}

namespace checkstand::chargeafter {

// POST /v2/omnichannel/send-link with the private key from the secret store.
class SendLinkClient : public QObject {
    Q_OBJECT
public:
    SendLinkClient(HttpClient* http, QObject* parent = nullptr);

    void setEndpoint(const QUrl& url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Answers exactly once, unless `context` is destroyed first.
    void send(const SendLinkRequest& request, QObject* context,
              std::function<void(const SendLinkOutcome&)> done);

private:
    HttpClient* m_http;
    QUrl m_endpoint;
    std::chrono::milliseconds m_timeout{20000};
};

} // namespace checkstand::chargeafter
