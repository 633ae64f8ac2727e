// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Storage failures end to end (issue #12): a full disk (a small tmpfs mounted for the test), a
// read-only and a locked sales database under the delivery worker, a missing key whose pause
// cannot be written, damaged copies of sales.db under checkstand-ctl, bounded catalog import
// through checkstand-ctl, and the modes of the data folder, databases and settings. Before, the
// worker re-sent the same rows forever on a full disk (20,770 sends in 20 s) and a damaged
// database read as an empty queue with exit 0.
#include "../support/testhttpserver.h"

#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "runtime/runtime.h"
#include "secrets/secretstore.h"
#include "storage/salesstore.h"
#include "widgets/outboxstatus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>
#include <sys/stat.h>

using namespace checkstand;
using namespace checkstand::test;
using Kind = StorageError::Kind;

namespace {

constexpr int kWaitMs = 30000;

CompletedSale paidSale() {
    CompletedSale s;
    s.ticket = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime::currentDateTime());
    TicketLine l;
    l.sku = QStringLiteral("COF-250");
    l.variantKey = QStringLiteral("cof-250-v");
    l.unitPrice = Money::fromMinor(899);
    s.ticket.lines = {l};
    s.total = *s.ticket.total();
    s.completedAt = QDateTime::currentDateTime();
    return s;
}

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

// Another program's connection to a database file.
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

class TestStorageFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpServer> m_elevate;
    std::unique_ptr<Runtime> m_runtime;
    QString m_mounted;
    // Each failure's stop reason, compared at the end: every kind reads differently.
    QHash<QString, QString> m_messages;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QUrl elevateUrl() const { return QUrl(QString::fromLatin1(m_elevate->url("/notify"))); }

    bool startRuntime(const QString& dataDir, const QString& settings = {}) {
        m_runtime.reset();
        RuntimeOptions options;
        options.sandbox = true;
        options.settingsFile = settings.isEmpty() ? settingsFile() : settings;
        options.dataDirectory = dataDir;
        options.endpointOverrides.insert(QStringLiteral("elevate"), elevateUrl());
        m_runtime = std::make_unique<Runtime>(options);
        QString error;
        if (!m_runtime->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool setElevateKey(const QString& value) {
        bool done = false;
        m_runtime->secrets().write(QStringLiteral("elevate"), value, this,
                                   [&](const SecretWriteResult&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, kWaitMs);
    }

    // nullopt when the flush never ends (the worker loops): the test fails instead of hanging.
    std::optional<int> flush() {
        std::optional<int> left;
        m_runtime->deliveryWorker().flush([&](int n) { left = n; });
        if (!QTest::qWaitFor([&] { return left.has_value(); }, kWaitMs))
            qWarning("the flush did not finish within %d ms", kWaitMs);
        return left;
    }

    qint64 firstEntryId() { return m_runtime->outbox().entries().value(0).id; }

    // Runs without blocking the event loop: the test's HTTP server must keep answering.
    Run ctl(const QString& dataDir, const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QStringList all = {QStringLiteral("--settings"),
                           settingsFile(),
                           QStringLiteral("--data-dir"),
                           dataDir,
                           QStringLiteral("--sandbox"),
                           QStringLiteral("--endpoint"),
                           QStringLiteral("elevate=") + elevateUrl().toString()};
        p.start(QStringLiteral(CHECKSTAND_CTL), all + args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForStarted(kWaitMs) ||
            !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(kWaitMs);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return r;
    }

    // A tmpfs of `size` at `dir`; returns why not when it cannot be mounted (needs root, which
    // CI has).
    QString mountTmpfs(const QString& dir, const QString& size) {
        QDir().mkpath(dir);
        QProcess p;
        p.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"), dir});
        if (!p.waitForFinished(kWaitMs) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QStringLiteral("cannot mount a small tmpfs here (needs root): ") +
                   QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + p.errorString();
        m_mounted = dir;
        return {};
    }

    void unmount() {
        if (m_mounted.isEmpty())
            return;
        m_runtime.reset();
        if (QProcess::execute(QStringLiteral("umount"), {m_mounted}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mounted});
        m_mounted.clear();
    }

    // Writes until the filesystem says no, down to the last byte.
    static bool fill(const QString& dir) {
        QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        for (int block : {1 << 20, 1 << 16, 1 << 12, 1 << 9, 1}) {
            const QByteArray bytes(block, 'x');
            while (filler.write(bytes) == block) {
            }
            filler.unsetError();
        }
        return QStorageInfo(dir).bytesAvailable() == 0;
    }

private Q_SLOTS:
    void init() {
        m_elevate = std::make_unique<TestHttpServer>(
            [](const TestRequest&) { return TestResponse::json(204, QByteArray()); });
    }

    void cleanup() {
        m_runtime.reset();
        unmount();
        m_elevate.reset();
    }

    void diskFullStopsDeliveryInsteadOfLooping() {
        const QString disk = m_dir.filePath(QStringLiteral("disk"));
        if (const QString why = mountTmpfs(disk, QStringLiteral("4m")); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(startRuntime(disk));
        QVERIFY(setElevateKey(QStringLiteral("sandbox-elevate-api-key")));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        // Synced, then the WAL emptied: a WAL reuses its own blocks, so only then does the next
        // write need space the full disk does not have.
        QVERIFY(m_runtime->sales().storage().waitDurable());
        QVERIFY(OtherConnection(m_runtime->sales().path())
                    .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(fill(disk));
        outbox::DeliveryWorker& worker = m_runtime->deliveryWorker();
        QSignalSpy stopped(&worker, &outbox::DeliveryWorker::storageFailed);
        OutboxStatus status(m_runtime->outbox());

        const auto left = flush();
        QVERIFY2(left, "flush never finished: the worker loops on a full disk");
        QCOMPARE(*left, -1);
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(int(worker.stopError().kind), int(Kind::DiskFull));
        QVERIFY2(worker.stopReason().contains(QStringLiteral("is full")),
                 qPrintable(worker.stopReason()));
        // An attempt that cannot be recorded is not sent at all.
        QCOMPARE(m_elevate->requests().size(), 0);
        QVERIFY(status.showsStorageFailure());
        QVERIFY(status.needsAttention());
        QVERIFY2(status.text().contains(QStringLiteral("disk full")), qPrintable(status.text()));
        QVERIFY(status.toolTip().contains(worker.stopError().message));
        m_messages.insert(QStringLiteral("diskFull"), worker.stopError().message);

        // Reads still work on a full disk: the queue is listed as it is, not as zero.
        const Run list = ctl(disk, {QStringLiteral("outbox"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.json.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("queued"))
                     .toInt(),
                 2);
        const Run ctlFlush = ctl(disk, {QStringLiteral("outbox"), QStringLiteral("flush")});
        QCOMPARE(ctlFlush.exitCode, 1);
        QVERIFY2(ctlFlush.err.contains(QStringLiteral("is full")), qPrintable(ctlFlush.err));
        const QJsonObject error = ctlFlush.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("diskFull"));
        QCOMPARE(m_elevate->requests().size(), 0);

        // Space again: the same two go out, once each, and the status bar shows counts again.
        QVERIFY(QFile::remove(QDir(disk).filePath(QStringLiteral("filler"))));
        QCOMPARE(flush().value_or(-2), 0);
        QCOMPARE(m_elevate->requests().size(), 2);
        QVERIFY(!status.showsStorageFailure());
        QVERIFY2(status.text().contains(QStringLiteral("2 delivered today")),
                 qPrintable(status.text()));
    }

    void readOnlyDatabaseStopsDelivery() {
        QVERIFY(startRuntime(m_dir.filePath(QStringLiteral("readonly"))));
        QVERIFY(setElevateKey(QStringLiteral("sandbox-elevate-api-key")));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        // As root a file mode does not stop a write; a read-only connection does, with the
        // same SQLITE_READONLY a write-protected file gives (tst_database covers that one).
        QVERIFY(
            QSqlQuery(m_runtime->sales().database()).exec(QStringLiteral("PRAGMA query_only=ON")));
        const auto left = flush();
        QVERIFY2(left, "flush never finished");
        QCOMPARE(*left, -1);
        QCOMPARE(int(m_runtime->deliveryWorker().stopError().kind), int(Kind::ReadOnly));
        QCOMPARE(m_elevate->requests().size(), 0);
        m_messages.insert(QStringLiteral("readOnly"),
                          m_runtime->deliveryWorker().stopError().message);
        QVERIFY(
            QSqlQuery(m_runtime->sales().database()).exec(QStringLiteral("PRAGMA query_only=OFF")));
        QCOMPARE(flush().value_or(-2), 0);
        QCOMPARE(m_elevate->requests().size(), 1);
    }

    void lockedDatabaseStopsDelivery() {
        QVERIFY(startRuntime(m_dir.filePath(QStringLiteral("locked"))));
        QVERIFY(setElevateKey(QStringLiteral("sandbox-elevate-api-key")));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        m_runtime->sales().setBusyTimeout(std::chrono::milliseconds(300));
        OtherConnection other(m_runtime->sales().path());
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("DELETE FROM counters")));
        const auto left = flush();
        QVERIFY2(left, "flush never finished");
        QCOMPARE(*left, -1);
        QCOMPARE(int(m_runtime->deliveryWorker().stopError().kind), int(Kind::Locked));
        QCOMPARE(m_elevate->requests().size(), 0);
        m_messages.insert(QStringLiteral("locked"),
                          m_runtime->deliveryWorker().stopError().message);
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(flush().value_or(-2), 0);
        QCOMPARE(m_elevate->requests().size(), 1);
    }

    void missingKeyWithAFailingPauseDoesNotSpin() {
        // No key: the worker pauses the queue. When even the pause cannot be written, it used
        // to send the same row again at once, forever, at 100 % CPU.
        QVERIFY(startRuntime(m_dir.filePath(QStringLiteral("nokey"))));
        QVERIFY(setElevateKey(QString()));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        OtherConnection other(m_runtime->sales().path());
        QVERIFY(other.exec(QStringLiteral("CREATE TRIGGER refuse_meta BEFORE INSERT ON "
                                          "outbox_meta BEGIN SELECT RAISE(ABORT, 'refused by "
                                          "the test'); END")));
        const auto left = flush();
        QVERIFY2(left, "flush never finished: the no-key path spins");
        QCOMPARE(*left, -1);
        QVERIFY(m_runtime->deliveryWorker().isStopped());
        QCOMPARE(m_runtime->outbox().entry(firstEntryId())->attempts, 1);
        QVERIFY(other.exec(QStringLiteral("DROP TRIGGER refuse_meta")));
        QCOMPARE(flush().value_or(-2), 1); // now paused, with the reason
        QVERIFY(m_runtime->outbox().isPaused());
        QCOMPARE(m_runtime->outbox().entry(firstEntryId())->attempts, 2);
        QCOMPARE(m_elevate->requests().size(), 0);
    }

    void damagedSalesDatabaseIsNotAnEmptyQueue() {
        const QString dir = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(startRuntime(dir));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        const QString db = m_runtime->sales().path();
        m_runtime.reset(); // closed: the WAL is folded into the file
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pristine = file.readAll();
        file.close();
        QVERIFY(pristine.size() > 3 * 4096);

        QByteArray pages = pristine; // header and schema intact, every other page garbage
        for (qsizetype i = 4096; i < pages.size(); ++i)
            pages[i] = char((i * 131) % 251);
        QByteArray header = pristine;
        header.replace(0, 16, "not a database!!");
        for (const QByteArray& damaged : {pages, header}) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(damaged), damaged.size());
            file.close();
            for (const char* verb : {"list", "flush"}) {
                const Run r = ctl(dir, {QStringLiteral("outbox"), QLatin1String(verb)});
                QVERIFY2(r.exitCode != 0, qPrintable(r.out));
                QVERIFY2(r.err.contains(QStringLiteral("is damaged")), qPrintable(r.err));
                QVERIFY(!r.json.contains(QStringLiteral("counts")));
                QVERIFY(!r.json.contains(QStringLiteral("left")));
            }
        }
        m_messages.insert(QStringLiteral("corrupt"), StorageError::messageFor(Kind::Corrupt, db));
    }

    void filesAndFoldersArePrivate() {
        const QString root = m_dir.filePath(QStringLiteral("private/data")); // not there yet
        const QString settings = m_dir.filePath(QStringLiteral("private/settings.ini"));
        QVERIFY(startRuntime(root, settings));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale()));
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(m_runtime->dataDirectory()), 0700); // the training subfolder
        const QStringList files = QDir(m_runtime->dataDirectory()).entryList(QDir::Files);
        for (const char* name : {"sales.db", "catalog.db", "checkstand.db"}) {
            for (const char* suffix : {"", "-wal", "-shm"}) {
                const QString file = QLatin1String(name) + QLatin1String(suffix);
                QVERIFY2(files.contains(file), qPrintable(files.join(u' ')));
            }
        }
        for (const QString& f : files)
            QCOMPARE(modeOf(QDir(m_runtime->dataDirectory()).filePath(f)), 0600);
        QCOMPARE(modeOf(settings), 0600);

        // Left readable by others by an older version: tightened at the next start.
        m_runtime.reset();
        QVERIFY(::chmod(QFile::encodeName(settings).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(root).constData(), 0755) == 0);
        QVERIFY(startRuntime(root, settings));
        QCOMPARE(modeOf(settings), 0600);
        QCOMPARE(modeOf(root), 0700);
    }

    void ctlCatalogImportIsBounded() {
        const QString dir = m_dir.filePath(QStringLiteral("catalog"));
        QByteArray csv = "sku,name,price\nG-1,Good,1.00\nG-2,Good too,2.00\n";
        for (int i = 0; i < 300; ++i)
            csv += "B-" + QByteArray::number(i) + ",Bad,not-a-price\n";
        const QString path = m_dir.filePath(QStringLiteral("many-bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const Run r = ctl(dir, {QStringLiteral("catalog"), QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(r.json.value(QStringLiteral("skipped")).toArray().size(), 50);
        QCOMPARE(r.json.value(QStringLiteral("skippedCount")).toInt(), 300);
        QCOMPARE(r.err.count(QStringLiteral("line ")), 50);
        QVERIFY2(r.err.contains(QStringLiteral("250 more rows skipped (300 in all)")),
                 qPrintable(r.err));

        const Run zero = ctl(dir, {QStringLiteral("catalog"), QStringLiteral("import"),
                                   QStringLiteral("/dev/zero")});
        QCOMPARE(zero.exitCode, 2); // refused in words, not std::bad_alloc
        QVERIFY2(zero.err.contains(QStringLiteral("longer than")), qPrintable(zero.err));
        QCOMPARE(zero.json.value(QStringLiteral("ok")).toBool(true), false);
    }

    void failuresReadDifferently() {
        if (m_messages.size() < 2)
            QSKIP("too few failures were produced to compare");
        const QList<QString> messages = m_messages.values();
        QCOMPARE(QSet<QString>(messages.begin(), messages.end()).size(), m_messages.size());
    }
};

QTEST_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
