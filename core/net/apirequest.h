// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <utility>

namespace checkstand {

class SensitiveBytes; // net/sensitivebytes.h

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
    // JSON text sent as it is instead of `body` when not null: a body Checkstand wrote earlier
    // (the outbox's stored notification), not parsed and written again for every attempt.
    QByteArray jsonBody;
    // Sent as is instead of `body` when set: a body with card data that the caller wrote into
    // one buffer of its own (no QJsonDocument copies). Never logged. The HTTP layer sends it on
    // a connection of its own that is torn down after the call, and wipes it when the call
    // ends, for every holder.
    std::shared_ptr<SensitiveBytes> sensitiveBody;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;
    QList<SecretHeader> secretHeaders;
    // Values in the body that are secrets: never shown, logged or stored if the vendor repeats
    // them.
    QStringList bodySecrets;
    std::chrono::milliseconds timeout{20000}; // whole-exchange deadline
    // How long the server may take to finish its reply headers (think time included); 0 means
    // min(timeout, max(10 s, timeout / 2)). Qt cannot cap the header block itself.
    std::chrono::milliseconds headerTimeout{0};
    qint64 maxResponseBytes = 1024 * 1024;
};

} // namespace checkstand
