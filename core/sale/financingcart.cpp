// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financingcart.h"

#include <QCoreApplication>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::financingCart)
};

// Adds `amount` to `sum`; false on overflow (sum left unusable).
bool add(std::optional<Money>& sum, const Money& amount) {
    sum = sum ? sum->plus(amount) : std::nullopt;
    return sum.has_value();
}

} // namespace

std::optional<chargeafter::CartDetails>
financingCart(const Ticket& ticket, const std::optional<aifi::PricedCart>& pricing,
              QString* error) {
    using chargeafter::CartItem;
    chargeafter::CartDetails cart;
    std::optional<Money> tax = Money::fromMinor(0, ticket.currency);
    const auto overflow = [&] {
        *error = Tr::tr("The sale is too large to finance.");
        return std::nullopt;
    };
    for (const TicketLine& line : ticket.lines) {
        const aifi::PricedLine* priced = pricing ? pricing->line(line.lineId) : nullptr;
        const bool covered = priced && priced->quantity == line.quantity;
        std::optional<Money> amount =
            covered ? std::optional<Money>(priced->subtotal) : line.total();
        if (!amount)
            return overflow();
        if (covered && !add(tax, priced->tax))
            return overflow();
        if (!amount->isZero()) {
            CartItem item;
            item.name = line.name;
            item.sku = line.sku;
            item.productCategory = line.category;
            item.leasable = line.leasable;
            item.quantity = line.quantity;
            const qint64 minor = amount->minorUnits();
            if (minor % line.quantity == 0) {
                item.price = Money::fromMinor(minor / line.quantity, ticket.currency);
            } else {
                // Not a whole cent per unit: one item for the whole line, never rounded.
                item.name = Tr::tr("%1 × %2").arg(line.quantity).arg(line.name);
                item.quantity = 1;
                item.price = *amount;
            }
            cart.items.append(item);
        }
        if (!covered)
            continue;
        for (const aifi::PricedLine* deposit : pricing->depositsOf(line.lineId)) {
            if (!add(tax, deposit->tax))
                return overflow();
            if (deposit->subtotal.isZero())
                continue;
            CartItem item;
            item.name = Tr::tr("Deposit: %1").arg(line.name);
            item.sku = line.sku;
            item.quantity = 1;
            item.price = deposit->subtotal;
            cart.items.append(item);
        }
    }
    if (cart.items.isEmpty()) {
        *error = Tr::tr("The sale has nothing with a price to finance.");
        return std::nullopt;
    }
    const std::optional<Money> off = ticket.discountAmount();
    if (!off)
        return overflow();
    if (!off->isZero())
        cart.discounts.append({ticket.coupon.isEmpty() ? Tr::tr("Discount") : ticket.coupon, *off});
    cart.taxAmount = *tax;
    cart.shippingAmount = ticket.freightCost;
    const std::optional<Money> total = cart.computeTotal();
    if (!total)
        return overflow();
    // Stated, so ChargeAfter and the validator both see the total the customer agrees to.
    cart.statedTotal = *total;
    return cart;
}

} // namespace checkstand
