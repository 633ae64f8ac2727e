// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace checkstand {

struct Ticket;

namespace orderchecker {

// Platform switches the order carries (the contract's canAccept* and isInternational).
struct PlatformFlags {
    bool isInternational = false;
    bool canAcceptBoleto = false;
    bool canAcceptCreditCard = true;
    bool canAcceptDebitCard = true;
    bool canAcceptPix = false;
};

// The order exactly as the contract's example shapes it. A sale just created sends only what it
// has (id, event, number); each field appears once the sale has it.
// Written straight as compact JSON text (what is sent, on every cart change).
QByteArray buildOrderJson(const Ticket& ticket, const PlatformFlags& flags);
// The same order as a JSON object (tests).
QJsonObject buildOrder(const Ticket& ticket, const PlatformFlags& flags);

} // namespace orderchecker
} // namespace checkstand
