// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace checkstand::sandbox {

// How a simulated service misbehaves, switched by a test or a trainer.
enum class Scenario {
    Normal,        // behaves as the contract says (and validates what it gets)
    ServerError,   // HTTP 500 with a JSON error body
    Unauthorized,  // HTTP 401, as for a wrong key
    Slow,          // answers normally, after the slow delay
    MalformedJson, // HTTP 200 with a body that is not JSON
    OversizedBody, // HTTP 200 with a multi-megabyte body
    Declined,      // the service's own "no" (ChargeAfter: success false with a message)
    Dropped,       // the connection is closed without an answer
    Echo,          // HTTP 400 whose message repeats the request: headers (API key), body (card)
};

QString toString(Scenario scenario);
std::optional<Scenario> scenarioFromString(const QString& name);
QStringList scenarioNames();
QString describe(Scenario scenario); // for the trainer's menu

} // namespace checkstand::sandbox
