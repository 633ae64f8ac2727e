#pragma once

#include "money/money.h"
#include "net/httpresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace checkstand::acme {

struct RefundDetail {
    Money amount;
    QString paymentMethod;
    QString lastFour; // only the last four, never more
};

struct RefundQuote {
    Money netAmount;
    Money paymentAmount;
    Money refundAmount;
    QList<RefundDetail> details;
    bool detailsAddUp = true; // the details sum to refundAmount; flagged on screen otherwise

    QJsonObject toJson() const;
};

struct QuoteOutcome {
    std::optional<RefundQuote> quote;
    bool alreadySubmitted = false; // 409: this request id was already taken
    HttpResult http;
    QString error;
};

// Reads the charges reply; amounts are the contract's decimal strings, read exactly.
std::optional<RefundQuote> parseQuote(const QJsonValue& reply, QString* error);

} // namespace checkstand::acme
