// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace checkstand {

struct Product;

struct ShippingOption {
    QString id;
    QString name;
    Money price;
    Money listPrice;
    Money tax;
    QString deliveryChannel;
    QString shippingEstimate;

    friend bool operator==(const ShippingOption&, const ShippingOption&) = default;
};

struct TicketLine {
    QString lineId; // stable per line; the Order Checker's item objectId
    QString sku;
    QString barcode;
    QString name;
    QString category;
    QString variantKey;
    QString sellerId;
    Money unitPrice;
    std::optional<Money> cost;
    qint64 quantity = 1;
    bool leasable = false;
    bool isGift = false;
    double weight = 0;
    double height = 0;
    double length = 0;
    double width = 0;
    QString shippingMethod;
    QList<ShippingOption> shippingOptions;
    QString checkerError; // the Order Checker's ERROR on this item, in its words

    std::optional<Money> total() const { return unitPrice.times(quantity); }
    static TicketLine fromProduct(const Product& product);
    friend bool operator==(const TicketLine&, const TicketLine&) = default;
};

struct TicketAddress {
    QString addressLine1;
    QString addressLine2;
    QString number;
    QString suburb;
    QString zip;
    QString recipient;
    QString state;
    QString city;
    QString country;

    bool isEmpty() const;
    friend bool operator==(const TicketAddress&, const TicketAddress&) = default;
};

struct TicketCustomer {
    QString customerId; // stable id of a known customer; empty for an anonymous sale
    QString name;
    QString lastName;
    QString email;
    QString phoneCountryCode;
    QString phoneAreaCode;
    QString phoneNumber;
    QString taxDocumentNumber;
    TicketAddress shippingAddress;
    TicketAddress billingAddress;

    bool isEmpty() const;
    friend bool operator==(const TicketCustomer&, const TicketCustomer&) = default;
};

// One sale as it is being built: the document that is autosaved, parked, recalled, checked,
// priced and finally journaled. Its JSON form is documented in docs/ticket-format.md.
struct Ticket {
    QString id;              // UUID; the Order Checker's objectId
    QString retailerOrderId; // the store's readable number, e.g. "store-001-000042"
    QString currency = Money::defaultCurrency();
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<TicketLine> lines;
    TicketCustomer customer;
    QString coupon;
    QString salesChannel;
    Money discount;
    QString discountMode = QStringLiteral("ABSOLUTE"); // or "PERCENTAGE"
    Money freightCost;
    QString shippingMethod;
    QString deliveryTime;
    QStringList notices;     // INFO messages on the order
    QStringList orderErrors; // ERROR messages on the order
    // ChargeAfter checkout links already sent for this sale (tracking ids, oldest first): a
    // declined sale that comes back to the till remembers them, so a second link asks first.
    QStringList financingLinks;

    static Ticket create(const QString& retailerOrderId, const QString& currency,
                         const QDateTime& now);

    qsizetype indexOfLine(const QString& lineId) const;
    // Lines x quantity. Empty on overflow.
    std::optional<Money> itemsTotal() const;
    // What the discount takes off. Empty on overflow and when the discount breaks the money
    // rules (discountProblem()): an impossible discount is no amount, never a wrong one.
    std::optional<Money> discountAmount() const;
    // Lines x quantity - discount + freight. Empty on overflow and when a price or the freight
    // is negative: a sale with an impossible total has no total.
    std::optional<Money> total() const;

    QJsonObject toJson() const;
    struct Parsed;
    // A ticket from outside (a file given to checkstand-ctl): read exactly, and refused unless
    // it keeps the money rules (moneyProblem()).
    static Parsed fromJson(const QJsonObject& json);
    // A sale Checkstand saved itself (the current sale, a parked one): read exactly, but kept
    // even when it breaks a money rule (a discount left larger than the items after a line was
    // removed), so it is never lost; total() is then empty and it cannot be completed as is.
    static Parsed fromStoredJson(const QJsonObject& json);

    friend bool operator==(const Ticket&, const Ticket&) = default;

private:
    static Parsed read(const QJsonObject& json, bool moneyRules);
};

struct Ticket::Parsed {
    std::optional<Ticket> ticket;
    QString error;
};

inline const QString kTicketFormat = QStringLiteral("checkstand.ticket/1");

// The money rules every sale keeps, wherever it comes from (a ticket file, an edit on the Sale
// page, a vendor's reply), in core so that no page has to remember them. Each answers empty
// when the rule holds, else what is wrong in words.
//
// A discount is never negative; ABSOLUTE never takes off more than the items it discounts;
// PERCENTAGE is from 0 to 100 ("10.00" = 10 %). The mode is one of the two.
QString discountProblem(const Ticket& ticket, const Money& discount, const QString& mode);
// Freight is never negative.
QString freightProblem(const Money& freight);
// Every rule at once: unit prices, costs and shipping option prices never negative, every line
// total and the sale total computable without overflow, and the discount and freight rules.
// The first broken rule, with its path in the ticket's JSON ("lines[2].unitPrice: ...").
QString moneyProblem(const Ticket& ticket);

} // namespace checkstand
