// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpresult.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::HttpResult)
};

QString messageFrom(const QJsonValue& v, int depth = 0) {
    if (depth > 3)
        return {};
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray()) {
            const QString m = messageFrom(item, depth + 1);
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    if (!v.isObject())
        return {};
    const QJsonObject o = v.toObject();
    for (const char* key : {"message", "errorMessage", "error_description", "error", "errors",
                            "detail", "title", "reason"}) {
        const QString m = messageFrom(o.value(QLatin1String(key)), depth + 1);
        if (!m.isEmpty())
            return m;
    }
    return {};
}

QString rawServerMessage(const QJsonValue& json, const QByteArray& body) {
    QString m = messageFrom(json);
    // A plain-text answer (Elevate's 400s) is the message itself; an HTML error page is not.
    if (m.isEmpty() && (json.isNull() || json.isUndefined()) && !body.trimmed().startsWith('<'))
        m = QString::fromUtf8(body.left(64 * 1024)); // vendorText() reads less
    return m;
}

} // namespace

QString HttpResult::serverMessage() const {
    // A result the HTTP layer did not make (tests, fuzzers) is made safe here, without the
    // secrets, which only the HTTP layer knows.
    if (m_sanitized)
        return m_serverMessage;
    return redaction::vendorText(rawServerMessage(json, body));
}

void HttpResult::sanitize(const QStringList& sentSecrets) {
    // A reply that echoes our key must not hand it to a reader that shows or stores JSON
    // strings (the Order Checker's messages, ChargeAfter's ids). The JSON is only rebuilt when
    // its text could hold a secret: as it is, or behind any escape (\u0073, or "\k", which
    // Qt's parser reads as "k").
    const bool echoes = std::any_of(sentSecrets.begin(), sentSecrets.end(),
                                    [this](const QString& s) { return body.contains(s.toUtf8()); });
    if (echoes || (!sentSecrets.isEmpty() && body.contains('\\'))) {
        body = redaction::withoutSecrets(body, sentSecrets);
        if (!json.isUndefined() && !json.isNull())
            json = redaction::withoutSecrets(json, sentSecrets);
    }
    // Qt's error strings carry the server's reason phrase and certificate names.
    detail = redaction::vendorText(detail, sentSecrets, 1000);
    m_serverMessage = redaction::vendorText(rawServerMessage(json, body), sentSecrets);
    m_sanitized = true;
}

QString HttpResult::kindName() const {
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::NetworkError:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HttpStatus:
        return QStringLiteral("http");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid");
    case Kind::Configuration:
        return QStringLiteral("config");
    }
    return {};
}

QString HttpResult::describe() const {
    const QString who = serviceName.isEmpty() ? Tr::tr("The service") : serviceName;
    switch (kind) {
    case Kind::Ok:
        return Tr::tr("%1 answered.").arg(who);
    case Kind::NetworkError:
        return Tr::tr("Could not reach %1: %2. Check the network connection and try again.")
            .arg(who, detail);
    case Kind::Timeout:
        return Tr::tr("%1 did not answer in time (%2). Try again; if it keeps happening, the "
                      "service may be down.")
            .arg(who, detail);
    case Kind::InvalidResponse:
        return Tr::tr("%1 sent a reply Checkstand cannot use: %2.").arg(who, detail);
    case Kind::Configuration:
        return detail;
    case Kind::HttpStatus:
        break;
    }
    const QString vendor = serverMessage();
    const QString said = vendor.isEmpty() ? QString() : Tr::tr(" It said: \"%1\".").arg(vendor);
    if (httpStatus == 401 || httpStatus == 403)
        return Tr::tr("%1 did not accept Checkstand's credentials (HTTP %2). Check the API key in "
                      "Settings.%3")
            .arg(who)
            .arg(httpStatus)
            .arg(said);
    if (httpStatus >= 500)
        return Tr::tr("%1 had a problem on its side (HTTP %2). Try again in a moment.%3")
            .arg(who)
            .arg(httpStatus)
            .arg(said);
    if (httpStatus >= 300 && httpStatus < 400)
        return Tr::tr("%1 tried to redirect the request (HTTP %2); Checkstand does not follow "
                      "redirects for API calls. Check the endpoint in Settings.")
            .arg(who)
            .arg(httpStatus);
    if (httpStatus == 400 || httpStatus == 422)
        return Tr::tr("%1 rejected the request (HTTP %2).%3").arg(who).arg(httpStatus).arg(said);
    if (httpStatus == 404)
        return Tr::tr("%1 has no such address (HTTP 404). Check the endpoint in Settings.%2")
            .arg(who, said);
    return Tr::tr("%1 refused the request (HTTP %2).%3").arg(who).arg(httpStatus).arg(said);
}

HttpResult HttpResult::configurationError(const QString& serviceName, const QString& why) {
    HttpResult r;
    r.kind = Kind::Configuration;
    r.serviceName = serviceName;
    r.detail = why;
    return r;
}

HttpResult HttpResult::invalid(const HttpResult& from, const QString& why) {
    HttpResult r = from;
    r.kind = Kind::InvalidResponse;
    r.detail = why;
    return r;
}

} // namespace checkstand
