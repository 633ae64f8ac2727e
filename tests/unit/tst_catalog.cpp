// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/barcode.h"
#include "catalog/catalog.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace checkstand;

class TestCatalog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Catalog> fresh() {
        auto c = std::make_unique<Catalog>();
        if (!c->open(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_n))))
            qFatal("cannot open catalog");
        return c;
    }

    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // An endless stream on a FIFO (QFile::size() is 0 there): `script` writes to "$1".
    struct Stream {
        QString path;
        std::unique_ptr<QProcess> writer;
        ~Stream() {
            // The import closed its end: the writer dies of SIGPIPE. Never left behind.
            if (writer && !writer->waitForFinished(30000))
                writer->kill();
        }
    };
    std::unique_ptr<Stream> endless(const QString& name, const QString& script) {
        auto s = std::make_unique<Stream>();
        s->path = m_dir.filePath(name);
        if (::mkfifo(QFile::encodeName(s->path).constData(), 0600) != 0)
            qFatal("mkfifo failed");
        s->writer = std::make_unique<QProcess>();
        s->writer->start(QStringLiteral("sh"),
                         {QStringLiteral("-c"), script, QStringLiteral("sh"), s->path});
        if (!s->writer->waitForStarted(30000))
            qFatal("cannot start sh");
        return s;
    }

private Q_SLOTS:
    void barcodes_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("ean13") << "4006381333931" << int(barcode::Kind::Ean13) << true
                               << "4006381333931";
        QTest::newRow("ean13 bad")
            << "4006381333932" << int(barcode::Kind::Ean13) << false << "4006381333932";
        QTest::newRow("upc-a") << "012345678905" << int(barcode::Kind::UpcA) << true
                               << "0012345678905";
        QTest::newRow("upc-a bad")
            << "012345678904" << int(barcode::Kind::UpcA) << false << "0012345678904";
        QTest::newRow("ean8") << "96385074" << int(barcode::Kind::Ean8) << true << "96385074";
        QTest::newRow("sku") << "COF-250" << int(barcode::Kind::NotABarcode) << false << "";
        QTest::newRow("10 digits")
            << "1234567890" << int(barcode::Kind::NotABarcode) << false << "";
        QTest::newRow("arabic digits")
            << QString::fromUtf8("٤٠٠٦٣٨١٣٣٣٩٣١") << int(barcode::Kind::NotABarcode) << false << "";
    }
    void barcodes() {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const auto c = barcode::inspect(code);
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.checkDigitOk, ok);
        QCOMPARE(c.normalized, normalized);
        if (kind != int(barcode::Kind::NotABarcode) && !ok)
            QVERIFY(c.error.contains(QStringLiteral("check digit")));
    }

    void demoCatalogIsClean() {
        auto c = fresh();
        const ImportReport r = c->importCsv(Catalog::demoCsv(), QStringLiteral("USD"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).message));
        QCOMPARE(r.imported, c->count());
        QVERIFY(c->count() >= 8);
    }

    void csvBadRowsAreReportedByLineAndSkipped() {
        auto c = fresh();
        const QByteArray csv =
            "SKU,Barcode,Name,Price,Category,Leasable,Variant Key,Seller "
            "Id,Weight,Height,Length,Width,Cost\n"
            "A-1,4006381333931,\"Beans, dark "
            "\"\"roast\"\"\",8.99,Grocery,no,v1,S1,0.25,1,1,1,4.10\n"
            "A-2,4006381333932,Bad barcode,1.00,,,,,,,,,\n" // line 3: check digit
            "A-3,,No price,,,,,,,,,,\n"                     // line 4: price missing
            "A-4,,Too precise,1.005,,,,,,,,,\n"             // line 5
            "A-5,,Short row\n"                              // line 6: field count
            "A-6,,\"Multi\nline name\",2.50,,true,,,,,,,\n" // line 7-8: fine
            "A-7,,Negative,-1,,,,,,,,,\n"                   // line 9
            "A-8,,Heavy,3,,,,,heavy,,,,\n"                  // line 10
            "A-9,,Negative cost,3,,,,,,,,,-5\n"             // line 11 (found by the fuzzer)
            "A-10,,Endless,3,,,,,inf,,,,\n";                // line 12
        const ImportReport r = c->importCsv(csv, QStringLiteral("USD"));
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 2);
        QVERIFY(!c->bySku(QStringLiteral("A-9")));
        QList<int> lines;
        for (const ImportProblem& p : r.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 9, 10, 11, 12}));
        const auto beans = c->byBarcode(QStringLiteral("4006381333931"));
        QVERIFY(beans);
        QCOMPARE(beans->name, QStringLiteral("Beans, dark \"roast\""));
        QCOMPARE(beans->price.minorUnits(), 899);
        QCOMPARE(beans->cost->minorUnits(), 410);
        QCOMPARE(beans->variantKey, QStringLiteral("v1"));
        QVERIFY(c->bySku(QStringLiteral("A-6"))->leasable);
        QVERIFY(r.summary().contains(QStringLiteral("6 row(s) skipped")) ||
                r.summary().contains(QStringLiteral("skipped")));
    }

    void jsonImportAndUpcNormalisation() {
        auto c = fresh();
        const QByteArray json = R"({"products": [
            {"sku": "M-1", "barcode": "012345678905", "name": "Mug", "price": 12.5, "leasable": true},
            {"sku": "M-2", "name": "No price"},
            "not an object"
        ]})";
        const ImportReport r = c->importJson(json, QStringLiteral("USD"));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0).line, 2);
        QCOMPARE(r.problems.at(1).line, 3);
        const auto mug = c->byBarcode(QStringLiteral("0012345678905"));
        QVERIFY(mug);
        QCOMPARE(mug->price.minorUnits(), 1250);
        QVERIFY(mug->leasable);
    }

    void headerWithoutRequiredColumnImportsNothing() {
        auto c = fresh();
        const ImportReport r = c->importCsv("sku,title\nA,B\n", QStringLiteral("USD"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("name")));
        QCOMPARE(c->count(), 0);
    }

    void devZeroEndsInAnErrorNotBadAlloc() {
        // QFile::size() is 0 for /dev/zero: the old size check let it through to readAll().
        auto c = fresh();
        const ImportReport r = c->importFile(QStringLiteral("/dev/zero"), QStringLiteral("USD"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("longer than")), qPrintable(r.error));
        QCOMPARE(c->count(), 0);
    }

    void endlessCsvStreamHitsTheByteLimit() {
        auto c = fresh();
        c->setImportLimits({1024 * 1024, 10000000, 1024 * 1024, 50});
        const auto stream = endless(QStringLiteral("endless.csv"),
                                    QStringLiteral("{ echo sku,name,price; yes K-1,Kettle,1.00; } "
                                                   "> \"$1\""));
        const ImportReport r = c->importFile(stream->path, QStringLiteral("USD"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("larger than 1 MB")), qPrintable(r.error));
        QCOMPARE(c->count(), 0); // all or nothing: the rows read before the limit are gone
    }

    void endlessJsonStreamHitsTheByteLimit() {
        auto c = fresh();
        c->setImportLimits({1024 * 1024, 10000000, 1024 * 1024, 50});
        const auto stream =
            endless(QStringLiteral("endless.json"),
                    QStringLiteral("{ printf '['; yes '{\"sku\": \"K-1\", \"name\": \"K\", "
                                   "\"price\": 1},'; } > \"$1\""));
        const ImportReport r = c->importFile(stream->path, QStringLiteral("USD"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("larger than 1 MB")), qPrintable(r.error));
        QCOMPARE(c->count(), 0);
    }

    void oversizeFileIsRefusedBeforeReading() {
        auto c = fresh();
        // Sparse: 65 MB on paper, nothing on disk, refused by its size alone.
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(65LL * 1024 * 1024));
        f.close();
        const ImportReport r = c->importFile(path, QStringLiteral("USD"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("larger than 64 MB")), qPrintable(r.error));
    }

    void tooManyRowsImportNothing() {
        auto c = fresh();
        QVERIFY(c->importCsv("sku,name,price\nK-1,Kettle,29.99\n", QStringLiteral("USD")).ok());
        c->setImportLimits({64 * 1024 * 1024, 1000, 1024 * 1024, 50});
        QByteArray csv = "sku,name,price\n";
        for (int i = 0; i < 1001; ++i)
            csv += "K-" + QByteArray::number(i) + ",Kettle " + QByteArray::number(i) + ",1.00\n";
        const ImportReport r = c->importCsv(csv, QStringLiteral("USD"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("more than 1000 rows")), qPrintable(r.error));
        QCOMPARE(c->count(), 1);                                             // nothing was added
        QCOMPARE(c->bySku(QStringLiteral("K-1"))->price.minorUnits(), 2999); // nor replaced
        c->setImportLimits({64 * 1024 * 1024, 1001, 1024 * 1024, 50});
        QCOMPARE(c->importCsv(csv, QStringLiteral("USD")).imported, 1001); // at the limit: fine
    }

    void manyBadRowsAreCountedNotAllListed() {
        auto c = fresh();
        QByteArray csv = "sku,name,price\nGOOD,Good,1.00\n";
        for (int i = 0; i < 20000; ++i)
            csv += "B-" + QByteArray::number(i) + ",Bad,not-a-price\n";
        const ImportReport r =
            c->importFile(writeFile(QStringLiteral("bad.csv"), csv), QStringLiteral("USD"));
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.problems.size(), 50);
        QCOMPARE(r.problemCount, 20000);
        QCOMPARE(r.unlistedProblems(), 19950);
        QCOMPARE(r.problems.first().line, 3);
        QCOMPARE(r.problems.last().line, 52);
        QVERIFY2(r.summary().contains(QStringLiteral("20000")), qPrintable(r.summary()));
    }

    void streamedJsonForms() {
        auto c = fresh();
        // A top-level list, a byte order mark, other members around "products", strings with
        // brackets and escaped quotes in them.
        ImportReport r = c->importJson(
            "\xEF\xBB\xBF [ {\"sku\": \"J-1\", \"name\": \"Box [large] {\\\"x\\\"}\", "
            "\"price\": \"2.50\"}, 7 ]",
            QStringLiteral("USD"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.problemCount, 1);
        QCOMPARE(c->bySku(QStringLiteral("J-1"))->name, QStringLiteral("Box [large] {\"x\"}"));
        r = c->importJson(R"({"version": {"a": [1, 2]}, "products": [{"sku": "J-2", "name": "N",
            "price": 1}], "note": "ok"})",
                          QStringLiteral("USD"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 1);
        for (const QByteArray& bad :
             {QByteArray(R"([{"sku": "J-3", "name": "N", "price": 1}] trailing)"),
              QByteArray(R"([{"sku": "J-3", "name": "N", "price": 1},])"),
              QByteArray(R"([{"sku": "J-3", "name": "N", "price": 1})"),
              QByteArray(R"({"products": 5})"), QByteArray(R"({"other": []})"), QByteArray("[]"),
              QByteArray("")}) {
            r = c->importJson(bad, QStringLiteral("USD"));
            QVERIFY2(!r.ok(), bad.constData());
        }
        QVERIFY(!c->bySku(QStringLiteral("J-3"))); // nothing of a broken file was kept
        // Byte order mark and CRLF in CSV too.
        r = c->importCsv("\xEF\xBB\xBFsku,name,price\r\nC-1,Cup,3.00\r\n", QStringLiteral("USD"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 1);
    }

    void searchFindsByNameAndSku() {
        auto c = fresh();
        c->importCsv(Catalog::demoCsv(), QStringLiteral("USD"));
        QCOMPARE(c->search(QStringLiteral("coffee")).value(0).sku, QStringLiteral("COF-250"));
        QCOMPARE(c->search(QStringLiteral("TV-")).value(0).sku, QStringLiteral("TV-55"));
        QVERIFY(c->search(QStringLiteral("%")).isEmpty()); // a wildcard is a character
        QVERIFY(c->search(QString()).isEmpty());
    }

    // Names that start with it first (in name order), then from three characters names and
    // SKUs that contain it, from the trigram index; a re-import keeps that index right.
    void searchAsYouTypeReadsIndexes() {
        auto c = fresh();
        QVERIFY(c->importCsv("sku,name,price\nB-1,Dark Roast Coffee,5.00\nB-2,Coffee Beans,4.00\n"
                             "B-3,coffee cup,2.00\nK-1,Kettle,20.00\nXZ-100,Mug 100%,3.00\n",
                             QStringLiteral("USD"))
                    .ok());
        const auto skus = [&](const QString& typed) {
            QStringList out;
            for (const Product& p : c->search(typed))
                out << p.sku;
            return out;
        };
        QCOMPARE(
            skus(QStringLiteral("cof")),
            (QStringList{QStringLiteral("B-2"), QStringLiteral("B-3"), QStringLiteral("B-1")}));
        QCOMPARE(skus(QStringLiteral("roast")), QStringList{QStringLiteral("B-1")});
        QCOMPARE(skus(QStringLiteral("co")),
                 (QStringList{QStringLiteral("B-2"), QStringLiteral("B-3")})); // starts with
        QCOMPARE(skus(QStringLiteral("z-10")), QStringList{QStringLiteral("XZ-100")});
        QCOMPARE(skus(QStringLiteral("xz")), QStringList{QStringLiteral("XZ-100")}); // SKU start
        QCOMPARE(skus(QStringLiteral("100%")), QStringList{QStringLiteral("XZ-100")});
        QCOMPARE(c->search(QStringLiteral("cof"), 1).size(), 1);
        // Renamed by a new import: found by its new name only.
        QVERIFY(
            c->importCsv("sku,name,price\nK-1,Electric Jug,21.00\n", QStringLiteral("USD")).ok());
        QVERIFY(skus(QStringLiteral("kettle")).isEmpty());
        QCOMPARE(skus(QStringLiteral("jug")), QStringList{QStringLiteral("K-1")});
        QCOMPARE(c->bySku(QStringLiteral("K-1"))->price.minorUnits(), 2100);
        QCOMPARE(c->count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
