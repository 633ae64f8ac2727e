// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyedit.h"

#include <QLocale>
#include <QRegularExpressionValidator>

namespace checkstand {

MoneyEdit::MoneyEdit(QString currency, QWidget* parent)
    : QLineEdit(parent) {
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Amounts on this form are never negative and never use a thousands separator; refusing
    // those keys is kinder than an error. Too many decimals still gets a message from parse().
    // The decimal point is '.' or the locale's own (a Brazilian cashier types "10,50", as the
    // screen shows amounts); either is read exactly, never through a double.
    const QString point = QRegularExpression::escape(QString(decimalPoint()));
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]{0,13}((\\.|%1)[0-9]{0,4})?$").arg(point)), this));
    setCurrency(currency);
}

void MoneyEdit::setCurrency(const QString& currency) {
    m_currency = currency;
    const int digits = Money::minorDigits(currency);
    setPlaceholderText(digits > 0 ? QStringLiteral("0") + decimalPoint() + QString(digits, u'0')
                                  : QStringLiteral("0"));
}

Money::ParseResult MoneyEdit::amount() const {
    if (isBlank())
        return {Money::fromMinor(0, m_currency), {}};
    QString typed = text();
    typed.replace(decimalPoint(), u'.');
    return Money::parse(typed, m_currency);
}

QChar MoneyEdit::decimalPoint() {
    // QLocale::decimalPoint() is a QString in Qt 6 (one character for every locale we ship).
    const QString point = QLocale().decimalPoint();
    return point.size() == 1 ? point.at(0) : QChar(u'.');
}

} // namespace checkstand
