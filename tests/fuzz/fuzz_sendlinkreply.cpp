// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile ChargeAfter reply must end in a typed outcome and a bounded message, never a crash.
#include "chargeafter/sendlinkreply.h"
#include "net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace checkstand;
    HttpResult http;
    http.body = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    http.httpStatus = size > 0 && data[0] % 2 ? 400 : 200;
    http.kind = http.httpStatus == 200 ? HttpResult::Kind::Ok : HttpResult::Kind::HttpStatus;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body);
    if (doc.isObject())
        http.json = doc.object();
    else if (doc.isArray())
        http.json = doc.array();
    const auto outcome = chargeafter::readSendLinkReply(http);
    if (outcome.ok() && outcome->statusTrackingId.isEmpty())
        __builtin_trap();
    if (!outcome.ok() && (outcome.error.isEmpty() || outcome.error.size() > 1000))
        __builtin_trap();
    redaction::forLog(http.body);
    return 0;
}
