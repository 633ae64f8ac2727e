// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aifi/pricingrequest.h"
#include "orderchecker/finalisationpolicy.h"
#include "util/clock.h"

#include <QString>

#include <functional>

namespace checkstand {

class Catalog;
class SalesStore;
namespace orderchecker {
class OrderCheckClient;
}
namespace aifi {
class PricingClient;
}

// What a sale reads from the store's settings, at the moment it needs it (a setting changed
// mid-sale applies to the next check).
struct SaleRules {
    QString storeId;
    QString currency;
    orderchecker::CheckerSettings checker;
    bool allowLocalPrices = false; // finish on the last good prices when pricing fails
    aifi::StoreIdentity pricingStore;
    bool priceIncludesTax = false;
};

// Exactly what a sale needs, and nothing else: the window's Sale page and `checkstand-ctl sale
// complete` hand the same services to the same SaleSession.
struct SaleServices {
    Catalog& catalog;
    SalesStore& sales;
    orderchecker::OrderCheckClient& checker; // switched off when it has no endpoint
    aifi::PricingClient& pricing;            // likewise
    std::function<SaleRules()> rules;
    const Clock& clock;
};

} // namespace checkstand
