// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile Retry-After header: seconds or an HTTP date, or nothing; never a negative wait, never
// one longer than a day, never an overflow.
#include "fuzzcheck.h"

#include "outbox/backoff.h"

#include <QTimeZone>

using namespace checkstand;
using namespace checkstand::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const QDateTime now(QDate(2026, 10, 21), QTime(7, 0), QTimeZone::utc());
    const QByteArray value = bytes(data, size);
    const auto wait = outbox::parseRetryAfter(value, now);
    note(wait ? QStringLiteral("%1 ms").arg(wait->count()) : QStringLiteral("none"));
    if (!wait)
        return 0;
    FUZZ_CHECK(wait->count() >= 0 && wait->count() <= 86400LL * 1000,
               QString::number(wait->count()));
    // Plain seconds are read exactly (up to the one-day cap).
    const QByteArray trimmed = value.trimmed();
    if (!trimmed.isEmpty() && trimmed.size() <= 5 &&
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        FUZZ_CHECK(wait->count() == std::min<qint64>(trimmed.toLongLong(), 86400) * 1000,
                   QString::fromLatin1(trimmed));
    // The same header read later never asks for a longer wait.
    const auto later = outbox::parseRetryAfter(value, now.addSecs(60));
    FUZZ_CHECK(later && *later <= *wait, QString::number(later ? later->count() : -1));
    return 0;
}
