#include "refundquote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace checkstand::acme {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("checkstand::acme", s);
}

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
        *error = tr("the reply is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = reply.toObject();
    RefundQuote q;
    const auto amount = [&](const QJsonObject& from, const char* key, Money* out) {
        const auto m = Money::fromJson(from.value(QLatin1String(key)));
        if (!m.ok()) {
            *error = tr("%1: %2").arg(QLatin1String(key), m.error);
            return false;
        }
        *out = *m.value;
        return true;
    };
    if (!amount(o, "netAmount", &q.netAmount) || !amount(o, "paymentAmount", &q.paymentAmount) ||
        !amount(o, "refundAmount", &q.refundAmount))
        return std::nullopt;
    Money sum = Money::fromMinor(0);
    static const QRegularExpression four(QStringLiteral("^\\d{4}$"));
    const QJsonArray details = o.value(QLatin1String("refundDetails")).toArray();
    for (qsizetype i = 0; i < details.size() && i < 50; ++i) {
        const QJsonObject d = details.at(i).toObject();
        RefundDetail detail;
        if (!amount(d, "refundAmount", &detail.amount))
            return std::nullopt;
        detail.paymentMethod = d.value(QLatin1String("paymentMethod")).toString().left(40);
        const QString last = d.value(QLatin1String("ccLastFourDigits")).toString();
        // Whatever the server sends, no more than four digits of a card reach the screen.
        detail.lastFour = four.match(last).hasMatch() ? last : QString();
        q.details.append(detail);
        sum = sum.plus(detail.amount).value_or(sum);
    }
    q.detailsAddUp = sum == q.refundAmount;
    return q;
}

} // namespace checkstand::acme
