// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-bench: prints each figure next to its floor, measured in the same run on the same
// machine, so a regression shows as a ratio rather than as a number that depends on the box.
// Not a test: it asserts nothing. Later integrations add their figures here.
#include "aifi/pricingclient.h"
#include "chargeafter/sendlinkclient.h"
#include "mainwindow.h"
#include "orderchecker/ordercheckrequest.h"
#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "runtime/runtime.h"
#include "sale/salesession.h"
#include "sandbox/elevatesandbox.h"
#include "sandbox/sandboxserver.h"
#include "storage/salesstore.h"
#include "usecases/sendlink.h"
#include "util/timezone.h"

#include "benchscale.h"
#include "slowsyncvfs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <algorithm>
#include <unistd.h>

using namespace checkstand;

namespace {

QTextStream out(stdout);

qint64 residentKb() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void row(const QString& figure, double value, double floor, const QString& unit) {
    out << QStringLiteral("%1 %2 %3   floor %4 %3   ratio %5\n")
               .arg(figure, -46)
               .arg(value, 10, 'f', 1)
               .arg(unit, -3)
               .arg(floor, 10, 'f', 1)
               .arg(floor > 0 ? value / floor : 0, 0, 'f', 2);
    out.flush();
}

chargeafter::SendLinkRequest sampleRequest() {
    chargeafter::SendLinkRequest r;
    r.sendUsing = chargeafter::SendUsing::Sms;
    chargeafter::ConsumerDetails c;
    c.firstName = QStringLiteral("Jane");
    c.lastName = QStringLiteral("Roe");
    c.email = QStringLiteral("jane@example.com");
    c.mobilePhoneNumber = QStringLiteral("2124445555");
    r.consumerDetails = c;
    return r;
}

// Round trips through the whole client stack vs a bare QNetworkAccessManager POST of the same
// bytes to the same sandbox.
void sendLinkRoundTrips(Runtime& runtime, int rounds) {
    chargeafter::SendLinkRequest request = sampleRequest();
    runtime.sendLinkUseCase().complete(request);
    QEventLoop loop;
    QElapsedTimer clock;

    for (int i = 0; i < 20; ++i) { // warm-up: connection, keychain-free secret path, caches
        runtime.sendLink().send(request, &loop, [&](const auto&) { loop.quit(); });
        loop.exec();
    }
    clock.start();
    for (int i = 0; i < rounds; ++i) {
        runtime.sendLink().send(request, &loop, [&](const auto&) { loop.quit(); });
        loop.exec();
    }
    const double clientUs = double(clock.nsecsElapsed()) / 1000.0 / rounds;

    QNetworkAccessManager bare;
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    QNetworkRequest nr(runtime.endpoint(QStringLiteral("chargeafter")));
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    nr.setRawHeader("Authorization",
                    "Bearer " +
                        runtime.sandboxServer()->apiKey(QStringLiteral("chargeafter")).toUtf8());
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const auto post = [&] {
        QNetworkReply* reply = bare.post(nr, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            loop.quit();
        });
        loop.exec();
    };
    for (int i = 0; i < 20; ++i)
        post();
    clock.restart();
    for (int i = 0; i < rounds; ++i)
        post();
    const double bareUs = double(clock.nsecsElapsed()) / 1000.0 / rounds;
    row(QStringLiteral("send-link round trip (HTTP layer + sandbox)"), clientUs, bareUs,
        QStringLiteral("us"));
}

void postBare(QNetworkAccessManager& bare, QEventLoop& loop, const QNetworkRequest& nr,
              const QByteArray& body) {
    QNetworkReply* reply = bare.post(nr, body);
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, reply] {
        reply->readAll();
        reply->deleteLater();
        loop.quit();
    });
    loop.exec();
}

// A cart change until the pass it starts is over: the Order Checker's verdict applied, the cart
// priced (taxes, deposits) and the event loop turned (what the Sale screen then paints). The
// floor: the two round trips that pass needs, as bare POSTs of the same bodies to the same
// sandbox, one after the other (the pass sends them at once: most verdicts change nothing).
void cartChangeToVerdict(Runtime& runtime, int rounds) {
    SaleSession session(runtime.saleServices());
    session.start();
    QEventLoop loop;
    bool passing = false;
    QObject::connect(&session, &SaleSession::passFinished, &loop, [&] {
        passing = false;
        loop.quit();
    });
    const auto settle = [&] {
        if (passing)
            loop.exec();
    };
    // A typical cart of five lines; each change toggles one quantity.
    for (int i = 0; i < 5; ++i) {
        passing = true;
        session.scan(QStringLiteral("4006381333931"));
        settle();
    }
    qint64 quantity = 1;
    const auto change = [&] {
        quantity = quantity == 1 ? 2 : 1;
        passing = true;
        session.setQuantity(session.ticket().lines.first().lineId, quantity);
        settle();
        QCoreApplication::processEvents();
    };
    QNetworkAccessManager bare;
    QNetworkRequest checker(runtime.endpoint(QStringLiteral("orderchecker")));
    checker.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    checker.setRawHeader("X-Api-Token",
                         runtime.sandboxServer()->apiKey(QStringLiteral("orderchecker")).toUtf8());
    checker.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QByteArray checkBody = QJsonDocument(orderchecker::buildOrder(session.ticket(), {}))
                                     .toJson(QJsonDocument::Compact);
    QNetworkRequest pricing(runtime.endpoint(QStringLiteral("aifi")));
    pricing.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    pricing.setRawHeader("Authorization",
                         "Bearer " +
                             runtime.sandboxServer()->apiKey(QStringLiteral("aifi")).toUtf8());
    pricing.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QByteArray priceBody =
        QJsonDocument(aifi::buildPricingRequest(
                          session.ticket(), SaleSession::pricingContextFor(
                                                runtime.saleServices().rules(), session.ticket(),
                                                false, 0, runtime.clock().now())))
            .toJson(QJsonDocument::Compact);
    const auto barePass = [&] {
        postBare(bare, loop, checker, checkBody);
        postBare(bare, loop, pricing, priceBody);
    };
    for (int i = 0; i < 10; ++i) {
        change();
        barePass();
    }
    // Interleaved in blocks, 100 changes then 100 bare passes, so that both meet the same
    // machine (its other load comes and goes in bursts). The work the changes leave to the
    // storage thread (the autosave every 10 ms, its sync) runs during their block; only the last
    // write of a block can spill into the floor's.
    constexpr int kBlock = 100;
    QElapsedTimer clock;
    qint64 sessionNs = 0;
    qint64 bareNs = 0;
    for (int done = 0; done < rounds; done += kBlock) {
        clock.start();
        for (int i = 0; i < kBlock; ++i)
            change();
        sessionNs += clock.nsecsElapsed();
        clock.start();
        for (int i = 0; i < kBlock; ++i)
            barePass();
        bareNs += clock.nsecsElapsed();
    }
    rounds = (rounds + kBlock - 1) / kBlock * kBlock;
    const double sessionUs = double(sessionNs) / 1000.0 / rounds;
    const double bareUs = double(bareNs) / 1000.0 / rounds;
    row(QStringLiteral("cart change to verdict and prices"), sessionUs, bareUs,
        QStringLiteral("us"));
    session.newSale();
}

// The longest time the GUI thread is away from its event loop during a burst of 20 scans (one
// every 15 ms, a fast scanner) until the last pass is over, on a slow disk: a SQLite VFS that
// delays every fsync by 20 ms (slowsyncvfs.cpp). The floor: the same burst on a session that
// stores nothing (no autosave), on the same runtime. A 1 ms precise timer measures the gaps.
double burstStall(Runtime& runtime, SaleSession::Persistence persistence) {
    SaleSession session(runtime.saleServices(), persistence);
    session.start();
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(1);
    QObject::connect(&beat, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    int scanned = 0;
    QTimer scanner;
    scanner.setTimerType(Qt::PreciseTimer);
    scanner.setInterval(15);
    QObject::connect(&scanner, &QTimer::timeout, &loop, [&] {
        // The same products as a real basket: a few codes, some scanned again.
        static const char* codes[] = {"4006381333931", "0012345678905", "4006381333931",
                                      "5901234123457"};
        if (!session.scan(QLatin1String(codes[scanned % 4])).added)
            qWarning("bench: a scan added nothing");
        if (++scanned == 20) {
            scanner.stop();
            if (!session.isBusy())
                loop.quit();
        }
    });
    QObject::connect(&session, &SaleSession::passFinished, &loop, [&] {
        if (scanned == 20)
            loop.quit();
    });
    last = clock.nsecsElapsed();
    beat.start();
    scanner.start();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a safety net, never reached
    loop.exec();
    beat.stop();
    session.newSale();
    return double(worst) / 1e6;
}

void slowDiskStall() {
    QTemporaryDir dir;
    bench::useSlowSync(std::chrono::milliseconds(20));
    long syncs = 0;
    long guiSyncs = 0;
    double stall = 0;
    double floor = 0;
    {
        RuntimeOptions options;
        options.sandbox = true;
        options.settingsFile = dir.filePath(QStringLiteral("s.ini"));
        options.dataDirectory = dir.path();
        Runtime runtime(options);
        QString error;
        if (!runtime.start(&error)) {
            QTextStream(stderr) << error << Qt::endl;
            bench::useNormalSync();
            return;
        }
        burstStall(runtime, SaleSession::Persistence::Autosave); // warm-up
        const long syncsBefore = bench::slowSyncCount();
        const long guiSyncsBefore = bench::slowSyncCountOnCaller();
        QList<double> stalls;
        QList<double> floors;
        for (int i = 0; i < 5; ++i) {
            stalls << burstStall(runtime, SaleSession::Persistence::Autosave);
            floors << burstStall(runtime, SaleSession::Persistence::Detached);
        }
        stall = median(stalls);
        floor = median(floors);
        syncs = bench::slowSyncCount() - syncsBefore;
        guiSyncs = bench::slowSyncCountOnCaller() - guiSyncsBefore;
    }
    bench::useNormalSync();
    row(QStringLiteral("longest GUI stall, 20 scans, fsync +20 ms"), stall, floor,
        QStringLiteral("ms"));
    out << QStringLiteral("  (during the 10 bursts: %1 fsyncs delayed, %2 of them on the GUI "
                          "thread)\n")
               .arg(syncs)
               .arg(guiSyncs);
}

// A 1,000-line cart priced through the whole stack (request built, sent, reply parsed and
// checked) vs the same request body built and the same reply parsed with bare QJsonDocument.
void pricingThousandLines(Runtime& runtime, int rounds) {
    Ticket t = Ticket::create(QStringLiteral("bench"), QStringLiteral("USD"),
                              QDateTime::currentDateTime());
    for (int i = 0; i < 1000; ++i) {
        TicketLine l;
        l.lineId = QStringLiteral("line-%1").arg(i);
        l.sku = QStringLiteral("SKU-%1").arg(i % 50);
        l.name = QStringLiteral("Article %1").arg(i);
        l.category = i % 3 ? QStringLiteral("Kitchen") : QStringLiteral("Grocery");
        l.unitPrice = Money::fromMinor(99 + (i * 37) % 5000);
        l.quantity = 1 + i % 4;
        t.lines.append(l);
    }
    const aifi::PricingContext context = SaleSession::pricingContextFor(
        runtime.saleServices().rules(), t, false, 0, runtime.clock().now());
    QEventLoop loop;
    const auto stack = [&] {
        runtime.pricing().price(t, context, &loop, [&](const aifi::PricingOutcome& o) {
            if (!o.ok())
                qWarning("pricing failed: %s", qPrintable(o.error));
            loop.quit();
        });
        loop.exec();
    };
    const QByteArray requestBody =
        QJsonDocument(aifi::buildPricingRequest(t, context)).toJson(QJsonDocument::Compact);
    QNetworkAccessManager bare;
    QNetworkRequest nr(runtime.endpoint(QStringLiteral("aifi")));
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    nr.setRawHeader("Authorization",
                    "Bearer " + runtime.sandboxServer()->apiKey(QStringLiteral("aifi")).toUtf8());
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const auto floor = [&] {
        // The floor: a JSON body of the same shape built and a reply parsed, no checks.
        QJsonArray cart;
        for (const TicketLine& l : t.lines)
            cart.append(QJsonObject{{QStringLiteral("id"), l.lineId},
                                    {QStringLiteral("name"), l.name},
                                    {QStringLiteral("price"), l.unitPrice.toJsonNumber()},
                                    {QStringLiteral("quantity"), l.quantity},
                                    {QStringLiteral("productSnapshot"),
                                     QJsonObject{{QStringLiteral("name"), l.name}}}});
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("cart"), cart}})
                                    .toJson(QJsonDocument::Compact);
        Q_UNUSED(body);
        QNetworkReply* reply = bare.post(nr, requestBody);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, reply] {
            const QJsonDocument parsed = QJsonDocument::fromJson(reply->readAll());
            Q_UNUSED(parsed);
            reply->deleteLater();
            loop.quit();
        });
        loop.exec();
    };
    stack(); // warm-up
    floor();
    // Interleaved, so that both meet the same machine.
    QElapsedTimer clock;
    qint64 stackNs = 0;
    qint64 floorNs = 0;
    for (int i = 0; i < rounds; ++i) {
        clock.start();
        stack();
        stackNs += clock.nsecsElapsed();
        clock.start();
        floor();
        floorNs += clock.nsecsElapsed();
    }
    const double stackMs = double(stackNs) / 1e6 / rounds;
    const double bareMs = double(floorNs) / 1e6 / rounds;
    row(QStringLiteral("1,000-line cart priced"), stackMs, bareMs, QStringLiteral("ms"));
}

// Sales recorded per second with their outbox row (WAL, synchronous=FULL, one transaction
// each), vs bare SQLite inserts of the same size with the same pragmas.
CompletedSale benchSale() {
    CompletedSale sale;
    sale.ticket = Ticket::create(QStringLiteral("bench"), QStringLiteral("USD"),
                                 QDateTime::currentDateTime());
    TicketLine line;
    line.sku = QStringLiteral("COF-250");
    line.variantKey = QStringLiteral("cof-250-v");
    line.unitPrice = Money::fromMinor(899);
    sale.ticket.lines = {line, line, line};
    sale.total = *sale.ticket.total();
    sale.completedAt = QDateTime::currentDateTime();
    return sale;
}

// `count` sales journalled, each with its outbox row.
void recordSales(Runtime& runtime, int count) {
    CompletedSale sale = benchSale();
    for (int i = 0; i < count; ++i) {
        sale.ticket.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        runtime.sales().recordCompleted(sale);
    }
}

void durableEnqueue(Runtime& runtime, int count) {
    const CompletedSale sale = benchSale();
    QElapsedTimer clock;
    clock.start();
    recordSales(runtime, count);
    const double perSecond = count / (double(clock.nsecsElapsed()) / 1e9);

    QTemporaryDir dir;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bare"));
        db.setDatabaseName(dir.filePath(QStringLiteral("bare.db")));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, a BLOB, b BLOB)"));
        const QByteArray json = QJsonDocument(sale.ticket.toJson()).toJson(QJsonDocument::Compact);
        clock.restart();
        for (int i = 0; i < count; ++i) {
            db.transaction();
            q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"));
            q.addBindValue(QUuid::createUuid().toString());
            q.addBindValue(json);
            q.addBindValue(json.left(200));
            q.exec();
            db.commit();
        }
        const double barePerSecond = count / (double(clock.nsecsElapsed()) / 1e9);
        row(QStringLiteral("sales recorded with outbox row"), perSecond, barePerSecond,
            QStringLiteral("/s"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
}

// Notifications delivered per second to the sandbox by the worker, vs bare sequential posts of
// the same body. Interleaved in blocks of 100 (sales recorded and on disk first, not timed), so
// that both meet the same machine.
void deliveryRate(Runtime& runtime, int blocks) {
    QEventLoop loop;
    QNetworkAccessManager bare;
    QUrl url = runtime.endpoint(QStringLiteral("elevate"));
    url.setQuery(QStringLiteral("customerKey=a&market=US&sessionKey=b"));
    QNetworkRequest nr(url);
    nr.setHeader(QNetworkRequest::ContentTypeHeader,
                 QByteArrayLiteral("application/json;charset=utf-8"));
    nr.setRawHeader("Api-Key", runtime.sandboxServer()->apiKey(QStringLiteral("elevate")).toUtf8());
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QByteArray body =
        R"({"lines":[{"quantity":1,"variantKey":"cof-250-v","sellingPrice":8.99}]})";
    const auto flush = [&] {
        runtime.deliveryWorker().flush([&](int) { loop.quit(); });
        loop.exec();
    };
    flush(); // what an earlier section left
    QElapsedTimer clock;
    qint64 workerNs = 0;
    qint64 bareNs = 0;
    int sent = 0;
    for (int b = 0; b < blocks; ++b) {
        recordSales(runtime, 100);
        runtime.sales().storage().waitDurable();
        const int waiting = runtime.outbox().counts().queued;
        clock.start();
        flush();
        workerNs += clock.nsecsElapsed();
        clock.start();
        for (int i = 0; i < waiting; ++i)
            postBare(bare, loop, nr, body);
        bareNs += clock.nsecsElapsed();
        sent += waiting;
    }
    row(QStringLiteral("Elevate notifications delivered"), sent / (double(workerNs) / 1e9),
        sent / (double(bareNs) / 1e9), QStringLiteral("/s"));
}

// Runs `work` after the first paint of `window` (its first UpdateRequest).
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* window, std::function<void()> work)
        : m_work(std::move(work)) {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::UpdateRequest && m_work)
            QTimer::singleShot(0, this, std::exchange(m_work, {}));
        return false;
    }

private:
    std::function<void()> m_work;
};

// Child mode: show a window as the app does, report when it has been painted (and, for the
// main window, when the runtime has started and the window is ready), then quit.
int child(const QString& kind, int argc, char** argv) {
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (kind == QLatin1String("mainwindow"))
        return bench::showMainWindowOn(dir.path());
    QWidget window;
    window.resize(1024, 700);
    // Measured as the main window is (MainWindow::afterFirstPaint): after its first paint.
    FirstPaint painted(&window, [&app] {
        QTextStream(stdout) << "shown " << residentKb() << Qt::endl;
        app.quit();
    });
    window.show();
    return app.exec();
}

// Time to the first painted window and the memory then, for the app's main window (shown
// before the runtime starts) and a bare QWidget window; and the time until the main window is
// ready to use (databases open, pages built).
void startupFigures(const QString& self, int runs) {
    const bench::Startup main =
        bench::startChild(self, {QStringLiteral("--child"), QStringLiteral("mainwindow")}, runs);
    const bench::Startup bare =
        bench::startChild(self, {QStringLiteral("--child"), QStringLiteral("minimal")}, runs);
    row(QStringLiteral("start to first shown main window"), main.shownMs, bare.shownMs,
        QStringLiteral("ms"));
    row(QStringLiteral("resident memory at first show"), main.shownKb / 1024.0,
        bare.shownKb / 1024.0, QStringLiteral("MB"));
    row(QStringLiteral("start to main window ready (sign-in works)"), main.readyMs, bare.shownMs,
        QStringLiteral("ms"));
    row(QStringLiteral("resident memory when ready"), main.readyKb / 1024.0, bare.shownKb / 1024.0,
        QStringLiteral("MB"));
}

} // namespace

int main(int argc, char** argv) {
    readTimeZoneOnce(); // the app's mains do the same, first
    // Runs anywhere: offscreen when there is no display, and quiet (logging costs time too).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(QStringLiteral("checkstand.*=false"));
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return child(QString::fromLocal8Bit(argv[2]), argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-data") == 0) {
        QApplication app(argc, argv);
        return bench::showMainWindowOn(QString::fromLocal8Bit(argv[2]));
    }

    QApplication app(argc, argv);
    QTemporaryDir dir;
    RuntimeOptions options;
    options.sandbox = true;
    options.settingsFile = dir.filePath(QStringLiteral("s.ini"));
    options.dataDirectory = dir.path();
    Runtime runtime(options);
    QString error;
    if (!runtime.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    // `checkstand-bench sales,delivery` runs only those sections (profiling, quick checks).
    const QStringList only =
        argc == 2 ? QString::fromLocal8Bit(argv[1]).split(u',') : QStringList();
    const auto want = [&only](const char* section) {
        return only.isEmpty() || only.contains(QLatin1String(section));
    };
    out << "checkstand-bench: figure, then its floor measured now on this machine\n";
    if (want("sendlink"))
        sendLinkRoundTrips(runtime, 500);
    if (want("cart"))
        cartChangeToVerdict(runtime, 300);
    if (want("pricing"))
        pricingThousandLines(runtime, 20);
    if (want("sales"))
        durableEnqueue(runtime, 500);
    if (want("delivery"))
        deliveryRate(runtime, 5);
    if (want("stall"))
        slowDiskStall();
    if (want("startup"))
        startupFigures(QCoreApplication::applicationFilePath(), 7);
    if (want("scale"))
        bench::scaleFigures(row, QCoreApplication::applicationFilePath());
    return 0;
}
