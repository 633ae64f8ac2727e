// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills checkstand-ctl with SIGKILL at chosen points of its work, many times: while it prices a
// sale, around the commit of the sale, with Elevate notifications in flight (up to maxInFlight
// at once) and while their replies are being acknowledged. The points come from what the child
// is seen doing at the in-process sandbox (a request arriving, a reply going out), not from
// random times, and how many kills landed in each phase is printed.
//
// After every kill sales.db must pass PRAGMA integrity_check (opened read-only here). At the
// end: every sale whose `sale complete` exited 0 is in the journal and delivered; a sale cut off
// before its commit was not recorded and is rung again (only those: a confirmed sale is never
// re-rung, which would hide its loss); one recorded by a killed run is refused when rung again;
// duplicate deliveries never exceed kills x maxInFlight (at-least-once, bounded).
//
// The power-cut variant runs the child on a SQLite VFS that loses every write not yet fsynced
// when the process dies (tests/integration/powercutvfs.cpp, loaded with LD_PRELOAD).
#include "outbox/outbox.h"
#include "sandbox/elevatesandbox.h"
#include "sandbox/sandboxserver.h"
#include "storage/salesstore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace checkstand;

namespace {

constexpr int kMaxInFlight = 4;
constexpr int kMaxRuns = 600; // a safety net: a variant needs about 3 runs per sale

// When to kill: at the `count`-th event of `service` in this run, then `extraMs` later.
struct Trigger {
    enum class Kind { None, ReplySent, RequestArrived };
    Kind kind = Kind::None;
    QString service;
    int count = 0;
    int extraMs = 0;
};

struct RunResult {
    bool killed = false;
    int exitCode = -1;
    QByteArray stderrText;
};

// sales.db as a reader sees it between runs (the child has exited or was killed).
struct Snapshot {
    QString integrity;
    QString error;
    QSet<QString> journal;
    QHash<QString, QString> outboxState; // sale id -> state
};

Snapshot readDatabase(const QString& path) {
    Snapshot s;
    if (!QFile::exists(path)) {
        s.integrity = QStringLiteral("ok"); // killed before it was created: nothing to break
        return s;
    }
    const QString connection = QStringLiteral("crash-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            s.error = q.lastError().text();
        } else {
            QStringList lines;
            while (q.next())
                lines << q.value(0).toString();
            s.integrity = lines.join(u'\n');
            if (!q.exec(QStringLiteral("SELECT id FROM sales")))
                s.error = q.lastError().text();
            while (q.next())
                s.journal.insert(q.value(0).toString());
            if (!q.exec(QStringLiteral("SELECT sale_id, state FROM outbox")))
                s.error = q.lastError().text();
            while (q.next())
                s.outboxState.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return s;
}

} // namespace

class TestOutboxCrash : public QObject {
    Q_OBJECT

    sandbox::SandboxServer m_sandbox;

    // One variant's terminal: its settings, data directory and tickets.
    struct Till {
        QTemporaryDir dir;
        bool powerCut = false;
        QStringList saleIds;
        QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
        QString salesDb() const { return dir.filePath(QStringLiteral("data/sales.db")); }
        QString ticket(int i) const {
            return dir.filePath(QStringLiteral("ticket-%1.json").arg(i));
        }
    };

    int arrivals() const {
        int n = 0;
        for (const QString& s : m_sandbox.elevate().sessions())
            n += m_sandbox.elevate().deliveries(s);
        return n;
    }

    QStringList args(const Till& till, const QStringList& command) const {
        QStringList a{QStringLiteral("--settings"),
                      till.dir.filePath(QStringLiteral("settings.ini")),
                      QStringLiteral("--data-dir"), till.dataDir()};
        for (const QString& service : {QStringLiteral("elevate"), QStringLiteral("aifi")})
            a << QStringLiteral("--endpoint")
              << service + u'=' + m_sandbox.endpoint(service).toString();
        return a + command;
    }

    // Runs the child without blocking our event loop (the sandbox answers it from here) and
    // kills it with SIGKILL when `trigger` fires: no cleanup, no flush.
    RunResult runChild(const Till& till, const QStringList& command, const Trigger& trigger,
                       quint32 seed = 0) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& service : {QStringLiteral("elevate"), QStringLiteral("aifi")})
            env.insert(QStringLiteral("CHECKSTAND_SECRET_") +
                           m_sandbox.secretName(service).toUpper(),
                       m_sandbox.apiKey(service));
#ifdef CHECKSTAND_POWERCUT_SHIM
        if (till.powerCut) {
            env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(CHECKSTAND_POWERCUT_SHIM));
            env.insert(QStringLiteral("CHECKSTAND_POWERCUT_DIR"),
                       QFileInfo(till.dataDir()).canonicalFilePath());
            env.insert(QStringLiteral("CHECKSTAND_POWERCUT_SEED"), QString::number(seed));
            // A sanitizer build: the shim is not instrumented and need not come first.
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS")) +
                           QStringLiteral(":verify_asan_link_order=0"));
        }
#else
        Q_UNUSED(seed)
#endif
        p.setProcessEnvironment(env);
        RunResult result;
        int seen = 0;
        bool fired = false;
        const auto kill = [&] {
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                result.killed = true;
            }
        };
        const auto fire = [&] {
            fired = true;
            if (trigger.extraMs == 0)
                kill();
            else
                QTimer::singleShot(trigger.extraMs, Qt::PreciseTimer, &p, kill);
        };
        QTimer poll; // a request's arrival has no signal; look each millisecond
        const int base = arrivals();
        if (trigger.kind == Trigger::Kind::ReplySent) {
            connect(&m_sandbox, &sandbox::SandboxServer::requestHandled, &p,
                    [&](const QString& service, int) {
                        if (!fired && service == trigger.service && ++seen == trigger.count)
                            fire();
                    });
        } else if (trigger.kind == Trigger::Kind::RequestArrived) {
            poll.setTimerType(Qt::PreciseTimer);
            connect(&poll, &QTimer::timeout, &p, [&] {
                if (!fired && arrivals() - base >= trigger.count)
                    fire();
            });
            poll.start(1);
        }
        QEventLoop loop;
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer hang;
        hang.setSingleShot(true);
        connect(&hang, &QTimer::timeout, &loop, &QEventLoop::quit);
        hang.start(60000);
        p.start(QStringLiteral(CHECKSTAND_CTL), args(till, command));
        if (!p.waitForStarted(30000))
            qFatal("checkstand-ctl did not start");
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning)
            qFatal("checkstand-ctl hangs: %s", qPrintable(command.join(u' ')));
        // A request the child wrote just before it died may still be in our socket buffer.
        QCoreApplication::processEvents();
        result.killed = result.killed && p.exitStatus() == QProcess::CrashExit;
        result.exitCode = p.exitCode();
        result.stderrText = p.readAllStandardError();
        return result;
    }

    static QStringList saleComplete(const Till& till, int i) {
        return {QStringLiteral("sale"), QStringLiteral("complete"), till.ticket(i)};
    }

    bool prepare(Till& till, int sales) {
        if (!till.dir.isValid())
            return false;
        QFile settings(till.dir.filePath(QStringLiteral("settings.ini")));
        if (!settings.open(QIODevice::WriteOnly))
            return false;
        settings.write(QByteArray("[elevate]\nmaxInFlight=") + QByteArray::number(kMaxInFlight) +
                       "\n");
        settings.close();
        for (int i = 0; i < sales; ++i) {
            Ticket t = Ticket::create(QStringLiteral("store-001-%1").arg(i), QStringLiteral("USD"),
                                      QDateTime::currentDateTime());
            for (const char* key : {"cof-250-v", "mug-01-v"}) {
                TicketLine l;
                l.sku = QString::fromLatin1(key);
                l.variantKey = QString::fromLatin1(key);
                l.unitPrice = Money::fromMinor(100 + i);
                l.quantity = 1 + i % 3;
                t.lines.append(l);
            }
            QFile f(till.ticket(i));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(QJsonDocument(t.toJson()).toJson());
            till.saleIds << t.id;
        }
        return true;
    }

    void crashAndCheck(Till& till, int sales);
    void powerCutShimDropsUnsyncedWrites();

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_sandbox.start());
    }

    void killedAtChosenPoints() {
        Till till;
        QVERIFY(prepare(till, 40));
        crashAndCheck(till, 40);
    }

    void powerCut() {
#ifndef CHECKSTAND_POWERCUT_SHIM
        QSKIP("built without the power-cut shim (CHECKSTAND_POWERCUT_SHIM)");
#else
        if (!QFile::exists(QStringLiteral(CHECKSTAND_POWERCUT_SHIM)))
            QSKIP("the power-cut shim was not built");
        powerCutShimDropsUnsyncedWrites();
        if (QTest::currentTestFailed())
            return;
        Till till;
        till.powerCut = true;
        QVERIFY(prepare(till, 24));
        crashAndCheck(till, 24);
#endif
    }
};

void TestOutboxCrash::crashAndCheck(Till& till, int sales) {
    const quint32 seed = qEnvironmentVariableIsSet("CHECKSTAND_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CHECKSTAND_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (CHECKSTAND_CRASH_SEED=%u repeats the choices)", seed, seed);
    QRandomGenerator random(seed);
    QMap<QString, int> kills; // by where they landed
    // What a kill can make Elevate count twice: the notifications in flight; after a power cut
    // also the "delivered" marks not synced yet, which the worker holds to as many again.
    const int bound = till.powerCut ? 2 * kMaxInFlight : kMaxInFlight;
    QList<int> inFlightAtKill(bound + 1, 0);
    int deliveryKills = 0;
    int inFlightTotal = 0;
    QSet<QString> confirmed; // `sale complete` exited 0
    QSet<QString> killedAfterCommit;
    Snapshot db;
    const auto check = [&](const char* after) {
        db = readDatabase(till.salesDb());
        QVERIFY2(db.error.isEmpty() && db.integrity == QLatin1String("ok"),
                 qPrintable(QStringLiteral("after %1: integrity_check says \"%2\" %3")
                                .arg(QLatin1String(after), db.integrity, db.error)));
    };
    const auto pending = [&] {
        int n = 0;
        for (const QString& state : db.outboxState)
            n += state != QLatin1String("delivered");
        return n;
    };

    int runs = 0;
    for (; runs < kMaxRuns && (db.journal.size() < sales || pending() > 0); ++runs) {
        // Flush more often the more is queued, so several notifications are usually due at once.
        const bool deliver =
            db.journal.size() == sales || int(random.bounded(2 * kMaxInFlight)) < pending();
        if (!deliver) {
            // Ring the first sale not recorded yet (never one that was confirmed).
            int i = 0;
            while (db.journal.contains(till.saleIds.at(i)))
                ++i;
            const QString id = till.saleIds.at(i);
            QVERIFY2(!confirmed.contains(id), qPrintable(id + QStringLiteral(" was lost")));
            Trigger t;
            const int roll = int(random.bounded(100));
            const bool duringPricing = roll < 40;
            if (roll >= 15) // the first pricing pass, or the "completed" one just before the commit
                t = {Trigger::Kind::ReplySent, QStringLiteral("aifi"), duringPricing ? 1 : 2,
                     duringPricing || random.bounded(2) ? int(random.bounded(4))
                                                        : 4 + int(random.bounded(10))};
            const RunResult r = runChild(till, saleComplete(till, i), t, seed + quint32(runs));
            check("a sale run");
            if (QTest::currentTestFailed())
                return;
            if (r.killed) {
                const bool committed = db.journal.contains(id);
                ++kills[committed       ? QStringLiteral("recording, just after the commit")
                        : duringPricing ? QStringLiteral("recording, while pricing")
                                        : QStringLiteral("recording, just before the commit")];
                if (committed) {
                    killedAfterCommit.insert(id);
                    // Rung again: refused, never recorded twice.
                    const RunResult again = runChild(till, saleComplete(till, i), {});
                    QVERIFY2(again.exitCode != 0, "a recorded sale was accepted again");
                }
            } else {
                QVERIFY2(r.exitCode == 0, r.stderrText.constData());
                QVERIFY2(db.journal.contains(id),
                         qPrintable(id + QStringLiteral(" exited 0 but is not in the journal")));
                confirmed.insert(id);
            }
            continue;
        }
        QHash<QString, int> before;
        for (const QString& id : till.saleIds)
            before.insert(id, m_sandbox.elevate().deliveries(id));
        const int room = qMin(kMaxInFlight, pending());
        Trigger t;
        const int roll = int(random.bounded(100));
        if (roll < 55) {
            // Replies held back: kill with n notifications received by Elevate, none answered.
            const int n = 1 + int(random.bounded(room));
            for (int k = 0; k < n; ++k)
                m_sandbox.delayNextReply(QStringLiteral("elevate"), std::chrono::milliseconds(400));
            t = {Trigger::Kind::RequestArrived, QStringLiteral("elevate"), n,
                 int(random.bounded(3))};
        } else if (roll < 92) {
            // Around the acknowledgement: a 204 has gone out, markDelivered is committing.
            t = {Trigger::Kind::ReplySent, QStringLiteral("elevate"), 1 + int(random.bounded(room)),
                 int(random.bounded(8))};
        }
        const RunResult r =
            runChild(till, {QStringLiteral("outbox"), QStringLiteral("flush")}, t, seed + runs);
        check("a flush run");
        if (QTest::currentTestFailed())
            return;
        if (!r.killed)
            continue;
        ++deliveryKills;
        int inFlight = 0; // received by Elevate, not marked delivered: will be sent again
        for (const QString& id : till.saleIds)
            inFlight += m_sandbox.elevate().deliveries(id) > before.value(id) &&
                        db.outboxState.value(id) != QLatin1String("delivered");
        QVERIFY2(inFlight <= bound,
                 qPrintable(QStringLiteral("%1 sent and not marked delivered at once (bound %2)")
                                .arg(inFlight)
                                .arg(bound)));
        ++inFlightAtKill[inFlight];
        inFlightTotal += inFlight;
        ++kills[inFlight > 0 ? QStringLiteral("delivery, requests in flight")
                             : QStringLiteral("delivery, none in flight")];
    }
    QVERIFY2(db.journal.size() == sales,
             qPrintable(QStringLiteral("%1 of %2 sales recorded after %3 runs")
                            .arg(db.journal.size())
                            .arg(sales)
                            .arg(runs)));
    const RunResult last = runChild(till, {QStringLiteral("outbox"), QStringLiteral("flush")}, {});
    QVERIFY2(last.exitCode == 0, last.stderrText.constData());

    // The journal through the app's own reader.
    SalesStore store;
    QVERIFY(store.open(till.salesDb()));
    const Clock clock;
    outbox::Outbox box(store, clock, [] { return QStringLiteral("US"); });
    const QList<CompletedSale> journal = store.journal(1000);
    const QList<outbox::Entry> rows = box.entries(1000);
    QCOMPARE(journal.size(), sales);
    QCOMPARE(rows.size(), journal.size()); // both or neither
    QSet<QString> journaled;
    int duplicates = 0;
    for (const CompletedSale& sale : journal) {
        journaled.insert(sale.ticket.id);
        const int deliveries = m_sandbox.elevate().deliveries(sale.ticket.id);
        QVERIFY2(deliveries >= 1,
                 qPrintable(QStringLiteral("sale %1 was never delivered").arg(sale.ticket.id)));
        duplicates += deliveries - 1;
    }
    for (const QString& id : confirmed + killedAfterCommit)
        QVERIFY2(journaled.contains(id), qPrintable(id + QStringLiteral(" was lost")));
    for (const outbox::Entry& e : rows)
        QCOMPARE(outbox::toString(e.state), QStringLiteral("delivered"));

    int total = 0;
    for (auto it = kills.cbegin(); it != kills.cend(); ++it) {
        qInfo("  %3d kills: %s", it.value(), qPrintable(it.key()));
        total += it.value();
    }
    QStringList histogram;
    for (int n = 0; n <= bound; ++n)
        histogram << QStringLiteral("%1 in flight: %2").arg(n).arg(inFlightAtKill.at(n));
    qInfo("%d runs, %d kills; delivery kills by notifications in flight: %s", runs, total,
          qPrintable(histogram.join(QStringLiteral(", "))));
    qInfo("%d sales (%lld confirmed by exit 0), %d duplicate deliveries (%d in flight at kills, "
          "bound %d kills x %d)",
          sales, qlonglong(confirmed.size()), duplicates, inFlightTotal, deliveryKills, bound);
    QVERIFY2(duplicates <= deliveryKills * bound,
             qPrintable(QStringLiteral("%1 duplicates for %2 delivery kills")
                            .arg(duplicates)
                            .arg(deliveryKills)));
    // The test must have done what it says.
    for (const char* phase : {"recording, while pricing", "recording, just before the commit",
                              "delivery, requests in flight"})
        QVERIFY2(kills.value(QLatin1String(phase)) >= 2, phase);
    QVERIFY2(duplicates >= inFlightTotal, "a notification in flight at a kill was not sent again");
    int several = 0;
    for (int n = 2; n <= bound; ++n)
        several += inFlightAtKill.at(n);
    QVERIFY2(several > 0, "no kill with several notifications in flight");
    if (till.powerCut)
        QVERIFY2(QFile::exists(till.dataDir() + QStringLiteral("/powercut-vfs-loaded")),
                 "the power-cut shim was not loaded by checkstand-ctl");
}

// The shim itself, with the sqlite3 shell: a synced insert survives a kill, an unsynced one
// does not. Without it a broken shim would make the power-cut variant pass vacuously.
void TestOutboxCrash::powerCutShimDropsUnsyncedWrites() {
#ifdef CHECKSTAND_POWERCUT_SHIM
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        qInfo("sqlite3 shell not found: the shim's own check is skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/t.db");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(CHECKSTAND_POWERCUT_SHIM));
    env.insert(QStringLiteral("CHECKSTAND_POWERCUT_DIR"), QFileInfo(path).path());
    env.insert(QStringLiteral("CHECKSTAND_POWERCUT_EARLY_PERCENT"), QStringLiteral("0"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(shell, {path, QStringLiteral("PRAGMA journal_mode=WAL; CREATE TABLE t(x);")});
    QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
    p.start(shell, {path});
    QVERIFY(p.waitForStarted(30000));
    p.write("PRAGMA synchronous=FULL;\nINSERT INTO t VALUES('synced');\nPRAGMA synchronous=OFF;\n"
            "INSERT INTO t VALUES('unsynced');\nSELECT 'ready';\n");
    QByteArray out;
    QVERIFY(QTest::qWaitFor([&] { return (out += p.readAllStandardOutput()).contains("ready"); },
                            30000));
    p.kill(); // the power cut: the unsynced insert is only in the shim's memory
    QVERIFY(p.waitForFinished(30000));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shim"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(x) FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("synced"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shim"));
#endif
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
