// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace checkstand::bench {

using Row = void (*)(const QString& figure, double value, double floor, const QString& unit);

// The scale figures: a 100,000-product catalog imported and searched as you type, the sale
// history searched over 1,000,000 journalled sales and the Outbox page opened on 100,000 queued
// notifications, each next to a bare SQLite floor of the same run; the data is generated here.
// `self` is this program, started again to measure the main window's memory with that data.
void scaleFigures(Row row, const QString& self);

// Child mode: the main window on the data folder `dir`, started as the app starts it; prints
// "shown <resident KiB>" once it is painted and "ready <resident KiB>" once it can be used.
int showMainWindowOn(const QString& dir);

struct Startup {
    double shownMs = 0;
    double shownKb = 0;
    double readyMs = 0; // 0: the child printed no "ready"
    double readyKb = 0;
};
// Medians over `runs` starts of `self args` (a child mode above).
Startup startChild(const QString& self, const QStringList& args, int runs);

} // namespace checkstand::bench
