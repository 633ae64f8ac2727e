// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendlinkreply.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace checkstand::chargeafter {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::chargeafter::SendLinkOutcome)
};

SendLinkOutcome failed(const HttpResult& http, const QString& why) {
    return SendLinkOutcome::failure(http, why);
}

} // namespace

SendLinkOutcome readSendLinkReply(const HttpResult& http) {
    if (!http.ok())
        return failed(http, http.describe());
    if (!http.json.isObject())
        return failed(
            HttpResult::invalid(http, Tr::tr("the reply is not a JSON object")),
            HttpResult::invalid(http, Tr::tr("the reply is not a JSON object")).describe());
    const QJsonObject o = http.json.toObject();
    const QJsonValue success = o.value(QLatin1String("success"));
    const bool succeeded = (success.isBool() && success.toBool()) ||
                           (success.isString() && success.toString() == QLatin1String("true"));
    const bool refused = (success.isBool() && !success.toBool()) ||
                         (success.isString() && success.toString() == QLatin1String("false"));
    if (refused) {
        const QString vendor = http.serverMessage();
        return failed(http, vendor.isEmpty()
                                ? Tr::tr("ChargeAfter did not send the link and gave no reason.")
                                : Tr::tr("ChargeAfter did not send the link: %1").arg(vendor));
    }
    if (!succeeded) {
        const auto bad =
            HttpResult::invalid(http, Tr::tr("\"success\" is missing or not true/false"));
        return failed(bad, bad.describe());
    }
    const QJsonValue id = o.value(QLatin1String("statusTrackingId"));
    // A tracking id is shown, copied and stored: accept only a short printable token.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    if (!id.isString() || !token.match(id.toString()).hasMatch()) {
        const auto bad =
            HttpResult::invalid(http, Tr::tr("the link was accepted but \"statusTrackingId\" is "
                                             "missing or malformed"));
        return failed(bad, bad.describe());
    }
    return SendLinkOutcome::success({id.toString()}, http);
}

QString historySummary(const SendLinkOutcome& outcome) {
    const HttpResult& http = outcome.http;
    if (outcome.ok())
        return QStringLiteral("sent");
    switch (http.kind) {
    case HttpResult::Kind::Ok:
        return Tr::tr("Not sent: declined by ChargeAfter");
    case HttpResult::Kind::NetworkError:
        return Tr::tr("Not sent: ChargeAfter could not be reached");
    case HttpResult::Kind::Timeout:
        return Tr::tr("Not sent: no answer in time");
    case HttpResult::Kind::HttpStatus:
        return Tr::tr("Not sent: HTTP %1").arg(http.httpStatus);
    case HttpResult::Kind::InvalidResponse:
        return Tr::tr("Not sent: unreadable reply");
    case HttpResult::Kind::Configuration:
        return Tr::tr("Not sent: configuration problem");
    }
    return Tr::tr("Not sent");
}

QJsonObject toJson(const SendLinkOutcome& outcome) {
    const HttpResult& http = outcome.http;
    if (outcome.ok())
        return {{QStringLiteral("ok"), true},
                {QStringLiteral("statusTrackingId"), outcome->statusTrackingId}};
    QJsonObject error{
        {QStringLiteral("kind"), http.ok() ? QStringLiteral("declined") : http.kindName()},
        {QStringLiteral("message"), outcome.error}};
    if (http.httpStatus != 0)
        error.insert(QStringLiteral("httpStatus"), http.httpStatus);
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

} // namespace checkstand::chargeafter
