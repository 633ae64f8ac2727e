// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The storage thread (storage/walsync.h) on real files, with a SQLite VFS in this process whose
// fsyncs are slow or fail (tests/support/slowsyncvfs.cpp): commits never fsync on the thread
// that makes them, many commits share one sync, the WAL is restarted off that thread, a failed
// sync is reported in words and retried, the autosave is written there and stays in order, and
// the outbox sends nothing the disk does not hold.
#include "outbox/outbox.h"
#include "slowsyncvfs.h"
#include "storage/database.h"
#include "storage/salesstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using namespace std::chrono_literals;

namespace {

bool write(const Database& db, int value) {
    StorageError error;
    QSqlQuery q(db.db());
    return db.begin(error) &&
           db.run(q, QStringLiteral("INSERT INTO t (x) VALUES (?)"), {value}, error) &&
           db.commit(error);
}

CompletedSale reportableSale() {
    CompletedSale s;
    s.ticket = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime::currentDateTime());
    TicketLine line;
    line.sku = QStringLiteral("COF-250");
    line.variantKey = QStringLiteral("cof-250-v");
    line.unitPrice = Money::fromMinor(899);
    s.ticket.lines = {line};
    s.total = *s.ticket.total();
    s.completedAt = QDateTime::currentDateTime();
    return s;
}

} // namespace

class TestWalSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.db").arg(++m_files)); }

private Q_SLOTS:
    void cleanup() {
        bench::setSyncFailure(false);
        bench::useNormalSync();
    }

    void commitsNeverSyncOnTheirThreadAndShareSyncs() {
        bench::useSlowSync(5ms);
        Database db;
        QVERIFY2(db.open(freshPath(), QStringLiteral("walsync-a"),
                         {QStringLiteral("CREATE TABLE t (x INTEGER)")}),
                 qPrintable(db.error()));
        // Opening checkpoints and starts the WAL on the storage thread: wait for that first.
        QVERIFY(QTest::qWaitFor([&] { return db.checkpointCount() >= 1; }, 10000));
        const long onThisThread = bench::slowSyncCountOnCaller();
        const quint64 syncsBefore = db.syncCount();
        constexpr int kCommits = 50;
        for (int i = 0; i < kCommits; ++i)
            QVERIFY(write(db, i));
        QCOMPARE(bench::slowSyncCountOnCaller(), onThisThread); // no fsync here, not one
        QVERIFY(db.waitDurable(30s));
        QCOMPARE(db.durableGeneration(), db.commitGeneration());
        const quint64 syncs = db.syncCount() - syncsBefore;
        QVERIFY2(syncs >= 1 && syncs < quint64(kCommits) / 2,
                 qPrintable(QStringLiteral("%1 syncs for %2 commits").arg(syncs).arg(kCommits)));
    }

    void aQuietWalIsRestartedOffTheWritingThread() {
        bench::useSlowSync(5ms);
        Database db;
        QVERIFY(db.open(freshPath(), QStringLiteral("walsync-b"),
                        {QStringLiteral("CREATE TABLE t (x INTEGER)")}));
        QVERIFY(QTest::qWaitFor([&] { return db.checkpointCount() >= 1; }, 10000));
        QVERIFY(write(db, 1));
        // After a pause the storage thread checkpoints everything and starts the next WAL: the
        // commit after the pause must not pay the restart's header fsync here.
        const quint64 checkpoints = db.checkpointCount();
        QVERIFY(QTest::qWaitFor([&] { return db.checkpointCount() > checkpoints; }, 10000));
        const long onThisThread = bench::slowSyncCountOnCaller();
        for (int i = 0; i < 10; ++i)
            QVERIFY(write(db, i));
        QVERIFY(db.waitDurable(30s));
        QCOMPARE(bench::slowSyncCountOnCaller(), onThisThread);
    }

    void aFailingSyncIsSaidAndRetried() {
        bench::useSlowSync(0ms);
        SalesStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.error()));
        QVERIFY(store.storage().waitDurable(30s));
        // The storage thread's first checkpoint (and WAL start) done before the disk fails: a
        // write after a checkpoint that could not sync would have to restart the WAL itself.
        QVERIFY(QTest::qWaitFor([&] { return store.storage().checkpointCount() >= 1; }, 10000));
        QSignalSpy failed(&store, &SalesStore::storageFailed);
        bench::setSyncFailure(true);
        Ticket t = Ticket::create(QStringLiteral("store-001-000009"), QStringLiteral("USD"),
                                  QDateTime::currentDateTime());
        QVERIFY(store.saveCurrent(t)); // in the WAL: safe from a crash, not yet on disk
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<StorageError>();
        QCOMPARE(int(error.kind), int(StorageError::Kind::IoError));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(store.storage().durableGeneration() < store.storage().commitGeneration());
        // The disk recovers: the next try (a second later) makes it durable.
        bench::setSyncFailure(false);
        QVERIFY(store.storage().waitDurable(30s));
        QCOMPARE(store.loadCurrent()->retailerOrderId, QStringLiteral("store-001-000009"));
    }

    void theAutosaveIsWrittenOnTheStorageThreadAndKeptInOrder() {
        bench::useSlowSync(20ms);
        SalesStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.storage().waitDurable(30s));
        Ticket t = Ticket::create(QStringLiteral("store-001-000021"), QStringLiteral("USD"),
                                  QDateTime::currentDateTime());
        const quint64 commits = store.storage().commitGeneration();
        store.saveCurrentLater(t);
        // Nothing was committed on this thread; another connection sees the ticket all the same.
        QCOMPARE(store.storage().commitGeneration(), commits);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(store.path());
            QVERIFY(other.open());
            const auto current = [&other] {
                QSqlQuery q(other);
                return q.exec(QStringLiteral("SELECT json FROM tickets WHERE state = 'current'")) &&
                       q.next();
            };
            QTRY_VERIFY_WITH_TIMEOUT(current(), 10000);
            QCOMPARE(store.storage().commitGeneration(), commits);
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        // Many changes in a row: the latest is what is read back, at once, on this thread.
        for (int i = 1; i <= 30; ++i) {
            TicketLine line = reportableSale().ticket.lines.first();
            line.lineId = QStringLiteral("l%1").arg(i);
            t.lines.append(line);
            store.saveCurrentLater(t);
        }
        const auto latest = store.loadCurrent();
        QVERIFY2(latest, qPrintable(store.error()));
        QCOMPARE(latest->lines.size(), 30);
        // A sale finished right after a change: the autosave never brings it back as open.
        t.lines.removeLast();
        store.saveCurrentLater(t);
        CompletedSale sale = reportableSale();
        sale.ticket = t;
        sale.total = *t.total();
        QVERIFY(store.recordCompleted(sale));
        QVERIFY(!store.loadCurrent().has_value());
        QVERIFY(!store.lastError().failed());
        QVERIFY(store.storage().waitDurable(30s));
        QVERIFY(!store.loadCurrent().has_value());
    }

    void aFailingAutosaveIsSaid() {
        bench::useSlowSync(0ms);
        SalesStore store;
        const QString path = freshPath();
        QVERIFY(store.open(path));
        QVERIFY(store.storage().waitDurable(30s));
        QSignalSpy failed(&store, &SalesStore::storageFailed);
        // Another connection holds the write lock: the storage thread's write gives up (after
        // its busy timeout).
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            store.saveCurrentLater(Ticket::create(QStringLiteral("store-001-000022"),
                                                  QStringLiteral("USD"),
                                                  QDateTime::currentDateTime()));
            QVERIFY(failed.wait(20000));
            QCOMPARE(int(failed.first().first().value<StorageError>().kind),
                     int(StorageError::Kind::Locked));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        // Not lost: the next statement here writes it first.
        const auto kept = store.loadCurrent();
        QVERIFY2(kept, qPrintable(store.error()));
        QCOMPARE(kept->retailerOrderId, QStringLiteral("store-001-000022"));
    }

    void theOutboxSendsOnlyWhatIsOnDisk() {
        // A slow disk: the sale is committed (and on screen) long before it is synced.
        bench::useSlowSync(400ms);
        SalesStore store;
        QVERIFY(store.open(freshPath()));
        const Clock clock;
        outbox::Outbox outbox(store, clock, [] { return QStringLiteral("US"); });
        QVERIFY(store.storage().waitDurable(30s));
        QSignalSpy durable(&outbox, &outbox::Outbox::madeDurable);
        QVERIFY(store.recordCompleted(reportableSale()));
        QCOMPARE(outbox.counts().queued, 1);
        // Not sent while a power cut could still take the sale back.
        QVERIFY(outbox.due({}, 10).isEmpty());
        QVERIFY(outbox.waitingForDisk());
        QVERIFY(!outbox.error().failed());
        // Each sync that lands says so (madeDurable); the one that covers the sale frees it.
        QVERIFY(durable.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(outbox.due({}, 10).size(), 1, 30000);
        QVERIFY(!outbox.waitingForDisk());
    }
};

QTEST_GUILESS_MAIN(TestWalSync)
#include "tst_walsync.moc"
