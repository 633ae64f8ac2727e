// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refundquote.h"

#include "net/redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace checkstand::acme {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::acme)
};

} // namespace

QJsonObject RefundQuote::toJson() const {
    QJsonArray list;
    for (const RefundDetail& d : details)
        list.append(QJsonObject{{QStringLiteral("refundAmount"), d.amount.toDecimalString()},
                                {QStringLiteral("paymentMethod"), d.paymentMethod},
                                {QStringLiteral("ccLastFourDigits"), d.lastFour}});
    return {{QStringLiteral("netAmount"), netAmount.toDecimalString()},
            {QStringLiteral("paymentAmount"), paymentAmount.toDecimalString()},
            {QStringLiteral("refundAmount"), refundAmount.toDecimalString()},
            {QStringLiteral("refundDetails"), list},
            {QStringLiteral("detailsAddUp"), detailsAddUp}};
}

std::optional<RefundQuote> parseQuote(const QJsonValue& reply, QString* error) {
    if (!reply.isObject()) {
        *error = Tr::tr("the reply is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = reply.toObject();
    RefundQuote q;
    // What is paid back or charged is never negative (netAmount, their difference, may be).
    const auto amount = [&](const QJsonObject& from, const char* key, Money* out,
                            bool mayBeNegative = false) {
        const auto m = Money::fromJson(from.value(QLatin1String(key)));
        if (!m.ok()) {
            *error = Tr::tr("%1: %2").arg(QLatin1String(key), m.error);
            return false;
        }
        if (!mayBeNegative && m.value->isNegative()) {
            *error =
                Tr::tr("%1 is negative (%2)").arg(QLatin1String(key), m.value->toDecimalString());
            return false;
        }
        *out = *m.value;
        return true;
    };
    if (!amount(o, "netAmount", &q.netAmount, true) ||
        !amount(o, "paymentAmount", &q.paymentAmount) ||
        !amount(o, "refundAmount", &q.refundAmount))
        return std::nullopt;
    std::optional<Money> sum = Money::fromMinor(0);
    // \z, not $: "$" also matches before a final newline, so "4242\n" would pass.
    static const QRegularExpression four(QStringLiteral("\\A\\d{4}\\z"));
    const QJsonArray details = o.value(QLatin1String("refundDetails")).toArray();
    for (qsizetype i = 0; i < details.size() && i < 50; ++i) {
        const QJsonObject d = details.at(i).toObject();
        RefundDetail detail;
        if (!amount(d, "refundAmount", &detail.amount)) {
            *error = Tr::tr("refundDetails[%1].%2").arg(i).arg(*error);
            return std::nullopt;
        }
        // Shown on screen: vendor text, made safe.
        detail.paymentMethod =
            redaction::vendorText(d.value(QLatin1String("paymentMethod")).toString(), {}, 40);
        const QString last = d.value(QLatin1String("ccLastFourDigits")).toString();
        // Whatever the server sends, no more than four digits of a card reach the screen.
        detail.lastFour = four.match(last).hasMatch() ? last : QString();
        q.details.append(detail);
        // Checked: details that overflow do not add up to anything.
        sum = sum ? sum->plus(detail.amount) : std::nullopt;
    }
    q.detailsAddUp = sum && *sum == q.refundAmount;
    return q;
}

} // namespace checkstand::acme
