// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace checkstand::outbox {

std::chrono::milliseconds backoffDelay(int attempt, const BackoffPolicy& policy,
                                       const std::function<double()>& random01) {
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling =
        std::min(double(policy.cap.count()), double(policy.base.count()) * double(1LL << exponent));
    const double r = std::clamp(random01(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(ceiling * r));
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(
                                 std::min<qint64>(seconds, 86400) * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = std::clamp<qint64>(now.msecsTo(when), 0, 86400LL * 1000);
    return std::chrono::milliseconds(ms);
}

} // namespace checkstand::outbox
