// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: how an input becomes JSON or an HttpResult, and the checks that
// turn a broken invariant into a crash libFuzzer (or the standalone driver) reports with words.
#pragma once

#include "net/httpresult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace checkstand::fuzz {

// A broken invariant: say which, then abort so the input is saved as a crash.
[[noreturn]] inline void fail(const char* file, int line, const char* what, const QString& detail) {
    std::fprintf(stderr, "\n%s:%d: invariant broken: %s\n", file, line, what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.left(2000).toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(cond, detail)                                                                   \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::checkstand::fuzz::fail(__FILE__, __LINE__, #cond, (detail));                         \
    } while (false)

// With CHECKSTAND_FUZZ_VERBOSE=1, what a target made of each input (to check a seed corpus
// reaches deep: `CHECKSTAND_FUZZ_VERBOSE=1 fuzz_pricingreply corpus/pricingreply 0`).
inline void note(const QString& outcome) {
    static const bool verbose = qEnvironmentVariableIsSet("CHECKSTAND_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s\n", outcome.left(300).toUtf8().constData());
}

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The body as the HTTP layer would hand it over: an object or array, else Undefined.
inline QJsonValue jsonOf(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Undefined);
}

// A reply as HttpClient builds it. An input that starts with three digits and a newline
// ("403\n[...]") has that status, any other is a 200; the rest is the body.
inline HttpResult httpResultOf(const uint8_t* data, size_t size, const QString& service) {
    HttpResult http;
    http.serviceName = service;
    http.httpStatus = 200;
    size_t skip = 0;
    if (size >= 4 && data[3] == '\n') {
        int status = 0;
        for (int i = 0; i < 3 && status >= 0; ++i)
            status = data[i] >= '0' && data[i] <= '9' ? status * 10 + (data[i] - '0') : -1;
        if (status >= 100) {
            http.httpStatus = status;
            skip = 4;
        }
    }
    http.body = bytes(data + skip, size - skip);
    http.json = jsonOf(http.body);
    http.kind = http.httpStatus >= 200 && http.httpStatus < 300 ? HttpResult::Kind::Ok
                                                                : HttpResult::Kind::HttpStatus;
    return http;
}

inline bool luhn(QStringView digits) {
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - u'0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// The first run of 13 to 19 ASCII digits (nothing but digits, as a card number is printed
// unformatted) that passes the Luhn check: a card number that must never be shown or logged.
inline QString cardNumberIn(QStringView text) {
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] < u'0' || text[i] > u'9') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end] >= u'0' && text[end] <= u'9')
            ++end;
        const QStringView run = text.mid(i, end - i);
        if (run.size() >= 13 && run.size() <= 19 && luhn(run))
            return run.toString();
        i = end;
    }
    return {};
}

// C0 and C1 controls (ESC starts a terminal escape sequence), DEL included. A log line may keep
// a tab (`allowTab`): it moves the cursor, it cannot drive the terminal.
inline bool hasControlCharacters(QStringView text, bool allowTab = false) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && !(allowTab && u == u'\t')) || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

} // namespace checkstand::fuzz
