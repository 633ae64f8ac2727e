// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walsync.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace checkstand {

namespace {

// A failing disk is tried again slowly.
constexpr std::chrono::milliseconds kErrorRetry{1000};
// A handed-over write waits this long for the ones that follow it (a scan burst), and only the
// latest is written: what a crash of Checkstand can lose of the open sale is at most the
// changes of this last moment.
constexpr std::chrono::milliseconds kCoalesce{25};
// No commit for this long: checkpoint, while the writer is quiet.
constexpr std::chrono::milliseconds kQuiet{500};
// A WAL this large is checkpointed even while commits keep coming (a 4 KiB page is one frame:
// about 4,000 frames). Its restart then costs the writer one fsync, once per 16 MB written.
constexpr qint64 kLargeWalBytes = 16 * 1024 * 1024;

sqlite3* handleOf(const QString& connection) {
    const QVariant h = QSqlDatabase::database(connection, false).driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

StorageError sqliteError(int rc, const QString& path) {
    return StorageError::make(StorageError::classify(rc), path,
                              QString::fromUtf8(sqlite3_errstr(rc)), rc & 0xff);
}

} // namespace

WalSync::WalSync(const QString& path, Listener listener)
    : m_path(path)
    , m_listener(std::move(listener)) {
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("checkstand-storage"));
    m_thread->start();
}

WalSync::~WalSync() {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void WalSync::request(quint64 generation) {
    {
        const std::lock_guard lock(m_mutex);
        if (generation <= m_requested)
            return;
        m_requested = generation;
    }
    m_wake.notify_one();
}

void WalSync::writeLater(Write write) {
    bool waiting = false;
    {
        const std::lock_guard lock(m_mutex);
        // One waiting already: this thread knows, and waits for its due time; replacing it
        // changes nothing it waits on. A wake-up is a system call at every cart change.
        waiting = m_deferred && !m_deferredFailed;
        if (!waiting)
            m_deferredDue = std::chrono::steady_clock::now() + kCoalesce;
        m_deferred = std::move(write);
        m_deferredFailed = false;
    }
    if (!waiting)
        m_wake.notify_one();
}

WalSync::Write WalSync::settle() {
    std::unique_lock lock(m_mutex);
    m_written.wait(lock, [&] { return !m_writing; });
    m_deferredFailed = false;
    return std::exchange(m_deferred, {});
}

bool WalSync::waitFor(quint64 generation, std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    // A write this thread ran counts too: done once the sync after it is.
    return m_done.wait_for(
        lock, timeout, [&] { return m_durable >= generation && !m_writing && !m_writeUnsynced; });
}

quint64 WalSync::durable() const {
    const std::lock_guard lock(m_mutex);
    return m_durable;
}

quint64 WalSync::syncs() const {
    const std::lock_guard lock(m_mutex);
    return m_syncs;
}

quint64 WalSync::checkpoints() const {
    const std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

bool WalSync::syncWal(const QString& connection, StorageError& error) {
    sqlite3* db = handleOf(connection);
    sqlite3_file* wal = nullptr;
    if (!db || sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &wal) != SQLITE_OK ||
        !wal || !wal->pMethods) {
        error = StorageError::make(StorageError::Kind::Other, m_path,
                                   QStringLiteral("the WAL is not open on the storage thread"));
        return false;
    }
    // Through SQLite's VFS, as its own commit would: the OS syncs the whole file, whichever
    // connection wrote it.
    const int rc = wal->pMethods->xSync(wal, SQLITE_SYNC_NORMAL);
    if (rc != SQLITE_OK) {
        error = sqliteError(rc, m_path);
        return false;
    }
    return true;
}

bool WalSync::runWrite(const QString& connection, const Write& write, StorageError& error) {
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    // Into the WAL only, like the owner's own commits: this thread syncs it right after.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        error = StorageError::fromSql(q.lastError(), m_path);
        return false;
    }
    const bool ok = write(db, error);
    q.exec(QStringLiteral("PRAGMA synchronous=FULL")); // checkpoints sync with these flags
    return ok;
}

bool WalSync::checkpoint(const QString& connection, StorageError& error) {
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        error = StorageError::fromSql(q.lastError(), m_path);
        return false;
    }
    // busy, log (frames in the WAL), checkpointed (frames copied into the database and synced).
    const int busy = q.value(0).toInt();
    const int log = q.value(1).toInt();
    const int checkpointed = q.value(2).toInt();
    q.finish();
    if (busy != 0 || log != checkpointed)
        return busy == 0; // a reader holds part of it back: done for now, the rest next time
    // Everything is in the database: start the next WAL here (a one-frame transaction), so the
    // header fsync of a restart is paid on this thread, not at the writer's next commit.
    QSqlQuery w(db);
    if (!w.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
        !w.exec(QStringLiteral("PRAGMA user_version")) || !w.next()) {
        error = StorageError::fromSql(w.lastError(), m_path);
        w.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const int version = w.value(0).toInt();
    w.finish();
    if (!w.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)) ||
        !w.exec(QStringLiteral("COMMIT"))) {
        error = StorageError::fromSql(w.lastError(), m_path);
        w.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void WalSync::run() {
    const QString connection =
        QStringLiteral("walsync-") + QUuid::createUuid().toString(QUuid::Id128);
    StorageError openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            openError = StorageError::fromSql(db.lastError(), m_path);
        } else {
            // Checkpoints sync with the flags of the connection that runs them: never OFF here.
            // The first read opens this connection's handle of the WAL (syncWal()).
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
                !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")) ||
                !q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next())
                openError = StorageError::fromSql(q.lastError(), m_path);
        }
    }

    const QString walFile = m_path + QStringLiteral("-wal");
    // At once: checkpoint what an earlier run left and start the WAL here, so that not even
    // the writer's first commit (an empty WAL gets its header then) syncs on its thread.
    bool dirty = true;
    bool quietAtStart = true;
    bool failing = false;
    StorageError::Kind reported = StorageError::Kind::None;
    // A failure is said once (and again when it changes), not at every retry.
    const auto reportFailure = [&](const StorageError& error) {
        if (error.kind == reported)
            return;
        reported = error.kind;
        m_listener(durable(), error);
    };
    for (;;) {
        quint64 target = 0;
        bool quiet = false;
        Write write;
        {
            std::unique_lock lock(m_mutex);
            const auto pending = [&] {
                return m_requested > m_durable || (m_deferred && !m_deferredFailed);
            };
            if (!m_stop && failing)
                m_wake.wait_for(lock, kErrorRetry, [&] { return m_stop; }); // not a busy loop
            else if (!m_stop)
                quiet = !m_wake.wait_for(lock, kQuiet, [&] { return m_stop || pending(); });
            // A lone write waits a moment for the changes behind it; commits to sync do not.
            m_wake.wait_until(lock, m_deferredDue, [&] {
                return m_stop || !m_deferred || m_deferredFailed || m_requested > m_durable;
            });
            if (m_stop && (!pending() || failing))
                break; // the owner's close checkpoints the rest (the last connection does)
            target = m_requested;
            if (m_deferred && !m_deferredFailed && !openError.failed()) {
                write = std::exchange(m_deferred, {});
                m_writing = true;
            }
        }
        if (openError.failed()) {
            failing = true;
            reportFailure(openError);
            continue;
        }
        StorageError error;
        bool wrote = false;
        if (write) {
            wrote = runWrite(connection, write, error);
            {
                const std::lock_guard lock(m_mutex);
                m_writing = false;
                m_writeUnsynced = m_writeUnsynced || wrote;
                // Handed back: the owner's next statement runs it, in order (settle()), and
                // says what is wrong if it fails again.
                if (!wrote && !m_deferred) {
                    m_deferred = std::move(write);
                    m_deferredFailed = true;
                }
            }
            m_written.notify_all();
            m_done.notify_all(); // waitFor() also waits for this write
            write = {};
            if (!wrote) {
                reportFailure(error);
                continue;
            }
        }
        const bool owed = [this] {
            const std::lock_guard lock(m_mutex);
            return m_writeUnsynced;
        }();
        if (target > durable() || owed) {
            if (!syncWal(connection, error)) {
                failing = true;
                reportFailure(error);
                continue;
            }
            {
                const std::lock_guard lock(m_mutex);
                ++m_syncs;
                m_durable = std::max(m_durable, target);
                m_writeUnsynced = false;
            }
            m_done.notify_all();
            failing = false;
            m_listener(target, {});
            reported = StorageError::Kind::None;
            dirty = true;
        }
        if (dirty && (quiet || quietAtStart || QFileInfo(walFile).size() > kLargeWalBytes)) {
            quietAtStart = false;
            const bool done = checkpoint(connection, error);
            {
                const std::lock_guard lock(m_mutex);
                ++m_checkpoints;
            }
            if (error.failed())
                reportFailure(error);
            dirty = !done;
        }
    }
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
}

} // namespace checkstand
