// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordercheckreply.h"

#include "net/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace checkstand::orderchecker {

namespace {

constexpr qsizetype kMaxActions = 500; // a hostile reply cannot flood the screen
constexpr qsizetype kMaxMessage = 300;
constexpr qsizetype kMaxOptions = 20;

// Every string of the reply is vendor text that reaches the screen and the saved ticket: made
// safe (no card numbers, CVCs, control characters or bidi overrides; bounded).
QString text(const QJsonObject& o, const char* key) {
    return redaction::vendorText(o.value(QLatin1String(key)).toString(), {}, kMaxMessage);
}

// Ids and SKUs are matched against the sale's own: only made printable, never masked.
QString ident(const QJsonObject& o, const char* key) {
    return redaction::withoutControls(o.value(QLatin1String(key)).toString(), kMaxMessage);
}

// An optional amount: `fallback` when absent; empty when present but unreadable or negative.
std::optional<Money> amountOr(const QJsonObject& o, const char* key, const QString& currency,
                              const Money& fallback) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    const auto m = Money::fromJson(v, currency);
    if (!m.ok() || m.value->isNegative())
        return std::nullopt;
    return m.value;
}

QList<ShippingOption> options(const QJsonValue& v, const QString& currency) {
    QList<ShippingOption> out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size() && out.size() < kMaxOptions; ++i) {
        const QJsonObject o = array.at(i).toObject();
        ShippingOption s;
        s.id = ident(o, "id");
        s.name = text(o, "name");
        const auto price = Money::fromJson(o.value(QLatin1String("price")), currency);
        // An option with a negative or unreadable amount is not offered at all.
        if (s.id.isEmpty() || !price.ok() || price.value->isNegative())
            continue;
        s.price = *price.value;
        const auto listPrice = amountOr(o, "listPrice", currency, s.price);
        const auto tax = amountOr(o, "tax", currency, Money::fromMinor(0, currency));
        if (!listPrice || !tax)
            continue;
        s.listPrice = *listPrice;
        s.tax = *tax;
        s.deliveryChannel = text(o, "deliveryChannel");
        s.shippingEstimate = text(o, "shippingEstimate");
        out.append(s);
    }
    return out;
}

// 100 % as the discount amount the checker sends ("100.00" = 100 % in USD).
qint64 hundredPercentMinor(const QString& currency) {
    qint64 scale = 100;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        scale *= 10;
    return scale;
}

} // namespace

std::optional<CheckReply> parseActions(const QJsonValue& body, const QString& currency,
                                       QString* error) {
    if (!body.isArray()) {
        *error = QCoreApplication::translate("checkstand::orderchecker",
                                             "the reply is not a list of actions");
        return std::nullopt;
    }
    CheckReply reply;
    const QJsonArray array = body.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (reply.actions.size() >= kMaxActions) {
            reply.ignored << QStringLiteral("%1 actions beyond the first %2")
                                 .arg(array.size() - i)
                                 .arg(kMaxActions);
            break;
        }
        const QJsonObject o = array.at(i).toObject();
        const QString action = o.value(QLatin1String("action")).toString();
        const QString component = o.value(QLatin1String("component")).toString();
        Action a;
        a.componentId = ident(o, "componentId");
        a.message = text(o, "message");
        const auto describe = [&] {
            return QStringLiteral("#%1 %2/%3").arg(i).arg(action.left(20), component.left(20));
        };
        if (action == QLatin1String("ERROR") && component == QLatin1String("ITEM") &&
            !a.componentId.isEmpty()) {
            a.kind = Action::Kind::ItemError;
        } else if (action == QLatin1String("ERROR") && component == QLatin1String("ORDER")) {
            a.kind = Action::Kind::OrderError;
        } else if (action == QLatin1String("INFO") && component == QLatin1String("FREIGHT")) {
            const auto cost = Money::fromJson(o.value(QLatin1String("freightCost")), currency);
            if (!cost.ok() || cost.value->isNegative()) {
                reply.ignored << describe() + QStringLiteral(" (freightCost unreadable)");
                continue;
            }
            a.kind = Action::Kind::FreightChange;
            a.amount = *cost.value;
        } else if (action == QLatin1String("INFO") && component == QLatin1String("ITEM") &&
                   !a.componentId.isEmpty()) {
            a.kind = Action::Kind::ItemShipping;
            a.shippingMethod = ident(o, "shippingMethod");
            a.shippingOptions = options(o.value(QLatin1String("shippingOptions")), currency);
        } else if (action == QLatin1String("INFO") && component == QLatin1String("ORDER") &&
                   o.value(QLatin1String("isGift")).toBool() &&
                   o.value(QLatin1String("item")).isObject()) {
            const QJsonObject item = o.value(QLatin1String("item")).toObject();
            a.kind = Action::Kind::AddGift;
            TicketLine& g = a.gift;
            g.isGift = true;
            g.name = text(item, "name");
            g.sku = ident(item, "externalId");
            g.sellerId = ident(item, "sellerId");
            // A gift is free unless the checker says its price; a negative or unreadable price
            // is refused (the line is not added), never read as 0.00.
            const auto price = amountOr(item, "salePrice", currency, Money::fromMinor(0, currency));
            if (!price) {
                reply.ignored << describe() +
                                     QStringLiteral(" (gift salePrice negative or unreadable)");
                continue;
            }
            g.unitPrice = *price;
            const QJsonValue multiplier = item.value(QLatin1String("unitMultiplier"));
            g.quantity =
                multiplier.isDouble() && multiplier.toDouble() >= 1 && multiplier.toDouble() <= 1000
                    ? qint64(multiplier.toDouble())
                    : 1;
            g.shippingMethod = ident(o, "shippingMethod");
            g.shippingOptions = options(o.value(QLatin1String("shippingOptions")), currency);
            if (g.name.isEmpty())
                g.name = QCoreApplication::translate("checkstand::orderchecker", "Gift");
        } else if (action == QLatin1String("INFO") && component == QLatin1String("ORDER") &&
                   o.contains(QLatin1String("discount"))) {
            const auto discount = Money::fromJson(o.value(QLatin1String("discount")), currency);
            if (!discount.ok() || discount.value->isNegative()) {
                reply.ignored << describe() + QStringLiteral(" (discount unreadable)");
                continue;
            }
            a.kind = Action::Kind::DiscountChange;
            a.amount = *discount.value;
            a.discountMode = ident(o, "discountMode");
            if (a.discountMode != QLatin1String("PERCENTAGE"))
                a.discountMode = QStringLiteral("ABSOLUTE");
            if (a.discountMode == QLatin1String("PERCENTAGE") &&
                a.amount.minorUnits() > hundredPercentMinor(currency)) {
                reply.ignored << describe() + QStringLiteral(" (discount over 100 %)");
                continue;
            }
        } else if (action == QLatin1String("INFO") && component == QLatin1String("ORDER")) {
            if (a.message.isEmpty()) {
                reply.ignored << describe() + QStringLiteral(" (nothing to show)");
                continue;
            }
            a.kind = Action::Kind::OrderNotice;
        } else {
            reply.ignored << describe();
            continue;
        }
        reply.actions.append(a);
    }
    return reply;
}

void applyActions(Ticket& ticket, const QList<Action>& actions) {
    for (TicketLine& line : ticket.lines)
        line.checkerError.clear();
    ticket.orderErrors.clear();
    ticket.notices.clear();
    for (const Action& a : actions) {
        switch (a.kind) {
        case Action::Kind::ItemError: {
            const qsizetype i = ticket.indexOfLine(a.componentId);
            if (i >= 0)
                ticket.lines[i].checkerError =
                    a.message.isEmpty()
                        ? QCoreApplication::translate("checkstand::orderchecker", "Not available")
                        : a.message;
            else
                ticket.orderErrors << a.message; // an error on a line we do not have still blocks
            break;
        }
        case Action::Kind::OrderError:
            ticket.orderErrors << (a.message.isEmpty()
                                       ? QCoreApplication::translate("checkstand::orderchecker",
                                                                     "The order is not valid")
                                       : a.message);
            break;
        case Action::Kind::FreightChange:
            ticket.freightCost = a.amount;
            if (!a.message.isEmpty())
                ticket.notices << a.message;
            break;
        case Action::Kind::DiscountChange:
            // Only within the money rules: a discount larger than the items is not applied, and
            // the operator is told why.
            if (const QString why = discountProblem(ticket, a.amount, a.discountMode);
                !why.isEmpty()) {
                ticket.notices << QCoreApplication::translate(
                                      "checkstand::orderchecker",
                                      "The order checker's discount was not applied: %1.")
                                      .arg(why);
                break;
            }
            ticket.discount = a.amount;
            ticket.discountMode = a.discountMode;
            if (!a.message.isEmpty())
                ticket.notices << a.message;
            break;
        case Action::Kind::ItemShipping: {
            const qsizetype i = ticket.indexOfLine(a.componentId);
            if (i < 0)
                break;
            ticket.lines[i].shippingOptions = a.shippingOptions;
            if (!a.shippingMethod.isEmpty())
                ticket.lines[i].shippingMethod = a.shippingMethod;
            break;
        }
        case Action::Kind::AddGift: {
            // The same gift offered again (every reply repeats it) is not added twice.
            bool present = false;
            for (TicketLine& line : ticket.lines) {
                if (line.isGift && line.sku == a.gift.sku && line.name == a.gift.name) {
                    line.shippingOptions = a.gift.shippingOptions;
                    present = true;
                }
            }
            if (!present) {
                TicketLine gift = a.gift;
                gift.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                gift.unitPrice = Money::fromMinor(gift.unitPrice.minorUnits(), ticket.currency);
                ticket.lines.append(gift);
            }
            if (!a.message.isEmpty())
                ticket.notices << a.message;
            break;
        }
        case Action::Kind::OrderNotice:
            ticket.notices << a.message;
            break;
        }
    }
}

} // namespace checkstand::orderchecker
