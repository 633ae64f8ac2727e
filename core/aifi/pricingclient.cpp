// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingclient.h"

#include "ticket/ticket.h"

#include <QJsonDocument>

namespace checkstand::aifi {

PricingClient::PricingClient(HttpClient& http, QObject* parent)
    : ServiceClient(http, service::aifi, parent) {}

QJsonObject PricingClient::body(const Ticket& ticket, const PricingContext& context) {
    return buildPricingRequest(ticket, context);
}

void PricingClient::price(const Ticket& ticket, const PricingContext& context, QObject* receiver,
                          std::function<void(const PricingOutcome&)> done) {
    Reader<PricedCart> read = [ticket](const HttpResult& r) {
        if (!r.ok())
            return PricingOutcome::failure(r);
        QString why;
        std::optional<PricedCart> cart = parsePricedCart(r.json, ticket, &why);
        if (!cart)
            return PricingOutcome::invalid(r, why);
        return PricingOutcome::success(std::move(*cart), r);
    };
    ApiRequest api = makeRequest({});
    api.jsonBody = buildPricingRequestJson(ticket, context);
    call(api, receiver, std::move(read), std::move(done));
}

} // namespace checkstand::aifi
