// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile Order Checker reply: parseActions and readCheckReply end in actions or words, never
// a crash, and what they let through keeps the sale's money sane once applied.
#include "fuzzcheck.h"
#include "fuzzticket.h"

#include "orderchecker/finalisationpolicy.h"
#include "orderchecker/ordercheckreply.h"

using namespace checkstand;
using namespace checkstand::orderchecker;
using namespace checkstand::fuzz;

namespace {

void checkActions(const QList<Action>& actions) {
    for (const Action& a : actions) {
        FUZZ_CHECK(!a.amount.isNegative(), a.amount.toDecimalString());
        if (a.kind == Action::Kind::DiscountChange && a.discountMode == QLatin1String("PERCENTAGE"))
            FUZZ_CHECK(a.amount.minorUnits() <= 10000, a.amount.toDecimalString());
        if (a.kind == Action::Kind::AddGift) {
            FUZZ_CHECK(!a.gift.unitPrice.isNegative(), a.gift.unitPrice.toDecimalString());
            FUZZ_CHECK(a.gift.quantity >= 1, QString::number(a.gift.quantity));
        }
        for (const ShippingOption& o : a.shippingOptions + a.gift.shippingOptions)
            FUZZ_CHECK(!o.price.isNegative() && !o.tax.isNegative(), o.price.toDecimalString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const HttpResult http = httpResultOf(data, size, QStringLiteral("Order Checker"));

    QString error;
    const auto reply = parseActions(http.json, QStringLiteral("USD"), &error);
    FUZZ_CHECK(reply.has_value() == error.isEmpty(), error);
    note(reply ? QStringLiteral("%1 actions, %2 ignored")
                     .arg(reply->actions.size())
                     .arg(reply->ignored.size())
               : error);
    if (reply) {
        checkActions(reply->actions);
        Ticket ticket = exampleTicket();
        applyActions(ticket, reply->actions);
        // Applied twice (every reply repeats the whole order): the same ticket.
        Ticket again = ticket;
        applyActions(again, reply->actions);
        FUZZ_CHECK(again.lines.size() == ticket.lines.size(), QString());
        // A discount never exceeds what it discounts: no negative total (or none at all).
        if (const auto total = ticket.total())
            FUZZ_CHECK(!total->isNegative(), total->toDecimalString());
    }

    const CheckOutcome outcome = readCheckReply(http, QStringLiteral("USD"));
    FUZZ_CHECK(outcome.ok() == outcome.error.isEmpty(), outcome.error);
    if (outcome.ok())
        checkActions(outcome->actions);
    else
        FUZZ_CHECK(outcome.error.size() <= 2000, outcome.error);
    for (bool api : {false, true}) {
        for (bool items : {false, true}) {
            const Decision d = decide(outcome, {api, items});
            FUZZ_CHECK(d.allowed || !d.reason.isEmpty(), QString());
        }
    }
    return 0;
}
