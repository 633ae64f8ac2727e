// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace checkstand {

// What came of one API call. Exactly one kind; the text for the operator comes from
// describe(), so every page and `checkstand-ctl` words a failure the same way.
struct HttpResult {
    enum class Kind {
        Ok,              // 2xx and a readable body
        NetworkError,    // no HTTP answer: refused, DNS, TLS, reset
        Timeout,         // no complete answer before the deadline
        HttpStatus,      // a non-2xx answer; body parsed when it is JSON
        InvalidResponse, // a 2xx answer we cannot use: not JSON, too large, wrong shape
        Configuration,   // never sent: bad endpoint, missing secret, keychain unavailable
    };

    Kind kind = Kind::NetworkError;
    int httpStatus = 0;
    // The reply as received, for the integration's reader. The HTTP layer has already taken
    // every secret it sent out of both; vendor words reach people only through serverMessage().
    QByteArray body;
    QJsonValue json;       // Undefined unless the body was JSON
    QString detail;        // the technical reason (error string, parse error, cap), made safe
    QByteArray retryAfter; // the Retry-After header, when the server sent one
    QString serviceName;
    qint64 elapsedMs = 0;

    bool ok() const { return kind == Kind::Ok; }
    // The vendor's own message from the body ("message", "error", "errorMessage", ..., or a
    // plain-text body), made safe by redaction::vendorText(): the secrets sent with the request,
    // card numbers, CVCs, control characters and bidi overrides removed, 300 characters at
    // most. There is no way to the raw text: vendor text is untrusted.
    QString serverMessage() const;
    // Called by the HTTP layer on every result before anyone sees it: takes `sentSecrets` out
    // of the body, the JSON and the detail, and fixes serverMessage() with them known.
    void sanitize(const QStringList& sentSecrets);
    // Plain words for the operator.
    QString describe() const;
    // Stable identifier for scripts: "ok", "network", "timeout", "http", "invalid", "config".
    QString kindName() const;

    static HttpResult configurationError(const QString& serviceName, const QString& why);
    static HttpResult invalid(const HttpResult& from, const QString& why);

private:
    QString m_serverMessage; // set by sanitize()
    bool m_sanitized = false;
};

} // namespace checkstand

Q_DECLARE_METATYPE(checkstand::HttpResult)
