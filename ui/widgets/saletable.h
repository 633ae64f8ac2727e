// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace checkstand::saletable {

// A read-only table of sales to pick one from (the parked sales, the sales awaiting financing):
// one row per sale, whole rows selected one at a time, Tab leaves the table rather than moving
// between cells, no row numbers, columns as wide as their contents and the last one stretched.
QTableWidget* create(const QString& objectName, const QStringList& headers, int rows,
                     QWidget* parent);

enum class Align { Left, Right };
// Fills one cell with `text`; amounts and counts are Right-aligned.
void setCell(QTableWidget& table, int row, int column, const QString& text,
             Align align = Align::Left);

} // namespace checkstand::saletable
