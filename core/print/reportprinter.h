// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endofday/reportdocument.h"
#include "print/receiptprinter.h"

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace checkstand::print {

// X and Z reports on the same two papers as receipts, laid out by the same Sheet
// (printsheet.h): the 80 mm roll as long as the report, or A4.
QPageSize pageSizeFor(const ReportDocument& report, Paper paper);

// Paints the report on a QPrinter or a QPdfWriter whose page size the caller set with
// pageSizeFor(): store, title, period, every section of figures, the notes (the journal's head
// hash on a Z), and the TRAINING and REPRINT marks. False with `error` in words when nothing
// could be painted.
bool paintReport(const ReportDocument& report, QPagedPaintDevice& device, Paper paper,
                 QString* error);

// Writes the report as a PDF (text selectable). Needs a QGuiApplication (fonts). False with
// `error` in words (a folder that does not exist, a full disk).
bool writeReportPdf(const ReportDocument& report, const QString& path, Paper paper, QString* error);

} // namespace checkstand::print
