// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the receipt and the report printers share (inside core/print only, not an API): the
// Sheet that lays text out on a paged device in millimetres and points, the fonts of the two
// papers, the TRAINING watermark, the page geometry, the store's centred heading, and the
// painting and PDF writing around a layout (the two printers differ only in their words).
#include "receiptprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QStringList>
#include <QTextLayout>

#include <cmath>
#include <functional>

namespace checkstand::print::detail {

// The printers' texts, in one context (Q_DECLARE_TR_FUNCTIONS, so lupdate files them there).
struct SheetTr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::print)
};

inline constexpr double kRollWidthMm = 80;
inline constexpr double kRollMarginMm = 4; // 72 mm printable on an 80 mm roll
inline constexpr double kRollMinLengthMm = 80;
inline constexpr double kRollTearOffMm = 6; // room below the last line for the printer's cutter
inline constexpr double kA4MarginMm = 20;
inline constexpr int kPdfDpi = 300;

inline double marginMm(Paper paper) {
    return paper == Paper::Roll80mm ? kRollMarginMm : kA4MarginMm;
}

inline QString dateText(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat); // as on screen
}

struct Fonts {
    QFont body, small, bold, heading, store, total, mark;
};

inline Fonts fontsFor(Paper paper) {
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

    // A document's notes, one paragraph each, with `gapMm` below each.
    void notes(const QStringList& paragraphs, const QFont& font, double gapMm) {
        for (const QString& note : paragraphs) {
            text(note, font);
            space(gapMm);
        }
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

inline QStringList addressLines(const QString& address) {
    QStringList out;
    for (const QString& part : QString(address).remove(u'\r').split(u'\n')) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

// The centred top of a receipt's roll and of a report on either paper: the TRAINING frame
// (when `training` is not empty), REPRINT, then the store's name, address and number.
inline void storeHeading(Sheet& s, const Fonts& f, const StoreInfo& store, bool reprint,
                         const QString& training) {
    if (!training.isEmpty()) {
        s.framed(training, f.mark);
        s.space(1);
    }
    if (reprint)
        s.text(SheetTr::tr("REPRINT"), f.mark, Qt::AlignHCenter);
    s.text(store.name, f.store, Qt::AlignHCenter);
    for (const QString& line : addressLines(store.address))
        s.text(line, f.small, Qt::AlignHCenter);
    if (!store.storeId.isEmpty())
        s.text(SheetTr::tr("Store %1").arg(store.storeId), f.small, Qt::AlignHCenter);
}

// A large light TRAINING across the page, drawn as outlines (not text) under the content, so a
// photocopy still shows it and text extraction reads only the receipt.
inline void watermark(QPainter* painter, const QRectF& page) {
    if (!painter)
        return;
    QFont font;
    font.setStyleHint(QFont::SansSerif);
    font.setBold(true);
    font.setPointSizeF(72);
    QPainterPath path;
    path.addText(0, 0, font, SheetTr::tr("TRAINING"));
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

// The part of the page the layout may use, in the painter's coordinates: the page less our
// margins, inside what the device can print (a printer's own margins move the origin).
inline QRectF contentRect(const QPageLayout& layout, int dpi, double margin) {
    const QRectF full = layout.fullRect(QPageLayout::Millimeter);
    const QRectF paintable = layout.paintRect(QPageLayout::Millimeter);
    QRectF content = full.adjusted(margin, margin, -margin, -margin).intersected(paintable);
    content.translate(-paintable.topLeft());
    const double k = dpi / 25.4;
    return QRectF(content.left() * k, content.top() * k, content.width() * k, content.height() * k);
}

inline QRectF pageRect(const QPageLayout& layout, int dpi) {
    const QRectF full = layout.fullRect(QPageLayout::Millimeter);
    const QRectF paintable = layout.paintRect(QPageLayout::Millimeter);
    const double k = dpi / 25.4;
    return QRectF((full.left() - paintable.left()) * k, (full.top() - paintable.top()) * k,
                  full.width() * k, full.height() * k);
}

// The 80 mm roll's page for a document: as long as `layout` makes it on an endless page at the
// PDF's resolution (never shorter than 80 mm), plus room for the cutter.
inline QPageSize rollPageSize(const std::function<void(Sheet&)>& layout, const QString& name) {
    QImage probe(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(kPdfDpi / 0.0254);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    const double k = kPdfDpi / 25.4;
    const double width = (kRollWidthMm - 2 * kRollMarginMm) * k;
    Sheet sheet(nullptr, nullptr, &probe, kPdfDpi,
                QRectF(kRollMarginMm * k, kRollMarginMm * k, width, 1e9));
    layout(sheet);
    const double lengthMm = sheet.y() / k + kRollMarginMm + kRollTearOffMm;
    return QPageSize(QSizeF(kRollWidthMm, std::ceil(qMax(kRollMinLengthMm, lengthMm))),
                     QPageSize::Millimeter, name, QPageSize::ExactMatch);
}

// Why a PDF cannot be written to `path`, as the end of a sentence ("the folder /x does not
// exist."); empty when it can.
inline QString pdfTargetProblem(const QString& path) {
    if (path.isEmpty())
        return SheetTr::tr("no file name was given.");
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (info.isDir())
        return SheetTr::tr("that is a folder, not a file.");
    if (!folder.isDir())
        return SheetTr::tr("the folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return SheetTr::tr("the folder %1 cannot be written to.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (info.exists() && !info.isWritable())
        return SheetTr::tr("the file exists and cannot be overwritten.");
    return {};
}

// Why the PDF just written to `path` is not whole; empty when it is. A full disk shows as a
// short file: a complete PDF ends with its %%EOF marker.
inline QString pdfWrittenProblem(const QString& path) {
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || written.size() <= 0)
        return SheetTr::tr("the file is empty after writing (is the disk full?).");
    written.seek(qMax<qint64>(0, written.size() - 64));
    if (!written.read(64).contains("%%EOF"))
        return SheetTr::tr("the file is incomplete (is the disk full?).");
    return {};
}

// The ways painting a document can fail; each printer says them in its own document's words.
enum class PaintFailure { NotOpened, NoNewPage, NotAccepted };

// Paints one document on `device` (a QPrinter or a QPdfWriter): a painter is opened on it,
// `layout` lays the document out inside the paper's margins (it is given the whole page too,
// for the watermark) and the painter is closed. False, with `error` set from `say` (when
// `error` is not null), when nothing could be painted or the device did not take it.
inline bool paintDocument(QPagedPaintDevice& device, Paper paper,
                          const std::function<void(Sheet&, const QRectF& page)>& layout,
                          QString (*say)(PaintFailure), QString* error) {
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = say(PaintFailure::NotOpened);
        return false;
    }
    const int dpi = device.logicalDpiY();
    const QPageLayout pageLayout = device.pageLayout();
    Sheet sheet(&painter, &device, &device, dpi, contentRect(pageLayout, dpi, marginMm(paper)));
    painter.setPen(Qt::black);
    layout(sheet, pageRect(pageLayout, dpi));
    const bool ended = painter.end();
    if (!ended || sheet.failed()) {
        if (error)
            *error = say(sheet.failed() ? PaintFailure::NoNewPage : PaintFailure::NotAccepted);
        return false;
    }
    return true;
}

// Writes one document as a PDF at `path`: the target is checked first, `paint` paints it on a
// writer set to `pageSize()` with no margins, the PDF's resolution and `title`, and the file is
// checked once the writer has closed it (a file that was not there before is removed when
// nothing could be painted). Empty when it worked, else why, as the end of a sentence.
inline QString writeDocumentPdf(const QString& path, const std::function<QPageSize()>& pageSize,
                                const QString& title,
                                const std::function<bool(QPdfWriter&)>& paint) {
    if (const QString why = pdfTargetProblem(path); !why.isEmpty())
        return why;
    const bool existed = QFileInfo::exists(path);

    bool painted = false;
    {
        QPdfWriter writer(path);
        writer.setPageSize(pageSize());
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(kPdfDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Checkstand"));
        painted = paint(writer);
    } // the writer finishes and closes the file here

    if (!painted) {
        if (!existed)
            QFile::remove(path);
        return SheetTr::tr("the file could not be opened for writing.");
    }
    return pdfWrittenProblem(path);
}

} // namespace checkstand::print::detail
