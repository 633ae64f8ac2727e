// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <functional>

class QWidget;

namespace checkstand {

// The catalog import report in a window that does not block: the count, and each skipped row
// with its line number (the first 50, then how many more). `closed` runs when it is closed.
void showImportReport(QWidget* parent, const ImportReport& report, std::function<void()> closed);

} // namespace checkstand
