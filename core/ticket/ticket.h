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

    static Ticket create(const QString& retailerOrderId, const QString& currency,
                         const QDateTime& now);

    qsizetype indexOfLine(const QString& lineId) const;
    // Lines x quantity - discount + freight. Empty on overflow.
    std::optional<Money> itemsTotal() const;
    std::optional<Money> discountAmount() const;
    std::optional<Money> total() const;

    QJsonObject toJson() const;
    struct Parsed;
    static Parsed fromJson(const QJsonObject& json);

    friend bool operator==(const Ticket&, const Ticket&) = default;
};

struct Ticket::Parsed {
    std::optional<Ticket> ticket;
    QString error;
};

inline const QString kTicketFormat = QStringLiteral("checkstand.ticket/1");

} // namespace checkstand
