// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakdown.h"

#include <QCoreApplication>

namespace checkstand {

namespace {

// Adds `amount` to the group of its title and rate, or starts that group.
bool addTax(QList<TaxTotal>& groups, const QString& title, const QString& rate,
            const Money& amount) {
    for (TaxTotal& g : groups) {
        if (g.title == title && g.rate == rate) {
            const auto sum = g.amount.plus(amount);
            if (!sum)
                return false;
            g.amount = *sum;
            return true;
        }
    }
    groups.append({title, rate, amount});
    return true;
}

// A priced line's (or deposit's) tax into the groups. A line whose tax came without tax lines
// still counts, under a plain "Tax" title, so the groups always add up to the sale's tax.
bool addTaxesOf(QList<TaxTotal>& groups, const aifi::PricedLine& priced) {
    if (priced.taxLines.isEmpty()) {
        return priced.tax.isZero() ||
               addTax(groups, QCoreApplication::translate("checkstand::SaleBreakdown", "Tax"), {},
                      priced.tax);
    }
    for (const aifi::TaxLine& t : priced.taxLines) {
        if (!addTax(groups, t.title, t.rate, t.amount))
            return false;
    }
    return true;
}

bool add(Money& sum, const Money& amount) {
    const auto next = sum.plus(amount);
    if (!next)
        return false;
    sum = *next;
    return true;
}

} // namespace

std::optional<SaleBreakdown> saleBreakdown(const Ticket& ticket,
                                           const std::optional<aifi::PricedCart>& pricing) {
    if (!moneyProblem(ticket).isEmpty())
        return std::nullopt;
    const Money zero = Money::fromMinor(0, ticket.currency);
    SaleBreakdown b;
    b.subtotal = b.tax = b.deposits = b.discount = b.freight = b.total = zero;
    b.priced = pricing.has_value();
    for (const TicketLine& line : ticket.lines) {
        BreakdownLine out;
        out.lineId = line.lineId;
        out.sku = line.sku;
        out.name = line.name;
        out.quantity = line.quantity;
        out.unitPrice = line.unitPrice;
        out.tax = out.deposit = zero;
        out.isGift = line.isGift;
        // A line priced at another quantity (changed since the last reply) is at its local
        // price: stale pricing never hides a line added or changed since.
        const aifi::PricedLine* priced = pricing ? pricing->line(line.lineId) : nullptr;
        if (priced && priced->quantity == line.quantity) {
            out.amount = priced->subtotal;
            out.tax = priced->tax;
            if (!addTaxesOf(b.taxes, *priced) || !add(b.tax, priced->tax))
                return std::nullopt;
            for (const aifi::PricedLine* deposit : pricing->depositsOf(line.lineId)) {
                // The deposit's own tax is in the sale's tax (and its group), not in `deposits`.
                if (!add(out.deposit, deposit->total) || !add(b.deposits, deposit->subtotal) ||
                    !add(b.tax, deposit->tax) || !addTaxesOf(b.taxes, *deposit))
                    return std::nullopt;
            }
        } else {
            const auto local = line.total();
            if (!local)
                return std::nullopt;
            out.amount = *local;
            b.priced = false;
        }
        const auto own = out.amount.plus(out.tax);
        const auto payable = own ? own->plus(out.deposit) : std::nullopt;
        if (!payable || !add(b.subtotal, out.amount))
            return std::nullopt;
        out.payable = *payable;
        b.lines.append(out);
    }
    const auto discount = ticket.discountAmount();
    if (!discount)
        return std::nullopt;
    b.discount = *discount;
    b.freight = ticket.freightCost;
    const auto beforeTax = b.subtotal.plus(b.tax);
    const auto items = beforeTax ? beforeTax->plus(b.deposits) : std::nullopt;
    const auto net = items ? items->minus(b.discount) : std::nullopt;
    const auto total = net ? net->plus(b.freight) : std::nullopt;
    if (!total)
        return std::nullopt;
    b.total = *total;
    // A breakdown that breaks its own rules (a priced cart cheaper than the discount) is no
    // breakdown: the sale cannot be finished on it.
    if (!breakdownProblem(b).isEmpty())
        return std::nullopt;
    return b;
}

} // namespace checkstand
