// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceclient.h"

namespace checkstand {

ServiceClient::ServiceClient(HttpClient& http, const QString& serviceId, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_info(service::info(serviceId)) {
    if (!m_info.authHeader.isEmpty())
        m_secretHeaders = {{m_info.authHeader, m_info.secretName, m_info.authPrefix}};
}

ApiRequest ServiceClient::makeRequest(const QJsonDocument& body) const {
    ApiRequest api;
    api.service = m_info.id;
    api.serviceName = service::displayName(m_info.id);
    api.url = m_endpoint;
    api.body = body;
    api.secretHeaders = m_secretHeaders;
    api.timeout = m_timeout;
    api.maxResponseBytes = m_info.maxResponseBytes;
    return api;
}

} // namespace checkstand
