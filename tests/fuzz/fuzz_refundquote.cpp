// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile ACME charges reply: parseQuote reads the amounts exactly or refuses them in words;
// no refund is negative, the "details add up" flag tells the truth, and no more than the last
// four digits of a card survive.
#include "fuzzcheck.h"

#include "acme/refundquote.h"

using namespace checkstand;
using namespace checkstand::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonValue reply = jsonOf(bytes(data, size));
    QString error;
    const auto quote = acme::parseQuote(reply, &error);
    FUZZ_CHECK(quote.has_value() == error.isEmpty(), error);
    note(quote ? QStringLiteral("refund %1").arg(quote->refundAmount.toDecimalString()) : error);
    if (!quote)
        return 0;
    // netAmount may be negative (the contract's own example is "-100.00"); what is paid back or
    // charged is not.
    FUZZ_CHECK(!quote->refundAmount.isNegative(), quote->refundAmount.toDecimalString());
    FUZZ_CHECK(!quote->paymentAmount.isNegative(), quote->paymentAmount.toDecimalString());
    std::optional<Money> sum = Money::fromMinor(0, quote->refundAmount.currency());
    for (const acme::RefundDetail& d : quote->details) {
        FUZZ_CHECK(!d.amount.isNegative(), d.amount.toDecimalString());
        FUZZ_CHECK(d.lastFour.size() <= 4, d.lastFour);
        FUZZ_CHECK(cardNumberIn(d.paymentMethod).isEmpty(), d.paymentMethod);
        sum = sum ? sum->plus(d.amount) : std::nullopt;
    }
    // Checked arithmetic: an overflowing sum never "adds up".
    FUZZ_CHECK(quote->detailsAddUp == (sum && *sum == quote->refundAmount),
               sum ? sum->toDecimalString() : QStringLiteral("overflow"));
    const QJsonObject json = quote->toJson();
    FUZZ_CHECK(json.value(QLatin1String("refundAmount")).toString() ==
                   quote->refundAmount.toDecimalString(),
               QString());
    return 0;
}
