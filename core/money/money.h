// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace checkstand {

struct MoneyParseResult;

// An exact amount of money: integer minor units (cents) plus an ISO 4217 currency code.
// Never built from or turned into a double by arithmetic; the APIs' JSON numbers are read
// through their shortest round-trip text so 1999.0 and 10.99 are exact.
class Money {
public:
    Money() = default;
    static Money fromMinor(qint64 minorUnits, const QString& currency = defaultCurrency());

    using ParseResult = MoneyParseResult;

    // "10.99", "-20", "1999.0", "0.5". No exponent, no thousands separators, no rounding:
    // more decimals than the currency has is an error, not a rounded value.
    static ParseResult parse(QStringView text, const QString& currency = defaultCurrency());
    // A JSON number (1999.0) or a decimal string ("10.99").
    static ParseResult fromJson(const QJsonValue& value,
                                const QString& currency = defaultCurrency());

    static int minorDigits(const QString& currency);
    static QString defaultCurrency() { return QStringLiteral("USD"); }

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // "4296.00": always the currency's number of decimals, '.' separator, leading '-'.
    QString toDecimalString() const;
    // A JSON number with the same value. Exact for |amount| <= kMaxJsonSafeMinor, which the
    // arithmetic below enforces before a value can be sent.
    QJsonValue toJsonNumber() const;
    // Human form for the UI, e.g. "$4,296.00" in the operator's locale.
    QString toDisplayString() const;

    // Checked arithmetic: empty on overflow or currency mismatch.
    std::optional<Money> plus(const Money& other) const;
    std::optional<Money> minus(const Money& other) const;
    std::optional<Money> times(qint64 factor) const;

    friend bool operator==(const Money& a, const Money& b) = default;

private:
    qint64 m_minor = 0;
    QString m_currency = defaultCurrency();
};

struct MoneyParseResult {
    std::optional<Money> value;
    QString error; // plain words, set when value is empty
    bool ok() const { return value.has_value(); }
};

// Largest magnitude (in minor units) that survives a trip through a JSON double exactly,
// whatever the currency's number of decimals.
inline constexpr qint64 kMaxJsonSafeMinor = 999999999999999; // 15 significant digits (DBL_DIG)

} // namespace checkstand
