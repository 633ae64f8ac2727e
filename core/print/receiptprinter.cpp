// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptprinter.h"

#include "printsheet.h"
#include "receipt/code128.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>
#include <functional>

namespace checkstand::print {

// The Sheet, fonts, page geometry and PDF checks shared with the report printer.
using namespace detail;

namespace {

// The same context as the Sheet's texts (printsheet.h).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::print)
};

constexpr double kMinModuleMm = 0.25; // narrower bars do not scan reliably from thermal paper
constexpr double kMaxModuleMm = 0.5;

QString trainingText() {
    return Tr::tr("TRAINING — NOT A SALE");
}

// The Code 128 symbol of the receipt's number, centred, with the number under it. Bars are a
// whole number of device pixels wide so every module prints the same; when the code would need
// modules under 0.25 mm (a long number) only the number is printed.
void barcode(Sheet& sheet, const QString& number, const QFont& font, double barHeightMm) {
    if (number.isEmpty())
        return;
    const std::optional<QList<int>> widths = code128::widths(number);
    int modules = 2 * code128::kQuietZone;
    if (widths) {
        for (int w : *widths)
            modules += w;
    }
    double module = widths ? std::floor(sheet.width() / modules) : 0;
    module = qMin(module, qMax(1.0, std::floor(sheet.mm(kMaxModuleMm))));
    const bool bars = widths && module > 0 && module * 25.4 / sheet.dpi() >= kMinModuleMm - 1e-9;
    const double textHeight =
        sheet.paragraph(number, font, sheet.left(), sheet.width(), Qt::AlignHCenter, false);
    const double barHeight = bars ? sheet.mm(barHeightMm) + sheet.mm(1) : 0;
    sheet.ensure(barHeight + textHeight);
    if (bars) {
        if (QPainter* p = sheet.painter()) {
            // On the pixel grid, so each bar keeps its exact width on a printer.
            double x = std::round(sheet.left() + (sheet.width() - modules * module) / 2) +
                       code128::kQuietZone * module;
            bool bar = true;
            for (int w : *widths) {
                if (bar)
                    p->fillRect(QRectF(x, sheet.y(), w * module, sheet.mm(barHeightMm)), Qt::black);
                x += w * module;
                bar = !bar;
            }
        }
        sheet.advance(barHeight);
    }
    sheet.text(number, font, Qt::AlignHCenter);
}

void layoutRoll(Sheet& s, const Receipt& r) {
    const Fonts f = fontsFor(Paper::Roll80mm);
    storeHeading(s, f, r.store, r.reprint, r.training ? trainingText() : QString());
    s.space(2);
    s.text(r.title, f.heading, Qt::AlignHCenter);
    s.text(Tr::tr("No. %1").arg(r.number), f.body);
    if (!r.originalNumber.isEmpty())
        s.text(Tr::tr("Return of sale %1").arg(r.originalNumber), f.body);
    if (r.at.isValid())
        s.text(dateText(r.at), f.body);
    if (!r.operatorName.isEmpty())
        s.text(Tr::tr("Operator: %1").arg(r.operatorName), f.body);
    s.rule();

    for (const Receipt::Line& line : r.lines) {
        s.row(line.name, line.amount, f.body);
        s.text(line.detail, f.small, Qt::AlignLeft, s.mm(3));
    }
    s.rule();
    for (const Receipt::Row& row : r.totals) {
        if (row.strong)
            s.rule(0.4);
        s.row(row.label, row.amount, row.strong ? f.total : f.body);
    }
    if (!r.tenders.isEmpty()) {
        s.rule();
        for (const Receipt::Row& row : r.tenders)
            s.row(row.label, row.amount, row.strong ? f.bold : f.body);
    }
    if (!r.notes.isEmpty()) {
        s.rule();
        s.notes(r.notes, f.small, 0.8);
    }
    s.space(3);
    barcode(s, r.number, f.body, 12);
    if (r.training) {
        s.space(2);
        s.framed(trainingText(), f.mark);
    }
}

struct A4Columns {
    double itemX, itemW, detailX, detailW, amountX, amountW;
};

A4Columns a4Columns(const Sheet& s) {
    const double gap = s.mm(3);
    const double w = s.width();
    const double itemW = w * 0.52;
    const double detailW = w * 0.28;
    const double amountW = w - itemW - detailW - 2 * gap;
    return A4Columns{
        s.left(), itemW, s.left() + itemW + gap, detailW, s.left() + itemW + detailW + 2 * gap,
        amountW};
}

void tableHeader(Sheet& s, const Fonts& f, Receipt::Kind kind) {
    const A4Columns c = a4Columns(s);
    // Kept with the first line under it, so a page never ends on a bare header.
    s.ensure(s.lineHeight(f.bold) + s.lineHeight(f.body) + s.mm(5));
    s.paragraph(Tr::tr("Item"), f.bold, c.itemX, c.itemW, Qt::AlignLeft, true);
    s.paragraph(kind == Receipt::Kind::Return ? Tr::tr("Quantity") : Tr::tr("Qty × Unit"), f.bold,
                c.detailX, c.detailW, Qt::AlignLeft, true);
    s.paragraph(Tr::tr("Amount"), f.bold, c.amountX, c.amountW, Qt::AlignRight, true);
    s.advance(s.lineHeight(f.bold));
    s.rule(0.3);
}

void tableLine(Sheet& s, const Fonts& f, const Receipt::Line& line) {
    const A4Columns c = a4Columns(s);
    const double h =
        qMax(qMax(s.paragraph(line.name, f.body, c.itemX, c.itemW, Qt::AlignLeft, false),
                  s.paragraph(line.detail, f.small, c.detailX, c.detailW, Qt::AlignLeft, false)),
             s.paragraph(line.amount, f.body, c.amountX, c.amountW, Qt::AlignRight, false));
    s.ensure(h + s.mm(1.5));
    s.paragraph(line.name, f.body, c.itemX, c.itemW, Qt::AlignLeft, true);
    s.paragraph(line.detail, f.small, c.detailX, c.detailW, Qt::AlignLeft, true);
    s.paragraph(line.amount, f.body, c.amountX, c.amountW, Qt::AlignRight, true);
    s.advance(h + s.mm(1.5));
}

void header(Sheet& s, const Fonts& f, const Receipt& r) {
    // The store on the left, the document on the right, side by side.
    const double gap = s.mm(6);
    const double leftW = (s.width() - gap) * 0.55;
    const double rightW = s.width() - gap - leftW;
    const double rightX = s.left() + leftW + gap;
    QList<std::pair<QString, QFont>> store{{r.store.name, f.store}};
    for (const QString& line : addressLines(r.store.address))
        store.append({line, f.body});
    if (!r.store.storeId.isEmpty())
        store.append({Tr::tr("Store %1").arg(r.store.storeId), f.small});
    QList<std::pair<QString, QFont>> document{{r.title, f.heading},
                                              {Tr::tr("No. %1").arg(r.number), f.body}};
    if (!r.originalNumber.isEmpty())
        document.append({Tr::tr("Return of sale %1").arg(r.originalNumber), f.body});
    if (r.at.isValid())
        document.append({dateText(r.at), f.body});
    if (!r.operatorName.isEmpty())
        document.append({Tr::tr("Operator: %1").arg(r.operatorName), f.body});

    auto column = [&s](const QList<std::pair<QString, QFont>>& lines, double x, double w,
                       Qt::Alignment align, bool draw) {
        double h = 0;
        for (const auto& [text, font] : lines)
            h += s.paragraph(text, font, x, w, align, draw, h);
        return h;
    };
    const double h = qMax(column(store, s.left(), leftW, Qt::AlignLeft, false),
                          column(document, rightX, rightW, Qt::AlignRight, false));
    s.ensure(h);
    column(store, s.left(), leftW, Qt::AlignLeft, true);
    column(document, rightX, rightW, Qt::AlignRight, true);
    s.advance(h);
}

void layoutA4(Sheet& s, const Receipt& r, const QRectF& page) {
    const Fonts f = fontsFor(Paper::A4);
    bool inTable = false;
    s.onNewPage = [&]() {
        if (r.training)
            watermark(s.painter(), page);
        if (inTable)
            tableHeader(s, f, r.kind);
    };
    if (r.training) {
        watermark(s.painter(), page);
        s.framed(trainingText(), f.mark);
        s.space(2);
    }
    if (r.reprint) {
        s.text(Tr::tr("REPRINT"), f.mark, Qt::AlignHCenter);
        s.space(2);
    }
    header(s, f, r);
    s.space(6);

    tableHeader(s, f, r.kind);
    inTable = true;
    for (const Receipt::Line& line : r.lines)
        tableLine(s, f, line);
    inTable = false;
    s.rule(0.3);

    // Totals and tenders in a block on the right, under the Amount column.
    const double blockW = s.width() * 0.45;
    const double blockX = s.left() + s.width() - blockW;
    s.space(1);
    for (const Receipt::Row& row : r.totals) {
        if (row.strong)
            s.rule(0.4, blockX, blockW);
        s.row(row.label, row.amount, row.strong ? f.total : f.body, blockX, blockW);
    }
    if (!r.tenders.isEmpty()) {
        s.space(4);
        for (const Receipt::Row& row : r.tenders)
            s.row(row.label, row.amount, row.strong ? f.bold : f.body, blockX, blockW);
    }
    if (!r.notes.isEmpty()) {
        s.space(6);
        s.notes(r.notes, f.body, 1);
    }
    s.space(8);
    barcode(s, r.number, f.body, 15);
    if (r.training) {
        s.space(4);
        s.framed(trainingText(), f.mark);
    }
    s.onNewPage = nullptr;
}

QString paintError(PaintFailure failure) {
    switch (failure) {
    case PaintFailure::NotOpened:
        return Tr::tr("Could not print the receipt: the printer or the file could not be "
                      "opened.");
    case PaintFailure::NoNewPage:
        return Tr::tr("Could not print the receipt: a new page could not be "
                      "started.");
    case PaintFailure::NotAccepted:
        break;
    }
    return Tr::tr("Could not print the receipt: the printer or the file "
                  "did not accept it.");
}

} // namespace

QPageSize pageSizeFor(const Receipt& receipt, Paper paper) {
    if (paper == Paper::A4)
        return QPageSize(QPageSize::A4);
    // Measured with the roll's own layout at the PDF's resolution on an endless page.
    return rollPageSize([&receipt](Sheet& sheet) { layoutRoll(sheet, receipt); },
                        Tr::tr("Receipt roll 80 mm"));
}

bool paintReceipt(const Receipt& receipt, QPagedPaintDevice& device, Paper paper, QString* error) {
    return paintDocument(
        device, paper,
        [&receipt, paper](Sheet& sheet, const QRectF& page) {
            if (paper == Paper::Roll80mm)
                layoutRoll(sheet, receipt);
            else
                layoutA4(sheet, receipt, page);
        },
        paintError, error);
}

bool writeReceiptPdf(const Receipt& receipt, const QString& path, Paper paper, QString* error) {
    const QString why = writeDocumentPdf(
        path, [&receipt, paper] { return pageSizeFor(receipt, paper); }, receipt.number,
        [&receipt, paper](QPdfWriter& writer) {
            QString ignored;
            return paintReceipt(receipt, writer, paper, &ignored);
        });
    if (why.isEmpty())
        return true;
    if (error)
        *error = Tr::tr("Could not write the receipt to %1: %2")
                     .arg(QDir::toNativeSeparators(path), why);
    return false;
}

} // namespace checkstand::print
