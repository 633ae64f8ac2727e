// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QLocale>

namespace checkstand {

namespace {

// The reasons an amount is refused are shown to operators (a price typed, a file imported).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Money)
};

qint64 pow10(int digits) {
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

Money::ParseResult failure(QString why) {
    return {std::nullopt, std::move(why)};
}

Money::ParseResult tooLarge(QStringView text) {
    return failure(Tr::tr("\"%1\" is too large").arg(text.toString()));
}

} // namespace

Money Money::fromMinor(qint64 minorUnits, const QString& currency) {
    Money m;
    m.m_minor = minorUnits;
    m.m_currency = currency;
    return m;
}

int Money::minorDigits(const QString& currency) {
    // The few ISO 4217 currencies whose minor unit is not 1/100.
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("CLP"), QStringLiteral("ISK"),
                                     QStringLiteral("VND")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("KWD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD"),
                                      QStringLiteral("TND")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

Money::ParseResult Money::parse(QStringView text, const QString& currency) {
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return failure(Tr::tr("the amount is empty"));

    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        ++i;
    }
    const int digits = minorDigits(currency);
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    int wholeDigits = 0;
    bool seenPoint = false;

    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == u'.') {
            if (seenPoint)
                return failure(Tr::tr("\"%1\" has more than one decimal point").arg(t.toString()));
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return failure(
                Tr::tr("\"%1\" is not an amount (use digits and a '.')").arg(t.toString()));
        const int d = c.unicode() - u'0';
        if (!seenPoint) {
            ++wholeDigits;
            if (__builtin_mul_overflow(whole, 10, &whole) ||
                __builtin_add_overflow(whole, d, &whole))
                return tooLarge(t);
        } else {
            // Trailing zeros past the currency's precision are exact ("1999.000").
            if (fractionDigits >= digits) {
                if (d != 0)
                    return failure(
                        Tr::tr("\"%1\" has more than %2 decimals").arg(t.toString()).arg(digits));
                continue;
            }
            fraction = fraction * 10 + d;
            ++fractionDigits;
        }
    }
    if (wholeDigits == 0 && fractionDigits == 0)
        return failure(Tr::tr("\"%1\" is not an amount").arg(t.toString()));
    fraction *= pow10(digits - fractionDigits);
    qint64 minor = 0;
    if (__builtin_mul_overflow(whole, pow10(digits), &minor) ||
        __builtin_add_overflow(minor, fraction, &minor))
        return tooLarge(t);
    return {fromMinor(negative ? -minor : minor, currency), {}};
}

Money::ParseResult Money::fromJson(const QJsonValue& value, const QString& currency) {
    if (value.isString())
        return parse(value.toString(), currency);
    if (value.isUndefined())
        return failure(Tr::tr("is missing"));
    if (!value.isDouble())
        return failure(Tr::tr("expected an amount, got %1")
                           .arg(value.isNull() ? QStringLiteral("null") : Tr::tr("another type")));
    const double d = value.toDouble();
    if (!qIsFinite(d))
        return failure(Tr::tr("the amount is not a finite number"));
    // The shortest text that reads back as the same double is the text the sender wrote
    // (for any amount with at most 15 significant digits), so parsing it is exact.
    const QString text = QString::number(d, 'f', QLocale::FloatingPointShortest);
    auto parsed = parse(text, currency);
    if (parsed.ok() && qAbs(parsed.value->minorUnits()) > kMaxJsonSafeMinor)
        return failure(Tr::tr("%1 is too large to be exact as a JSON number").arg(text));
    return parsed;
}

QString Money::toDecimalString() const {
    const int digits = minorDigits(m_currency);
    const quint64 magnitude = m_minor < 0 ? 0 - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(digits));
    QString out = m_minor < 0 ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / scale);
    if (digits > 0)
        out += u'.' + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return out;
}

QJsonValue Money::toJsonNumber() const {
    // Through the decimal text, not division, so 10.99 becomes the double nearest 10.99.
    return QJsonValue(toDecimalString().toDouble());
}

QString Money::toDisplayString() const {
    QLocale locale;
    const int digits = minorDigits(m_currency);
    const QString symbol =
        m_currency == QLatin1String("USD") ? QStringLiteral("$") : m_currency + u' ';
    const qint64 scale = pow10(digits);
    const qint64 whole = m_minor / scale;
    const qint64 frac = qAbs(m_minor % scale);
    QString text = locale.toString(qAbs(whole));
    if (digits > 0)
        text +=
            locale.decimalPoint() + QStringLiteral("%1").arg(frac, digits, 10, QLatin1Char('0'));
    return (m_minor < 0 ? QStringLiteral("-") : QString()) + symbol + text;
}

std::optional<Money> Money::plus(const Money& other) const {
    qint64 r = 0;
    if (other.m_currency != m_currency || __builtin_add_overflow(m_minor, other.m_minor, &r))
        return std::nullopt;
    return fromMinor(r, m_currency);
}

std::optional<Money> Money::minus(const Money& other) const {
    qint64 r = 0;
    if (other.m_currency != m_currency || __builtin_sub_overflow(m_minor, other.m_minor, &r))
        return std::nullopt;
    return fromMinor(r, m_currency);
}

std::optional<Money> Money::times(qint64 factor) const {
    qint64 r = 0;
    if (__builtin_mul_overflow(m_minor, factor, &r))
        return std::nullopt;
    return fromMinor(r, m_currency);
}

} // namespace checkstand
