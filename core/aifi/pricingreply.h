// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand {

struct Ticket;

namespace aifi {

struct TaxLine {
    QString title;
    QString rate; // as the service wrote it, e.g. "0.0825"
    Money amount;
    QString taxId;
};

struct PricedLine {
    QString id;         // the cart line's id (a deposit line has its own)
    QString externalId; // the SKU; a deposit line carries its parent line's id here
    qint64 quantity = 0;
    Money total;
    Money subtotal;
    Money tax;
    QList<TaxLine> taxLines;
    bool isDeposit = false;
    QString parentLineId; // for a deposit: the line it belongs to
};

// The mutated cart: every amount exact, and consistent with the cart that was sent.
struct PricedCart {
    qint64 orderId = 0;
    Money total;
    Money subtotal;
    Money tax;
    QList<PricedLine> lines; // cart order, each line followed by its deposits

    const PricedLine* line(const QString& lineId) const;
    QList<const PricedLine*> depositsOf(const QString& lineId) const;

    struct TaxGroup {
        QString title;
        QString rate;
        Money amount;
    };
    // The breakdown for the totals panel: tax lines summed by title and rate.
    QList<TaxGroup> taxBreakdown() const;
};

// Reads the reply and checks it against the ticket it prices. A reply that breaks
// subtotal + tax = total (per line or for the order), whose lines do not add up to the order,
// that prices a line the cart does not have, drops a line or changes a quantity is refused:
// nullopt with `error` in plain words.
std::optional<PricedCart> parsePricedCart(const QJsonValue& reply, const Ticket& ticket,
                                          QString* error);

} // namespace aifi
} // namespace checkstand
