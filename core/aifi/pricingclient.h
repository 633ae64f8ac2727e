// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/serviceclient.h"
#include "pricingreply.h"
#include "pricingrequest.h"

namespace checkstand::aifi {

using PricingOutcome = Outcome<PricedCart>;

// POST to the retailer's cart-mutation (pricing) service, bearer token from the keychain.
class PricingClient : public ServiceClient {
    Q_OBJECT
public:
    explicit PricingClient(HttpClient& http, QObject* parent = nullptr);

    void price(const Ticket& ticket, const PricingContext& context, QObject* receiver,
               std::function<void(const PricingOutcome&)> done);
    // The body price() sends, for tests and `checkstand-ctl price --dry-run`.
    static QJsonObject body(const Ticket& ticket, const PricingContext& context);
};

} // namespace checkstand::aifi
