// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxrate.h"

#include <QRegularExpression>

#include <limits>

namespace checkstand::aifi {

namespace {

constexpr qint64 kMillion = 1000000;
// 128-bit intermediates (a GCC/Clang extension): amount x ppm must never overflow.
__extension__ typedef __int128 Wide;

// numerator / denominator rounded half away from zero, in 128 bits so no product overflows.
std::optional<qint64> divideRounded(Wide numerator, Wide denominator) {
    if (denominator == 0)
        return std::nullopt;
    const bool negative = (numerator < 0) != (denominator < 0);
    Wide n = numerator < 0 ? -numerator : numerator;
    const Wide d = denominator < 0 ? -denominator : denominator;
    Wide q = (n + d / 2) / d;
    if (negative)
        q = -q;
    if (q > std::numeric_limits<qint64>::max() || q < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(q);
}

} // namespace

std::optional<TaxRate> TaxRate::parse(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,2})(?:\\.(\\d{1,6}))?$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    const qint64 fraction = m.captured(2).leftJustified(6, u'0').toLongLong();
    if (whole > 10) // a rate above 1000 % is a mistake, not a tax
        return std::nullopt;
    return TaxRate{whole * kMillion + fraction};
}

QString TaxRate::toString() const {
    QString fraction = QStringLiteral("%1").arg(ppm % kMillion, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 1 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return QString::number(ppm / kMillion) + u'.' + fraction;
}

std::optional<Money> applyRate(const Money& amount, TaxRate rate) {
    const auto minor = divideRounded(Wide(amount.minorUnits()) * rate.ppm, kMillion);
    return minor ? std::optional(Money::fromMinor(*minor, amount.currency())) : std::nullopt;
}

std::optional<Money> includedTax(const Money& gross, TaxRate rate) {
    // tax = gross * rate / (1 + rate)
    const auto minor = divideRounded(Wide(gross.minorUnits()) * rate.ppm, kMillion + rate.ppm);
    return minor ? std::optional(Money::fromMinor(*minor, gross.currency())) : std::nullopt;
}

} // namespace checkstand::aifi
