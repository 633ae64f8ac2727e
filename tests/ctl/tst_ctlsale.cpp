// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl for the rest of the till, run as store IT runs it (a child process on the
// training sandbox, its own data folder): tenders, history, show, receipts, returns, voids and
// financing that waits for approval. The documented examples are run as they are written.
#include "../support/ctlrunner.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using checkstand::test::CtlRun;
using checkstand::test::CtlRunner;

namespace {

const QString kDocsTicket = QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/ticket.json");
// Who checkstand-ctl acts as: CtlRunner runs it with USER=tester.
const QString kActor = QStringLiteral("checkstand-ctl (tester)");

} // namespace

class TestCtlSale : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write the test file");
        return path;
    }

    static QJsonObject readObject(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read a documented example");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // Documents carry fixed dates; the checks compare them with today. Keep them in the future.
    static QJsonObject withFutureDates(QJsonObject o) {
        const QDate later = QDate::currentDate().addYears(3);
        QJsonObject id = o.value(QStringLiteral("idVerificationEvidence")).toObject();
        id.insert(QStringLiteral("idExpiry"), later.toString(Qt::ISODate));
        id.insert(QStringLiteral("cardExpiry"), later.toString(QStringLiteral("MM/yy")));
        o.insert(QStringLiteral("idVerificationEvidence"), id);
        return o;
    }

    QString customerFile() {
        const QJsonObject c =
            withFutureDates(readObject(QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/customer.json")));
        return writeFile(QStringLiteral("customer.json"), QJsonDocument(c).toJson());
    }

    // The documented ticket (sandbox total 21.87: coffee 2 x 8.99 and a mug 12.50, taxed, less
    // 10.00) as a new sale of its own: a fresh id and number.
    QString newTicket(QString* number, const QStringList& financingLinks = {}) {
        QJsonObject t = readObject(kDocsTicket);
        *number = QStringLiteral("store-001-8%1").arg(++m_next, 5, 10, QLatin1Char('0'));
        t.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        t.insert(QStringLiteral("retailerOrderId"), *number);
        if (!financingLinks.isEmpty())
            t.insert(QStringLiteral("financingLinks"), QJsonArray::fromStringList(financingLinks));
        return writeFile(*number + QStringLiteral(".json"), QJsonDocument(t).toJson());
    }

    // On the sandbox, in the test's data folder or in `dataDir`; nothing on standard input.
    CtlRun run(const QStringList& args, const QString& dataDir = {}) {
        const QString data = dataDir.isEmpty() ? m_dir.path() : dataDir;
        CtlRunner runner;
        runner.prefix = {QStringLiteral("--settings"), data + QStringLiteral("/settings.ini"),
                         QStringLiteral("--data-dir"), data, QStringLiteral("--sandbox")};
        return runner.run(args);
    }

    CtlRun complete(const QString& ticket, const QStringList& tenders) {
        QStringList args = {QStringLiteral("sale"), QStringLiteral("complete"), ticket};
        for (const QString& t : tenders)
            args << QStringLiteral("--tender") << t;
        return run(args);
    }

    CtlRun show(const QString& id) {
        return run({QStringLiteral("sale"), QStringLiteral("show"), id});
    }

    QJsonArray history(const QStringList& filters) {
        const CtlRun r =
            run(QStringList{QStringLiteral("sale"), QStringLiteral("history")} + filters);
        if (r.exitCode != 0 || !r.doc.isArray())
            qWarning("sale history failed: %s", qPrintable(r.err));
        return r.doc.array();
    }

    QStringList awaitingNumbers() {
        const CtlRun r =
            run({QStringLiteral("sale"), QStringLiteral("financing"), QStringLiteral("list")});
        QStringList numbers;
        for (const QJsonValue& v : r.doc.array())
            numbers << v.toObject().value(QStringLiteral("number")).toString();
        if (r.exitCode != 0 || !r.doc.isArray())
            numbers << QStringLiteral("(sale financing list failed)");
        return numbers;
    }

    static QString field(const QJsonValue& v, const char* name) {
        return v.toObject().value(QLatin1String(name)).toString();
    }

    // The newest journal entry of `kind` whose details say `key` = `value` (the journal keeps
    // numbers as strings); empty when there is none.
    QJsonObject journalEntry(const QString& kind, const char* key, const QString& value) {
        const CtlRun r = run(
            {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--kind"), kind});
        if (r.exitCode != 0 || !r.doc.isArray())
            qWarning("journal list failed: %s", qPrintable(r.err));
        for (const QJsonValue& v : r.doc.array()) {
            if (field(v.toObject().value(QStringLiteral("details")), key) == value)
                return v.toObject();
        }
        return {};
    }

    static QString detail(const QJsonObject& entry, const char* key) {
        return field(entry.value(QStringLiteral("details")), key);
    }

    // The outbox entry of the sale `saleId`; 0 when there is none.
    qint64 outboxEntryOf(const QString& saleId) {
        const CtlRun r = run({QStringLiteral("outbox"), QStringLiteral("list")});
        if (r.exitCode != 0)
            qWarning("outbox list failed: %s", qPrintable(r.err));
        for (const QJsonValue& v : r.json.value(QStringLiteral("entries")).toArray()) {
            if (field(v, "saleId") == saleId)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void splitTenderIsRecordedAndReadBack() {
        QString number;
        const CtlRun r = complete(newTicket(&number),
                                  {QStringLiteral("cash:20.00"), QStringLiteral("card:A1B2C3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(r.json.value(QStringLiteral("total")).toString(), QStringLiteral("21.87"));
        QCOMPARE(r.json.value(QStringLiteral("change")).toString(), QStringLiteral("0.00"));

        const CtlRun s = show(number);
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        const QJsonArray payments = s.json.value(QStringLiteral("payments")).toArray();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(field(payments.at(0), "tender"), QStringLiteral("cash"));
        QCOMPARE(field(payments.at(0), "amount"), QStringLiteral("20.00"));
        QCOMPARE(field(payments.at(1), "tender"), QStringLiteral("card"));
        QCOMPARE(field(payments.at(1), "amount"), QStringLiteral("1.87"));
        QCOMPARE(field(payments.at(1), "reference"), QStringLiteral("A1B2C3"));
        QCOMPARE(s.json.value(QStringLiteral("change")).toString(), QStringLiteral("0.00"));
        QVERIFY(s.json.value(QStringLiteral("receiptText")).toString().contains(number));
        QVERIFY(s.json.value(QStringLiteral("returns")).toArray().isEmpty());
    }

    void cashTenderedGivesChange() {
        QString number;
        const CtlRun r = complete(newTicket(&number), {QStringLiteral("cash:50.00")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("change")).toString(), QStringLiteral("28.13"));
        const CtlRun s = show(number);
        QCOMPARE(s.json.value(QStringLiteral("change")).toString(), QStringLiteral("28.13"));
        QCOMPARE(field(s.json.value(QStringLiteral("payments")).toArray().at(0), "tendered"),
                 QStringLiteral("50.00"));
    }

    void cardNeedsAReferenceNeverACardNumber() {
        QString number;
        const QString ticket = newTicket(&number);
        CtlRun r = complete(ticket, {QStringLiteral("card")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--tender card:REF")), qPrintable(r.err));
        r = complete(ticket, {QStringLiteral("card:4242424242424242")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("card number")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("4242424242424242")));
        // Two tenders for "the rest" cannot be split.
        r = complete(ticket, {QStringLiteral("cash"), QStringLiteral("card:A1B2C3")});
        QCOMPARE(r.exitCode, 2);
        // Nothing was recorded by any of them.
        QVERIFY(history({QStringLiteral("--number"), number}).isEmpty());
        QCOMPARE(show(number).exitCode, 1);
    }

    void historyFindsByNumberDateAndAmount() {
        QString number;
        const CtlRun r = complete(newTicket(&number), {QStringLiteral("cash")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QJsonArray found =
            history({QStringLiteral("--number"), number, QStringLiteral("--amount"),
                     QStringLiteral("21.87"), QStringLiteral("--from"), today,
                     QStringLiteral("--to"), today});
        QCOMPARE(found.size(), 1);
        QCOMPARE(field(found.at(0), "number"), number);
        QCOMPARE(field(found.at(0), "total"), QStringLiteral("21.87"));
        // A part of the number finds it too; another amount or day does not.
        QVERIFY(!history({QStringLiteral("--number"), number.right(6)}).isEmpty());
        QVERIFY(history({QStringLiteral("--number"), number, QStringLiteral("--amount"),
                         QStringLiteral("21.88")})
                    .isEmpty());
        QVERIFY(history({QStringLiteral("--number"), number, QStringLiteral("--from"),
                         QDate::currentDate().addDays(2).toString(Qt::ISODate)})
                    .isEmpty());
        QCOMPARE(run({QStringLiteral("sale"), QStringLiteral("history"), QStringLiteral("--from"),
                      QStringLiteral("yesterday")})
                     .exitCode,
                 2);
    }

    void receiptAsTextAndPdf() {
        QString number;
        const CtlRun r = complete(newTicket(&number), {QStringLiteral("cash:50.00")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CtlRun text = run({QStringLiteral("receipt"), number});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.json.value(QStringLiteral("text")).toString().contains(number));
        QCOMPARE(run({QStringLiteral("receipt"), QStringLiteral("store-001-999999")}).exitCode, 1);

        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const CtlRun p = run({QStringLiteral("receipt"), number, QStringLiteral("--pdf"), pdf});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        QCOMPARE(p.json.value(QStringLiteral("pdf")).toString(), pdf);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArray("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF text is not checked");
        QProcess extract;
        extract.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(60000));
        QCOMPARE(extract.exitCode(), 0);
        const QString words = QString::fromUtf8(extract.readAllStandardOutput());
        QVERIFY2(words.contains(number), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("REPRINT")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("TRAINING")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Change")), qPrintable(words));
    }

    void returnOfPartAndRefusedOverReturn() {
        QString number;
        const CtlRun r = complete(newTicket(&number), {QStringLiteral("card:A1B2C3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString one = writeFile(
            QStringLiteral("one.json"),
            "{\"lines\":[{\"line\":\"COF-250\",\"quantity\":1}],\"reason\":\"Changed mind\"}");
        const CtlRun ret = run({QStringLiteral("sale"), QStringLiteral("return"), number, one});
        QVERIFY2(ret.exitCode == 0, qPrintable(ret.err));
        const QString returnNumber = ret.json.value(QStringLiteral("number")).toString();
        QVERIFY(!returnNumber.isEmpty());
        QCOMPARE(ret.json.value(QStringLiteral("saleNumber")).toString(), number);
        const QJsonArray lines = ret.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("quantity")).toInteger(), 1);
        QVERIFY(!ret.json.value(QStringLiteral("instructions")).toArray().isEmpty());
        QVERIFY2(ret.err.contains(QStringLiteral("A1B2C3")), qPrintable(ret.err)); // the card

        // Two more of a line sold twice, once already back: refused, naming it; nothing written.
        const QString two = writeFile(
            QStringLiteral("two.json"),
            "{\"lines\":[{\"line\":\"COF-250\",\"quantity\":2}],\"reason\":\"Changed mind\"}");
        const CtlRun over = run({QStringLiteral("sale"), QStringLiteral("return"), number, two});
        QCOMPARE(over.exitCode, 1);
        QVERIFY2(over.err.contains(QStringLiteral("Coffee beans 250 g")), qPrintable(over.err));
        const CtlRun s = show(number);
        QCOMPARE(s.json.value(QStringLiteral("returns")).toArray().size(), 1);
        QCOMPARE(field(s.json.value(QStringLiteral("returns")).toArray().at(0), "number"),
                 returnNumber);

        // A malformed file is a usage error.
        const QString zero = writeFile(QStringLiteral("zero.json"),
                                       "{\"lines\":[{\"line\":\"COF-250\",\"quantity\":0}],"
                                       "\"reason\":\"x\"}");
        QCOMPARE(run({QStringLiteral("sale"), QStringLiteral("return"), number, zero}).exitCode, 2);
        const QString noReason = writeFile(QStringLiteral("noreason.json"),
                                           "{\"lines\":[{\"line\":\"COF-250\",\"quantity\":1}]}");
        QCOMPARE(run({QStringLiteral("sale"), QStringLiteral("return"), number, noReason}).exitCode,
                 2);
        QCOMPARE(show(number).json.value(QStringLiteral("returns")).toArray().size(), 1);

        // The return's own receipt.
        const CtlRun receipt =
            run({QStringLiteral("receipt"), returnNumber, QStringLiteral("--return")});
        QVERIFY2(receipt.exitCode == 0, qPrintable(receipt.err));
        QVERIFY(receipt.json.value(QStringLiteral("text")).toString().contains(returnNumber));
    }

    void voidNeedsAReason() {
        QString number;
        const QString ticket = newTicket(&number);
        const CtlRun refused = run({QStringLiteral("sale"), QStringLiteral("void"), ticket});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--reason")), qPrintable(refused.err));
        const CtlRun r = run({QStringLiteral("sale"), QStringLiteral("void"), ticket,
                              QStringLiteral("--reason"), QStringLiteral("Customer left")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("voided"));
        QCOMPARE(r.json.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(r.json.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Customer left"));
        // A voided sale is no completed sale.
        QVERIFY(history({QStringLiteral("--number"), number}).isEmpty());
    }

    void financedSaleWaitsForTheApproval() {
        QString number;
        const CtlRun r = run({QStringLiteral("sale"), QStringLiteral("finance"), newTicket(&number),
                              customerFile()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaitingFinancing"));
        QCOMPARE(r.json.value(QStringLiteral("sale")).toString(), number);
        // The link carries the payable total (tax and discount included), not the shelf sum.
        QCOMPARE(r.json.value(QStringLiteral("total")).toString(), QStringLiteral("21.87"));
        const QString trackingId = r.json.value(QStringLiteral("trackingId")).toString();
        QVERIFY(!trackingId.isEmpty());

        QVERIFY(awaitingNumbers().contains(number));
        QVERIFY(history({QStringLiteral("--number"), number}).isEmpty()); // not completed yet
        QCOMPARE(show(number).json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaitingFinancing"));

        QCOMPARE(run({QStringLiteral("sale"), QStringLiteral("financing"),
                      QStringLiteral("approve"), number})
                     .exitCode,
                 2);
        const CtlRun approved =
            run({QStringLiteral("sale"), QStringLiteral("financing"), QStringLiteral("approve"),
                 number, QStringLiteral("--reference"), QStringLiteral("CA-APPROVED-77")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(approved.json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));

        const CtlRun s = show(number);
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        QCOMPARE(s.json.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        const QJsonArray payments = s.json.value(QStringLiteral("payments")).toArray();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(field(payments.at(0), "tender"), QStringLiteral("financing"));
        QCOMPARE(field(payments.at(0), "amount"), QStringLiteral("21.87"));
        QCOMPARE(field(payments.at(0), "reference"), QStringLiteral("CA-APPROVED-77"));
        QVERIFY(!awaitingNumbers().contains(number));
        QCOMPARE(history({QStringLiteral("--number"), number}).size(), 1);
    }

    void declinedSaleGoesBackToTheTill() {
        QString number;
        const CtlRun r = run({QStringLiteral("sale"), QStringLiteral("finance"), newTicket(&number),
                              customerFile()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(awaitingNumbers().contains(number));
        const CtlRun declined = run({QStringLiteral("sale"), QStringLiteral("financing"),
                                     QStringLiteral("decline"), number});
        QVERIFY2(declined.exitCode == 0, qPrintable(declined.err));
        QCOMPARE(declined.json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("declined"));
        QCOMPARE(declined.json.value(QStringLiteral("parked")).toBool(), true);
        QVERIFY(awaitingNumbers().isEmpty());
        QVERIFY(history({QStringLiteral("--number"), number}).isEmpty());
        // It is no longer waiting, so it cannot be declined (or approved) twice.
        QCOMPARE(run({QStringLiteral("sale"), QStringLiteral("financing"),
                      QStringLiteral("decline"), number})
                     .exitCode,
                 1);
    }

    void secondLinkNeedsAgain() {
        QString number;
        const QString ticket = newTicket(&number, {QStringLiteral("CA-EARLIER-1")});
        const CtlRun r =
            run({QStringLiteral("sale"), QStringLiteral("finance"), ticket, customerFile()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("CA-EARLIER-1")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--again")), qPrintable(r.err));
        QVERIFY(!awaitingNumbers().contains(number));
        const CtlRun again = run({QStringLiteral("sale"), QStringLiteral("finance"), ticket,
                                  customerFile(), QStringLiteral("--again")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(awaitingNumbers().contains(number));
        QVERIFY(run({QStringLiteral("sale"), QStringLiteral("financing"), QStringLiteral("decline"),
                     number})
                    .exitCode == 0);
    }

    void documentedExamplesWork() {
        // As docs/checkstand-ctl.md shows them, in a data folder of their own (the documented
        // ticket has a fixed id and number).
        QTemporaryDir docs;
        QVERIFY(docs.isValid());
        const QDir examples(QStringLiteral(CHECKSTAND_DOCS_EXAMPLES));
        const CtlRun r =
            run({QStringLiteral("sale"), QStringLiteral("complete"), kDocsTicket,
                 QStringLiteral("--tenders"), examples.filePath(QStringLiteral("tenders.json"))},
                docs.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("number")).toString(),
                 QStringLiteral("store-001-000042"));
        QCOMPARE(r.json.value(QStringLiteral("change")).toString(), QStringLiteral("10.00"));
        const CtlRun ret = run({QStringLiteral("sale"), QStringLiteral("return"),
                                QStringLiteral("store-001-000042"),
                                examples.filePath(QStringLiteral("return.json"))},
                               docs.path());
        QVERIFY2(ret.exitCode == 0, qPrintable(ret.err));
        QCOMPARE(ret.json.value(QStringLiteral("lines")).toArray().size(), 1);
        const CtlRun again =
            run({QStringLiteral("sale"), QStringLiteral("complete"), kDocsTicket}, docs.path());
        QCOMPARE(again.exitCode, 1); // recorded once, never twice

        QTemporaryDir financed;
        QVERIFY(financed.isValid());
        const CtlRun f =
            run({QStringLiteral("sale"), QStringLiteral("finance"), kDocsTicket, customerFile()},
                financed.path());
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QCOMPARE(f.json.value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaitingFinancing"));
    }

    // checkstand-ctl acts for the machine's administrator: its sales, returns and financing
    // approvals record "checkstand-ctl (<OS user>)" as their operator, and its voids, returns,
    // outbox retries and discards and catalog imports are journalled under that name.
    void ctlActionsAreJournalledAndRecordTheOperator() {
        QString sold;
        const CtlRun r = complete(newTicket(&sold), {QStringLiteral("card:A1B2C3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString soldId = r.json.value(QStringLiteral("saleId")).toString();
        QCOMPARE(show(sold).json.value(QStringLiteral("operator")).toString(), kActor);
        QString other;
        const CtlRun r2 = complete(newTicket(&other), {QStringLiteral("cash")});
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        const QString otherId = r2.json.value(QStringLiteral("saleId")).toString();

        const QString one = writeFile(
            QStringLiteral("journal-return.json"),
            "{\"lines\":[{\"line\":\"COF-250\",\"quantity\":1}],\"reason\":\"Too bitter\"}");
        const CtlRun ret = run({QStringLiteral("sale"), QStringLiteral("return"), sold, one});
        QVERIFY2(ret.exitCode == 0, qPrintable(ret.err));
        QCOMPARE(ret.json.value(QStringLiteral("operator")).toString(), kActor);
        const QString returnNumber = ret.json.value(QStringLiteral("number")).toString();
        const QJsonObject returned = journalEntry(QStringLiteral("return"), "number", returnNumber);
        QCOMPARE(returned.value(QStringLiteral("operatorName")).toString(), kActor);
        QVERIFY(returned.value(QStringLiteral("operatorId")).toString().isEmpty());
        QCOMPARE(detail(returned, "saleNumber"), sold);
        QVERIFY(!detail(returned, "total").isEmpty());
        QCOMPARE(detail(returned, "total"), ret.json.value(QStringLiteral("total")).toString());

        QString voided;
        const CtlRun v = run({QStringLiteral("sale"), QStringLiteral("void"), newTicket(&voided),
                              QStringLiteral("--reason"), QStringLiteral("Wrong customer")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        const QJsonObject voidEntry = journalEntry(QStringLiteral("void"), "number", voided);
        QCOMPARE(voidEntry.value(QStringLiteral("operatorName")).toString(), kActor);
        QCOMPARE(detail(voidEntry, "reason"), QStringLiteral("Wrong customer"));

        QString financed;
        const CtlRun f = run({QStringLiteral("sale"), QStringLiteral("finance"),
                              newTicket(&financed), customerFile()});
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        const CtlRun approved =
            run({QStringLiteral("sale"), QStringLiteral("financing"), QStringLiteral("approve"),
                 financed, QStringLiteral("--reference"), QStringLiteral("CA-JOURNAL-1")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QCOMPARE(show(financed).json.value(QStringLiteral("operator")).toString(), kActor);

        // The two sales' Elevate notifications: one retried now, the other discarded.
        const qint64 soldEntry = outboxEntryOf(soldId);
        const qint64 otherEntry = outboxEntryOf(otherId);
        QVERIFY(soldEntry > 0 && otherEntry > 0 && soldEntry != otherEntry);
        const CtlRun retry =
            run({QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(soldEntry)});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        const CtlRun discard =
            run({QStringLiteral("outbox"), QStringLiteral("discard"), QString::number(otherEntry),
                 QStringLiteral("--reason"), QStringLiteral("Reported by hand")});
        QVERIFY2(discard.exitCode == 0, qPrintable(discard.err));
        const QJsonObject retried =
            journalEntry(QStringLiteral("outboxRetry"), "id", QString::number(soldEntry));
        QCOMPARE(retried.value(QStringLiteral("operatorName")).toString(), kActor);
        const QJsonObject discarded =
            journalEntry(QStringLiteral("outboxDiscard"), "id", QString::number(otherEntry));
        QCOMPARE(discarded.value(QStringLiteral("operatorName")).toString(), kActor);
        QCOMPARE(detail(discarded, "reason"), QStringLiteral("Reported by hand"));

        const QString csv = writeFile(QStringLiteral("journal-catalog.csv"),
                                      "sku,name,price\nJ-1,Jar,3.00\nJ-2,Bad price,x\n");
        const CtlRun imported = run({QStringLiteral("catalog"), QStringLiteral("import"), csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject catalogEntry = journalEntry(QStringLiteral("catalogImport"), "file", csv);
        QCOMPARE(catalogEntry.value(QStringLiteral("operatorName")).toString(), kActor);
        QCOMPARE(detail(catalogEntry, "imported"), QStringLiteral("1"));
        QCOMPARE(detail(catalogEntry, "rejected"), QStringLiteral("1"));

        // Every one of them is in an intact chain.
        const CtlRun verify = run({QStringLiteral("journal"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY(verify.json.value(QStringLiteral("checked")).toInteger() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestCtlSale)
#include "tst_ctlsale.moc"
