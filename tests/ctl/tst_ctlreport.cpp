// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl shift and report, run as store IT runs them (a child process on the training
// sandbox, its own data folder): a shift opened with its float, a sale paid in cash, a pay-in
// and a pay-out, the X report's figures, the Z with its over/short, the Z reprinted with the
// same figures, and both written as PDFs that pdftotext reads back.
#include "../support/ctlrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using checkstand::test::CtlRun;
using checkstand::test::CtlRunner;

namespace {

const QString kDocsTicket = QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/ticket.json");

QString field(const QJsonObject& o, const char* name) {
    return o.value(QLatin1String(name)).toString();
}

// "21.87" as minor units, so the test adds up figures without a double.
qint64 cents(const QString& decimal) {
    const qsizetype dot = decimal.indexOf(u'.');
    const bool negative = decimal.startsWith(u'-');
    const QString whole = decimal.left(dot).remove(u'-');
    const qint64 value = whole.toLongLong() * 100 + decimal.mid(dot + 1).toLongLong();
    return negative ? -value : value;
}

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestCtlReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    CtlRunner m_ctl;

    CtlRun run(const QStringList& args) { return m_ctl.run(args); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ctl = CtlRunner::forDirectory(m_dir.path());
    }

    void aShiftFromFloatToZ() {
        // The shift, with its float; one at a time.
        CtlRun r = run({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                        QStringLiteral("100.00")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject shift = r.json.value(QLatin1String("shift")).toObject();
        QCOMPARE(field(shift, "float"), QStringLiteral("100.00"));
        QCOMPARE(field(shift, "openedBy"), QStringLiteral("checkstand-ctl (tester)"));
        r = run({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--float"),
                 QStringLiteral("50.00")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(field(r.json.value(QLatin1String("error")).toObject(), "kind"),
                 QStringLiteral("refused"));
        QVERIFY2(r.err.contains(QStringLiteral("already open")), qPrintable(r.err));

        // Bad cash moves: exit 2, nothing written.
        r = run({QStringLiteral("shift"), QStringLiteral("pay-in"), QStringLiteral("0"),
                 QStringLiteral("--reason"), QStringLiteral("nothing")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("shift"), QStringLiteral("pay-out"), QStringLiteral("5.00")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--reason")), qPrintable(r.err));
        r = run({QStringLiteral("shift"), QStringLiteral("pay-in"), QStringLiteral("1,00"),
                 QStringLiteral("--reason"), QStringLiteral("comma")});
        QCOMPARE(r.exitCode, 2);

        // A sale in cash on the sandbox: the documented ticket, 21.87, 30.00 handed over.
        r = run({QStringLiteral("sale"), QStringLiteral("complete"), kDocsTicket,
                 QStringLiteral("--tender"), QStringLiteral("cash:30.00")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString total = field(r.json, "total");
        QCOMPARE(total, QStringLiteral("21.87"));

        r = run({QStringLiteral("shift"), QStringLiteral("pay-in"), QStringLiteral("20.00"),
                 QStringLiteral("--reason"), QStringLiteral("change from the bank")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(field(r.json.value(QLatin1String("cashMove")).toObject(), "kind"),
                 QStringLiteral("payIn"));
        r = run({QStringLiteral("shift"), QStringLiteral("pay-out"), QStringLiteral("5.00"),
                 QStringLiteral("--reason"), QStringLiteral("stamps")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The X: every figure of this shift; nothing closed.
        r = run({QStringLiteral("report"), QStringLiteral("x")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject x = r.json.value(QLatin1String("report")).toObject();
        QCOMPARE(field(x, "kind"), QStringLiteral("x"));
        QCOMPARE(x.value(QLatin1String("salesCount")).toInteger(), qint64(1));
        QCOMPARE(field(x, "netSales"), total);
        QCOMPARE(cents(field(x, "gross")), cents(total) + cents(field(x, "discounts")));
        QCOMPARE(field(x, "discounts"), QStringLiteral("10.00"));
        QVERIFY(!x.value(QLatin1String("taxes")).toArray().isEmpty());
        QCOMPARE(field(x, "shiftFloat"), QStringLiteral("100.00"));
        QCOMPARE(field(x, "cashSales"), total); // what it paid, not the 30.00 handed over
        QCOMPARE(field(x, "payIns"), QStringLiteral("20.00"));
        QCOMPARE(field(x, "payOuts"), QStringLiteral("5.00"));
        QCOMPARE(field(x, "expectedCash"), QStringLiteral("136.87")); // 100 + 21.87 + 20 - 5
        QVERIFY(x.value(QLatin1String("countedCash")).isNull());
        const QJsonArray tenders = x.value(QLatin1String("tenders")).toArray();
        QCOMPARE(field(tenders.at(0).toObject(), "tender"), QStringLiteral("cash"));
        QCOMPARE(field(tenders.at(0).toObject(), "net"), total);
        const QJsonArray operators = x.value(QLatin1String("operators")).toArray();
        QCOMPARE(operators.size(), 1);
        QCOMPARE(operators.at(0).toObject().value(QLatin1String("sales")).toInteger(), qint64(1));
        QVERIFY(field(r.json, "text").contains(QStringLiteral("X report")));

        // The Z: closes the shift with the counted cash, 1.87 short.
        r = run({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"),
                 QStringLiteral("135.00")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject z = r.json.value(QLatin1String("report")).toObject();
        QCOMPARE(field(z, "kind"), QStringLiteral("z"));
        QCOMPARE(z.value(QLatin1String("number")).toInteger(), qint64(1));
        QCOMPARE(field(z, "expectedCash"), QStringLiteral("136.87"));
        QCOMPARE(field(z, "countedCash"), QStringLiteral("135.00"));
        QCOMPARE(field(z, "overShort"), QStringLiteral("-1.87"));
        QCOMPARE(field(z, "journalHead").size(), 64);
        QCOMPARE(r.json.value(QLatin1String("reprint")).toBool(true), false);

        // Reprinted from what was stored: the same figures, marked as a reprint.
        for (const QStringList& extra :
             {QStringList{}, QStringList{QStringLiteral("--number"), QStringLiteral("1")}}) {
            r = run(QStringList{QStringLiteral("report"), QStringLiteral("z")} + extra);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.json.value(QLatin1String("report")).toObject(), z);
            QVERIFY(r.json.value(QLatin1String("reprint")).toBool());
            QVERIFY(field(r.json, "text").contains(QStringLiteral("REPRINT")));
        }
        r = run({QStringLiteral("report"), QStringLiteral("z"), QStringLiteral("--number"),
                 QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(field(r.json.value(QLatin1String("error")).toObject(), "kind"),
                 QStringLiteral("notFound"));

        // After the Z the figures start again, and no cash moves without a shift.
        r = run({QStringLiteral("report"), QStringLiteral("x")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        x = r.json.value(QLatin1String("report")).toObject();
        QCOMPARE(x.value(QLatin1String("salesCount")).toInteger(), qint64(0));
        QCOMPARE(field(x, "expectedCash"), QStringLiteral("0.00"));
        r = run({QStringLiteral("shift"), QStringLiteral("pay-in"), QStringLiteral("1.00"),
                 QStringLiteral("--reason"), QStringLiteral("no shift")});
        QCOMPARE(r.exitCode, 1);

        // Journalled as checkstand-ctl.
        r = run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--kind"),
                 QStringLiteral("shiftClose")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.doc.array().size(), 1);
        QCOMPARE(field(r.doc.array().at(0).toObject(), "operatorName"),
                 QStringLiteral("checkstand-ctl (tester)"));
        r = run({QStringLiteral("journal"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // As PDFs.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString zPdf = m_dir.filePath(QStringLiteral("z1.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("z"), QStringLiteral("--pdf"), zPdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(field(r.json, "pdf"), zPdf);
        QVERIFY(QFileInfo(zPdf).size() > 0);
        const QString text = pdfText(zPdf);
        for (const QString& words :
             {QStringLiteral("Z report No. 1"), QStringLiteral("REPRINT"),
              QStringLiteral("TRAINING"), QStringLiteral("$136.87"), QStringLiteral("$135.00"),
              QStringLiteral("-$1.87"), QStringLiteral("$21.87"), QStringLiteral("$100.00"),
              field(z, "journalHead").left(16)})
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" in:\n") + text));
        const QString xPdf = m_dir.filePath(QStringLiteral("x.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("x"), QStringLiteral("--pdf"), xPdf,
                 QStringLiteral("--a4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(field(r.json, "paper"), QStringLiteral("a4"));
        QVERIFY2(pdfText(xPdf).contains(QStringLiteral("X report")), qPrintable(pdfText(xPdf)));
        // A PDF that cannot be written: exit 1 with the reason.
        r = run({QStringLiteral("report"), QStringLiteral("x"), QStringLiteral("--pdf"),
                 m_dir.filePath(QStringLiteral("missing/x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCtlReport)
#include "tst_ctlreport.moc"
