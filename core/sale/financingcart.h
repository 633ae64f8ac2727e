// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aifi/pricingreply.h"
#include "chargeafter/sendlinkrequest.h"
#include "ticket/ticket.h"

#include <optional>

namespace checkstand {

// The ChargeAfter checkout cart for a sale, as priced, so the customer finances exactly what
// they would pay at the till: `totalAmount` equals SaleSession::payableTotal() to the cent.
//  - Each line at its priced pre-tax amount (its local price when the last pricing does not
//    cover it at this quantity, as payableTotal() does). A priced amount that is not a whole
//    number of cents per unit goes as one item "3 × name" so nothing is rounded.
//  - Deposits (bottle deposits and the like) as items of their own: they are part of what the
//    customer pays and ChargeAfter finances items, not fees; their tax goes into taxAmount.
//  - taxAmount: the priced tax of every line and deposit.
//  - The order discount as a discount, freight as shippingAmount. Free gifts are left out (an
//    item must have a price).
// nullopt (with `error` in words) on overflow or when the cart would not be a valid checkout.
std::optional<chargeafter::CartDetails>
financingCart(const Ticket& ticket, const std::optional<aifi::PricedCart>& pricing, QString* error);

} // namespace checkstand
