// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "barcode.h"

#include <QCoreApplication>

namespace checkstand::barcode {

int checkDigit(QStringView digits) {
    // GS1: weights 3,1,3,1... from the rightmost data digit.
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += (digits[i].unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

Check inspect(const QString& text) {
    Check c;
    const QString t = text.trimmed();
    for (const QChar ch : t) {
        if (!ch.isDigit() || ch.unicode() > 127)
            return c;
    }
    switch (t.size()) {
    case 13:
        c.kind = Kind::Ean13;
        break;
    case 12:
        c.kind = Kind::UpcA;
        break;
    case 8:
        c.kind = Kind::Ean8;
        break;
    default:
        return c;
    }
    const int expected = checkDigit(QStringView(t).left(t.size() - 1));
    c.checkDigitOk = expected == t.back().unicode() - u'0';
    c.normalized = c.kind == Kind::UpcA ? QStringLiteral("0") + t : t;
    if (!c.checkDigitOk)
        c.error = QCoreApplication::translate("checkstand::barcode",
                                              "Barcode %1 did not scan correctly (wrong check "
                                              "digit). Scan it again or type the code.")
                      .arg(t);
    return c;
}

} // namespace checkstand::barcode
