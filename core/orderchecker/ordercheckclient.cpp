#include "ordercheckclient.h"

#include "net/httpclient.h"
#include "net/netlogging.h"
#include "sale/ticket.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace checkstand::orderchecker {

QString headerSecretName(const QString& headerName) {
    return QStringLiteral("orderchecker.header.") + headerName;
}

OrderCheckClient::OrderCheckClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http) {}

void OrderCheckClient::check(const Ticket& ticket, QObject* context,
                             std::function<void(const CheckOutcome&)> done) {
    ApiRequest api;
    api.service = QStringLiteral("orderchecker");
    api.serviceName = QStringLiteral("The order checker");
    api.url = m_endpoint;
    api.body = QJsonDocument(buildOrder(ticket, m_flags));
    for (const QString& name : m_headerNames)
        api.secretHeaders.append({name.toLatin1(), headerSecretName(name), {}});
    api.timeout = m_timeout;
    api.maxResponseBytes = 512 * 1024;
    HttpCall* call = m_http->send(api);
    const QString currency = ticket.currency;
    connect(call, &HttpCall::finished, context,
            [done = std::move(done), currency](const HttpResult& r) {
                const CheckOutcome outcome = CheckOutcome::fromHttp(r, currency);
                for (const QString& skipped : outcome.ignored)
                    qCInfo(serviceLogCategory(QStringLiteral("orderchecker")))
                        << "ignored action" << skipped;
                done(outcome);
            });
}

} // namespace checkstand::orderchecker
