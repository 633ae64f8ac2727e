// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a database failure is called and says (issue #12), and what Database::open refuses: a
// damaged file (broken header, overwritten pages) fails with the Corrupt message instead of
// reading as empty; a locked, read-only or duplicate write each says what it is; every query of
// the sales store reports a failure instead of "no rows"; the files are the owner's only.
#include "storage/database.h"
#include "storage/salesstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace checkstand;
using Kind = StorageError::Kind;

namespace {

const QList<Kind> kFailureKinds = {Kind::DiskFull,   Kind::ReadOnly, Kind::Corrupt,    Kind::Locked,
                                   Kind::Constraint, Kind::IoError,  Kind::CannotOpen, Kind::Other};

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

CompletedSale sale() {
    CompletedSale s;
    s.ticket = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime::currentDateTime());
    TicketLine l;
    l.sku = QStringLiteral("COF-250");
    l.unitPrice = Money::fromMinor(899);
    s.ticket.lines = {l};
    s.total = *s.ticket.total();
    s.completedAt = QDateTime::currentDateTime();
    return s;
}

// A second connection to the same file, as another program would hold it.
class OtherConnection {
public:
    explicit OtherConnection(const QString& path)
        : m_name(QStringLiteral("other-") + QUuid::createUuid().toString(QUuid::Id128)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~OtherConnection() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql) const {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
};

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1/sales.db").arg(++m_n)); }

    // A closed sales database with rows on many pages, its WAL folded back into the file.
    QString populatedFile() {
        const QString path = freshPath();
        SalesStore store;
        if (!store.open(path))
            qFatal("cannot open %s", qPrintable(path));
        for (int i = 0; i < 200; ++i)
            store.recordCompleted(sale());
        return path;
    }

    static void overwrite(const QString& path, qint64 at, const QByteArray& bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void classification_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("SQLITE_FULL") << 13 << int(Kind::DiskFull);
        QTest::newRow("SQLITE_READONLY") << 8 << int(Kind::ReadOnly);
        QTest::newRow("SQLITE_READONLY_RECOVERY") << (8 | (1 << 8)) << int(Kind::ReadOnly);
        QTest::newRow("SQLITE_CORRUPT") << 11 << int(Kind::Corrupt);
        QTest::newRow("SQLITE_NOTADB") << 26 << int(Kind::Corrupt);
        QTest::newRow("SQLITE_BUSY") << 5 << int(Kind::Locked);
        QTest::newRow("SQLITE_BUSY_RECOVERY") << (5 | (1 << 8)) << int(Kind::Locked);
        QTest::newRow("SQLITE_LOCKED") << 6 << int(Kind::Locked);
        QTest::newRow("SQLITE_CONSTRAINT_PRIMARYKEY") << 1555 << int(Kind::Constraint);
        QTest::newRow("SQLITE_IOERR_WRITE") << 778 << int(Kind::IoError);
        QTest::newRow("SQLITE_CANTOPEN") << 14 << int(Kind::CannotOpen);
        QTest::newRow("SQLITE_ERROR") << 1 << int(Kind::Other);
        QTest::newRow("no code") << 0 << int(Kind::Other);
    }
    void classification() {
        QFETCH(int, code);
        QFETCH(int, kind);
        QCOMPARE(int(StorageError::classify(code)), kind);
    }

    void everyKindHasItsOwnMessage() {
        const QString file = QStringLiteral("/var/lib/checkstand/sales.db");
        QSet<QString> messages, shortTexts, names;
        for (Kind k : kFailureKinds) {
            const StorageError e = StorageError::make(k, file, QStringLiteral("raw"));
            QVERIFY(e.failed());
            QVERIFY2(e.message.contains(file), qPrintable(e.message));
            messages.insert(e.message);
            shortTexts.insert(e.shortText());
            names.insert(toString(k));
        }
        QCOMPARE(messages.size(), kFailureKinds.size());
        QCOMPARE(shortTexts.size(), kFailureKinds.size());
        QCOMPARE(names.size(), kFailureKinds.size());
        QVERIFY(StorageError::make(Kind::DiskFull, file).message.contains(QStringLiteral("full")));
        QVERIFY(!StorageError().failed());
    }

    void brokenHeaderIsCorruptNotEmpty() {
        const QString path = populatedFile();
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // all of it is in the file
        overwrite(path, 0, QByteArray("this is no db!!!"));
        SalesStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(int(store.lastError().kind), int(Kind::Corrupt));
        QCOMPARE(store.error(), StorageError::messageFor(Kind::Corrupt, path));
        // SQLite's own words are kept for the log, not shown as the message.
        QVERIFY(!store.error().contains(QStringLiteral("file is not a database")));
    }

    void overwrittenPagesAreCorruptNotEmpty() {
        const QString path = populatedFile();
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size > 8 * 4096, qPrintable(QString::number(size)));
        // Page 1 (the header and schema) stays valid: only quick_check can see the damage.
        QByteArray garbage(int(size - 2 * 4096), '\0');
        QRandomGenerator rng(12);
        for (char& c : garbage)
            c = char(rng.bounded(256));
        overwrite(path, 2 * 4096, garbage);
        SalesStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(int(store.lastError().kind), int(Kind::Corrupt));
        QCOMPARE(store.error(), StorageError::messageFor(Kind::Corrupt, path));
    }

    void lockedDatabaseSaysLockedAfterTheBusyTimeout() {
        const QString path = freshPath();
        SalesStore store;
        QVERIFY(store.open(path));
        store.setBusyTimeout(std::chrono::milliseconds(300));
        OtherConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO counters (name, value) VALUES ('x', 1)")));
        QSignalSpy failed(&store, &SalesStore::storageFailed);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!store.saveCurrent(sale().ticket));
        QVERIFY2(waited.elapsed() >= 250, qPrintable(QString::number(waited.elapsed())));
        QVERIFY2(waited.elapsed() < 4000, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(int(store.lastError().kind), int(Kind::Locked));
        QCOMPARE(store.error(), StorageError::messageFor(Kind::Locked, path));
        QCOMPARE(failed.size(), 1);
        QVERIFY(store.nextRetailerOrderId(QStringLiteral("s")).isEmpty()); // none given out
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(store.saveCurrent(sale().ticket));
        QVERIFY(!store.lastError().failed());
        QCOMPARE(store.nextRetailerOrderId(QStringLiteral("s")), QStringLiteral("s-000001"));
    }

    void readOnlyDatabaseSaysReadOnly() {
        const QString path = freshPath();
        {
            SalesStore store;
            QVERIFY(store.open(path));
        }
        SalesStore store;
        if (::geteuid() != 0) {
            // The real thing: a write-protected file is opened read-only by SQLite.
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
            QVERIFY(store.open(path));
        } else {
            // root writes through file modes, so the connection is made read-only instead.
            QVERIFY(store.open(path));
            QVERIFY(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA query_only=ON")));
        }
        QVERIFY(!store.saveCurrent(sale().ticket));
        QCOMPARE(int(store.lastError().kind), int(Kind::ReadOnly));
        QCOMPARE(store.error(), StorageError::messageFor(Kind::ReadOnly, path));
        QVERIFY(!store.recordCompleted(sale()));
        QCOMPARE(int(store.lastError().kind), int(Kind::ReadOnly));
        QVERIFY(store.journal().isEmpty());
        QVERIFY(!store.lastError().failed()); // reading still works, and found nothing
    }

    void saleRecordedTwiceIsNotADiskFull() {
        SalesStore store;
        QVERIFY(store.open(freshPath()));
        const CompletedSale s = sale();
        QVERIFY(store.recordCompleted(s));
        QVERIFY(!store.recordCompleted(s));
        QCOMPARE(int(store.lastError().kind), int(Kind::Constraint));
        QVERIFY2(store.error().contains(QStringLiteral("already recorded")),
                 qPrintable(store.error()));
        QVERIFY(store.error().contains(s.ticket.retailerOrderId));
        QVERIFY(store.error() != StorageError::messageFor(Kind::DiskFull, store.path()));
        QCOMPARE(store.journal().size(), 1);
    }

    // No write fsyncs on the thread that makes it (synchronous=NORMAL, autocheckpoint off):
    // the storage thread makes every one durable, the autosave and a completed sale alike
    // (tst_walsync shows where the fsyncs happen; tst_outboxcrash that a power cut keeps them).
    void everyWriteIsMadeDurableByTheStorageThread() {
        const QString path = freshPath();
        SalesStore store;
        QVERIFY(store.open(path));
        const auto pragma = [&store](const QString& name) {
            QSqlQuery q(store.database());
            return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(pragma(QStringLiteral("synchronous")), 1); // NORMAL: no fsync at commit
        QCOMPARE(pragma(QStringLiteral("wal_autocheckpoint")), 0);
        const quint64 before = store.storage().commitGeneration();
        QVERIFY(store.saveCurrent(sale().ticket));
        QVERIFY(store.recordCompleted(sale()));
        QVERIFY(store.storage().commitGeneration() >= before + 2); // every commit is numbered
        QVERIFY(store.storage().waitDurable(std::chrono::seconds(30)));
        QCOMPARE(store.storage().durableGeneration(), store.storage().commitGeneration());
        // A failed autosave is reported once and changes nothing.
        OtherConnection other(path);
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE tickets RENAME TO gone_tickets")));
        QSignalSpy failed(&store, &SalesStore::storageFailed);
        QVERIFY(!store.saveCurrent(sale().ticket));
        QVERIFY(store.lastError().failed());
        QCOMPARE(failed.size(), 1);
    }

    void failedQueriesAreNotEmptyResults() {
        const QString path = freshPath();
        SalesStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.recordCompleted(sale()));
        QVERIFY(store.park(sale().ticket, QDateTime::currentDateTime()));
        QVERIFY(store.saveCurrent(sale().ticket));
        // Another program takes the tables away: every read must say so, not return nothing.
        OtherConnection other(path);
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE sales RENAME TO gone_sales")));
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE tickets RENAME TO gone_tickets")));
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE counters RENAME TO gone_counters")));
        QVERIFY(store.journal().isEmpty());
        QVERIFY(store.lastError().failed());
        QVERIFY(store.parked().isEmpty());
        QVERIFY(store.lastError().failed());
        QVERIFY(!store.loadCurrent());
        QVERIFY(store.lastError().failed());
        QVERIFY(!store.recall(sale().ticket.id));
        QVERIFY(store.lastError().failed());
        QVERIFY(store.nextRetailerOrderId(QStringLiteral("s")).isEmpty());
        QVERIFY(store.lastError().failed());
        QVERIFY(!store.saveCurrent(sale().ticket));
        QVERIFY(!store.recordCompleted(sale()));
        QVERIFY(!store.park(sale().ticket, QDateTime::currentDateTime()));
        QVERIFY(store.lastError().failed());
    }

    void keptStatementsArePreparedOnceAndNeverHoldARead() {
        const QString path = freshPath();
        SalesStore store;
        QVERIFY(store.open(path));
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.recordCompleted(sale()));
        const Database& db = store.storage();
        StorageError error;
        const QString sql = QStringLiteral("SELECT ? + rowid FROM sales ORDER BY rowid");
        QSqlQuery* first = nullptr;
        {
            Database::KeptQuery q = db.runKept(sql, {100}, error);
            QVERIFY(q);
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toInt(), 101);
            first = q.get();
            QVERIFY(first->isActive()); // rows left unread
        }
        QVERIFY(!first->isActive()); // reset when its handle went: no read left open
        {
            // The same statement, bound anew (not appended to the last binding).
            Database::KeptQuery q = db.runKept(sql, {200}, error);
            QVERIFY(q);
            QCOMPARE(q.get(), first);
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toInt(), 201);
        }
        // Nothing holds the WAL: a full checkpoint from another program completes.
        {
            OtherConnection other(path);
            QVERIFY(other.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(other.exec(QStringLiteral("ALTER TABLE sales RENAME TO gone_sales")));
        }
        // The table went under the kept statement: a failure in words, never an empty result.
        QVERIFY(!db.runKept(sql, {1}, error));
        QVERIFY(error.failed());
        QVERIFY(!error.message.isEmpty());
        {
            OtherConnection other(path);
            QVERIFY(other.exec(QStringLiteral("ALTER TABLE gone_sales RENAME TO sales")));
        }
        // Not kept after its failure: prepared afresh, it works again.
        error = {};
        Database::KeptQuery again = db.runKept(sql, {0}, error);
        QVERIFY(again);
        QVERIFY(!error.failed());
        int rows = 0;
        while (again->next())
            ++rows;
        QCOMPARE(rows, 3);
    }

    void filesAndFolderAreOwnerOnly() {
        const QString path = freshPath(); // its folder does not exist yet
        const QString folder = QFileInfo(path).absolutePath();
        {
            SalesStore store;
            QVERIFY(store.open(path));
            QCOMPARE(modeOf(folder), 0700);
            QCOMPARE(modeOf(path), 0600);
            // WAL mode: both exist while the database is open, and hold the same data.
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        }
        // Left world-readable by an older version: tightened at the next open.
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QCOMPARE(modeOf(path), 0644);
        SalesStore again;
        QVERIFY(again.open(path));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
        QCOMPARE(modeOf(folder), 0700);
        // A shared folder such as /tmp is never changed.
        const QString shared = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        QVERIFY(Database::makePrivateDirectory(shared));
        QCOMPARE(modeOf(shared), 01777);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
