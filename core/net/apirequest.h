#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace checkstand {

// A header whose value is read from the secret store just before sending, e.g.
// {"Authorization", "chargeafter", "Bearer "}.
struct SecretHeader {
    QByteArray name;
    QString secretName;
    QByteArray valuePrefix;
};

// One call to a vendor API, as a value. The HTTP layer adds the secrets, the limits and
// the safety rules; the per-API clients only say what to send.
struct ApiRequest {
    QString service;     // "chargeafter": log category suffix and error wording
    QString serviceName; // "ChargeAfter": how the operator knows it
    QUrl url;
    QByteArray verb = QByteArrayLiteral("POST");
    QJsonDocument body; // sent as compact JSON when not null
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;
    QList<SecretHeader> secretHeaders;
    std::chrono::milliseconds timeout{20000}; // whole-exchange deadline
    qint64 maxResponseBytes = 1024 * 1024;
};

} // namespace checkstand
