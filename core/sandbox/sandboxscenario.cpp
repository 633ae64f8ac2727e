// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxscenario.h"

#include <QCoreApplication>

#include <array>

namespace checkstand::sandbox {

namespace {

struct Row {
    Scenario scenario;
    const char* name;
    const char* description;
};

constexpr std::array kRows = {
    Row{Scenario::Normal, "normal", QT_TRANSLATE_NOOP("sandbox", "Normal: the service works")},
    Row{Scenario::ServerError, "http500", QT_TRANSLATE_NOOP("sandbox", "Server error (HTTP 500)")},
    Row{Scenario::Unauthorized, "http401",
        QT_TRANSLATE_NOOP("sandbox", "Wrong API key (HTTP 401)")},
    Row{Scenario::Slow, "slow", QT_TRANSLATE_NOOP("sandbox", "Slow replies")},
    Row{Scenario::MalformedJson, "malformed", QT_TRANSLATE_NOOP("sandbox", "Unreadable reply")},
    Row{Scenario::OversizedBody, "oversized", QT_TRANSLATE_NOOP("sandbox", "Oversized reply")},
    Row{Scenario::Declined, "declined", QT_TRANSLATE_NOOP("sandbox", "The service says no")},
    Row{Scenario::Dropped, "dropped", QT_TRANSLATE_NOOP("sandbox", "Connection dropped")},
    Row{Scenario::Echo, "echo",
        QT_TRANSLATE_NOOP("sandbox", "Careless vendor: repeats what it was sent in its errors")},
};

} // namespace

QString toString(Scenario scenario) {
    for (const Row& r : kRows) {
        if (r.scenario == scenario)
            return QLatin1String(r.name);
    }
    return {};
}

std::optional<Scenario> scenarioFromString(const QString& name) {
    for (const Row& r : kRows) {
        if (name == QLatin1String(r.name))
            return r.scenario;
    }
    return std::nullopt;
}

QStringList scenarioNames() {
    QStringList names;
    for (const Row& r : kRows)
        names << QLatin1String(r.name);
    return names;
}

QString describe(Scenario scenario) {
    for (const Row& r : kRows) {
        if (r.scenario == scenario)
            return QCoreApplication::translate("sandbox", r.description);
    }
    return {};
}

} // namespace checkstand::sandbox
