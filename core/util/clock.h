// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace checkstand {

// The time source, injected so that expiry, retention and retry tests set the time instead of
// sleeping (the idea of KeePassXC's Clock).
class Clock {
public:
    Clock() = default;
    explicit Clock(std::function<QDateTime()> now)
        : m_now(std::move(now)) {}

    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }

    static Clock fixed(const QDateTime& at) {
        return Clock([at] { return at; });
    }

private:
    std::function<QDateTime()> m_now;
};

} // namespace checkstand
