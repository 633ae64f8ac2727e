// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace checkstand {

// What went wrong with a database, in the operator's words. SQLite's own text ("database or disk
// is full") is kept in `detail` for logs; `message` says what it means and what to do. A failed
// call must never look like an empty result: every store reports one of these instead.
struct StorageError {
    enum class Kind {
        None,
        DiskFull,   // SQLITE_FULL, or an I/O error on a disk with no space left
        ReadOnly,   // SQLITE_READONLY: file, folder or disk not writable
        Corrupt,    // SQLITE_CORRUPT, SQLITE_NOTADB, or a failed quick_check at open
        Locked,     // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout
        Constraint, // SQLITE_CONSTRAINT: a duplicate (e.g. a sale recorded twice)
        IoError,    // SQLITE_IOERR with space left: a failing or vanished disk
        CannotOpen, // SQLITE_CANTOPEN: missing folder, unmounted disk, no permission
        Other,
    };
    Kind kind = Kind::None;
    int code = 0; // SQLite's primary result code (13 for SQLITE_FULL); 0 when there is none
    QString message;
    QString detail;

    bool failed() const { return kind != Kind::None; }
    explicit operator bool() const { return failed(); }
    // A few words for the status bar: "disk full", "database damaged", ...
    QString shortText() const;

    // Extended codes (SQLITE_IOERR_WRITE = 778) count by their primary code (the low byte).
    static Kind classify(int sqliteCode);
    // `file` is the database the error happened on; it is named in the message.
    static StorageError fromSql(const QSqlError& error, const QString& file);
    static StorageError make(Kind kind, const QString& file, const QString& detail = {},
                             int code = 0);
    static QString messageFor(Kind kind, const QString& file, const QString& detail = {});
};
QString toString(StorageError::Kind kind); // "diskFull", "readOnly", ... (JSON, logs)

class WalSync;

// One SQLite file per concern, opened on a named connection, in WAL mode, checked with
// `PRAGMA quick_check`, with its schema brought up to date by numbered steps (PRAGMA
// user_version). The file and its -wal/-shm are readable by their owner only (0600).
//
// No commit waits for the disk: the connection commits with synchronous=NORMAL (into the WAL, in
// the OS's cache: it survives a crash or kill of Checkstand at once) and its storage thread
// (WalSync) makes the commits durable against a power cut shortly after, many at a time. Each
// commit has a number (commitGeneration()); durableGeneration() is the highest one on disk.
class Database {
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `migrations[i]` moves the schema from version i to i + 1; each is one or more statements
    // separated by ';'. Returns false with lastError() set on failure; a damaged file fails
    // with StorageError::Kind::Corrupt and is never opened "empty".
    bool open(const QString& path, const QString& connectionName, const QStringList& migrations);
    void close();

    QSqlDatabase db() const;
    bool isOpen() const { return !m_connection.isEmpty(); }
    // Why open() failed, in words (lastError().message).
    QString error() const { return m_error.message; }
    const StorageError& lastError() const { return m_error; }
    QString path() const { return m_path; }

    // How long a statement waits for another connection's lock before failing with Locked
    // (5 s by default). Applies at once when open, and to later opens.
    void setBusyTimeout(std::chrono::milliseconds timeout);

    // Checked statements for the stores: each returns false and fills `error` on failure.
    // run() prepares `sql`, binds `values` in order and executes it (forward-only).
    bool run(QSqlQuery& query, const QString& sql, const QVariantList& values,
             StorageError& error) const;
    // A statement kept prepared on this connection until close(), for the few that run at
    // every step of a loop (the delivery worker's): preparing one costs more than running it.
    // Runs `sql` like run() and returns it executed, or null with `error` filled. Read its rows
    // at once: the returned handle resets it (releasing its read) when it goes, and the next
    // call with the same `sql` reuses it.
    struct ResetQuery {
        void operator()(QSqlQuery* query) const;
    };
    using KeptQuery = std::unique_ptr<QSqlQuery, ResetQuery>;
    KeptQuery runKept(const QString& sql, const QVariantList& values, StorageError& error) const;
    // After a `while (q.next())` loop: false when the loop ended on an error, not at the end.
    bool finished(const QSqlQuery& query, StorageError& error) const;
    // BEGIN IMMEDIATE / COMMIT / ROLLBACK run as statements, not through QSqlDatabase, whose
    // commit() drops SQLite's result code (so a full disk could not be told from a lock).
    // IMMEDIATE takes the write lock up front, so a busy database fails here, after the busy
    // timeout, instead of half-way through.
    bool begin(StorageError& error) const;
    bool commit(StorageError& error) const;
    void rollback() const;

    // A write made of statements of its own (prepared with execute()), on the connection given.
    using Write = std::function<bool(const QSqlDatabase& db, StorageError& error)>;
    // Runs `write` here, now, as one commit; false with `error` on failure.
    bool writeNow(const Write& write, StorageError& error) const;
    // Hands `write` to the storage thread (WalSync::writeLater): for the autosave on every cart
    // change, which then costs the GUI thread no statement at all. Runs before this
    // connection's next statement in any case, so every read and write here sees it, in order.
    // Its failure is reported like a failed sync (the durable listeners, with the error).
    void writeLater(Write write) const;
    // What run() does, for a Write's statements on another thread's connection: prepare
    // (checked on its own), bind, execute, the error in StorageError's words for `path`.
    static bool execute(QSqlQuery& query, const QString& sql, const QVariantList& values,
                        const QString& path, StorageError& error);

    // Commits (and statements outside a transaction that change the file) are numbered from 1
    // in this process; the number 1 is what an earlier run left in the WAL, made durable first.
    quint64 commitGeneration() const { return m_generation; }
    quint64 durableGeneration() const;
    // Blocks until every commit so far is durable or `timeout` passes; true when it is. For the
    // end of a checkstand-ctl command and tests, never the GUI. True when not open.
    bool waitDurable(std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;
    // Called on this object's thread after the storage thread made commits durable (`error`
    // none) or failed to (disk full, I/O error: `error` says so; the thread keeps trying), for
    // as long as `context` lives.
    using DurableListener = std::function<void(quint64 durable, const StorageError& error)>;
    void addDurableListener(const QObject* context, DurableListener listener) const;
    // What the storage thread did so far: WAL syncs and checkpoints (the benchmark, tests).
    quint64 syncCount() const;
    quint64 checkpointCount() const;

    static QString defaultDirectory(); // the app data dir, created owner-only on demand
    // Creates `dir` (and its parents) and makes it owner-only (0700). An existing folder is
    // tightened only when it belongs to this user and is not shared on purpose (world-writable,
    // like /tmp). Returns false with `why` in words when the folder cannot be made.
    static bool makePrivateDirectory(const QString& dir, QString* why = nullptr);
    // Creates an empty `file` owner-only (0600) when it is missing (and its folder, 0700, when
    // that is missing too), else removes group and other access from it (owner bits stay, so
    // a deliberately read-only file stays so).
    static bool makePrivateFile(const QString& file);

private:
    bool exec(const QString& sql);
    bool quickCheck();
    bool migrate(const QStringList& migrations);
    void restrictFiles() const;
    // A commit happened on this connection: number it and ask the storage thread to sync it.
    void wrote() const;
    // Before each statement here: the write handed to the storage thread is done first.
    void settle() const;
    void durableReached(quint64 durable, const StorageError& error) const;
    KeptQuery executeKept(const QString& sql, const QVariantList& values,
                          StorageError& error) const;

    QString m_connection;
    QString m_path;
    StorageError m_error;
    std::chrono::milliseconds m_busyTimeout{5000};
    mutable quint64 m_generation = 0;
    mutable bool m_inTransaction = false;
    // runKept()'s statements, by their text; cleared before the connection closes.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_kept;
    struct Listener {
        QPointer<const QObject> context;
        DurableListener call;
    };
    mutable QList<Listener> m_listeners;
    // Receives the storage thread's reports on this thread; outlives m_sync (declared first).
    std::unique_ptr<QObject> m_relay;
    std::unique_ptr<WalSync> m_sync;
};

} // namespace checkstand
