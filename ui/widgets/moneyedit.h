// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QLineEdit>

namespace checkstand {

// A line edit for an amount in the store's currency. The text is read exactly with
// Money::parse (never through a double); a blank field means zero.
class MoneyEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit MoneyEdit(QString currency = Money::defaultCurrency(), QWidget* parent = nullptr);

    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }

    bool isBlank() const { return text().trimmed().isEmpty(); }
    // Zero when blank; the parse error in words when the text is not an amount.
    Money::ParseResult amount() const;

    // The screen locale's decimal point, also accepted when typed ("," in pt_BR).
    static QChar decimalPoint();

private:
    QString m_currency;
};

} // namespace checkstand
