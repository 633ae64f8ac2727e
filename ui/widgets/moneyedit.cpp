// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyedit.h"

#include <QRegularExpressionValidator>

namespace checkstand {

MoneyEdit::MoneyEdit(QString currency, QWidget* parent)
    : QLineEdit(parent) {
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Amounts on this form are never negative and never use a thousands separator; refusing
    // those keys is kinder than an error. Too many decimals still gets a message from parse().
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]{0,13}(\\.[0-9]{0,4})?$")), this));
    setCurrency(currency);
}

void MoneyEdit::setCurrency(const QString& currency) {
    m_currency = currency;
    const int digits = Money::minorDigits(currency);
    setPlaceholderText(digits > 0 ? QStringLiteral("0.") + QString(digits, u'0')
                                  : QStringLiteral("0"));
}

Money::ParseResult MoneyEdit::amount() const {
    if (isBlank())
        return {Money::fromMinor(0, m_currency), {}};
    return Money::parse(text(), m_currency);
}

} // namespace checkstand
