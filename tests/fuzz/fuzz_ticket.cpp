// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile ticket file (checkstand-ctl reads them; the autosave and parked sales are them):
// Ticket::fromJson reads a sale whose money is sane, or says in words what is wrong, and what
// it reads survives its own JSON form unchanged.
#include "fuzzcheck.h"

#include "ticket/ticket.h"

using namespace checkstand;
using namespace checkstand::fuzz;

namespace {

void checkMoney(const Ticket& t) {
    for (const TicketLine& l : t.lines) {
        FUZZ_CHECK(!l.unitPrice.isNegative(), l.unitPrice.toDecimalString());
        FUZZ_CHECK(!l.cost || !l.cost->isNegative(), l.cost->toDecimalString());
        FUZZ_CHECK(l.quantity >= 1, QString::number(l.quantity));
        for (const ShippingOption& o : l.shippingOptions)
            FUZZ_CHECK(!o.price.isNegative() && !o.listPrice.isNegative() && !o.tax.isNegative(),
                       o.price.toDecimalString());
    }
    FUZZ_CHECK(!t.discount.isNegative(), t.discount.toDecimalString());
    FUZZ_CHECK(!t.freightCost.isNegative(), t.freightCost.toDecimalString());
    if (t.discountMode.compare(QLatin1String("PERCENTAGE"), Qt::CaseInsensitive) == 0)
        FUZZ_CHECK(t.discount.minorUnits() <= 10000, t.discount.toDecimalString());
    // A discount never exceeds what it discounts; an overflow is no total, never a wrong one.
    if (const auto total = t.total())
        FUZZ_CHECK(!total->isNegative(), total->toDecimalString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonValue json = jsonOf(bytes(data, size));
    const Ticket::Parsed parsed = Ticket::fromJson(json.toObject());
    FUZZ_CHECK(parsed.ticket.has_value() == parsed.error.isEmpty(), parsed.error);
    note(parsed.ticket ? QStringLiteral("ticket with %1 lines").arg(parsed.ticket->lines.size())
                       : parsed.error);
    if (!parsed.ticket)
        return 0;
    const Ticket& ticket = *parsed.ticket;
    checkMoney(ticket);
    const Ticket::Parsed again = Ticket::fromJson(ticket.toJson());
    FUZZ_CHECK(again.ticket.has_value(), again.error);
    FUZZ_CHECK(*again.ticket == ticket, QString::fromUtf8(QJsonDocument(ticket.toJson()).toJson()));
    return 0;
}
