// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargeafter/sendlinkrequest.h"
#include "chargeafter/sendlinkvalidator.h"

#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    using namespace checkstand::chargeafter;
    auto parsed = SendLinkRequest::fromJson(doc.object());
    validate(parsed.request, {QDate(2026, 11, 22), QStringLiteral("US")});
    normalize(parsed.request, {QDate(2026, 11, 22), QStringLiteral("US")});
    const QJsonObject out = parsed.request.toJson();
    if (QJsonDocument(out).toJson().isEmpty())
        __builtin_trap();
    return 0;
}
