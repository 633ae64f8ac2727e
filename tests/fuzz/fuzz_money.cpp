// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money/money.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* currency : {"USD", "JPY", "KWD"}) {
        const auto parsed = checkstand::Money::parse(text, QString::fromLatin1(currency));
        if (!parsed.ok())
            continue;
        // Whatever parses must print and parse back to the same value.
        const auto again = checkstand::Money::parse(parsed.value->toDecimalString(),
                                                    QString::fromLatin1(currency));
        if (!again.ok() || *again.value != *parsed.value)
            __builtin_trap();
    }
    return 0;
}
