// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercheckclient.h"

#include "net/netlogging.h"
#include "ticket/ticket.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace checkstand::orderchecker {

QString headerSecretName(const QString& headerName) {
    return QStringLiteral("orderchecker.header.") + headerName;
}

OrderCheckClient::OrderCheckClient(HttpClient& http, QObject* parent)
    : ServiceClient(http, service::orderChecker, parent) {}

void OrderCheckClient::setHeaderNames(const QStringList& names) {
    QList<SecretHeader> headers;
    for (const QString& name : names)
        headers.append({name.toLatin1(), headerSecretName(name), {}});
    setSecretHeaders(headers);
}

void OrderCheckClient::check(const Ticket& ticket, QObject* receiver,
                             std::function<void(const CheckOutcome&)> done) {
    const QString currency = ticket.currency;
    Reader<CheckVerdict> read = [currency](const HttpResult& r) {
        CheckOutcome outcome = readCheckReply(r, currency);
        if (outcome.ok()) {
            for (const QString& skipped : outcome->ignored)
                qCInfo(serviceLogCategory(service::orderChecker)) << "ignored action" << skipped;
        }
        return outcome;
    };
    ApiRequest api = makeRequest({});
    api.jsonBody = buildOrderJson(ticket, m_flags);
    call(api, receiver, std::move(read), std::move(done));
}

} // namespace checkstand::orderchecker
