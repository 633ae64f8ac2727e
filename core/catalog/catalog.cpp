// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "barcode.h"
#include "catalogreader.h"

#include <cmath>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Catalog)
};

using Row = QHash<QString, QString>;

QString jsonText(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

const QStringList kColumns = {
    QStringLiteral("sku"),         QStringLiteral("barcode"),   QStringLiteral("name"),
    QStringLiteral("price"),       QStringLiteral("category"),  QStringLiteral("leasable"),
    QStringLiteral("variant_key"), QStringLiteral("seller_id"), QStringLiteral("weight"),
    QStringLiteral("height"),      QStringLiteral("length"),    QStringLiteral("width"),
    QStringLiteral("cost")};

// Accepts "variantKey", "variant key" and "variant_key" alike.
QString columnKey(QString name) {
    name = name.trimmed().toLower();
    name.replace(u' ', u'_');
    if (name == QLatin1String("variantkey"))
        return QStringLiteral("variant_key");
    if (name == QLatin1String("sellerid"))
        return QStringLiteral("seller_id");
    return name;
}

Product productFrom(const QSqlQuery& q, const QString& currency) {
    Product p;
    p.sku = q.value(0).toString();
    p.barcode = q.value(1).toString();
    p.name = q.value(2).toString();
    p.price = Money::fromMinor(q.value(3).toLongLong(), currency);
    p.category = q.value(4).toString();
    p.leasable = q.value(5).toBool();
    p.variantKey = q.value(6).toString();
    p.sellerId = q.value(7).toString();
    p.weight = q.value(8).toDouble();
    p.height = q.value(9).toDouble();
    p.length = q.value(10).toDouble();
    p.width = q.value(11).toDouble();
    if (!q.value(12).isNull())
        p.cost = Money::fromMinor(q.value(12).toLongLong(), currency);
    return p;
}

const QString kSelect = QStringLiteral(
    "SELECT sku, barcode, name, price_minor, category, leasable, variant_key, seller_id, weight, "
    "height, length, width, cost_minor, currency FROM products ");

QString sizeText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

Row rowFrom(const QJsonObject& o) {
    Row row;
    for (auto it = o.begin(); it != o.end(); ++it)
        row.insert(columnKey(it.key()), jsonText(it.value()));
    return row;
}

ImportReport failed(const QString& error) {
    ImportReport r;
    r.error = error;
    return r;
}

} // namespace

QString ImportReport::summary() const {
    if (!ok())
        return error;
    QString s = Tr::tr("%n product(s) imported", nullptr, imported);
    if (const int skipped = qMax(problemCount, int(problems.size())); skipped > 0)
        s += Tr::tr(", %n row(s) skipped", nullptr, skipped);
    return s + u'.';
}

// One import: the transaction, the prepared insert, the row limit and the report. A row that
// cannot be written, or a limit, ends it; abort() then rolls everything back.
class Catalog::Import {
public:
    Import(Catalog& catalog, const QString& currency)
        : m_catalog(catalog)
        , m_currency(currency)
        , m_insert(catalog.m_db.db()) {}

    bool begin() {
        StorageError error;
        if (!m_catalog.m_db.begin(error))
            return storageFailed(error);
        m_begun = true;
        if (!m_insert.prepare(QStringLiteral(
                // An upsert, not INSERT OR REPLACE: the search index's triggers see a replaced
                // product as an update (REPLACE deletes without firing delete triggers).
                "INSERT INTO products (sku, barcode, name, price_minor, currency, "
                "category, leasable, variant_key, seller_id, weight, height, length, width, "
                "cost_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sku) "
                "DO UPDATE SET barcode = excluded.barcode, name = excluded.name, price_minor = "
                "excluded.price_minor, currency = excluded.currency, category = "
                "excluded.category, leasable = excluded.leasable, variant_key = "
                "excluded.variant_key, seller_id = excluded.seller_id, weight = excluded.weight, "
                "height = excluded.height, length = excluded.length, width = excluded.width, "
                "cost_minor = excluded.cost_minor")))
            return storageFailed(
                StorageError::fromSql(m_insert.lastError(), m_catalog.m_db.path()));
        return true;
    }

    // A bad row: listed while there is room, always counted.
    bool skip(int line, const QString& why) {
        if (!count())
            return false;
        if (m_report.problems.size() < m_catalog.m_limits.listedProblems)
            m_report.problems.append({line, why});
        ++m_report.problemCount;
        return true;
    }

    bool row(int line, const Row& row);

    ImportReport commit() {
        StorageError error;
        if (!m_catalog.m_db.commit(error)) {
            storageFailed(error);
            return abort();
        }
        m_begun = false;
        if (m_report.imported > 0)
            Q_EMIT m_catalog.changed();
        return m_report;
    }

    ImportReport abort(const QString& why = {}) {
        if (m_begun)
            m_catalog.m_db.rollback();
        m_begun = false;
        return failed(why.isEmpty() ? m_why : why);
    }

private:
    bool count() {
        if (++m_rows <= m_catalog.m_limits.maxRows)
            return true;
        m_why = Tr::tr("The file has more than %1 rows; nothing was imported. Split it into "
                       "smaller files.")
                    .arg(m_catalog.m_limits.maxRows);
        return false;
    }

    bool storageFailed(const StorageError& error) {
        m_catalog.m_error = error;
        m_why = error.message + u' ' + Tr::tr("Nothing was imported.");
        return false;
    }

    Catalog& m_catalog;
    QString m_currency;
    QSqlQuery m_insert;
    ImportReport m_report;
    QString m_why;
    int m_rows = 0;
    bool m_begun = false;
};

bool Catalog::Import::row(int line, const Row& row) {
    const QString sku = row.value(QStringLiteral("sku"));
    const QString name = row.value(QStringLiteral("name"));
    if (sku.isEmpty() || name.isEmpty())
        return skip(line, Tr::tr("has no SKU or no name"));
    const auto price = Money::parse(row.value(QStringLiteral("price")), m_currency);
    if (!price.ok() || price.value->isNegative())
        return skip(
            line, Tr::tr("price: %1").arg(price.ok() ? Tr::tr("cannot be negative") : price.error));
    QString code = row.value(QStringLiteral("barcode"));
    if (!code.isEmpty()) {
        const auto check = barcode::inspect(code);
        if (check.kind == barcode::Kind::NotABarcode || !check.checkDigitOk)
            return skip(line,
                        Tr::tr("barcode \"%1\" is not a valid EAN-13, UPC-A or EAN-8").arg(code));
        code = check.normalized;
    }
    QVariant cost;
    if (const QString c = row.value(QStringLiteral("cost")); !c.isEmpty()) {
        const auto parsed = Money::parse(c, m_currency);
        if (!parsed.ok() || parsed.value->isNegative())
            return skip(
                line,
                Tr::tr("cost: %1").arg(parsed.ok() ? Tr::tr("cannot be negative") : parsed.error));
        cost = parsed.value->minorUnits();
    }
    const QString leasable = row.value(QStringLiteral("leasable")).toLower();
    bool dimensionsOk = true;
    QList<double> dims;
    for (const char* key : {"weight", "height", "length", "width"}) {
        const QString v = row.value(QLatin1String(key));
        bool ok = true;
        const double d = v.isEmpty() ? 0 : v.toDouble(&ok);
        dimensionsOk = dimensionsOk && ok && std::isfinite(d) && d >= 0;
        dims << d;
    }
    if (!dimensionsOk)
        return skip(line, Tr::tr("weight and dimensions must be numbers, zero or more"));
    if (!count())
        return false;
    m_insert.addBindValue(sku);
    m_insert.addBindValue(code);
    m_insert.addBindValue(name);
    m_insert.addBindValue(price.value->minorUnits());
    m_insert.addBindValue(m_currency);
    m_insert.addBindValue(row.value(QStringLiteral("category")));
    m_insert.addBindValue(leasable == QLatin1String("true") || leasable == QLatin1String("1") ||
                          leasable == QLatin1String("yes"));
    m_insert.addBindValue(row.value(QStringLiteral("variant_key")));
    m_insert.addBindValue(row.value(QStringLiteral("seller_id")));
    for (double d : dims)
        m_insert.addBindValue(d);
    m_insert.addBindValue(cost);
    // Prepared once, executed per row: a million rows must not be a million prepares.
    if (!m_insert.exec())
        return storageFailed(StorageError::fromSql(m_insert.lastError(), m_catalog.m_db.path()));
    ++m_report.imported;
    return true;
}

Catalog::Catalog(QObject* parent)
    : QObject(parent) {}

bool Catalog::open(const QString& path) {
    static const QStringList migrations = {
        QStringLiteral(
            "CREATE TABLE products (sku TEXT PRIMARY KEY, barcode TEXT, name TEXT NOT NULL, "
            "price_minor INTEGER NOT NULL, currency TEXT NOT NULL, category TEXT, leasable "
            "INTEGER, variant_key TEXT, seller_id TEXT, weight REAL, height REAL, length REAL, "
            "width REAL, cost_minor INTEGER);"
            "CREATE INDEX products_barcode ON products(barcode);"
            "CREATE INDEX products_name ON products(name COLLATE NOCASE)"),
        // 2: name or SKU contains, through a trigram index (FTS5, content kept in products),
        // so search-as-you-type stays instant on a catalog of 100,000 products. Its triggers
        // are installSearchTriggers(): a trigger's body holds ';', which splits a migration.
        QStringLiteral("CREATE VIRTUAL TABLE products_search USING fts5(name, sku, "
                       "content='products', content_rowid='rowid', tokenize='trigram');"
                       "INSERT INTO products_search (products_search) VALUES ('rebuild')")};
    m_error = {};
    if (!m_db.open(path, QStringLiteral("catalog-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations))
        return false;
    if (!installSearchTriggers()) {
        const StorageError failure = m_error;
        m_db.close();
        m_error = failure;
        return false;
    }
    return true;
}

bool Catalog::installSearchTriggers() {
    // Run at every open (IF NOT EXISTS): a trigger that was dropped comes back, and the index
    // is rebuilt with it so that it matches the products again.
    static const char* const kTriggers[][2] = {
        {"products_search_insert",
         "CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN INSERT INTO "
         "products_search (rowid, name, sku) VALUES (new.rowid, new.name, new.sku); END"},
        {"products_search_delete",
         "CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN INSERT INTO "
         "products_search (products_search, rowid, name, sku) VALUES ('delete', old.rowid, "
         "old.name, old.sku); END"},
        {"products_search_update",
         "CREATE TRIGGER products_search_update AFTER UPDATE ON products BEGIN INSERT INTO "
         "products_search (products_search, rowid, name, sku) VALUES ('delete', old.rowid, "
         "old.name, old.sku); INSERT INTO products_search (rowid, name, sku) VALUES "
         "(new.rowid, new.name, new.sku); END"},
    };
    QSqlQuery existing(m_db.db());
    if (!run(existing, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"), {}))
        return false;
    QStringList present;
    while (existing.next())
        present << existing.value(0).toString();
    if (!m_db.finished(existing, m_error))
        return false;
    existing.finish();
    bool created = false;
    for (const auto& trigger : kTriggers) {
        if (present.contains(QLatin1String(trigger[0])))
            continue;
        QSqlQuery create(m_db.db());
        if (!run(create, QString::fromLatin1(trigger[1]), {}))
            return false;
        created = true;
    }
    if (!created || present.isEmpty())
        return true; // a new file: the migration has just built the index
    QSqlQuery rebuild(m_db.db());
    return run(rebuild,
               QStringLiteral("INSERT INTO products_search (products_search) VALUES ('rebuild')"),
               {});
}

ImportReport Catalog::importFile(const QString& path, const QString& currency) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failed(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    // A regular file's size is known: a big one is refused before a byte is read. Pipes, FIFOs
    // and devices say 0 here, so the reader counts every byte as well.
    if (!f.isSequential() && f.size() > m_limits.maxBytes)
        return failed(Tr::tr("%1 is larger than %2; nothing was imported.")
                          .arg(path, sizeText(m_limits.maxBytes)));
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    return importDevice(f, path, json ? Format::Json : Format::Guess, currency);
}

ImportReport Catalog::importCsv(const QByteArray& csv, const QString& currency) {
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, Tr::tr("The file"), Format::Csv, currency);
}

ImportReport Catalog::importJson(const QByteArray& json, const QString& currency) {
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, Tr::tr("The file"), Format::Json, currency);
}

ImportReport Catalog::importDevice(QIODevice& device, const QString& name, Format format,
                                   const QString& currency) {
    using namespace catalogimport;
    m_error = {};
    ByteSource source(device, m_limits.maxBytes);
    const auto sourceError = [&] {
        return source.tooLarge() ? Tr::tr("%1 is larger than %2; nothing was imported.")
                                       .arg(name, sizeText(m_limits.maxBytes))
                                 : Tr::tr("Cannot read %1: %2").arg(name, source.readError());
    };
    source.skipBom();
    const int blankLines = source.skipSpace();
    char first = 0;
    if (!source.peek(first))
        return failed(source.failed() ? sourceError() : Tr::tr("The file is empty."));
    if (format == Format::Guess)
        format = first == '[' || first == '{' ? Format::Json : Format::Csv;
    Import import(*this, currency);

    if (format == Format::Json) {
        JsonListReader reader(source, m_limits.maxRowBytes);
        if (!reader.start())
            return failed(source.failed() ? sourceError() : reader.error());
        if (!import.begin())
            return import.abort();
        int position = 0;
        QJsonValue entry;
        while (reader.next(entry)) {
            ++position;
            const bool go = entry.isObject() ? import.row(position, rowFrom(entry.toObject()))
                                             : import.skip(position, Tr::tr("is not an object"));
            if (!go)
                return import.abort();
        }
        if (source.failed() || !reader.error().isEmpty())
            return import.abort(source.failed() ? sourceError() : reader.error());
        if (position == 0)
            return import.abort(Tr::tr("Expected a list of products (or {\"products\": [...]})."));
        return import.commit();
    }

    CsvReader reader(source, m_limits.maxRowBytes, 1 + blankLines);
    QStringList fields;
    int line = 0;
    if (!reader.next(fields, line))
        return failed(source.failed()             ? sourceError()
                      : !reader.error().isEmpty() ? reader.error()
                                                  : Tr::tr("The file is empty."));
    QStringList header;
    for (const QString& h : std::as_const(fields))
        header << columnKey(h);
    for (const char* required : {"sku", "name", "price"}) {
        if (!header.contains(QLatin1String(required)))
            return failed(
                Tr::tr("The header row has no \"%1\" column.").arg(QLatin1String(required)));
    }
    if (!import.begin())
        return import.abort();
    while (reader.next(fields, line)) {
        bool go = false;
        if (fields.size() != header.size()) {
            go = import.skip(
                line,
                Tr::tr("has %1 fields, the header has %2").arg(fields.size()).arg(header.size()));
        } else {
            Row row;
            for (qsizetype i = 0; i < header.size(); ++i)
                row.insert(header.at(i), fields.at(i).trimmed());
            go = import.row(line, row);
        }
        if (!go)
            return import.abort();
    }
    if (source.failed() || !reader.error().isEmpty())
        return import.abort(source.failed() ? sourceError() : reader.error());
    return import.commit();
}

bool Catalog::run(QSqlQuery& q, const QString& sql, const QVariantList& values) const {
    m_error = {};
    return m_db.run(q, sql, values, m_error);
}

std::optional<Product> Catalog::byBarcode(const QString& code) const {
    QSqlQuery q(m_db.db());
    if (!run(q, kSelect + QStringLiteral("WHERE barcode = ?"), {code}))
        return std::nullopt;
    std::optional<Product> p;
    if (q.next())
        p = productFrom(q, q.value(13).toString());
    return m_db.finished(q, m_error) ? p : std::nullopt;
}

std::optional<Product> Catalog::bySku(const QString& sku) const {
    QSqlQuery q(m_db.db());
    if (!run(q, kSelect + QStringLiteral("WHERE sku = ?"), {sku}))
        return std::nullopt;
    std::optional<Product> p;
    if (q.next())
        p = productFrom(q, q.value(13).toString());
    return m_db.finished(q, m_error) ? p : std::nullopt;
}

QList<Product> Catalog::search(const QString& text, int limit) const {
    QList<Product> out;
    const QString pattern = text.trimmed();
    if (pattern.isEmpty() || limit <= 0)
        return out;
    m_error = {};
    QSet<QString> seen;
    // Each step reads an index and stops at the limit: never the whole catalog.
    const auto take = [&](const QString& where, const QVariantList& values) {
        QSqlQuery q(m_db.db());
        if (!run(q, where, values))
            return false;
        while (out.size() < limit && q.next()) {
            Product p = productFrom(q, q.value(13).toString());
            if (!seen.contains(p.sku)) {
                seen.insert(p.sku);
                out.append(std::move(p));
            }
        }
        return m_db.finished(q, m_error);
    };
    // 1. Names that start with it, in name order (the NOCASE index: "cof" finds "Coffee").
    // The upper bound is the prefix followed by the highest code point.
    const QString upper = pattern + QString::fromUcs4(U"\U0010FFFF");
    if (!take(QString(kSelect + QStringLiteral("WHERE name >= ? COLLATE NOCASE AND name < ? "
                                               "COLLATE NOCASE ORDER BY name COLLATE NOCASE "
                                               "LIMIT ?")),
              {pattern, upper, limit}))
        return {};
    // 2. SKUs that start with it (SKUs are upper case by convention; the key's own index).
    const QString sku = pattern.toUpper();
    if (out.size() < limit &&
        !take(QString(kSelect + QStringLiteral("WHERE sku >= ? AND sku < ? ORDER BY sku LIMIT ?")),
              {sku, QString(sku + QString::fromUcs4(U"\U0010FFFF")), limit + int(out.size())}))
        return {};
    // 3. Names or SKUs that contain it, from three characters (a trigram); FTS5 reads its
    // phrase literally once quoted, so % and _ are characters like any other.
    if (out.size() < limit && pattern.size() >= 3) {
        QString phrase = pattern;
        phrase.replace(u'"', QStringLiteral("\"\""));
        if (!take(QStringLiteral("SELECT p.sku, p.barcode, p.name, p.price_minor, p.category, "
                                 "p.leasable, p.variant_key, p.seller_id, p.weight, p.height, "
                                 "p.length, p.width, p.cost_minor, p.currency FROM "
                                 "products_search f JOIN products p ON p.rowid = f.rowid WHERE "
                                 "products_search MATCH ? LIMIT ?"),
                  {QString(u'"' + phrase + u'"'), limit + int(out.size())}))
            return {};
    }
    return out;
}

int Catalog::count() const {
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM products"), {}))
        return 0;
    const int n = q.next() ? q.value(0).toInt() : 0;
    return m_db.finished(q, m_error) ? n : 0;
}

QByteArray Catalog::demoCsv() {
    // Barcodes carry valid GS1 check digits; 4006381333931 and 0012345678905 are the usual
    // textbook examples so a trainer can type them by hand.
    return QByteArrayLiteral(
        "sku,barcode,name,price,category,leasable,variant_key,seller_id,weight,height,length,width,"
        "cost\n"
        "COF-250,4006381333931,Coffee beans 250 "
        "g,8.99,Grocery,false,cof-250-v,SELLER1,0.25,18,8,6,4.10\n"
        "MUG-01,0012345678905,Stoneware mug,12.50,Kitchen,false,mug-01-v,SELLER1,0.4,10,9,9,5.00\n"
        "SOFA-3,5901234123457,Three-seat "
        "sofa,899.00,Furniture,true,sofa-3-v,SELLER2,45,85,210,95,520.00\n"
        "TV-55,8710103917038,55-inch 4K "
        "television,649.99,Electronics,true,tv-55-v,SELLER2,17,75,124,8,455.00\n"
        "WATER-6,7622210449283,Sparkling water 6 x 1.5 "
        "l,4.49,Grocery,false,water-6-v,SELLER1,9,32,24,16,2.20\n"
        "CABLE-HD,0614141000036,HDMI cable 2 "
        "m,14.99,Electronics,false,cable-hd-v,SELLER3,0.1,2,200,1,3.50\n"
        "LAMP-D,4012345000016,Desk lamp,39.90,Home,false,lamp-d-v,SELLER3,1.2,45,20,20,18.00\n"
        "GIFT-WRAP,,Gift wrapping,0.00,Service,false,gift-wrap-v,,0,0,0,0,\n");
}

} // namespace checkstand
