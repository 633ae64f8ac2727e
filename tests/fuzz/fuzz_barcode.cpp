// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a scanner (or a hand) types: barcode::inspect recognises EAN-13, UPC-A and EAN-8 by
// their digits alone, with a right check digit, and says so in words when it is wrong.
#include "fuzzcheck.h"

#include "catalog/barcode.h"

using namespace checkstand;
using namespace checkstand::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(bytes(data, size));
    const barcode::Check c = barcode::inspect(text);
    note(c.normalized + u' ' + c.error);
    if (c.kind == barcode::Kind::NotABarcode) {
        FUZZ_CHECK(!c.checkDigitOk && c.normalized.isEmpty(), c.normalized);
        return 0;
    }
    const QString digits = text.trimmed();
    bool ascii = true;
    for (const QChar ch : digits)
        ascii = ascii && ch >= u'0' && ch <= u'9';
    FUZZ_CHECK(ascii, digits);
    const qsizetype expected = c.kind == barcode::Kind::Ean8 ? 8 : 13;
    FUZZ_CHECK(c.normalized.size() == expected, c.normalized);
    FUZZ_CHECK(c.normalized.endsWith(digits), c.normalized);
    // The GS1 check digit, computed here independently of the code under test.
    int sum = 0;
    for (qsizetype i = 0; i + 1 < c.normalized.size(); ++i) {
        const int weight = (c.normalized.size() - 1 - i) % 2 == 1 ? 3 : 1;
        sum += (c.normalized[i].unicode() - u'0') * weight;
    }
    const bool right = (10 - sum % 10) % 10 == c.normalized.back().unicode() - u'0';
    FUZZ_CHECK(c.checkDigitOk == right, c.normalized);
    FUZZ_CHECK(c.checkDigitOk == c.error.isEmpty(), c.error);
    FUZZ_CHECK(c.error.size() <= 300, c.error);
    // Normalising is stable: the EAN-13 form of a UPC-A reads as the same EAN-13.
    const barcode::Check again = barcode::inspect(c.normalized);
    FUZZ_CHECK(again.normalized == c.normalized && again.checkDigitOk == c.checkDigitOk,
               again.normalized);
    return 0;
}
