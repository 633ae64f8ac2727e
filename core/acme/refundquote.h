// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "net/outcome.h"

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

using QuoteOutcome = Outcome<RefundQuote>;
// 409: this request id was already taken, so the quote was not taken twice.
inline bool isAlreadySubmitted(const QuoteOutcome& outcome) {
    return outcome.http.kind == HttpResult::Kind::HttpStatus && outcome.http.httpStatus == 409;
}

// Reads the charges reply; amounts are the contract's decimal strings, read exactly.
std::optional<RefundQuote> parseQuote(const QJsonValue& reply, QString* error);

} // namespace checkstand::acme
