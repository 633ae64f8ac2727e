// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpresult.h"
#include "ticket/ticket.h"

#include <QList>
#include <QString>

#include <optional>

namespace checkstand::orderchecker {

// One action of the Order Checker's reply, typed.
struct Action {
    enum class Kind {
        ItemError,      // ERROR on ITEM: mark the line
        OrderError,     // ERROR on ORDER: banner
        FreightChange,  // INFO on FREIGHT with freightCost
        DiscountChange, // INFO on ORDER with discount (+ discountMode)
        ItemShipping,   // INFO on ITEM with shippingMethod / shippingOptions
        AddGift,        // INFO on ORDER with isGift and item
        OrderNotice,    // INFO on ORDER with only a message
    };
    Kind kind = Kind::OrderNotice;
    QString componentId;
    QString message;
    Money amount; // freight or discount
    QString discountMode;
    QString shippingMethod;
    QList<ShippingOption> shippingOptions;
    TicketLine gift;

    bool isError() const { return kind == Kind::ItemError || kind == Kind::OrderError; }
};

struct CheckReply {
    QList<Action> actions;
    QStringList ignored; // unknown or malformed actions, described for the log
};

// Reads the reply's action array. Unknown actions and components are skipped (and listed in
// `ignored`), never fatal; a body that is not an array is nullopt with `error` set.
std::optional<CheckReply> parseActions(const QJsonValue& body, const QString& currency,
                                       QString* error);

// Applies every action to the ticket. Errors from an earlier reply are cleared first, since
// each reply describes the whole current order.
void applyActions(Ticket& ticket, const QList<Action>& actions);

} // namespace checkstand::orderchecker
