// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QString>

#include <optional>

namespace checkstand::aifi {

// A tax rate as the API writes it ("0.0825", "8.25%" is not accepted), kept exactly as parts
// per million so tax arithmetic never touches a double.
struct TaxRate {
    qint64 ppm = 0; // 0.0825 -> 82500

    static std::optional<TaxRate> parse(const QString& text);
    QString toString() const; // "0.0825"
};

// amount x rate, rounded half away from zero to the minor unit. Empty on overflow.
std::optional<Money> applyRate(const Money& amount, TaxRate rate);
// The tax contained in a tax-inclusive amount: amount - amount / (1 + rate), rounded likewise.
std::optional<Money> includedTax(const Money& grossAmount, TaxRate rate);

} // namespace checkstand::aifi
