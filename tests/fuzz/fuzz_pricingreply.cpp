// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile pricing (AiFi cart mutator) reply: parsePricedCart prices the example sale exactly as
// its header promises, or refuses the reply in words.
#include "fuzzcheck.h"
#include "fuzzticket.h"

#include "aifi/pricingreply.h"

#include <QSet>

using namespace checkstand;
using namespace checkstand::fuzz;

namespace {

void checkAmounts(const Money& subtotal, const Money& tax, const Money& total, const char* what) {
    const QString detail = QLatin1String(what) + u' ' + subtotal.toDecimalString() + u' ' +
                           tax.toDecimalString() + u' ' + total.toDecimalString();
    // Vendor replies that break an invariant are refused: no negative money gets through.
    FUZZ_CHECK(!subtotal.isNegative() && !tax.isNegative() && !total.isNegative(), detail);
    const auto sum = subtotal.plus(tax);
    FUZZ_CHECK(sum && *sum == total, detail);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Ticket ticket = exampleTicket();
    const QJsonValue reply = jsonOf(bytes(data, size));
    QString error;
    const auto cart = aifi::parsePricedCart(reply, ticket, &error);
    FUZZ_CHECK(cart.has_value() == error.isEmpty(), error);
    note(cart ? QStringLiteral("priced: %1").arg(cart->total.toDecimalString()) : error);
    if (!cart)
        return 0;
    checkAmounts(cart->subtotal, cart->tax, cart->total, "order");
    Money sum = Money::fromMinor(0, ticket.currency);
    QSet<QString> priced;
    for (const aifi::PricedLine& l : cart->lines) {
        checkAmounts(l.subtotal, l.tax, l.total, "line");
        const auto next = sum.plus(l.total);
        FUZZ_CHECK(next.has_value(), QString());
        sum = *next;
        for (const aifi::TaxLine& t : l.taxLines)
            FUZZ_CHECK(!t.amount.isNegative(), t.amount.toDecimalString());
        if (l.isDeposit) {
            FUZZ_CHECK(ticket.indexOfLine(l.parentLineId) >= 0, l.parentLineId);
            continue;
        }
        // Every cart line priced once, with the quantity the cart has.
        const qsizetype i = ticket.indexOfLine(l.id);
        FUZZ_CHECK(i >= 0 && !priced.contains(l.id), l.id);
        FUZZ_CHECK(l.quantity == ticket.lines.at(i).quantity, QString::number(l.quantity));
        priced.insert(l.id);
    }
    FUZZ_CHECK(priced.size() == ticket.lines.size(), QString::number(priced.size()));
    FUZZ_CHECK(sum == cart->total, sum.toDecimalString());
    for (const auto& group : cart->taxBreakdown())
        FUZZ_CHECK(!group.amount.isNegative(), group.amount.toDecimalString());
    return 0;
}
