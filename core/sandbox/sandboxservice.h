// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxscenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace checkstand::sandbox {

struct SandboxRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive
};

struct SandboxReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    static SandboxReply json(int status, const QJsonObject& body);
    static SandboxReply error(int status, const QString& message);
};

// One simulated vendor service. The server owns transport, scenarios and recording; a service
// only knows its contract (the split of qBittorrent's IRequestHandler).
class SandboxService {
public:
    virtual ~SandboxService() = default;
    virtual QString service() const = 0; // "chargeafter"
    virtual QString path() const = 0;    // "/v2/omnichannel/send-link"
    // The key the service expects; callers in sandbox mode are given it.
    virtual QString apiKey() const = 0;
    // Where Checkstand keeps that key (the secret store's name for it).
    virtual QString secretName() const { return service(); }
    virtual SandboxReply handle(const SandboxRequest& request) = 0;
    // The service's own refusal, for Scenario::Declined.
    virtual SandboxReply declined(const SandboxRequest& request) = 0;
};

} // namespace checkstand::sandbox
