// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shifts and the end of the day (issue #13) on a real sales.db and staff.db: a day of sales in
// cash, on the card and split, by two operators, taxed at two rates, with a deposit, a discount,
// a return, a void, a pay-in and a pay-out; every figure of the X and the Z checked against
// values worked out by hand. The Z is final: the next report starts empty, a sale written
// afterwards with an earlier time goes to the next day, plain SQL cannot change or remove it,
// and a reprint reads the same figures. Bad input writes nothing; an overflow and a database
// that cannot answer are errors, never zeros.
#include "../support/staffdb.h"
#include "audit/auditjournal.h"
#include "endofday/endofday.h"
#include "endofday/reportdocument.h"
#include "operators/operatorsession.h"
#include "operators/operatorstore.h"
#include "storage/salesstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <limits>
#include <memory>

using namespace checkstand;

namespace {

Money usd(qint64 minor) {
    return Money::fromMinor(minor, QStringLiteral("USD"));
}

QString dec(const Money& m) {
    return m.toDecimalString();
}

QString dec(const std::optional<Money>& m) {
    return m ? m->toDecimalString() : QStringLiteral("<none>");
}

struct Line {
    QString sku;
    qint64 quantity;
    qint64 unit;
    qint64 tax;
    QString taxTitle;
    QString rate;
    qint64 deposit = 0; // no tax on it
};

// A priced sale as SaleSession journals it, with a breakdown built by hand so that the tax at
// each rate, the deposit and the discount are exactly what the test says.
CompletedSale saleOf(const QString& number, const QList<Line>& lines, qint64 discount,
                     const QList<Payment>& payments, const QString& operatorName,
                     const QDateTime& at) {
    Ticket t = Ticket::create(number, QStringLiteral("USD"), at);
    SaleBreakdown b;
    b.subtotal = b.tax = b.deposits = b.freight = usd(0);
    b.priced = true;
    qint64 payable = 0;
    for (const Line& l : lines) {
        TicketLine tl;
        tl.lineId = l.sku;
        tl.sku = l.sku;
        tl.name = l.sku;
        tl.unitPrice = usd(l.unit);
        tl.quantity = l.quantity;
        t.lines.append(tl);
        const qint64 amount = l.unit * l.quantity;
        b.lines.append(BreakdownLine{l.sku, l.sku, l.sku, l.quantity, usd(l.unit), usd(amount),
                                     usd(l.tax), usd(l.deposit), usd(amount + l.tax + l.deposit),
                                     false});
        b.subtotal = *b.subtotal.plus(usd(amount));
        b.tax = *b.tax.plus(usd(l.tax));
        b.deposits = *b.deposits.plus(usd(l.deposit));
        payable += amount + l.tax + l.deposit;
        bool grouped = false;
        for (TaxTotal& tax : b.taxes) {
            if (tax.title == l.taxTitle && tax.rate == l.rate) {
                tax.amount = *tax.amount.plus(usd(l.tax));
                grouped = true;
            }
        }
        if (!grouped)
            b.taxes.append(TaxTotal{l.taxTitle, l.rate, usd(l.tax)});
    }
    t.discount = usd(discount);
    b.discount = usd(discount);
    b.total = usd(payable - discount);
    CompletedSale s;
    s.ticket = t;
    s.tender = payments.first().tender;
    s.total = b.total;
    s.completedAt = at;
    s.payments = payments;
    s.breakdown = b;
    s.operatorName = operatorName;
    return s;
}

const QString kCasey = QStringLiteral("Casey Cashier");
const QString kSam = QStringLiteral("Sam Supervisor");
const QString kSalesTax = QStringLiteral("Sales tax");
const QString kReduced = QStringLiteral("Reduced tax");

// Another program's connection to sales.db: what someone with the file would use.
using test::PlainSql;

} // namespace

class TestDayReport : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
    Clock m_clock = Clock([this] { return m_now; });
    std::unique_ptr<SalesStore> m_sales;
    std::unique_ptr<OperatorStore> m_staff;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<EndOfDay> m_day;
    CompletedSale m_saleC;

    QString salesPath() const { return m_dir->filePath(QStringLiteral("sales.db")); }
    void at(int hour, int minute = 0) {
        m_now = QDateTime(QDate(2026, 3, 15), QTime(hour, minute));
    }
    int entries(const char* kind) const {
        AuditFilter filter;
        filter.kind = QLatin1String(kind);
        return int(m_journal->list(filter).size());
    }

    // 08:00 shift with 100.00; three sales, a return, a void, a pay-in and a pay-out by 11:30.
    void buildDay() {
        at(8);
        const auto shift = m_day->openShift(usd(10000));
        QVERIFY2(shift.ok(), qPrintable(shift.error));
        // A: 10.00 + 0.83 tax, cash (20.00 handed over), Casey.
        at(9);
        QVERIFY(m_sales->recordCompleted(
            saleOf(QStringLiteral("store-001-000001"),
                   {{QStringLiteral("COFFEE"), 1, 1000, 83, kSalesTax, QStringLiteral("0.0825")}},
                   0, {Payment{Tender::Cash, usd(1083), usd(2000), {}}}, kCasey, m_now)));
        // B: bread 2 x 2.50 + 0.10 reduced tax; water 1.00 + 0.08 tax + 0.25 deposit; less
        // 1.00 discount = 5.43 on the card, Casey.
        at(9, 30);
        QVERIFY(m_sales->recordCompleted(
            saleOf(QStringLiteral("store-001-000002"),
                   {{QStringLiteral("BREAD"), 2, 250, 10, kReduced, QStringLiteral("0.02")},
                    {QStringLiteral("WATER"), 1, 100, 8, kSalesTax, QStringLiteral("0.0825"), 25}},
                   100, {Payment{Tender::Card, usd(543), usd(543), QStringLiteral("A1B2C3")}},
                   kCasey, m_now)));
        // C: mug 20.00 + 1.65 tax less 0.65 = 21.00, split 15.00 cash + 6.00 card, Sam.
        at(10);
        m_saleC =
            saleOf(QStringLiteral("store-001-000003"),
                   {{QStringLiteral("MUG"), 1, 2000, 165, kSalesTax, QStringLiteral("0.0825")}}, 65,
                   {Payment{Tender::Cash, usd(1500), usd(1500), {}},
                    Payment{Tender::Card, usd(600), usd(600), QStringLiteral("X9Y8Z7")}},
                   kSam, m_now);
        QVERIFY(m_sales->recordCompleted(m_saleC));
        // The mug comes back: 21.00 to its tenders, 15.00 cash and 6.00 on the card.
        at(10, 30);
        SaleReturn r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.number = QStringLiteral("store-001-R000001");
        r.saleId = m_saleC.ticket.id;
        r.saleNumber = m_saleC.ticket.retailerOrderId;
        r.createdAt = m_now;
        r.lines = {ReturnLine{QStringLiteral("MUG"), QStringLiteral("MUG"), QStringLiteral("MUG"),
                              1, usd(2100)}};
        r.refunds = {Payment{Tender::Cash, usd(1500), usd(1500), {}},
                     Payment{Tender::Card, usd(600), usd(600), QStringLiteral("X9Y8Z7")}};
        r.total = usd(2100);
        r.reason = QStringLiteral("cracked");
        r.operatorName = kSam;
        QVERIFY2(m_sales->recordReturn(r), qPrintable(m_sales->error()));
        at(11);
        Ticket open =
            Ticket::create(QStringLiteral("store-001-000004"), QStringLiteral("USD"), m_now);
        QVERIFY(m_sales->recordVoid({open, m_now, QStringLiteral("customer left"), kCasey}));
        at(11, 15);
        const auto in = m_day->payIn(usd(2000), QStringLiteral("change from the bank"));
        QVERIFY2(in.ok(), qPrintable(in.error));
        at(11, 30);
        const auto out = m_day->payOut(usd(750), QStringLiteral("window cleaner"));
        QVERIFY2(out.ok(), qPrintable(out.error));
    }

    // Every figure of the day above, worked out by hand.
    void checkFiguresOfTheDay(const DayReport& d) {
        QCOMPARE(d.from, QDateTime(QDate(2026, 3, 15), QTime(8, 0)));
        QCOMPARE(d.currency, QStringLiteral("USD"));
        QCOMPARE(d.operatorName, QStringLiteral("checkstand-ctl (tester)"));
        QVERIFY(d.shiftId > 0);
        QCOMPARE(dec(d.shiftFloat), QStringLiteral("100.00"));
        QCOMPARE(d.salesCount, qint64(3));
        QCOMPARE(dec(d.netSales), QStringLiteral("37.26")); // 10.83 + 5.43 + 21.00
        QCOMPARE(dec(d.discounts), QStringLiteral("1.65")); // 1.00 + 0.65
        QCOMPARE(dec(d.gross), QStringLiteral("38.91"));    // 37.26 + 1.65
        QCOMPARE(d.returnsCount, qint64(1));
        QCOMPARE(dec(d.refunded), QStringLiteral("21.00"));
        QCOMPARE(d.voidsCount, qint64(1));
        QCOMPARE(d.taxes.size(), 2);
        QCOMPARE(d.taxes.at(0).title, kReduced); // sorted by title
        QCOMPARE(d.taxes.at(0).rate, QStringLiteral("0.02"));
        QCOMPARE(dec(d.taxes.at(0).amount), QStringLiteral("0.10"));
        QCOMPARE(d.taxes.at(1).title, kSalesTax);
        QCOMPARE(dec(d.taxes.at(1).amount), QStringLiteral("2.56")); // 0.83 + 0.08 + 1.65
        QCOMPARE(dec(d.deposits), QStringLiteral("0.25"));
        QCOMPARE(d.tenders.size(), 3);
        QVERIFY(d.tenders.at(0).tender == Tender::Cash);
        QCOMPARE(dec(d.tenders.at(0).sales), QStringLiteral("25.83")); // 10.83 + 15.00
        QCOMPARE(dec(d.tenders.at(0).refunds), QStringLiteral("15.00"));
        QCOMPARE(dec(d.tenders.at(0).net), QStringLiteral("10.83"));
        QVERIFY(d.tenders.at(1).tender == Tender::Card);
        QCOMPARE(dec(d.tenders.at(1).sales), QStringLiteral("11.43")); // 5.43 + 6.00
        QCOMPARE(dec(d.tenders.at(1).refunds), QStringLiteral("6.00"));
        QCOMPARE(dec(d.tenders.at(1).net), QStringLiteral("5.43"));
        QVERIFY(d.tenders.at(2).tender == Tender::Financing);
        QCOMPARE(dec(d.tenders.at(2).net), QStringLiteral("0.00"));
        QCOMPARE(d.operators.size(), 2);
        QCOMPARE(d.operators.at(0).name, kCasey);
        QCOMPARE(d.operators.at(0).sales, qint64(2));
        QCOMPARE(dec(d.operators.at(0).total), QStringLiteral("16.26")); // 10.83 + 5.43
        QCOMPARE(d.operators.at(1).name, kSam);
        QCOMPARE(d.operators.at(1).sales, qint64(1));
        QCOMPARE(dec(d.operators.at(1).total), QStringLiteral("21.00"));
        QCOMPARE(d.payInsCount, qint64(1));
        QCOMPARE(dec(d.payIns), QStringLiteral("20.00"));
        QCOMPARE(d.payOutsCount, qint64(1));
        QCOMPARE(dec(d.payOuts), QStringLiteral("7.50"));
        QCOMPARE(d.cashMoves.size(), 2);
        QCOMPARE(d.cashMoves.at(1).reason, QStringLiteral("window cleaner"));
        QCOMPARE(dec(d.cashSales), QStringLiteral("25.83")); // amounts, not the 20.00 tendered
        QCOMPARE(dec(d.cashRefunds), QStringLiteral("15.00"));
        // 100.00 + 25.83 - 15.00 + 20.00 - 7.50
        QCOMPARE(dec(d.expectedCash), QStringLiteral("123.33"));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        at(7);
        m_sales = std::make_unique<SalesStore>();
        QVERIFY2(m_sales->open(salesPath()), qPrintable(m_sales->error()));
        m_staff = std::make_unique<OperatorStore>(m_clock);
        QVERIFY2(m_staff->open(m_dir->filePath(QStringLiteral("staff.db"))),
                 qPrintable(m_staff->error()));
        m_journal = std::make_unique<AuditJournal>(m_staff->database(), m_clock);
        m_session = std::make_unique<OperatorSession>(*m_staff, *m_journal, m_clock);
        m_session->actAsMachineAdministrator(QStringLiteral("tester"));
        m_day = std::make_unique<EndOfDay>(*m_sales, *m_session, m_clock,
                                           [] { return QStringLiteral("USD"); });
    }

    void cleanup() {
        m_day.reset();
        m_session.reset();
        m_journal.reset();
        m_staff.reset();
        m_sales.reset();
    }

    void xReportHasEveryFigureAndChangesNothing() {
        buildDay();
        if (QTest::currentTestFailed())
            return;
        at(12);
        const auto x = m_day->xReport();
        QVERIFY2(x.ok(), qPrintable(x.error));
        checkFiguresOfTheDay(*x.value);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(x.value->kind == DayReport::Kind::X);
        QCOMPARE(x.value->number, qint64(0));
        QCOMPARE(x.value->to, m_now);
        QVERIFY(!x.value->countedCash && !x.value->overShort);
        QVERIFY(x.value->journalHead.isEmpty());
        const QJsonObject json = x.value->toJson();
        QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("x"));
        QVERIFY(json.value(QLatin1String("number")).isNull());
        QCOMPARE(json.value(QLatin1String("expectedCash")).toString(), QStringLiteral("123.33"));
        QVERIFY(json.value(QLatin1String("countedCash")).isNull());
        // Read back exactly.
        QVERIFY(DayReport::fromJson(json) == *x.value);
        // Nothing closed: the shift is open, no Z, and a second X reads the same.
        QVERIFY(m_day->currentShift().has_value());
        QVERIFY(!m_sales->zReport() && !m_sales->lastError().failed());
        const auto again = m_day->xReport();
        QVERIFY(again.ok());
        QCOMPARE(again.value->toJson(), json);
        // Journalled: the shift, the cash moves, both X reports.
        QCOMPARE(entries(auditkind::kShiftOpen), 1);
        QCOMPARE(entries(auditkind::kPayIn), 1);
        QCOMPARE(entries(auditkind::kPayOut), 1);
        QCOMPARE(entries(auditkind::kReport), 2);
        // The document prints what the figures say.
        const QString text =
            reportText(reportDocument(*x.value, {QStringLiteral("Main Street"), {}, {}, {}}, true,
                                      false, QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY2(text.contains(QStringLiteral("X report")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$123.33")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sales tax 8.25%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Reduced tax 2%")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TRAINING")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("REPRINT")), qPrintable(text));
    }

    void zClosesTheDayForGood() {
        buildDay();
        if (QTest::currentTestFailed())
            return;
        at(18);
        const QString head = m_journal->head();
        QCOMPARE(head.size(), 64);
        QVERIFY(head != AuditJournal::zeroHash());
        const auto z = m_day->closeDay(usd(12000));
        QVERIFY2(z.ok(), qPrintable(z.error));
        checkFiguresOfTheDay(*z.value);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(z.value->isZ());
        QCOMPARE(z.value->number, qint64(1));
        QCOMPARE(z.value->to, m_now);
        QCOMPARE(dec(z.value->countedCash), QStringLiteral("120.00"));
        QCOMPARE(dec(z.value->overShort), QStringLiteral("-3.33")); // 120.00 - 123.33: short
        QCOMPARE(z.value->journalHead, head);
        QCOMPARE(entries(auditkind::kShiftClose), 1);
        QCOMPARE(entries(auditkind::kReport), 1);
        QVERIFY(m_journal->verify().ok);

        // Stored as made, and the shift is closed with it.
        const auto stored = m_sales->zReport(1);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->figures, z.value->toJson());
        QCOMPARE(dec(stored->counted), QStringLiteral("120.00"));
        QCOMPARE(stored->journalHead, head);
        QVERIFY(!m_day->currentShift().has_value());
        // A reprint reads the stored figures: the same report, marked as a reprint on paper.
        const auto reprint = m_day->zReport(1);
        QVERIFY2(reprint.ok(), qPrintable(reprint.error));
        QVERIFY(*reprint.value == *z.value);
        QCOMPARE(m_day->zReport().value->number, qint64(1)); // the latest
        const QString text = reportText(reportDocument(*reprint.value, {}, false, true));
        QVERIFY2(text.contains(QStringLiteral("Z report No. 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("REPRINT")), qPrintable(text));
        QVERIFY2(text.contains(head.left(16)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("-$3.33")), qPrintable(text));

        // The next report starts after the Z: empty, with no shift and no float.
        at(19);
        const auto next = m_day->xReport();
        QVERIFY2(next.ok(), qPrintable(next.error));
        QCOMPARE(next.value->salesCount, qint64(0));
        QCOMPARE(next.value->returnsCount, qint64(0));
        QCOMPARE(next.value->voidsCount, qint64(0));
        QCOMPARE(next.value->payInsCount, qint64(0));
        QCOMPARE(dec(next.value->netSales), QStringLiteral("0.00"));
        QCOMPARE(dec(next.value->expectedCash), QStringLiteral("0.00"));
        QCOMPARE(next.value->shiftId, qint64(0));
        QCOMPARE(next.value->from, QDateTime(QDate(2026, 3, 15), QTime(18, 0)));

        // A sale written after the Z with a time inside the closed day (a till whose clock was
        // wrong) does not change the closed day: it is in the next one.
        QVERIFY(m_sales->recordCompleted(
            saleOf(QStringLiteral("store-001-000005"),
                   {{QStringLiteral("TEA"), 1, 300, 0, kSalesTax, QStringLiteral("0.0825")}}, 0,
                   {Payment{Tender::Cash, usd(300), usd(300), {}}}, kCasey,
                   QDateTime(QDate(2026, 3, 15), QTime(9, 5)))));
        const auto late = m_day->xReport();
        QVERIFY(late.ok());
        QCOMPARE(late.value->salesCount, qint64(1));
        QCOMPARE(dec(late.value->netSales), QStringLiteral("3.00"));
        QVERIFY(*m_day->zReport(1).value == *z.value);

        // No second Z without a shift; with one, No. 2 runs from the first one's close.
        const auto none = m_day->closeDay(usd(0));
        QVERIFY(!none.value);
        QCOMPARE(none.errorKind, QStringLiteral("refused"));
        QVERIFY(!m_sales->zReport(2) && !m_sales->lastError().failed());
        at(20);
        QVERIFY(m_day->openShift(usd(5000)).ok());
        at(21);
        const auto second = m_day->closeDay(usd(5300));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.value->number, qint64(2));
        QCOMPARE(second.value->from, QDateTime(QDate(2026, 3, 15), QTime(18, 0)));
        QCOMPARE(second.value->salesCount, qint64(1));
        QCOMPARE(dec(second.value->expectedCash), QStringLiteral("53.00"));
        QCOMPARE(dec(second.value->overShort), QStringLiteral("0.00"));
        QCOMPARE(m_day->zReport().value->number, qint64(2));
        QCOMPARE(m_day->zReport(3).errorKind, QStringLiteral("notFound"));
    }

    void plainSqlCannotChangeAClosedDay() {
        buildDay();
        if (QTest::currentTestFailed())
            return;
        at(18);
        QVERIFY(m_day->closeDay(usd(12333)).ok());
        {
            PlainSql raw(salesPath());
            QVERIFY(raw.isOpen());
            for (const char* sql :
                 {"UPDATE z_reports SET counted_minor = 0", "UPDATE z_reports SET figures = '{}'",
                  "DELETE FROM z_reports", "UPDATE cash_moves SET amount_minor = 1",
                  "DELETE FROM cash_moves", "UPDATE shifts SET float_minor = 0",
                  "DELETE FROM shifts"})
                QVERIFY2(!raw.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(raw.count(QStringLiteral("z_reports")), qint64(1));
            QCOMPARE(raw.count(QStringLiteral("cash_moves")), qint64(2));
            // A dropped guard comes back the next time the till opens the file.
            QVERIFY2(raw.exec(QStringLiteral("DROP TRIGGER z_reports_no_delete")),
                     qPrintable(raw.error()));
        }
        m_day.reset();
        m_sales = std::make_unique<SalesStore>();
        QVERIFY2(m_sales->open(salesPath()), qPrintable(m_sales->error()));
        PlainSql raw(salesPath());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM z_reports")));
        QCOMPARE(raw.count(QStringLiteral("z_reports")), qint64(1));
    }

    void badInputWritesNothing() {
        QCOMPARE(m_day->openShift(usd(-1)).errorKind, QStringLiteral("invalid"));
        QCOMPARE(m_day->openShift(Money::fromMinor(100, QStringLiteral("EUR"))).errorKind,
                 QStringLiteral("invalid"));
        QVERIFY(!m_day->currentShift().has_value());
        // No shift: no cash moves and no Z.
        QCOMPARE(m_day->payIn(usd(500), QStringLiteral("float top-up")).errorKind,
                 QStringLiteral("refused"));
        QCOMPARE(m_day->closeDay(usd(0)).errorKind, QStringLiteral("refused"));
        QVERIFY(m_day->openShift(usd(0)).ok()); // an empty drawer is a float of 0.00
        const auto twice = m_day->openShift(usd(1000));
        QVERIFY(!twice.value);
        QCOMPARE(twice.errorKind, QStringLiteral("refused"));
        QVERIFY2(twice.error.contains(QStringLiteral("already open")), qPrintable(twice.error));
        QCOMPARE(m_day->payIn(usd(0), QStringLiteral("nothing")).errorKind,
                 QStringLiteral("invalid"));
        QCOMPARE(m_day->payOut(usd(-100), QStringLiteral("negative")).errorKind,
                 QStringLiteral("invalid"));
        QCOMPARE(m_day->payOut(usd(100), QStringLiteral("   ")).errorKind,
                 QStringLiteral("invalid"));
        QCOMPARE(m_day->closeDay(usd(-1)).errorKind, QStringLiteral("invalid"));
        // The store refuses the same on its own.
        QVERIFY(!m_sales->recordCashMove({0, 0, CashMove::Kind::PayIn, m_now, usd(0), {}, {}}));
        const auto x = m_day->xReport();
        QVERIFY(x.ok());
        QCOMPARE(x.value->payInsCount + x.value->payOutsCount, qint64(0));
        QVERIFY(!m_sales->zReport() && !m_sales->lastError().failed());
        QCOMPARE(entries(auditkind::kPayIn) + entries(auditkind::kPayOut), 0);
        QCOMPARE(entries(auditkind::kShiftOpen), 1);
        // Nobody signed in: refused before anything is read.
        OperatorSession nobody(*m_staff, *m_journal, m_clock);
        EndOfDay locked(*m_sales, nobody, m_clock, [] { return QStringLiteral("USD"); });
        QCOMPARE(locked.xReport().errorKind, QStringLiteral("refused"));
    }

    void overflowIsAnErrorInWords() {
        const qint64 half = std::numeric_limits<qint64>::max() / 2 + 1;
        PeriodRecords records;
        for (int i = 0; i < 2; ++i) {
            CompletedSale s;
            s.ticket = Ticket::create(QStringLiteral("store-001-00009%1").arg(i),
                                      QStringLiteral("USD"), m_now);
            s.total = usd(half);
            s.breakdown.total = usd(half);
            s.breakdown.discount = s.breakdown.deposits = usd(0);
            s.payments = {Payment{Tender::Card, usd(half), usd(half), QStringLiteral("REF1")}};
            records.sales.append(s);
        }
        DayReportInput input;
        input.currency = QStringLiteral("USD");
        input.from = input.to = m_now;
        const DayReportBuild built = buildDayReport(input, records);
        QVERIFY(!built.report);
        QVERIFY2(built.error.contains(QStringLiteral("too large")), qPrintable(built.error));
        QVERIFY2(built.error.contains(QStringLiteral("store-001-000091")), qPrintable(built.error));
        // A sale in another currency is not added to dollars either.
        records.sales = {records.sales.first()};
        records.sales[0].total = Money::fromMinor(100, QStringLiteral("EUR"));
        const DayReportBuild mixed = buildDayReport(input, records);
        QVERIFY(!mixed.report);
        QVERIFY2(mixed.error.contains(QStringLiteral("EUR")), qPrintable(mixed.error));
    }

    void storageFailureIsNeverZero() {
        buildDay();
        if (QTest::currentTestFailed())
            return;
        // Locked by another connection: the report waits, then says so.
        {
            PlainSql raw(salesPath());
            QVERIFY(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
            m_sales->setBusyTimeout(std::chrono::milliseconds(100));
            const auto x = m_day->xReport();
            QVERIFY(!x.value);
            QCOMPARE(x.errorKind, QStringLiteral("locked"));
            QVERIFY(!x.error.isEmpty());
            QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
        }
        // A sale that cannot be read stops the report instead of leaving it out.
        {
            PlainSql raw(salesPath());
            QVERIFY(
                raw.exec(QStringLiteral("UPDATE sales SET breakdown = 'garbage' WHERE rowid = 2")));
        }
        auto x = m_day->xReport();
        QVERIFY(!x.value);
        QCOMPARE(x.errorKind, QStringLiteral("corrupt"));
        const auto z = m_day->closeDay(usd(12333));
        QVERIFY(!z.value);
        QVERIFY(!m_sales->zReport() && !m_sales->lastError().failed()); // nothing stored
        QVERIFY(m_day->currentShift().has_value());                     // still open
        // A table gone: an error, not an empty drawer.
        {
            PlainSql raw(salesPath());
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE cash_moves")));
        }
        x = m_day->xReport();
        QVERIFY(!x.value);
        QVERIFY(!x.error.isEmpty());
        QVERIFY(x.errorKind != QLatin1String("refused"));
    }
};

QTEST_GUILESS_MAIN(TestDayReport)
#include "tst_dayreport.moc"
