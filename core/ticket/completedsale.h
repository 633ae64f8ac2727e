#pragma once

#include "ticket.h"

#include <QDateTime>

namespace checkstand {

// How the customer paid.
enum class Tender { Cash, Card, Financing };
QString toString(Tender tender); // "cash", "card", "financing"

struct CompletedSale {
    Ticket ticket;
    Tender tender = Tender::Cash;
    Money total;
    QDateTime completedAt;
    QString financingTrackingId; // the ChargeAfter link, for Tender::Financing
};

} // namespace checkstand
