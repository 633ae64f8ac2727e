// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aifi/pricingreply.h"
#include "ticket/salebreakdown.h"
#include "ticket/ticket.h"

#include <optional>

namespace checkstand {

// The sale as the customer pays it: each line at its priced total (tax and deposits included)
// when `pricing` covers it at its current quantity, else at its local price (no tax); then the
// order discount off and freight on. `total` is SaleSession::payableTotal() (which is this
// function's total), so the till, the financing link, the journal and the receipt agree to
// the cent. nullopt on overflow or a ticket that breaks the money rules.
std::optional<SaleBreakdown> saleBreakdown(const Ticket& ticket,
                                           const std::optional<aifi::PricedCart>& pricing);

} // namespace checkstand
