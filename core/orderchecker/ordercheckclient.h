// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finalisationpolicy.h"
#include "net/serviceclient.h"
#include "ordercheckrequest.h"

#include <QStringList>

namespace checkstand {
struct Ticket;
} // namespace checkstand

namespace checkstand::orderchecker {

// The keychain name of an extra header's value: "orderchecker.header.<Header-Name>".
QString headerSecretName(const QString& headerName);

// Posts the order to the retailer's Order Checker endpoint with its configured extra headers
// (names in settings, values in the keychain) and reads the reply into a CheckOutcome.
class OrderCheckClient : public ServiceClient {
    Q_OBJECT
public:
    explicit OrderCheckClient(HttpClient& http, QObject* parent = nullptr);

    // The extra headers' names; each value is the secret headerSecretName(name).
    void setHeaderNames(const QStringList& names);
    void setFlags(const PlatformFlags& flags) { m_flags = flags; }

    void check(const Ticket& ticket, QObject* receiver,
               std::function<void(const CheckOutcome&)> done);

private:
    PlatformFlags m_flags;
};

} // namespace checkstand::orderchecker
