// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxservice.h"

#include <QHash>
#include <QSet>

namespace checkstand::sandbox {

// The retailer's Order Checker endpoint as the Omnichat contract describes it: it receives the
// order on every change and answers 200/403 with actions. Switches make it produce each of the
// contract's examples so a test or a trainer can see every behaviour.
class OrderCheckSandbox : public SandboxService {
public:
    enum class Extra {
        Freight,         // INFO FREIGHT: freight becomes 10.00
        Discount,        // INFO ORDER: discount 10.00 ABSOLUTE
        ShippingOptions, // INFO ITEM: PAC / Expresso on every non-gift line
        Gift,            // INFO ORDER isGift: "Kit Brinde Teste"
        OrderError,      // ERROR ORDER with 403
        Notice,          // INFO ORDER message only
    };

    QString service() const override;
    QString path() const override;
    QString apiKey() const override;
    QString secretName() const override;
    QByteArray authHeader() const { return QByteArrayLiteral("X-Api-Token"); }
    SandboxReply handle(const SandboxRequest& request) override;
    SandboxReply declined(const SandboxRequest& request) override;

    // The SKU is out of stock: an ERROR on each line of it, answered with 403 when `blocking`,
    // else with 200.
    void setOutOfStock(const QString& sku, bool blocking);
    void clearOutOfStock() { m_outOfStock.clear(); }
    void setExtra(Extra extra, bool on);
    void clearExtras() { m_extras.clear(); }

private:
    QHash<QString, bool> m_outOfStock;
    QSet<int> m_extras;
};

} // namespace checkstand::sandbox
