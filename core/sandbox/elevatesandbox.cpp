// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elevatesandbox.h"

#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace checkstand::sandbox {

ElevateSandbox::ElevateSandbox() {
    // The data feed knows the demo catalog's variants.
    const QList<QByteArray> rows = Catalog::demoCsv().split('\n');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> fields = rows.at(i).split(',');
        if (fields.size() > 6 && !fields.at(6).isEmpty())
            m_known.insert(QString::fromUtf8(fields.at(6)));
    }
}

QString ElevateSandbox::service() const {
    return QStringLiteral("elevate");
}

QString ElevateSandbox::path() const {
    return QStringLiteral("/api/admin/v4/notifications/payment");
}

QString ElevateSandbox::apiKey() const {
    return QStringLiteral("sandbox-elevate-api-key");
}

SandboxReply ElevateSandbox::handle(const SandboxRequest& request) {
    const auto text = [](int status, const QString& message) {
        return SandboxReply{status, message.toUtf8(), "text/plain;charset=utf-8"};
    };
    if (request.method != "POST")
        return text(405, QStringLiteral("Use POST."));
    if (request.header("api-key") != apiKey().toUtf8())
        return text(403, QStringLiteral("Incorrect cluster credentials."));
    const QString sessionKey = request.query.queryItemValue(QStringLiteral("sessionKey"));
    for (const char* key : {"customerKey", "market", "sessionKey"}) {
        if (request.query.queryItemValue(QLatin1String(key)).isEmpty())
            return text(400,
                        QStringLiteral("Missing required argument: %1").arg(QLatin1String(key)));
    }
    const QJsonArray lines =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("lines")).toArray();
    if (lines.isEmpty())
        return text(400, QStringLiteral("There were no order lines in the payment notification."));
    int accepted = 0;
    QStringList unknown;
    for (const QJsonValue& v : lines) {
        const QJsonObject line = v.toObject();
        const QString key = line.value(QLatin1String("variantKey")).toString();
        const double quantity = line.value(QLatin1String("quantity")).toDouble();
        if (key.isEmpty() || quantity < 1 || quantity != double(qint64(quantity)) ||
            !m_known.contains(key)) {
            unknown << (key.isEmpty() ? QStringLiteral("(empty)") : key.left(60));
            continue;
        }
        ++accepted;
    }
    if (accepted > 0) {
        ++m_deliveries[sessionKey];
        m_lines[sessionKey] += accepted;
    }
    if (!unknown.isEmpty())
        return text(
            400,
            QStringLiteral("Incorrect variant keys: %1").arg(unknown.join(QStringLiteral(", "))));
    return {204, {}, "text/plain"};
}

SandboxReply ElevateSandbox::declined(const SandboxRequest&) {
    return {403, QByteArrayLiteral("Incorrect cluster credentials."), "text/plain;charset=utf-8"};
}

} // namespace checkstand::sandbox
