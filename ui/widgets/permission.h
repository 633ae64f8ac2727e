// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operators/operatorstore.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class QWidget;

namespace checkstand {

class OperatorSession;

// The window's one way to ask "may the operator do this?" (issue #13): nothing a role may not
// do is refused; a supervisor authorises that one action on the spot (OverrideDialog).
struct Permission {
    bool granted = false;
    // Set when a supervisor authorised it; empty when the operator's role allows it.
    std::optional<Override> grant;

    QString authorisedBy() const { return grant ? grant->supervisor.name : QString(); }
    // " Authorised by Sam Supervisor." (with its leading space), or empty: to append to what
    // the page says about the action.
    QString words() const;
};

// Granted at once when the session may; otherwise asks for a supervisor's number and PIN
// (modal) and grants the action once when one authorises it. A sale the Order Checker blocked
// or with unconfirmed prices is always asked for, with a reason, even of a supervisor (their
// own number is filled in): the override of that one sale is journalled. `detail` says what
// exactly is authorised.
Permission askPermission(OperatorSession& session, Action action, QWidget* parent,
                         const QString& detail = {});

// askPermission() for the callers that only need yes or no, and who authorised it (empty
// when nobody needed to).
bool requireAction(OperatorSession& session, Action action, QWidget* parent,
                   QString* authorisedBy = nullptr);

// Journals what the window did (`kind` from auditkind) as the signed-in operator, with
// "authorisedBy" when a supervisor authorised it. Empty when written, else a sentence for the
// page to add to what it says (the action itself is done either way).
QString journalAction(OperatorSession& session, const char* kind, QJsonObject details,
                      const QString& authorisedBy = {});

} // namespace checkstand
