// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QString>

#include <optional>

namespace checkstand {

// One sellable article of the local catalog.
struct Product {
    QString sku;
    QString barcode; // EAN-13 form (UPC-A gets its leading 0); may be empty
    QString name;
    Money price;
    QString category;
    bool leasable = false;
    QString variantKey; // the Elevate feed's variant key
    QString sellerId;
    double weight = 0; // the Order Checker's item dimensions, as the catalog gives them
    double height = 0;
    double length = 0;
    double width = 0;
    std::optional<Money> cost;
};

} // namespace checkstand
