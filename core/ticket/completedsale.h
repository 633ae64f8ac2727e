// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salebreakdown.h"
#include "ticket.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace checkstand {

// How the customer paid.
enum class Tender { Cash, Card, Financing };
QString toString(Tender tender); // "cash", "card", "financing"

std::optional<Tender> tenderFromString(const QString& name);

// One tender of a sale. A sale is paid by one or more (split payment); each is recorded.
struct Payment {
    Tender tender = Tender::Cash;
    Money amount;      // what it pays towards the sale
    Money tendered;    // cash: what the customer handed over (>= amount); otherwise = amount
    QString reference; // card: the terminal's approval reference; financing: ChargeAfter's

    std::optional<Money> change() const; // tendered - amount (cash only; zero otherwise)
    QJsonObject toJson() const;
    static std::optional<Payment> fromJson(const QJsonObject& json, const QString& currency);
    friend bool operator==(const Payment&, const Payment&) = default;
};

// Why `payments` cannot pay `due` exactly, in words; empty when they can. The amounts must be
// positive and add up to `due` to the cent; cash may be over-tendered (the rest is change),
// nothing else may; a card needs its terminal reference, which is never a card number.
QString paymentsProblem(const QList<Payment>& payments, const Money& due);
// The change due back to the customer, in cash.
std::optional<Money> changeDue(const QList<Payment>& payments);
// A card terminal's approval reference: letters, digits, '-', 4 to 32 characters, and never a
// card number (13-19 digits passing the Luhn check are refused).
QString cardReferenceProblem(const QString& reference);

struct CompletedSale {
    Ticket ticket;
    Tender tender = Tender::Cash; // the first payment's (the journal's tender column)
    Money total;
    QDateTime completedAt;
    QString financingTrackingId; // the ChargeAfter link, for Tender::Financing
    QList<Payment> payments;     // every tender, in the order taken
    SaleBreakdown breakdown;     // lines, taxes by rate, deposits as paid (journal's copy)
    QString operatorName;        // who rang it up (empty until operators exist)
};

} // namespace checkstand
