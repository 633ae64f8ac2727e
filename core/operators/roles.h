// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace checkstand {

// Roles and what each may do: plain values and the one rule table (roles.cpp), apart from the
// store of operators (operatorstore.h) so a check needs no database.

// Ordered: each role may do everything the one before it may.
enum class Role { Cashier, Supervisor, Administrator };
QString toString(Role role); // "cashier", "supervisor", "administrator" (storage, JSON)
std::optional<Role> roleFromString(QStringView text);
QString roleName(Role role); // in words, translated: "Supervisor"

enum class Action {
    Sell,
    Park,
    Recall,
    ReprintOwnReceipt,
    Void,
    Return,
    DiscountBeyondLimit,
    PriceChange,
    Reprint,
    OverrideCheckerBlock,
    OverrideUnconfirmedPrices,
    OpenSettings,
    ManageOperators,
    ImportCatalog,
    DiscardNotification,
    OpenShift,
    CloseShift,
    PayInOut,
    XReport,
    ZReport,
};
QList<Action> allActions();
// The least role that may do `action`, from the one rule table in roles.cpp.
Role minimumRole(Action action);
bool allows(Role role, Action action);
// In words, for "Sam Supervisor authorised: void" ("void", "Z report", "open Settings").
QString actionName(Action action);
// With its article, for sentences: "a void", "an X report".
QString actionPhrase(Action action);

} // namespace checkstand
