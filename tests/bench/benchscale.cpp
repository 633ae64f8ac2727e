// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The scale figures of checkstand-bench (see benchscale.h). The data is made here, in a
// temporary folder: a catalog of 100,000 products with names from a word list, 1,000,000
// journalled sales and 100,000 queued notifications (the last two written with SQL, as a year
// of a busy till would leave them, since ringing a million sales would take an hour).
#include "benchscale.h"

#include "catalog/catalog.h"
#include "mainwindow.h"
#include "models/outboxmodel.h"
#include "outbox/outbox.h"
#include "runtime/runtime.h"
#include "storage/salesstore.h"
#include "util/clock.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <unistd.h>

namespace checkstand::bench {

namespace {

constexpr int kProducts = 100000;
constexpr int kSales = 1000000;
constexpr int kQueued = 100000;

const char* const kWords[] = {
    "Organic", "Roasted", "Fresh",   "Classic", "Smoked",  "Golden",  "Crispy",  "Dark",
    "Mild",    "Spicy",   "Sweet",   "Salted",  "Whole",   "Light",   "Extra",   "Premium",
    "Coffee",  "Tea",     "Cocoa",   "Butter",  "Cheese",  "Yogurt",  "Bread",   "Pasta",
    "Rice",    "Beans",   "Lentils", "Oats",    "Honey",   "Jam",     "Olive",   "Tomato",
    "Pepper",  "Garlic",  "Onion",   "Apple",   "Banana",  "Mango",   "Cherry",  "Lemon",
    "Kettle",  "Toaster", "Blender", "Mixer",   "Grinder", "Pan",     "Skillet", "Knife",
    "Towel",   "Candle",  "Lamp",    "Cable",   "Charger", "Speaker", "Monitor", "Keyboard",
    "Drill",   "Hammer",  "Saw",     "Ladder",  "Paint",   "Brush",   "Glue",    "Tape",
};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

struct Random {
    quint64 state = 0x2545F4914F6CDD1DULL;
    int below(int n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(n));
    }
};

struct ProductRow {
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    QString category;
};

QList<ProductRow> makeProducts() {
    Random r;
    QList<ProductRow> rows;
    rows.reserve(kProducts);
    for (int i = 0; i < kProducts; ++i) {
        const QString name = QStringLiteral("%1 %2 %3 %4")
                                 .arg(QLatin1String(kWords[r.below(kWordCount)]),
                                      QLatin1String(kWords[r.below(kWordCount)]),
                                      QLatin1String(kWords[r.below(kWordCount)]))
                                 .arg(r.below(1000));
        rows.append({QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0')), name,
                     99 + r.below(20000), QLatin1String(kWords[r.below(8) + 16])});
    }
    return rows;
}

QByteArray csvOf(const QList<ProductRow>& rows) {
    QByteArray csv = "sku,name,price,category\n";
    csv.reserve(rows.size() * 48);
    for (const ProductRow& p : rows) {
        csv += p.sku.toLatin1() + ',' + p.name.toLatin1() + ',' +
               QByteArray::number(p.priceMinor / 100) + '.' +
               QByteArray::number(p.priceMinor % 100).rightJustified(2, '0') + ',' +
               p.category.toLatin1() + '\n';
    }
    return csv;
}

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(double(values.size()) * p));
    return values.at(at);
}

double median(const QList<double>& values) {
    return percentile(values, 0.5);
}

bool exec(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    QTextStream(stderr) << "bench: " << q.lastError().text() << " in " << sql.left(80) << '\n';
    return false;
}

// A bare SQLite file with the catalog's table and indexes, pragmas as Checkstand's.
QSqlDatabase bareDatabase(const QString& path, const QString& name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    return db;
}

// The typed keystrokes: the first letters of names (one to eight), and from the third letter
// of a word inside a name ("Kett", "Kettl"...: the contains case).
QStringList keystrokes(const QList<ProductRow>& rows) {
    Random r;
    QStringList typed;
    for (int n = 0; n < 200; ++n) {
        const QString name = rows.at(r.below(int(rows.size()))).name;
        for (int k = 1; k <= std::min<qsizetype>(8, name.size()); ++k)
            typed << name.left(k);
        const QString word = name.section(u' ', 1, 1);
        for (int k = 3; k <= word.size(); ++k)
            typed << word.left(k);
    }
    return typed;
}

void catalogFigures(Row row, const QString& dataDir, const QString& scratch) {
    const QList<ProductRow> rows = makeProducts();
    const QByteArray csv = csvOf(rows);
    Catalog catalog;
    if (!catalog.open(QDir(dataDir).filePath(QStringLiteral("catalog.db")))) {
        QTextStream(stderr) << catalog.error() << '\n';
        return;
    }
    QElapsedTimer t;
    t.start();
    const ImportReport report = catalog.importCsv(csv, QStringLiteral("USD"));
    const double importMs = msSince(t);
    if (!report.ok() || report.imported != kProducts)
        QTextStream(stderr) << "bench: catalog import: " << report.summary() << '\n';

    double bareMs = 0;
    QList<double> bareTimes;
    const QStringList typed = keystrokes(rows);
    {
        QSqlDatabase db = bareDatabase(QDir(scratch).filePath(QStringLiteral("bare-catalog.db")),
                                       QStringLiteral("bench-catalog"));
        exec(db, QStringLiteral("CREATE TABLE products (sku TEXT PRIMARY KEY, barcode TEXT, name "
                                "TEXT NOT NULL, price_minor INTEGER NOT NULL, currency TEXT NOT "
                                "NULL, category TEXT)"));
        exec(db, QStringLiteral("CREATE INDEX products_barcode ON products(barcode)"));
        exec(db, QStringLiteral("CREATE INDEX products_name ON products(name COLLATE NOCASE)"));
        t.restart();
        exec(db, QStringLiteral("BEGIN"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO products (sku, barcode, name, price_minor, "
                                      "currency, category) VALUES (?, '', ?, ?, 'USD', ?)"));
        for (const ProductRow& p : rows) {
            insert.addBindValue(p.sku);
            insert.addBindValue(p.name);
            insert.addBindValue(p.priceMinor);
            insert.addBindValue(p.category);
            insert.exec();
        }
        exec(db, QStringLiteral("COMMIT"));
        bareMs = msSince(t);
        QSqlQuery lookup(db);
        lookup.prepare(QStringLiteral("SELECT sku, name FROM products WHERE name >= ? COLLATE "
                                      "NOCASE AND name < ? COLLATE NOCASE ORDER BY name COLLATE "
                                      "NOCASE LIMIT 20"));
        for (const QString& k : typed) {
            t.restart();
            lookup.addBindValue(k);
            lookup.addBindValue(QString(k + QString::fromUcs4(U"\U0010FFFF")));
            lookup.exec();
            while (lookup.next()) {
            }
            bareTimes << msSince(t);
        }
        lookup.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-catalog"));
    row(QStringLiteral("100,000-product catalog imported"), importMs, bareMs, QStringLiteral("ms"));

    QList<double> times;
    int found = 0;
    for (const QString& k : typed) {
        t.restart();
        found += int(catalog.search(k).size());
        times << msSince(t);
    }
    row(QStringLiteral("name search as you type, p99 of %1 keys").arg(typed.size()),
        percentile(times, 0.99), percentile(bareTimes, 0.99), QStringLiteral("ms"));
    if (found == 0)
        QTextStream(stderr) << "bench: the search found nothing\n";
}

void historyFigures(Row row, const QString& dataDir) {
    SalesStore store;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("sales.db")))) {
        QTextStream(stderr) << store.error() << '\n';
        return;
    }
    const QSqlDatabase db = store.database();
    // A year of a busy till: a sale every 30 s, totals spread over 1.00-500.99.
    exec(db, QStringLiteral("BEGIN"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO sales (id, completed_at, tender, total_minor, currency, json, "
                 "operator, number, seq) SELECT printf('sale-%07d', i), strftime('%Y-%m-%dT%H:%M:"
                 "%fZ', 1700000000 + i * 30, 'unixepoch'), 'cash', 100 + (i * 7919) % 50000, "
                 "'USD', json_object('id', printf('sale-%07d', i), 'retailerOrderId', "
                 "printf('store-001-%07d', i), 'currency', 'USD', 'lines', json_array("
                 "json_object('lineId', 'l1', 'sku', 'COF-250', 'name', 'Coffee', 'quantity', "
                 "1, 'unitPrice', '8.99'))), 'Alex', printf('store-001-%07d', i), i FROM n")
                 .arg(kSales));
    exec(db, QStringLiteral("INSERT INTO sales_number_search (sales_number_search) VALUES "
                            "('rebuild')"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "INSERT INTO outbox (sale_id, created_at, customer_key, session_key, market, "
                 "body, state, next_attempt_at) SELECT printf('sale-%07d', %2 - i), "
                 "'2026-11-30T10:00:00.000Z', 'customer', 'session', 'US', '{\"lines\":[]}', "
                 "'queued', '2026-11-30T10:00:00.000Z' FROM n")
                 .arg(kQueued)
                 .arg(kSales));
    exec(db, QStringLiteral("COMMIT"));

    QElapsedTimer t;
    QList<double> bare;
    for (int i = 0; i < 5; ++i) {
        t.start();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, completed_at, total_minor FROM sales ORDER BY "
                              "completed_at DESC LIMIT 200"));
        while (q.next()) {
        }
        bare << msSince(t);
    }
    const QDate day = QDateTime::fromSecsSinceEpoch(1700000000 + kSales / 2 * 30).date();
    QList<SaleQuery> queries(6);
    queries[1].number = QStringLiteral("0004217");
    queries[2].number = QStringLiteral("store");
    queries[3].number = QStringLiteral("42");
    queries[4].from = day;
    queries[4].to = day;
    queries[5].amount = Money::fromMinor(100 + (424242LL * 7919) % 50000, QStringLiteral("USD"));
    double worst = 0;
    for (const SaleQuery& query : std::as_const(queries)) {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            const QList<SaleSummary> found = store.findSales(query);
            times << msSince(t);
            if (found.isEmpty())
                QTextStream(stderr) << "bench: a history search found nothing\n";
        }
        worst = std::max(worst, median(times));
    }
    row(QStringLiteral("history search, 1,000,000 sales (worst of 6)"), worst, median(bare),
        QStringLiteral("ms"));

    const Clock clock;
    outbox::Outbox outbox(store, clock, [] { return QStringLiteral("US"); });
    OutboxModel model(outbox, store, clock);
    QList<double> times;
    QList<double> bareOutbox;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        model.reload();
        const outbox::Counts counts = outbox.counts();
        times << msSince(t);
        if (counts.queued != kQueued || model.rowCount() == 0)
            QTextStream(stderr) << "bench: the outbox shows " << counts.queued << " queued\n";
        t.restart();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM outbox ORDER BY id DESC LIMIT 500"));
        while (q.next()) {
        }
        bareOutbox << msSince(t);
    }
    row(QStringLiteral("Outbox page, 100,000 queued"), median(times), median(bareOutbox),
        QStringLiteral("ms"));
}

qint64 residentKb() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

} // namespace

// Medians over `runs` starts of `args`: time to its "shown" line and its resident memory then,
// and time to its "ready" line (0 when it prints none) and the memory then.
Startup startChild(const QString& self, const QStringList& args, int runs) {
    QList<double> shownMs, shownKb, readyMs, readyKb;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(self, args);
        QByteArray output;
        bool shown = false;
        while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
            p.waitForReadyRead(100);
            output += p.readAllStandardOutput();
            const qsizetype s = output.indexOf("shown ");
            if (!shown && s >= 0 && output.indexOf('\n', s) > s) {
                shown = true;
                shownMs << double(clock.nsecsElapsed()) / 1e6;
                shownKb << output.mid(s + 6, output.indexOf('\n', s) - s - 6).toDouble();
            }
            const qsizetype r = output.indexOf("ready ");
            if (r >= 0 && output.indexOf('\n', r) > r) {
                readyMs << double(clock.nsecsElapsed()) / 1e6;
                readyKb << output.mid(r + 6, output.indexOf('\n', r) - r - 6).toDouble();
                break;
            }
            if (clock.elapsed() > 120000)
                break;
        }
        p.waitForFinished(120000);
    }
    return {median(shownMs), median(shownKb), median(readyMs), median(readyKb)};
}

int showMainWindowOn(const QString& dir) {
    RuntimeOptions options;
    options.sandbox = true;
    options.settingsFile = QDir(dir).filePath(QStringLiteral("s.ini"));
    options.dataDirectory = dir;
    // As app/checkstand/main.cpp: the window first, the runtime once it is painted.
    Runtime runtime(options);
    runtime.openSettings();
    MainWindow window(runtime);
    int status = 0;
    window.afterFirstPaint([&] {
        QTextStream(stdout) << "shown " << residentKb() << Qt::endl;
        QString error;
        if (!runtime.start(&error)) {
            QTextStream(stderr) << error << '\n';
            status = 1;
            qApp->quit();
            return;
        }
        window.runtimeStarted();
        QTimer::singleShot(0, qApp, [] {
            QTextStream(stdout) << "ready " << residentKb() << Qt::endl;
            qApp->quit();
        });
    });
    window.show();
    const int code = qApp->exec();
    return status ? status : code;
}

void scaleFigures(Row row, const QString& self) {
    QTemporaryDir dir;
    // In training the runtime keeps its data in <folder>/sandbox: the child finds it there.
    const QString data = QDir(dir.path()).filePath(QStringLiteral("sandbox"));
    QDir().mkpath(data);
    catalogFigures(row, data, dir.path());
    historyFigures(row, data);
    const Startup loaded = startChild(self, {QStringLiteral("--child-data"), dir.path()}, 3);
    const Startup bare =
        startChild(self, {QStringLiteral("--child"), QStringLiteral("minimal")}, 3);
    row(QStringLiteral("with that data: start to first show"), loaded.shownMs, bare.shownMs,
        QStringLiteral("ms"));
    row(QStringLiteral("with that data: start to ready (signed-in use)"), loaded.readyMs,
        bare.shownMs, QStringLiteral("ms"));
    row(QStringLiteral("with that data: memory when ready"), loaded.readyKb / 1024.0,
        bare.shownKb / 1024.0, QStringLiteral("MB"));
}

} // namespace checkstand::bench
