// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "sandboxservice.h"

#include <QHash>

namespace checkstand::sandbox {

// The retailer's cart-mutation (pricing) service of the AiFi contract: tax per line at a rate
// per category (rounded half up per line; the order's tax is the sum of the lines'), prices with
// or without tax as the request's metadata.cart.priceIncludesTax says, deposit lines for
// flagged SKUs, and faults that break the contract's arithmetic on purpose.
class PricingSandbox : public SandboxService {
public:
    enum class Fault { None, InconsistentTotals, UnknownLine, DropLine, ChangeQuantity };

    PricingSandbox();

    QString service() const override;
    QString path() const override;
    QString apiKey() const override;
    SandboxReply handle(const SandboxRequest& request) override;
    SandboxReply declined(const SandboxRequest& request) override;

    void setTaxRate(const QString& category, const QString& rate) {
        m_rates.insert(category, rate);
    }
    void setDefaultTaxRate(const QString& rate) { m_defaultRate = rate; }
    // A deposit per unit of `sku` (bottle deposits and the like), untaxed.
    void setDeposit(const QString& sku, const Money& perUnit) { m_deposits.insert(sku, perUnit); }
    void setFault(Fault fault) { m_fault = fault; }

private:
    QHash<QString, QString> m_rates;
    QString m_defaultRate = QStringLiteral("0.0825");
    QHash<QString, Money> m_deposits;
    Fault m_fault = Fault::None;
};

} // namespace checkstand::sandbox
