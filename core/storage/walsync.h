// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

class QThread;

namespace checkstand {

// Makes a WAL database durable off the thread that writes it: the storage thread.
//
// The writing connection commits with synchronous=NORMAL and never checkpoints itself
// (wal_autocheckpoint=0): a commit is a write() into the WAL, in the OS's cache, which survives
// a crash or SIGKILL of Checkstand at once but not yet a power cut. After each commit the writer
// calls request(); this thread then syncs the WAL file (through SQLite's VFS, on its own
// connection's handle of that file). One sync covers every commit written before it began, so
// a burst of commits costs one or two fsyncs here (group commit) and none on the GUI thread;
// SQLite replays a synced WAL after a power cut.
//
// The thread also checkpoints (copies the WAL into the database, two more fsyncs), when the
// writer has been quiet for a moment or the WAL has grown large. A checkpoint never takes the
// write lock. After a complete one it starts the next WAL itself with a one-frame transaction:
// otherwise the writer's next commit would restart the WAL and fsync its header, on the GUI
// thread, at the first scan after a pause.
//
// "Durable" is counted in commit generations: the writer numbers its commits, and durable() is
// the highest number known to be on disk.
class WalSync {
public:
    // Called on the storage thread after each checkpoint, with the generation now durable and
    // the error of a failed one (none when it worked). Must be cheap and thread-safe: post to
    // your own thread.
    using Listener = std::function<void(quint64 durable, const StorageError& error)>;

    // Starts the thread, which opens its own connection to `path` (already a WAL database).
    WalSync(const QString& path, Listener listener);
    // Makes everything requested durable, then stops the thread (a wait at shutdown only).
    ~WalSync();
    WalSync(const WalSync&) = delete;
    WalSync& operator=(const WalSync&) = delete;

    // Commit `generation` is in the WAL: make it durable. Never blocks.
    void request(quint64 generation);

    // A write handed to this thread instead of run by the owner (the autosave of the open sale,
    // on every cart change): run on this thread's connection into the WAL (synchronous=NORMAL:
    // never waiting for the disk) within 25 ms, then synced. Keeps only the latest: a newer one
    // replaces one not started yet, so a burst of changes is one write. Never blocks.
    using Write = std::function<bool(const QSqlDatabase& db, StorageError& error)>;
    void writeLater(Write write);
    // Before the owner's next statement, so every write stays in order: hands back a write not
    // started yet, or one that failed here, for the owner to run itself; otherwise waits for
    // the one under way (a write into the WAL, never a sync) and returns nothing.
    Write settle();
    // Blocks until `generation` is durable, and any write handed over and run here too, or
    // `timeout` passes: true when durable. For the end of a checkstand-ctl command and for
    // tests, never for the GUI.
    bool waitFor(quint64 generation, std::chrono::milliseconds timeout);
    quint64 durable() const;
    // How many WAL syncs and checkpoints ran (for the benchmark and tests).
    quint64 syncs() const;
    quint64 checkpoints() const;

private:
    void run();
    // fsync of the WAL through this connection's handle of it; false with `error` set.
    bool syncWal(const QString& connection, StorageError& error);
    // A handed-over write, on this thread's connection.
    bool runWrite(const QString& connection, const Write& write, StorageError& error);
    // PASSIVE checkpoint; when it covered the whole WAL, starts the next one (see above).
    bool checkpoint(const QString& connection, StorageError& error);

    QString m_path;
    Listener m_listener;
    QThread* m_thread = nullptr;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    quint64 m_requested = 0;
    quint64 m_durable = 0;
    quint64 m_checkpoints = 0;
    quint64 m_syncs = 0;
    bool m_stop = false;
    Write m_deferred;
    bool m_deferredFailed = false; // m_deferred failed here: only the owner runs it (in order)
    bool m_writing = false;        // this thread is running a handed-over write
    bool m_writeUnsynced = false;  // it wrote one, and the sync after it has not ended yet
    std::chrono::steady_clock::time_point m_deferredDue; // when m_deferred is written at latest
    std::condition_variable m_written;
};

} // namespace checkstand
