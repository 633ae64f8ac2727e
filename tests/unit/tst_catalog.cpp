#include "catalog/barcode.h"
#include "catalog/catalog.h"

#include <QTemporaryDir>
#include <QTest>

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
            "A-8,,Heavy,3,,,,,heavy,,,,\n";                 // line 10
        const ImportReport r = c->importCsv(csv, QStringLiteral("USD"));
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 2);
        QList<int> lines;
        for (const ImportProblem& p : r.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 9, 10}));
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

    void searchFindsByNameAndSku() {
        auto c = fresh();
        c->importCsv(Catalog::demoCsv(), QStringLiteral("USD"));
        QCOMPARE(c->search(QStringLiteral("coffee")).value(0).sku, QStringLiteral("COF-250"));
        QCOMPARE(c->search(QStringLiteral("TV-")).value(0).sku, QStringLiteral("TV-55"));
        QVERIFY(c->search(QStringLiteral("%")).isEmpty()); // a wildcard is a character
        QVERIFY(c->search(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
