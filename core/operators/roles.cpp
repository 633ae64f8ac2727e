// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace checkstand {

namespace {

// The role names keep the context they have always been translated in (they were
// OperatorStore's); Q_DECLARE_TR_FUNCTIONS, so lupdate files them under that context too.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::OperatorStore)
};

// The one rule table: the least role for each action, and its words. Roles are ordered, so a
// role may do an action when it is at least the row's role. Shifts and reports: any operator
// opens a shift (the first cashier in the morning counts the float) and prints an X report
// (it changes nothing); closing a shift, the Z report (it closes the day for good) and cash
// paid in or out of the drawer need a supervisor.
struct Rule {
    Action action;
    Role minimum;
    const char* name;
    const char* phrase;
};
constexpr std::array kRules{
    Rule{Action::Sell, Role::Cashier, QT_TRANSLATE_NOOP("checkstand::Action", "sell"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a sale")},
    Rule{Action::Park, Role::Cashier, QT_TRANSLATE_NOOP("checkstand::Action", "park a sale"),
         QT_TRANSLATE_NOOP("checkstand::Action", "parking a sale")},
    Rule{Action::Recall, Role::Cashier, QT_TRANSLATE_NOOP("checkstand::Action", "recall a sale"),
         QT_TRANSLATE_NOOP("checkstand::Action", "recalling a sale")},
    Rule{Action::ReprintOwnReceipt, Role::Cashier,
         QT_TRANSLATE_NOOP("checkstand::Action", "reprint own receipt"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a reprint of an own receipt")},
    Rule{Action::Void, Role::Supervisor, QT_TRANSLATE_NOOP("checkstand::Action", "void"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a void")},
    Rule{Action::Return, Role::Supervisor, QT_TRANSLATE_NOOP("checkstand::Action", "return"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a return")},
    Rule{Action::DiscountBeyondLimit, Role::Supervisor,
         QT_TRANSLATE_NOOP("checkstand::Action", "discount beyond the limit"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a discount beyond the limit")},
    Rule{Action::PriceChange, Role::Supervisor,
         QT_TRANSLATE_NOOP("checkstand::Action", "price change"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a price change")},
    Rule{Action::Reprint, Role::Supervisor, QT_TRANSLATE_NOOP("checkstand::Action", "reprint"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a reprint")},
    Rule{Action::OverrideCheckerBlock, Role::Supervisor,
         QT_TRANSLATE_NOOP("checkstand::Action", "sale the Order Checker blocked"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a sale the Order Checker blocked")},
    Rule{Action::OverrideUnconfirmedPrices, Role::Supervisor,
         QT_TRANSLATE_NOOP("checkstand::Action", "sale with unconfirmed prices"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a sale with unconfirmed prices")},
    Rule{Action::OpenSettings, Role::Administrator,
         QT_TRANSLATE_NOOP("checkstand::Action", "open Settings"),
         QT_TRANSLATE_NOOP("checkstand::Action", "opening Settings")},
    Rule{Action::ManageOperators, Role::Administrator,
         QT_TRANSLATE_NOOP("checkstand::Action", "manage operators"),
         QT_TRANSLATE_NOOP("checkstand::Action", "managing operators")},
    Rule{Action::ImportCatalog, Role::Administrator,
         QT_TRANSLATE_NOOP("checkstand::Action", "catalog import"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a catalog import")},
    Rule{Action::DiscardNotification, Role::Administrator,
         QT_TRANSLATE_NOOP("checkstand::Action", "discard a notification"),
         QT_TRANSLATE_NOOP("checkstand::Action", "discarding a notification")},
    Rule{Action::OpenShift, Role::Cashier, QT_TRANSLATE_NOOP("checkstand::Action", "open a shift"),
         QT_TRANSLATE_NOOP("checkstand::Action", "opening a shift")},
    Rule{Action::CloseShift, Role::Supervisor,
         QT_TRANSLATE_NOOP("checkstand::Action", "close a shift"),
         QT_TRANSLATE_NOOP("checkstand::Action", "closing a shift")},
    Rule{Action::PayInOut, Role::Supervisor,
         QT_TRANSLATE_NOOP("checkstand::Action", "pay in or out"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a cash pay-in or pay-out")},
    Rule{Action::XReport, Role::Cashier, QT_TRANSLATE_NOOP("checkstand::Action", "X report"),
         QT_TRANSLATE_NOOP("checkstand::Action", "an X report")},
    Rule{Action::ZReport, Role::Supervisor, QT_TRANSLATE_NOOP("checkstand::Action", "Z report"),
         QT_TRANSLATE_NOOP("checkstand::Action", "a Z report")},
};

const Rule& ruleFor(Action action) {
    const auto it = std::find_if(kRules.begin(), kRules.end(),
                                 [action](const Rule& r) { return r.action == action; });
    Q_ASSERT(it != kRules.end());
    return it == kRules.end() ? kRules.front() : *it;
}

} // namespace

// --- roles ------------------------------------------------------------------------------------

QString toString(Role role) {
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromString(QStringView text) {
    for (Role r : {Role::Cashier, Role::Supervisor, Role::Administrator})
        if (text.compare(toString(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString roleName(Role role) {
    switch (role) {
    case Role::Cashier:
        return Tr::tr("Cashier");
    case Role::Supervisor:
        return Tr::tr("Supervisor");
    case Role::Administrator:
        return Tr::tr("Administrator");
    }
    return {};
}

QList<Action> allActions() {
    QList<Action> out;
    for (const Rule& r : kRules)
        out.append(r.action);
    return out;
}

Role minimumRole(Action action) {
    return ruleFor(action).minimum;
}

bool allows(Role role, Action action) {
    return int(role) >= int(minimumRole(action));
}

QString actionName(Action action) {
    return QCoreApplication::translate("checkstand::Action", ruleFor(action).name);
}

QString actionPhrase(Action action) {
    return QCoreApplication::translate("checkstand::Action", ruleFor(action).phrase);
}

} // namespace checkstand
