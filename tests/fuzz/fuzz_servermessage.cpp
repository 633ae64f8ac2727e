// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor text is untrusted: whatever a server answers, what reaches the operator
// (serverMessage, describe), a log line (redaction::forLog) or storage carries no card number,
// no secret sent with the request, no control characters (terminal escapes), and is bounded.
#include "fuzzcheck.h"

#include "net/redaction.h"

using namespace checkstand;
using namespace checkstand::fuzz;

namespace {

// A secret the HTTP layer sent with the request (the corpus echoes it back).
const QString kSecret = QStringLiteral("sk_fuzz_Z9Q7wPx2");

void checkShown(const QString& text, qsizetype limit, const char* what) {
    const QString where = QLatin1String(what) + QStringLiteral(": ") + text.left(400);
    FUZZ_CHECK(text.size() <= limit, where);
    FUZZ_CHECK(cardNumberIn(text).isEmpty(), where);
    FUZZ_CHECK(!hasControlCharacters(text), where);
}

QString jsonText(const QJsonValue& v) {
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    HttpResult http = httpResultOf(data, size, QStringLiteral("Elevate"));
    if (http.kind == HttpResult::Kind::Ok && size > 0 && data[size - 1] % 2)
        http.kind = HttpResult::Kind::InvalidResponse; // a 2xx we cannot use: the same words
    // As a test or a reader builds it, before the HTTP layer's sanitize().
    note(http.serverMessage());
    checkShown(http.serverMessage(), 300, "serverMessage");
    checkShown(http.describe(), 2000, "describe");

    // As the HTTP layer hands it over: the secrets it sent are gone from everything.
    http.detail = QString::fromUtf8(http.body.left(200));
    http.sanitize({kSecret});
    for (const auto& [text, what] : {std::pair{http.serverMessage(), "sanitized serverMessage"},
                                     std::pair{http.describe(), "sanitized describe"},
                                     std::pair{http.detail, "sanitized detail"}}) {
        checkShown(text, 2000, what);
        FUZZ_CHECK(!text.contains(kSecret), text);
    }
    FUZZ_CHECK(!QString::fromUtf8(http.body).contains(kSecret), QString::fromUtf8(http.body));
    FUZZ_CHECK(!jsonText(http.json).contains(kSecret), jsonText(http.json));

    const QString text = QString::fromUtf8(bytes(data, size));
    const QString shown = redaction::vendorText(text, {kSecret}, 120);
    checkShown(shown, 120, "vendorText");
    FUZZ_CHECK(!shown.contains(kSecret), shown);
    // An identifier: only controls go (a SKU of digits stays what it is).
    const QString id = redaction::withoutControls(text, 80);
    FUZZ_CHECK(id.size() <= 80 && !hasControlCharacters(id), id);
    FUZZ_CHECK(!hasControlCharacters(redaction::printable(text), true), redaction::printable(text));

    for (const qsizetype limit : {qsizetype(64), qsizetype(4096)}) {
        const QByteArray logged = redaction::forLog(http.body, {kSecret}, limit);
        const QString line = QString::fromUtf8(logged);
        // The cap, plus the "...(N bytes)" note saying how much was cut.
        FUZZ_CHECK(logged.size() <= limit + 32, QString::number(logged.size()));
        FUZZ_CHECK(cardNumberIn(line).isEmpty(), line);
        FUZZ_CHECK(!line.contains(kSecret), line);
        FUZZ_CHECK(!hasControlCharacters(line, true), line);
    }
    return 0;
}
