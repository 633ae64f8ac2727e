// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace checkstand::barcode {

enum class Kind { NotABarcode, Ean13, UpcA, Ean8 };

struct Check {
    Kind kind = Kind::NotABarcode;
    bool checkDigitOk = false;
    QString normalized; // EAN-13 form for UPC-A (leading 0), else as scanned
    QString error;      // plain words when the check digit is wrong
};

// Reads what a scanner typed: 8, 12 or 13 digits are a barcode whose check digit must be right.
// Anything else is not a barcode (a name to search, or a SKU).
Check inspect(const QString& text);

// The GS1 check digit for the digits before it.
int checkDigit(QStringView digitsWithoutCheck);

} // namespace checkstand::barcode
