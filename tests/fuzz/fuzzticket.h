// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sale the reply targets are fuzzed against: docs/examples/ticket.json in short (the pricing
// corpus prices exactly these two lines, so the parser gets past the line matching).
#pragma once

#include "ticket/ticket.h"

namespace checkstand::fuzz {

inline const QString kCoffeeLine = QStringLiteral("5b0c3c43-0d55-4bd4-a2b4-3d7e5f6f7a10");
inline const QString kMugLine = QStringLiteral("0e6f7b2a-91c1-4f3e-8d7e-2f8f4f1b6c22");

inline Ticket exampleTicket() {
    Ticket t = Ticket::create(QStringLiteral("store-001-000042"), QStringLiteral("USD"),
                              QDateTime(QDate(2026, 11, 22), QTime(14, 3), Qt::UTC));
    t.id = QStringLiteral("6a1f1b8e-6a4e-4a53-9d43-3f7c2f0c9d11");
    TicketLine coffee;
    coffee.lineId = kCoffeeLine;
    coffee.sku = QStringLiteral("COF-250");
    coffee.barcode = QStringLiteral("4006381333931");
    coffee.name = QStringLiteral("Coffee beans 250 g");
    coffee.variantKey = QStringLiteral("cof-250-v");
    coffee.unitPrice = Money::fromMinor(899);
    coffee.quantity = 2;
    TicketLine mug;
    mug.lineId = kMugLine;
    mug.sku = QStringLiteral("MUG-01");
    mug.barcode = QStringLiteral("0012345678905");
    mug.name = QStringLiteral("Stoneware mug");
    mug.variantKey = QStringLiteral("mug-01-v");
    mug.unitPrice = Money::fromMinor(1250);
    mug.quantity = 1;
    t.lines = {coffee, mug};
    t.discount = Money::fromMinor(1000);
    return t;
}

} // namespace checkstand::fuzz
