#pragma once

#include "finalisationpolicy.h"
#include "ordercheckrequest.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace checkstand {
class HttpClient;
struct Ticket;
} // namespace checkstand

namespace checkstand::orderchecker {

// The keychain name of an extra header's value: "orderchecker.header.<Header-Name>".
QString headerSecretName(const QString& headerName);

// Posts the order to the retailer's Order Checker endpoint with its configured extra headers
// (names in settings, values in the keychain) and reads the reply into a CheckOutcome.
class OrderCheckClient : public QObject {
    Q_OBJECT
public:
    explicit OrderCheckClient(HttpClient* http, QObject* parent = nullptr);

    void setEndpoint(const QUrl& url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    void setHeaderNames(const QStringList& names) { m_headerNames = names; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setFlags(const PlatformFlags& flags) { m_flags = flags; }

    void check(const Ticket& ticket, QObject* context,
               std::function<void(const CheckOutcome&)> done);

private:
    HttpClient* m_http;
    QUrl m_endpoint;
    QStringList m_headerNames;
    std::chrono::milliseconds m_timeout{10000};
    PlatformFlags m_flags;
};

} // namespace checkstand::orderchecker
