#include "catalog.h"

#include "barcode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QUuid>

namespace checkstand {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("checkstand::Catalog", s, disambiguation, n);
}

using Row = QHash<QString, QString>;

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Returns each record
// with the line it starts on.
QList<std::pair<int, QStringList>> parseCsv(const QString& text) {
    QList<std::pair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                fields << field;
                records.append({recordLine, fields});
            }
            fields.clear();
            field.clear();
            any = false;
            ++line;
            recordLine = line;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        fields << field;
        records.append({recordLine, fields});
    }
    return records;
}

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

} // namespace

QString ImportReport::summary() const {
    if (!ok())
        return error;
    QString s = tr("%n product(s) imported", nullptr, imported);
    if (!problems.isEmpty())
        s += tr(", %n row(s) skipped", nullptr, int(problems.size()));
    return s + u'.';
}

Catalog::Catalog(QObject* parent)
    : QObject(parent) {}

bool Catalog::open(const QString& path) {
    static const QStringList migrations = {QStringLiteral(
        "CREATE TABLE products (sku TEXT PRIMARY KEY, barcode TEXT, name TEXT NOT NULL, "
        "price_minor INTEGER NOT NULL, currency TEXT NOT NULL, category TEXT, leasable INTEGER, "
        "variant_key TEXT, seller_id TEXT, weight REAL, height REAL, length REAL, width REAL, "
        "cost_minor INTEGER);"
        "CREATE INDEX products_barcode ON products(barcode);"
        "CREATE INDEX products_name ON products(name COLLATE NOCASE)")};
    return m_db.open(path, QStringLiteral("catalog-") + QUuid::createUuid().toString(QUuid::Id128),
                     migrations);
}

ImportReport Catalog::importFile(const QString& path, const QString& currency) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {0, {}, tr("Cannot read %1: %2").arg(path, f.errorString())};
    if (f.size() > 64 * 1024 * 1024)
        return {0, {}, tr("%1 is larger than 64 MB.").arg(path)};
    const QByteArray data = f.readAll();
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ||
        data.trimmed().startsWith('[') || data.trimmed().startsWith('{');
    return json ? importJson(data, currency) : importCsv(data, currency);
}

ImportReport Catalog::importCsv(const QByteArray& csv, const QString& currency) {
    const auto records = parseCsv(QString::fromUtf8(csv));
    if (records.isEmpty())
        return {0, {}, tr("The file is empty.")};
    QStringList header;
    for (const QString& h : records.first().second)
        header << columnKey(h);
    for (const char* required : {"sku", "name", "price"}) {
        if (!header.contains(QLatin1String(required)))
            return {0, {}, tr("The header row has no \"%1\" column.").arg(QLatin1String(required))};
    }
    QList<std::pair<int, Row>> rows;
    QList<ImportProblem> problems;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const auto& [line, fields] = records.at(r);
        if (fields.size() != header.size()) {
            problems.append(
                {line,
                 tr("has %1 fields, the header has %2").arg(fields.size()).arg(header.size())});
            continue;
        }
        Row row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), fields.at(i).trimmed());
        rows.append({line, row});
    }
    return importRows(rows, currency, problems);
}

ImportReport Catalog::importJson(const QByteArray& json, const QString& currency) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {
            0, {}, tr("Not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)};
    const QJsonArray array =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1String("products")).toArray();
    if (array.isEmpty())
        return {0, {}, tr("Expected a list of products (or {\"products\": [...]}).")};
    QList<std::pair<int, Row>> rows;
    QList<ImportProblem> problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            problems.append({int(i + 1), tr("is not an object")});
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        Row row;
        for (auto it = o.begin(); it != o.end(); ++it)
            row.insert(columnKey(it.key()), jsonText(it.value()));
        rows.append({int(i + 1), row});
    }
    return importRows(rows, currency, problems);
}

ImportReport Catalog::importRows(const QList<std::pair<int, Row>>& rows, const QString& currency,
                                 QList<ImportProblem> problems) {
    ImportReport report;
    QSqlDatabase db = m_db.db();
    if (!db.transaction())
        return {0, {}, tr("The catalog database is busy.")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO products (sku, barcode, name, price_minor, currency, category, "
        "leasable, variant_key, seller_id, weight, height, length, width, cost_minor) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto& [line, row] : rows) {
        const QString sku = row.value(QStringLiteral("sku"));
        const QString name = row.value(QStringLiteral("name"));
        if (sku.isEmpty() || name.isEmpty()) {
            problems.append({line, tr("has no SKU or no name")});
            continue;
        }
        const auto price = Money::parse(row.value(QStringLiteral("price")), currency);
        if (!price.ok() || price.value->isNegative()) {
            problems.append(
                {line, tr("price: %1").arg(price.ok() ? tr("cannot be negative") : price.error)});
            continue;
        }
        QString code = row.value(QStringLiteral("barcode"));
        if (!code.isEmpty()) {
            const auto check = barcode::inspect(code);
            if (check.kind == barcode::Kind::NotABarcode || !check.checkDigitOk) {
                problems.append(
                    {line, tr("barcode \"%1\" is not a valid EAN-13, UPC-A or EAN-8").arg(code)});
                continue;
            }
            code = check.normalized;
        }
        QVariant cost;
        if (const QString c = row.value(QStringLiteral("cost")); !c.isEmpty()) {
            const auto parsed = Money::parse(c, currency);
            if (!parsed.ok()) {
                problems.append({line, tr("cost: %1").arg(parsed.error)});
                continue;
            }
            cost = parsed.value->minorUnits();
        }
        const QString leasable = row.value(QStringLiteral("leasable")).toLower();
        bool dimensionsOk = true;
        QList<double> dims;
        for (const char* key : {"weight", "height", "length", "width"}) {
            const QString v = row.value(QLatin1String(key));
            bool ok = true;
            const double d = v.isEmpty() ? 0 : v.toDouble(&ok);
            dimensionsOk = dimensionsOk && ok && d >= 0;
            dims << d;
        }
        if (!dimensionsOk) {
            problems.append({line, tr("weight and dimensions must be numbers, zero or more")});
            continue;
        }
        q.addBindValue(sku);
        q.addBindValue(code);
        q.addBindValue(name);
        q.addBindValue(price.value->minorUnits());
        q.addBindValue(currency);
        q.addBindValue(row.value(QStringLiteral("category")));
        q.addBindValue(leasable == QLatin1String("true") || leasable == QLatin1String("1") ||
                       leasable == QLatin1String("yes"));
        q.addBindValue(row.value(QStringLiteral("variant_key")));
        q.addBindValue(row.value(QStringLiteral("seller_id")));
        for (double d : dims)
            q.addBindValue(d);
        q.addBindValue(cost);
        if (!q.exec()) {
            db.rollback();
            return {0, {}, tr("The catalog could not be written; nothing was imported.")};
        }
        ++report.imported;
    }
    if (!db.commit()) {
        db.rollback();
        return {0, {}, tr("The catalog could not be written; nothing was imported.")};
    }
    report.problems = problems;
    std::sort(report.problems.begin(), report.problems.end(),
              [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (report.imported > 0)
        Q_EMIT changed();
    return report;
}

std::optional<Product> Catalog::byBarcode(const QString& code) const {
    QSqlQuery q(m_db.db());
    q.prepare(kSelect + QStringLiteral("WHERE barcode = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return productFrom(q, q.value(13).toString());
    return std::nullopt;
}

std::optional<Product> Catalog::bySku(const QString& sku) const {
    QSqlQuery q(m_db.db());
    q.prepare(kSelect + QStringLiteral("WHERE sku = ?"));
    q.addBindValue(sku);
    if (q.exec() && q.next())
        return productFrom(q, q.value(13).toString());
    return std::nullopt;
}

QList<Product> Catalog::search(const QString& text, int limit) const {
    QList<Product> out;
    QString pattern = text.trimmed();
    if (pattern.isEmpty())
        return out;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    QSqlQuery q(m_db.db());
    q.prepare(kSelect + QStringLiteral("WHERE name LIKE ? ESCAPE '\\' OR sku LIKE ? ESCAPE '\\' "
                                       "ORDER BY (name LIKE ? ESCAPE '\\') DESC, name LIMIT ?"));
    const QString contains = u'%' + pattern + u'%';
    const QString prefix = pattern + u'%';
    q.addBindValue(contains);
    q.addBindValue(prefix);
    q.addBindValue(prefix);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(productFrom(q, q.value(13).toString()));
    return out;
}

int Catalog::count() const {
    QSqlQuery q(m_db.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && q.next() ? q.value(0).toInt()
                                                                               : 0;
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
