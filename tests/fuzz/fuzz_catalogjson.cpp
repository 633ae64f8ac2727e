// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile catalog JSON file: the import takes the good rows, reports the bad ones in words, and
// stores nothing a sale could not use (negative prices, wrong check digits).
#include "fuzzcatalog.h"

using namespace checkstand;
using namespace checkstand::fuzz;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    initCatalog(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto catalog = freshCatalog();
    const ImportReport report = catalog->importJson(bytes(data, size), QStringLiteral("USD"));
    note(report.summary());
    checkImport(*catalog, report, qsizetype(size));
    return 0;
}
