// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/receiptprinter.h"
#include "receipt/code128.h"
#include "receipt/receipt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace checkstand;

namespace {

// The Code 128 patterns typed in again from the standard (ISO/IEC 15417, values 0-105), so the
// decoder below checks the encoder against an independent copy, not against itself.
const char* const kTable[106] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232"};

struct Decoded {
    QString text;
    bool checkOk = false;
    QString problem; // empty when the symbol is well formed
};

// Reads module widths back into text: start B, data, check, stop.
Decoded decode(const QList<int>& widths) {
    Decoded d;
    QHash<QString, int> values;
    for (int v = 0; v < 106; ++v)
        values.insert(QString::fromLatin1(kTable[v]), v);
    if (widths.size() < 6 * 2 + 7 || (widths.size() - 7) % 6 != 0) {
        d.problem = QStringLiteral("wrong number of elements: %1").arg(widths.size());
        return d;
    }
    QString stop;
    for (qsizetype i = widths.size() - 7; i < widths.size(); ++i)
        stop += QString::number(widths.at(i));
    if (stop != QLatin1String("2331112")) {
        d.problem = QStringLiteral("no stop pattern: ") + stop;
        return d;
    }
    QList<int> symbols;
    for (qsizetype i = 0; i + 7 < widths.size(); i += 6) {
        QString pattern;
        for (qsizetype j = i; j < i + 6; ++j)
            pattern += QString::number(widths.at(j));
        if (!values.contains(pattern)) {
            d.problem = QStringLiteral("unknown pattern ") + pattern;
            return d;
        }
        symbols << values.value(pattern);
    }
    if (symbols.first() != 104) {
        d.problem = QStringLiteral("not start B");
        return d;
    }
    int sum = 104;
    for (qsizetype i = 1; i + 1 < symbols.size(); ++i) {
        sum += int(i) * symbols.at(i);
        d.text += QChar(char16_t(32 + symbols.at(i)));
    }
    d.checkOk = symbols.last() == sum % 103;
    return d;
}

int moduleCount(const QList<int>& widths) {
    int n = 0;
    for (int w : widths)
        n += w;
    return n;
}

Money usd(qint64 cents) {
    return Money::fromMinor(cents, QStringLiteral("USD"));
}

const QLocale kUs(QLocale::English, QLocale::UnitedStates);

StoreInfo store() {
    return StoreInfo{
        QStringLiteral("Corner Hardware"), QStringLiteral("12 Main Street\nSpringfield, IL 62701"),
        QStringLiteral("store-001"), QStringLiteral("Returns within 30 days with this receipt.")};
}

BreakdownLine line(const QString& name, qint64 quantity, qint64 unit, qint64 tax, qint64 deposit) {
    BreakdownLine l;
    l.lineId = name;
    l.sku = name.left(4).toUpper();
    l.name = name;
    l.quantity = quantity;
    l.unitPrice = usd(unit);
    l.amount = usd(unit * quantity);
    l.tax = usd(tax);
    l.deposit = usd(deposit);
    l.payable = usd(unit * quantity + tax + deposit);
    return l;
}

const QDateTime kCompletedAt(QDate(2025, 3, 14), QTime(15, 9, 26), QTimeZone::utc());

QString expectedDate() {
    return QLocale().toString(kCompletedAt.toLocalTime(), QLocale::ShortFormat);
}

// Two lines (one of 3), a deposit, two tax rates, a discount, freight; split cash (with
// change) and card. Payable: 16.50 + 1.21 tax + 0.30 deposits - 2.00 + 5.00 = 21.01.
CompletedSale sale() {
    CompletedSale s;
    s.ticket.id = QStringLiteral("7d0c1f1e-9a51-4c43-9d55-3f0b1e3d2a10");
    s.ticket.retailerOrderId = QStringLiteral("store-001-000042");
    s.completedAt = kCompletedAt;
    s.operatorName = QStringLiteral("Alice Operator");
    SaleBreakdown& b = s.breakdown;
    b.lines << line(QStringLiteral("Sparkling water 1L"), 3, 150, 37, 30)
            << line(QStringLiteral("Coffee beans 500g"), 1, 1200, 84, 0);
    b.taxes << TaxTotal{QStringLiteral("Sales tax"), QStringLiteral("0.0825"), usd(37)}
            << TaxTotal{QStringLiteral("Food tax"), QStringLiteral("0.07"), usd(84)};
    b.subtotal = usd(1650);
    b.tax = usd(121);
    b.deposits = usd(30);
    b.discount = usd(200);
    b.freight = usd(500);
    b.total = usd(2101);
    b.priced = true;
    s.total = b.total;
    s.tender = Tender::Cash;
    s.payments << Payment{Tender::Cash, usd(1101), usd(2000), QString()}
               << Payment{Tender::Card, usd(1000), usd(1000), QStringLiteral("A1B2C3")};
    return s;
}

QStringList saleElements() {
    return {QStringLiteral("Corner Hardware"), QStringLiteral("12 Main Street"),
            QStringLiteral("Springfield, IL 62701"), QStringLiteral("store-001-000042"),
            expectedDate(), QStringLiteral("Alice Operator"), QStringLiteral("Sparkling water 1L"),
            QStringLiteral("3 × $1.50"), QStringLiteral("$4.50"),
            QStringLiteral("Coffee beans 500g"), QStringLiteral("$12.00"),
            // Each total and tender with its amount on the same line.
            QStringLiteral("Subtotal $16.50"), QStringLiteral("Sales tax 8.25% $0.37"),
            QStringLiteral("Food tax 7% $0.84"), QStringLiteral("Deposits $0.30"),
            QStringLiteral("Discount -$2.00"), QStringLiteral("Freight $5.00"),
            QStringLiteral("Total $21.01"), QStringLiteral("Cash $11.01"),
            QStringLiteral("Cash tendered $20.00"), QStringLiteral("Change $8.99"),
            QStringLiteral("Card (approval A1B2C3) $10.00"), QStringLiteral("TRAINING"),
            QStringLiteral("Returns within 30 days with this receipt.")};
}

SaleReturn saleReturn() {
    SaleReturn r;
    r.id = QStringLiteral("a3f6e2c8-1111-4c43-9d55-3f0b1e3d2a10");
    r.number = QStringLiteral("store-001-R000003");
    r.saleId = QStringLiteral("7d0c1f1e-9a51-4c43-9d55-3f0b1e3d2a10");
    r.saleNumber = QStringLiteral("store-001-000042");
    r.createdAt = kCompletedAt.addDays(2);
    r.lines << ReturnLine{QStringLiteral("Sparkling water 1L"), QStringLiteral("SPAR"),
                          QStringLiteral("Sparkling water 1L"), 1, usd(172)};
    r.refunds << Payment{Tender::Card, usd(172), usd(172), QStringLiteral("A1B2C3")};
    r.total = usd(172);
    r.reason = QStringLiteral("Bottle was cracked");
    r.operatorName = QStringLiteral("Bob Supervisor");
    return r;
}

// Whitespace runs (the PDF layout's columns, the text's wrapping) as one space.
QString flat(const QString& text) {
    return text.simplified();
}

QString missing(const QString& text, const QStringList& elements) {
    const QString haystack = flat(text);
    QStringList absent;
    for (const QString& e : elements) {
        if (!haystack.contains(flat(e)))
            absent << e;
    }
    return absent.join(QStringLiteral(" | "));
}

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// NFKC: the PDF keeps the font's ligatures ("ﬁ" in "Springfield"), the words are the same.
QString pdfText(const QString& path) {
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

struct PdfInfo {
    double width = 0;
    double height = 0;
    int pages = 0;
};

PdfInfo pdfInfo(const QString& path) {
    const QString out = run(QStringLiteral("pdfinfo"), {path});
    PdfInfo info;
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+([0-9]+)"));
    const auto s = size.match(out);
    if (s.hasMatch()) {
        info.width = s.captured(1).toDouble();
        info.height = s.captured(2).toDouble();
    }
    const auto p = pages.match(out);
    if (p.hasMatch())
        info.pages = p.captured(1).toInt();
    return info;
}

} // namespace

class TestReceipt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void code128KnownSymbol() {
        // "A" (value 33): start B, A, check (104 + 33) % 103 = 34, stop.
        const auto w = code128::widths(QStringLiteral("A"));
        QVERIFY(w);
        const QList<int> expected{2, 1, 1, 2, 1, 4, 1, 1, 1, 3, 2, 3, 1,
                                  3, 1, 1, 2, 3, 2, 3, 3, 1, 1, 1, 2};
        QCOMPARE(*w, expected);
    }

    void code128RoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("sale number") << QStringLiteral("store-001-000042");
        QTest::newRow("return number") << QStringLiteral("store-001-R000003");
        QTest::newRow("edges of set B") << QStringLiteral(" ~}|{`_^]\\[@?>=<;:/.-,+*)('&%$#\"!");
        QTest::newRow("letters") << QStringLiteral("Wikipedia");
        QTest::newRow("48 characters") << QString(48, u'Z');
    }
    void code128RoundTrip() {
        QFETCH(QString, text);
        const auto w = code128::widths(text);
        QVERIFY(w);
        QCOMPARE(moduleCount(*w), 11 * (int(text.size()) + 2) + 13);
        QVERIFY(w->size() % 2 == 1); // starts and ends with a bar
        for (int width : *w)
            QVERIFY(width >= 1 && width <= 4);
        const Decoded d = decode(*w);
        QVERIFY2(d.problem.isEmpty(), qPrintable(d.problem));
        QCOMPARE(d.text, text);
        QVERIFY(d.checkOk);
    }

    void code128Refuses() {
        QVERIFY(!code128::widths(QString()));
        QVERIFY(!code128::widths(QStringLiteral("é")));
        QVERIFY(!code128::widths(QStringLiteral("caf") + QChar(0x00E9)));
        QVERIFY(!code128::widths(QStringLiteral("tab\there")));
        QVERIFY(!code128::widths(QString(QChar(127))));
        QVERIFY(!code128::widths(QString(49, u'A')));
        QVERIFY(code128::widths(QString(48, u'A')));
    }

    void saleReceiptModel() {
        const Receipt r = saleReceipt(sale(), store(), true, false, kUs);
        QVERIFY(r.kind == Receipt::Kind::Sale);
        QVERIFY(r.training);
        QVERIFY(!r.reprint);
        QCOMPARE(r.title, QStringLiteral("Sales receipt"));
        QCOMPARE(r.number, QStringLiteral("store-001-000042"));
        QCOMPARE(r.operatorName, QStringLiteral("Alice Operator"));
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines.at(0).amount, QStringLiteral("$4.50"));
        QVERIFY(r.lines.at(0).detail.contains(QStringLiteral("3 × $1.50")));
        QVERIFY(r.lines.at(0).detail.contains(QStringLiteral("$0.30"))); // its deposit
        QVERIFY(r.lines.at(1).detail.isEmpty());
        QVERIFY(!r.totals.isEmpty());
        QCOMPARE(r.totals.last().label, QStringLiteral("Total"));
        QCOMPARE(r.totals.last().amount, QStringLiteral("$21.01"));
        QVERIFY(r.totals.last().strong);
        QCOMPARE(r.notes.last(), store().footer);
    }

    void saleReceiptFallbacksAndRates() {
        CompletedSale s = sale();
        s.ticket.retailerOrderId.clear();
        s.breakdown.discount = usd(0);
        s.breakdown.freight = usd(0);
        s.breakdown.priced = false;
        s.breakdown.taxes = {
            TaxTotal{QStringLiteral("Sales tax"), QStringLiteral("0.08875"), usd(1)},
            TaxTotal{QStringLiteral("City tax"), QString(), usd(2)},
            TaxTotal{QStringLiteral("VAT"), QStringLiteral("0.2"), usd(3)}};
        s.breakdown.lines[1].isGift = true;
        s.breakdown.lines[1].amount = usd(123456789012345);
        s.payments = {Payment{Tender::Financing, usd(2101), usd(2101), QStringLiteral("CA-77")}};
        s.financingTrackingId = QStringLiteral("trk-123");
        const Receipt r = saleReceipt(s, store(), false, true, kUs);
        QCOMPARE(r.number, s.ticket.id);
        QVERIFY(r.reprint);
        QStringList labels;
        for (const Receipt::Row& row : r.totals)
            labels << row.label;
        QVERIFY2(!labels.contains(QStringLiteral("Discount")), qPrintable(labels.join(u',')));
        QVERIFY(!labels.contains(QStringLiteral("Freight")));
        QVERIFY(labels.contains(QStringLiteral("Sales tax 8.875%")));
        QVERIFY(labels.contains(QStringLiteral("City tax")));
        QVERIFY(labels.contains(QStringLiteral("VAT 20%")));
        QCOMPARE(r.lines.at(1).detail, QStringLiteral("gift"));
        QCOMPARE(r.lines.at(1).amount, QStringLiteral("$1,234,567,890,123.45"));
        QVERIFY(r.notes.contains(QStringLiteral("Prices as shown at the till; tax not itemised.")));
        const QString text = receiptText(r);
        QVERIFY(text.contains(QStringLiteral("ChargeAfter financing (ref CA-77)")));
        QVERIFY(text.contains(QStringLiteral("trk-123")));
        QVERIFY(text.contains(QStringLiteral("REPRINT")));
        QVERIFY(!text.contains(QStringLiteral("TRAINING")));
    }

    void saleReceiptText() {
        const QString text = receiptText(saleReceipt(sale(), store(), true, false, kUs));
        const QString absent = missing(text, saleElements());
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("missing: ") + absent + u'\n' + text));
        QVERIFY(text.trimmed().startsWith(QStringLiteral("*** TRAINING — NOT A SALE ***")));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("*** TRAINING — NOT A SALE ***")));
        for (const QString& l : text.split(u'\n'))
            QVERIFY2(l.size() <= 42, qPrintable(l));
        // Amounts are right-aligned at the edge of the roll.
        bool found = false;
        for (const QString& l : text.split(u'\n')) {
            if (l.startsWith(QStringLiteral("Sparkling water 1L"))) {
                QVERIFY(l.endsWith(QStringLiteral("$4.50")));
                QCOMPARE(l.size(), 42);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void returnReceiptText() {
        const Receipt r = returnReceipt(saleReturn(), store(), false, false, kUs);
        QVERIFY(r.kind == Receipt::Kind::Return);
        QCOMPARE(r.number, QStringLiteral("store-001-R000003"));
        QCOMPARE(r.originalNumber, QStringLiteral("store-001-000042"));
        const QString text = receiptText(r);
        const QStringList elements{
            QStringLiteral("Return receipt"),
            QStringLiteral("store-001-R000003"),
            QStringLiteral("Return of sale store-001-000042"),
            QStringLiteral("Sparkling water 1L"),
            QStringLiteral("1 returned"),
            QStringLiteral("Total refunded"),
            QStringLiteral("$1.72"),
            QStringLiteral("Card refund (approval A1B2C3)"),
            QStringLiteral("Refund $1.72 on the store's card terminal against approval A1B2C3."),
            QStringLiteral("Bottle was cracked"),
            QStringLiteral("Bob Supervisor")};
        const QString absent = missing(text, elements);
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("missing: ") + absent + u'\n' + text));

        SaleReturn financed = saleReturn();
        financed.refunds = {
            Payment{Tender::Financing, usd(172), usd(172), QStringLiteral("trk-123")}};
        const QString financedText =
            receiptText(returnReceipt(financed, store(), false, false, kUs));
        QVERIFY(financedText.contains(QStringLiteral("ChargeAfter: cancel financing")));
        QVERIFY(flat(financedText)
                    .contains(QStringLiteral("Cancel the financing of $1.72 at "
                                             "ChargeAfter (ref trk-123)")));
        SaleReturn cash = saleReturn();
        cash.refunds = {Payment{Tender::Cash, usd(172), usd(172), QString()}};
        const QString cashText = receiptText(returnReceipt(cash, store(), false, false, kUs));
        QVERIFY(cashText.contains(QStringLiteral("Cash paid out")));
    }

    void cardNumbersNeverPrinted() {
        CompletedSale s = sale();
        s.breakdown.lines[0].name = QStringLiteral("Gift card 4242424242424242");
        s.breakdown.lines[1].name = QStringLiteral("Voucher 4000 0566 5566 5556");
        s.payments[1].reference = QStringLiteral("4242424242424242");
        const QString text = receiptText(saleReceipt(s, store(), false, false, kUs));
        QVERIFY2(!text.contains(QStringLiteral("4242424242424242")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("4000 0566 5566 5556")));
        QVERIFY(flat(text).contains(QStringLiteral("Gift card •••• 4242")));
        QVERIFY(flat(text).contains(QStringLiteral("Voucher •••• 5556")));
        QVERIFY(flat(text).contains(QStringLiteral("Card (approval •••• 4242)")));
        // Not every long number is a card: the amounts and an ordinary id stay.
        QVERIFY(text.contains(QStringLiteral("$21.01")));

        if (!havePoppler())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (print::Paper paper : {print::Paper::Roll80mm, print::Paper::A4}) {
            const QString path =
                dir.filePath(QStringLiteral("card-%1.pdf").arg(paper == print::Paper::A4 ? 4 : 80));
            QString error;
            QVERIFY2(print::writeReceiptPdf(saleReceipt(s, store(), false, false, kUs), path, paper,
                                            &error),
                     qPrintable(error));
            QString pdf = pdfText(path);
            QVERIFY2(pdf.contains(QStringLiteral("4242")), qPrintable(pdf));
            pdf.remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(!pdf.contains(QStringLiteral("4242424242424242")), qPrintable(pdf));
            QVERIFY(!pdf.contains(QStringLiteral("4000056655665556")));
            QVERIFY(pdf.contains(QStringLiteral("Giftcard••••4242")));
        }
    }

    void salePdf_data() {
        QTest::addColumn<int>("paper");
        QTest::newRow("roll") << int(print::Paper::Roll80mm);
        QTest::newRow("A4") << int(print::Paper::A4);
    }
    void salePdf() {
        QFETCH(int, paper);
        if (!havePoppler())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        const auto kind = print::Paper(paper);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(print::writeReceiptPdf(saleReceipt(sale(), store(), true, false, kUs), path, kind,
                                        &error),
                 qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(QFileInfo(path).size() > 0);
        const QString text = pdfText(path);
        const QString absent = missing(text, saleElements());
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("missing: ") + absent + u'\n' + text));

        const PdfInfo info = pdfInfo(path);
        QCOMPARE(info.pages, 1);
        if (kind == print::Paper::A4) {
            QVERIFY2(qAbs(info.width - 595) < 1.5 && qAbs(info.height - 842) < 1.5,
                     qPrintable(QStringLiteral("%1 x %2").arg(info.width).arg(info.height)));
        } else {
            // 80 mm = 226.8 pt wide; at least 80 mm long.
            QVERIFY2(qAbs(info.width - 226.8) < 1.5,
                     qPrintable(QStringLiteral("%1 x %2").arg(info.width).arg(info.height)));
            QVERIFY(info.height >= 226);
        }
    }

    void rollGrowsAndA4Pages() {
        if (!havePoppler())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        CompletedSale longSale = sale();
        for (int i = 1; i <= 90; ++i)
            longSale.breakdown.lines << line(QStringLiteral("Item %1").arg(i), 1, 100, 0, 0);
        const Receipt shortReceipt = saleReceipt(sale(), store(), false, false, kUs);
        const Receipt longReceipt = saleReceipt(longSale, store(), false, false, kUs);
        const QSizeF shortSize =
            print::pageSizeFor(shortReceipt, print::Paper::Roll80mm).size(QPageSize::Millimeter);
        const QSizeF longSize =
            print::pageSizeFor(longReceipt, print::Paper::Roll80mm).size(QPageSize::Millimeter);
        QVERIFY(qAbs(shortSize.width() - 80.0) < 0.01);
        QVERIFY(shortSize.height() >= 80);
        QVERIFY2(
            longSize.height() > shortSize.height() + 90 * 2,
            qPrintable(QStringLiteral("%1 vs %2").arg(longSize.height()).arg(shortSize.height())));
        QVERIFY(print::pageSizeFor(longReceipt, print::Paper::A4)
                    .isEquivalentTo(QPageSize(QPageSize::A4)));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString a4 = dir.filePath(QStringLiteral("long-a4.pdf"));
        QVERIFY2(print::writeReceiptPdf(longReceipt, a4, print::Paper::A4, &error),
                 qPrintable(error));
        QVERIFY(pdfInfo(a4).pages >= 2);
        const QString a4Text = pdfText(a4);
        QVERIFY(a4Text.contains(QRegularExpression(QStringLiteral("Item 1(?![0-9])"))));
        QVERIFY(a4Text.contains(QStringLiteral("Item 90")));
        // The totals come after the last line, on a later page.
        QVERIFY(a4Text.indexOf(QStringLiteral("Item 90")) <
                a4Text.indexOf(QStringLiteral("$21.01")));
        QVERIFY(a4Text.contains(QStringLiteral("\f"))); // pdftotext's page break

        const QString roll = dir.filePath(QStringLiteral("long-roll.pdf"));
        QVERIFY2(print::writeReceiptPdf(longReceipt, roll, print::Paper::Roll80mm, &error),
                 qPrintable(error));
        const PdfInfo rollInfo = pdfInfo(roll);
        QCOMPARE(rollInfo.pages, 1); // a roll is one long page
        QVERIFY(pdfText(roll).contains(QStringLiteral("Item 90")));
    }

    void longNumberPrintsWithoutBarcode() {
        if (!havePoppler())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        CompletedSale s = sale();
        s.ticket.retailerOrderId = QStringLiteral("store-001-") + QString(50, u'9');
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long-number.pdf"));
        QString error;
        QVERIFY2(print::writeReceiptPdf(saleReceipt(s, store(), false, false, kUs), path,
                                        print::Paper::Roll80mm, &error),
                 qPrintable(error));
        QString text = pdfText(path);
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(text.contains(QString(50, u'9')));
    }

    void returnPdf() {
        if (!havePoppler())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("return.pdf"));
        QString error;
        QVERIFY2(print::writeReceiptPdf(returnReceipt(saleReturn(), store(), false, true, kUs),
                                        path, print::Paper::A4, &error),
                 qPrintable(error));
        const QString text = pdfText(path);
        const QString absent =
            missing(text, {QStringLiteral("Return receipt"), QStringLiteral("store-001-R000003"),
                           QStringLiteral("Return of sale store-001-000042"),
                           QStringLiteral("Card refund (approval A1B2C3)"),
                           QStringLiteral("Total refunded"), QStringLiteral("REPRINT"),
                           QStringLiteral("against approval A1B2C3")});
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("missing: ") + absent + u'\n' + text));
    }

    void unwritablePath() {
        const Receipt r = saleReceipt(sale(), store(), false, false, kUs);
        QString error;
        const QString nowhere = QStringLiteral("/nonexistent-checkstand-folder/sub/receipt.pdf");
        QVERIFY(!print::writeReceiptPdf(r, nowhere, print::Paper::A4, &error));
        QVERIFY2(error.contains(QStringLiteral("Could not write the receipt to")),
                 qPrintable(error));
        QVERIFY(error.contains(nowhere));
        QVERIFY(!QFileInfo::exists(nowhere));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        error.clear();
        QVERIFY(!print::writeReceiptPdf(r, dir.path(), print::Paper::Roll80mm, &error));
        QVERIFY(!error.isEmpty());

        error.clear();
        QVERIFY(!print::writeReceiptPdf(r, QString(), print::Paper::A4, &error));
        QVERIFY(!error.isEmpty());

        // A folder without write permission (root may write anyway: then there is no case).
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(locked + QStringLiteral("/probe"));
        const bool rootCanWrite = probe.open(QIODevice::WriteOnly);
        probe.close();
        if (!rootCanWrite) {
            error.clear();
            QVERIFY(!print::writeReceiptPdf(r, locked + QStringLiteral("/receipt.pdf"),
                                            print::Paper::A4, &error));
            QVERIFY(!error.isEmpty());
        }
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
