// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/outcome.h"
#include "ordercheckreply.h"

#include <QString>

namespace checkstand::orderchecker {

// The two switches of the Omnichat integration screen.
struct CheckerSettings {
    bool allowSalesOnApiErrors = false;  // "Allow sales even if there are errors in the API"
    bool allowSalesOnItemErrors = false; // "Allow sales even if there are errors in the items"
};

// What the Order Checker answered when it answered as its contract says.
struct CheckVerdict {
    enum class Kind {
        Passed,           // 200 with an empty array
        PassedWithErrors, // 200 with error actions: marked, finalisation may pass
        Blocked,          // 403 with error actions
    };
    Kind kind = Kind::Passed;
    QList<Action> actions;
    QStringList ignored;

    bool allErrorsAreItemErrors() const;
};
// No value: an API failure (network, timeout, 5xx, unreadable or unexpected reply).
using CheckOutcome = Outcome<CheckVerdict>;

CheckOutcome readCheckReply(const HttpResult& http, const QString& currency);
// The actions to apply (none after an API failure).
inline QList<Action> actionsOf(const CheckOutcome& outcome) {
    return outcome.ok() ? outcome->actions : QList<Action>();
}

struct Decision {
    bool allowed = false;
    QString reason; // plain words, always set when not allowed; a note when allowed by a switch
};

// The contract's table plus the two switches:
//   200 []            -> allow
//   200 [errors]      -> allow (errors stay marked)
//   403 [errors]      -> block, unless every error is an ITEM error and item errors are allowed
//   API failure       -> block, unless API errors are allowed
Decision decide(const CheckOutcome& outcome, const CheckerSettings& settings);

} // namespace checkstand::orderchecker

Q_DECLARE_METATYPE(checkstand::orderchecker::Decision)
