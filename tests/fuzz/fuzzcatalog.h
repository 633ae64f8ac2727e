// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog targets (CSV and JSON import): a new catalog database per input, on tmpfs when
// there is one (an import commits, and an fsync per input would make fuzzing crawl).
#pragma once

#include "fuzzcheck.h"

#include "catalog/barcode.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace checkstand::fuzz {

inline QTemporaryDir& fuzzDirectory() {
    static QTemporaryDir dir((QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                        : QDir::tempPath()) +
                             QStringLiteral("/checkstand-fuzz-XXXXXX"));
    return dir;
}

// A fresh, empty catalog for each input, so what is in it afterwards is exactly what the input
// imported.
inline std::unique_ptr<Catalog> freshCatalog() {
    const QString path = fuzzDirectory().filePath(QStringLiteral("catalog.db"));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    auto catalog = std::make_unique<Catalog>();
    if (!fuzzDirectory().isValid() || !catalog->open(path))
        fail(__FILE__, __LINE__, "the catalog database opens", catalog->error());
    return catalog;
}

inline void initCatalog(int* argc, char*** argv) {
    // QSqlDatabase loads its SQLite driver plugin only with an application object.
    static QCoreApplication app(*argc, *argv);
}

// Every product stored, each read back through the public lookup. The SKUs come from the file
// itself (the catalog has no "list all"), on a connection of our own.
inline QList<Product> storedProducts(const Catalog& catalog) {
    QList<Product> out;
    const QString name = QStringLiteral("fuzz-catalog-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(fuzzDirectory().filePath(QStringLiteral("catalog.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT sku FROM products")))
            fail(__FILE__, __LINE__, "the catalog can be listed", q.lastError().text());
        while (q.next()) {
            const auto product = catalog.bySku(q.value(0).toString());
            FUZZ_CHECK(product.has_value(), q.value(0).toString());
            out.append(*product);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// What an import reports and what it stored: bounded, consistent, and only sane products.
inline void checkImport(const Catalog& catalog, const ImportReport& report, qsizetype inputSize) {
    FUZZ_CHECK(report.imported >= 0, report.summary());
    if (!report.ok())
        FUZZ_CHECK(report.imported == 0, report.summary());
    // Every skipped row is reported once at most: never more problems than input lines/bytes.
    FUZZ_CHECK(report.problems.size() <= inputSize + 1, report.summary());
    FUZZ_CHECK(report.summary().size() <= 4000, report.summary().left(200));
    const QList<Product> products = storedProducts(catalog);
    FUZZ_CHECK(products.size() == catalog.count(), QString::number(catalog.count()));
    if (report.ok())
        FUZZ_CHECK(products.size() <= report.imported, QString::number(products.size()));
    else
        FUZZ_CHECK(products.isEmpty(), report.error);
    for (const Product& p : products) {
        FUZZ_CHECK(!p.price.isNegative(), p.sku + u' ' + p.price.toDecimalString());
        FUZZ_CHECK(!p.cost || !p.cost->isNegative(), p.sku);
        FUZZ_CHECK(!p.sku.isEmpty() && !p.name.isEmpty(), p.sku);
        if (!p.barcode.isEmpty()) {
            const barcode::Check c = barcode::inspect(p.barcode);
            FUZZ_CHECK(c.kind != barcode::Kind::NotABarcode && c.checkDigitOk, p.barcode);
            FUZZ_CHECK(catalog.byBarcode(p.barcode).has_value(), p.barcode);
        }
    }
}

} // namespace checkstand::fuzz
