// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptprinter.h"

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

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("checkstand::print", text);
}

constexpr double kRollWidthMm = 80;
constexpr double kRollMarginMm = 4; // 72 mm printable on an 80 mm roll
constexpr double kRollMinLengthMm = 80;
constexpr double kRollTearOffMm = 6; // room below the last line for the printer's cutter
constexpr double kA4MarginMm = 20;
constexpr double kMinModuleMm = 0.25; // narrower bars do not scan reliably from thermal paper
constexpr double kMaxModuleMm = 0.5;
constexpr int kPdfDpi = 300;

double marginMm(Paper paper) {
    return paper == Paper::Roll80mm ? kRollMarginMm : kA4MarginMm;
}

QString dateText(const QDateTime& at) {
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString trainingText() {
    return tr("TRAINING — NOT A SALE");
}

struct Fonts {
    QFont body, small, bold, heading, store, total, mark;
};

Fonts fontsFor(Paper paper) {
    const bool roll = paper == Paper::Roll80mm;
    QFont base;
    base.setStyleHint(QFont::SansSerif);
    auto sized = [&base](double points, bool bold) {
        QFont f = base;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    return Fonts{sized(roll ? 8.5 : 10, false), sized(roll ? 7.5 : 8.5, false),
                 sized(roll ? 8.5 : 10, true),  sized(roll ? 10 : 13, true),
                 sized(roll ? 11 : 16, true),   sized(roll ? 10 : 12, true),
                 sized(roll ? 10 : 12, true)};
}

// Where the layout is on a page, in the painter's pixels (device-independent: sizes are
// given in millimetres and points and turned into pixels at the device's resolution). Without a
// painter it only measures: the page is endless and nothing is drawn.
class Sheet {
public:
    Sheet(QPainter* painter, QPagedPaintDevice* device, const QPaintDevice* metrics, int dpi,
          const QRectF& content)
        : m_painter(painter)
        , m_device(device)
        , m_metrics(metrics)
        , m_dpi(dpi)
        , m_content(content)
        , m_y(content.top()) {}

    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    int dpi() const { return m_dpi; }
    QPainter* painter() const { return m_painter; }
    const QRectF& content() const { return m_content; }
    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double y() const { return m_y; }
    void advance(double pixels) { m_y += pixels; }
    void space(double millimetres) { m_y += mm(millimetres); }
    bool failed() const { return m_failed; }
    // Called at the top of each new page (the watermark, a table's header row).
    std::function<void()> onNewPage;

    // Makes room for `height` pixels: a new page when it does not fit on this one but would
    // fit on an empty one.
    void ensure(double height) {
        if (!m_painter || !m_device || m_y + height <= m_content.bottom() + 0.5 ||
            m_y <= m_content.top() + 0.5)
            return;
        if (!m_device->newPage()) {
            m_failed = true;
            return;
        }
        m_y = m_content.top();
        if (onNewPage)
            onNewPage();
    }

    double textWidth(const QString& text, const QFont& font) const {
        return QFontMetricsF(font, m_metrics).horizontalAdvance(text);
    }

    double lineHeight(const QFont& font) const { return QFontMetricsF(font, m_metrics).height(); }

    // Wrapped text in [x, x + width), `dy` below the current line; its height. Drawn only if
    // `draw`.
    double paragraph(const QString& text, const QFont& font, double x, double width,
                     Qt::Alignment align, bool draw, double dy = 0) const {
        QString t = text;
        t.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(t, font, m_metrics);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(align);
        layout.setTextOption(option);
        double height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(qMax(1.0, width));
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        if (draw && m_painter)
            layout.draw(m_painter, QPointF(x, m_y + dy));
        return height;
    }

    // A paragraph as its own block: kept on one page, then the line moves below it.
    void text(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft,
              double indent = 0) {
        if (text.isEmpty())
            return;
        const double x = left() + indent;
        const double w = width() - indent;
        ensure(paragraph(text, font, x, w, align, false));
        m_y += paragraph(text, font, x, w, align, true);
    }

    // `label` wrapped on the left of [x, x + w), `amount` right-aligned on its first line.
    void row(const QString& label, const QString& amount, const QFont& font, double x, double w) {
        const double amountWidth = amount.isEmpty() ? 0 : textWidth(amount, font);
        const double labelWidth = w - (amount.isEmpty() ? 0 : amountWidth + mm(2));
        const double height =
            qMax(paragraph(label, font, x, labelWidth, Qt::AlignLeft, false), lineHeight(font));
        ensure(height);
        paragraph(label, font, x, labelWidth, Qt::AlignLeft, true);
        if (!amount.isEmpty())
            paragraph(amount, font, x + w - amountWidth - mm(1), amountWidth + mm(1),
                      Qt::AlignRight, true);
        m_y += height;
    }
    void row(const QString& label, const QString& amount, const QFont& font) {
        row(label, amount, font, left(), width());
    }

    void rule(double thicknessMm = 0.2, double x = -1, double w = -1) {
        const double from = x < 0 ? left() : x;
        const double length = w < 0 ? width() : w;
        ensure(mm(2));
        m_y += mm(0.8);
        if (m_painter)
            m_painter->fillRect(QRectF(from, m_y, length, qMax(1.0, mm(thicknessMm))), Qt::black);
        m_y += mm(thicknessMm) + mm(1);
    }

    // A bold line in a frame: the TRAINING mark.
    void framed(const QString& text, const QFont& font) {
        const double pad = mm(1.5);
        const double h = paragraph(text, font, left(), width() - 2 * pad, Qt::AlignHCenter, false);
        ensure(h + 2 * pad);
        if (m_painter) {
            QPen pen(Qt::black);
            pen.setWidthF(qMax(1.0, mm(0.5)));
            m_painter->save();
            m_painter->setPen(pen);
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawRect(QRectF(left(), m_y, width(), h + 2 * pad));
            m_painter->restore();
        }
        m_y += pad;
        paragraph(text, font, left() + pad, width() - 2 * pad, Qt::AlignHCenter, true);
        m_y += h + pad;
    }

private:
    QPainter* m_painter;
    QPagedPaintDevice* m_device;
    const QPaintDevice* m_metrics;
    int m_dpi;
    QRectF m_content;
    double m_y;
    bool m_failed = false;
};

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

QStringList addressLines(const QString& address) {
    QStringList out;
    for (const QString& part : QString(address).remove(u'\r').split(u'\n')) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

void layoutRoll(Sheet& s, const Receipt& r) {
    const Fonts f = fontsFor(Paper::Roll80mm);
    if (r.training) {
        s.framed(trainingText(), f.mark);
        s.space(1);
    }
    if (r.reprint)
        s.text(tr("REPRINT"), f.mark, Qt::AlignHCenter);
    s.text(r.store.name, f.store, Qt::AlignHCenter);
    for (const QString& line : addressLines(r.store.address))
        s.text(line, f.small, Qt::AlignHCenter);
    if (!r.store.storeId.isEmpty())
        s.text(tr("Store %1").arg(r.store.storeId), f.small, Qt::AlignHCenter);
    s.space(2);
    s.text(r.title, f.heading, Qt::AlignHCenter);
    s.text(tr("No. %1").arg(r.number), f.body);
    if (!r.originalNumber.isEmpty())
        s.text(tr("Return of sale %1").arg(r.originalNumber), f.body);
    if (r.at.isValid())
        s.text(dateText(r.at), f.body);
    if (!r.operatorName.isEmpty())
        s.text(tr("Operator: %1").arg(r.operatorName), f.body);
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
        for (const QString& note : r.notes) {
            s.text(note, f.small);
            s.space(0.8);
        }
    }
    s.space(3);
    barcode(s, r.number, f.body, 12);
    if (r.training) {
        s.space(2);
        s.framed(trainingText(), f.mark);
    }
}

// A large light TRAINING across the page, drawn as outlines (not text) under the content, so a
// photocopy still shows it and text extraction reads only the receipt.
void watermark(QPainter* painter, const QRectF& page) {
    if (!painter)
        return;
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setBold(true);
    font.setPointSizeF(72);
    QPainterPath path;
    path.addText(0, 0, font, tr("TRAINING"));
    const QRectF box = path.boundingRect();
    if (box.isEmpty())
        return;
    painter->save();
    painter->translate(page.center());
    painter->rotate(-45);
    // Across about two thirds of the page's diagonal, whatever the device's resolution.
    const double diagonal = std::hypot(page.width(), page.height());
    const double scale = diagonal * 0.65 / box.width();
    painter->scale(scale, scale);
    painter->translate(-box.center());
    painter->fillPath(path, QColor(0, 0, 0, 28));
    painter->restore();
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
    s.paragraph(tr("Item"), f.bold, c.itemX, c.itemW, Qt::AlignLeft, true);
    s.paragraph(kind == Receipt::Kind::Return ? tr("Quantity") : tr("Qty × Unit"), f.bold,
                c.detailX, c.detailW, Qt::AlignLeft, true);
    s.paragraph(tr("Amount"), f.bold, c.amountX, c.amountW, Qt::AlignRight, true);
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
        store.append({tr("Store %1").arg(r.store.storeId), f.small});
    QList<std::pair<QString, QFont>> document{{r.title, f.heading},
                                              {tr("No. %1").arg(r.number), f.body}};
    if (!r.originalNumber.isEmpty())
        document.append({tr("Return of sale %1").arg(r.originalNumber), f.body});
    if (r.at.isValid())
        document.append({dateText(r.at), f.body});
    if (!r.operatorName.isEmpty())
        document.append({tr("Operator: %1").arg(r.operatorName), f.body});

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
        s.text(tr("REPRINT"), f.mark, Qt::AlignHCenter);
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
        for (const QString& note : r.notes) {
            s.text(note, f.body);
            s.space(1);
        }
    }
    s.space(8);
    barcode(s, r.number, f.body, 15);
    if (r.training) {
        s.space(4);
        s.framed(trainingText(), f.mark);
    }
    s.onNewPage = nullptr;
}

// The part of the page the layout may use, in the painter's coordinates: the page less our
// margins, inside what the device can print (a printer's own margins move the origin).
QRectF contentRect(const QPageLayout& layout, int dpi, double margin) {
    const QRectF full = layout.fullRect(QPageLayout::Millimeter);
    const QRectF paintable = layout.paintRect(QPageLayout::Millimeter);
    QRectF content = full.adjusted(margin, margin, -margin, -margin).intersected(paintable);
    content.translate(-paintable.topLeft());
    const double k = dpi / 25.4;
    return QRectF(content.left() * k, content.top() * k, content.width() * k, content.height() * k);
}

QRectF pageRect(const QPageLayout& layout, int dpi) {
    const QRectF full = layout.fullRect(QPageLayout::Millimeter);
    const QRectF paintable = layout.paintRect(QPageLayout::Millimeter);
    const double k = dpi / 25.4;
    return QRectF((full.left() - paintable.left()) * k, (full.top() - paintable.top()) * k,
                  full.width() * k, full.height() * k);
}

} // namespace

QPageSize pageSizeFor(const Receipt& receipt, Paper paper) {
    if (paper == Paper::A4)
        return QPageSize(QPageSize::A4);
    // Measured with the roll's own layout at the PDF's resolution on an endless page.
    QImage probe(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(kPdfDpi / 0.0254);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    const double k = kPdfDpi / 25.4;
    const double width = (kRollWidthMm - 2 * kRollMarginMm) * k;
    Sheet sheet(nullptr, nullptr, &probe, kPdfDpi,
                QRectF(kRollMarginMm * k, kRollMarginMm * k, width, 1e9));
    layoutRoll(sheet, receipt);
    const double lengthMm = sheet.y() / k + kRollMarginMm + kRollTearOffMm;
    return QPageSize(QSizeF(kRollWidthMm, std::ceil(qMax(kRollMinLengthMm, lengthMm))),
                     QPageSize::Millimeter, tr("Receipt roll 80 mm"), QPageSize::ExactMatch);
}

bool paintReceipt(const Receipt& receipt, QPagedPaintDevice& device, Paper paper, QString* error) {
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = tr("Could not print the receipt: the printer or the file could not be "
                        "opened.");
        return false;
    }
    const int dpi = device.logicalDpiY();
    const QPageLayout layout = device.pageLayout();
    Sheet sheet(&painter, &device, &device, dpi, contentRect(layout, dpi, marginMm(paper)));
    painter.setPen(Qt::black);
    if (paper == Paper::Roll80mm)
        layoutRoll(sheet, receipt);
    else
        layoutA4(sheet, receipt, pageRect(layout, dpi));
    const bool ended = painter.end();
    if (!ended || sheet.failed()) {
        if (error)
            *error = sheet.failed() ? tr("Could not print the receipt: a new page could not be "
                                         "started.")
                                    : tr("Could not print the receipt: the printer or the file "
                                         "did not accept it.");
        return false;
    }
    return true;
}

bool writeReceiptPdf(const Receipt& receipt, const QString& path, Paper paper, QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("Could not write the receipt to %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file name was given."));
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (info.isDir())
        return fail(tr("that is a folder, not a file."));
    if (!folder.isDir())
        return fail(tr("the folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        return fail(tr("the folder %1 cannot be written to.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (info.exists() && !info.isWritable())
        return fail(tr("the file exists and cannot be overwritten."));
    const bool existed = info.exists();

    bool painted = false;
    {
        QPdfWriter writer(path);
        writer.setPageSize(pageSizeFor(receipt, paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(kPdfDpi);
        writer.setTitle(receipt.number);
        writer.setCreator(QStringLiteral("Checkstand"));
        QString ignored;
        painted = paintReceipt(receipt, writer, paper, &ignored);
    } // the writer finishes and closes the file here

    if (!painted) {
        if (!existed)
            QFile::remove(path);
        return fail(tr("the file could not be opened for writing."));
    }
    // A full disk shows as a short file: a PDF that is complete ends with its %%EOF marker.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || written.size() <= 0)
        return fail(tr("the file is empty after writing (is the disk full?)."));
    written.seek(qMax<qint64>(0, written.size() - 64));
    if (!written.read(64).contains("%%EOF"))
        return fail(tr("the file is incomplete (is the disk full?)."));
    return true;
}

} // namespace checkstand::print
