// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/receipt.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace checkstand::print {

// The two layouts a store prints: a thermal roll 80 mm wide (72 mm printable, as long as the
// receipt) and an A4 sheet.
enum class Paper { Roll80mm, A4 };

// The page a receipt needs on `paper`: A4, or 80 mm x the receipt's own length.
QPageSize pageSizeFor(const Receipt& receipt, Paper paper);

// Paints `receipt` on a paged device - a QPrinter (Qt Print Support, the system printer) or a
// QPdfWriter - whose page size the caller set with pageSizeFor(). Store, number, date,
// operator, lines, totals with taxes by rate, tenders, change, notes, a Code 128 barcode of the
// number, and TRAINING / REPRINT marks. False (with `error` in words) when nothing could be
// painted (the device would not open: no printer, a file that cannot be written).
bool paintReceipt(const Receipt& receipt, QPagedPaintDevice& device, Paper paper, QString* error);

// Writes the receipt as a PDF (text selectable: pdftotext reads it back). Needs a
// QGuiApplication (fonts). False with `error` in words (a folder that does not exist, a full
// disk).
bool writeReceiptPdf(const Receipt& receipt, const QString& path, Paper paper, QString* error);

} // namespace checkstand::print
