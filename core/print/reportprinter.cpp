// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinter.h"

#include "printsheet.h"

#include <QPdfWriter>

namespace checkstand::print {

using namespace detail;

namespace {

// The same context as the Sheet's texts (printsheet.h).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::print)
};

QString trainingText() {
    return Tr::tr("TRAINING — NOT A REAL DAY");
}

// One layout for both papers: the roll uses its whole width, A4 keeps the figures in a column
// the eye can follow from label to amount, with the TRAINING watermark on every page.
void layoutReport(Sheet& s, const ReportDocument& r, Paper paper, const QRectF& page) {
    const Fonts f = fontsFor(paper);
    const bool a4 = paper == Paper::A4;
    if (a4 && r.training) {
        s.onNewPage = [&s, page] {
            watermark(s.painter(), page);
        };
        watermark(s.painter(), page);
    }
    storeHeading(s, f, r.store, r.reprint, r.training ? trainingText() : QString());
    s.space(a4 ? 6 : 2);
    s.text(r.title, f.heading, Qt::AlignHCenter);
    s.space(1);
    for (const QString& line : r.header)
        s.text(line, f.body);

    const double x = s.left();
    const double w = a4 ? qMin(s.width(), s.mm(120)) : s.width();
    for (const ReportDocument::Section& section : r.sections) {
        s.space(a4 ? 5 : 3);
        // The heading is kept with the first row under it.
        s.ensure(s.lineHeight(f.bold) + s.lineHeight(f.body) + s.mm(3));
        s.text(section.title, f.bold);
        s.rule(0.3, x, w);
        for (const ReportDocument::Row& row : section.rows) {
            if (row.strong)
                s.rule(0.2, x, w);
            s.row(row.label, row.amount, row.strong ? f.bold : f.body, x, w);
        }
    }
    if (!r.notes.isEmpty()) {
        s.space(a4 ? 6 : 3);
        s.notes(r.notes, f.small, 0.8);
    }
    if (r.training) {
        s.space(2);
        s.framed(trainingText(), f.mark);
    }
    s.onNewPage = nullptr;
}

QString paintError(PaintFailure failure) {
    switch (failure) {
    case PaintFailure::NotOpened:
        return Tr::tr("Could not print the report: the printer or the file could not be "
                      "opened.");
    case PaintFailure::NoNewPage:
        return Tr::tr("Could not print the report: a new page could not be "
                      "started.");
    case PaintFailure::NotAccepted:
        break;
    }
    return Tr::tr("Could not print the report: the printer or the file "
                  "did not accept it.");
}

} // namespace

QPageSize pageSizeFor(const ReportDocument& report, Paper paper) {
    if (paper == Paper::A4)
        return QPageSize(QPageSize::A4);
    return rollPageSize(
        [&report](Sheet& sheet) { layoutReport(sheet, report, Paper::Roll80mm, QRectF()); },
        Tr::tr("Report roll 80 mm"));
}

bool paintReport(const ReportDocument& report, QPagedPaintDevice& device, Paper paper,
                 QString* error) {
    return paintDocument(
        device, paper,
        [&report, paper](Sheet& sheet, const QRectF& page) {
            layoutReport(sheet, report, paper, page);
        },
        paintError, error);
}

bool writeReportPdf(const ReportDocument& report, const QString& path, Paper paper,
                    QString* error) {
    const QString why = writeDocumentPdf(
        path, [&report, paper] { return pageSizeFor(report, paper); }, report.title,
        [&report, paper](QPdfWriter& writer) {
            QString ignored;
            return paintReport(report, writer, paper, &ignored);
        });
    if (why.isEmpty())
        return true;
    if (error)
        *error =
            Tr::tr("Could not write the report to %1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}

} // namespace checkstand::print
