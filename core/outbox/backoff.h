// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace checkstand::outbox {

struct BackoffPolicy {
    std::chrono::milliseconds base{2000};
    std::chrono::milliseconds cap{std::chrono::minutes(30)};
};

// Exponential backoff with full jitter: a random wait in [0, min(cap, base * 2^(attempt-1))].
// `random01` returns a uniform number in [0, 1) (injected so tests are exact).
std::chrono::milliseconds backoffDelay(int attempt, const BackoffPolicy& policy,
                                       const std::function<double()>& random01);

// Retry-After as seconds ("120") or an HTTP date; nullopt when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now);

} // namespace checkstand::outbox
