// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/salesstore.h"
#include "util/clock.h"

#include <QString>

#include <optional>

namespace checkstand {

// The end of a financed sale, once for the Sale page and `checkstand-ctl sale financing`:
// a sale whose checkout link went out waits (SaleSession::awaitFinancing) until the operator
// records ChargeAfter's approval - then it is completed, paid by one Financing payment of the
// link's total with ChargeAfter's reference - or the decline, when it goes back to the parked
// list to be paid another way (its link remembered in ticket.financingLinks).
class FinancingWait {
public:
    FinancingWait(SalesStore& sales, const Clock& clock);

    struct Approved {
        std::optional<CompletedSale> sale;
        QString error;
    };
    // `reference`: ChargeAfter's approval or order reference, 4 to 64 letters, digits, '-' or
    // '_' (never a card number). Empty error on success.
    Approved approve(const QString& idOrNumber, const QString& reference,
                     const QString& operatorName = {});
    // Empty on success, else why not in words.
    QString decline(const QString& idOrNumber);

    static QString referenceProblem(const QString& reference);

private:
    SalesStore& m_sales;
    const Clock& m_clock;
};

} // namespace checkstand
