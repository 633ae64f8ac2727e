// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "walsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStorage, "checkstand.storage", QtInfoMsg)

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Database)
};

// SQLite's primary result codes (sqlite3.h); the driver reports them as nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

// Below this much free space an I/O error is a full disk. Measured on a full tmpfs: a new
// connection to a WAL database fails with SQLITE_IOERR (not SQLITE_FULL) because its -shm file
// cannot grow, so the code alone would send the operator looking for a broken disk.
constexpr qint64 kLowSpaceBytes = 64 * 1024;

constexpr QFileDevice::Permissions kOwnerBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;

bool ownedByMe(const QFileInfo& info) {
#ifdef Q_OS_UNIX
    return info.ownerId() == ::geteuid();
#else
    Q_UNUSED(info);
    return true;
#endif
}

} // namespace

// --- StorageError -----------------------------------------------------------------------------

StorageError::Kind StorageError::classify(int sqliteCode) {
    switch (sqliteCode & 0xff) {
    case 0:
        return Kind::Other; // an error without a code (driver missing, bad bind count)
    case kSqliteFull:
        return Kind::DiskFull;
    case kSqliteReadOnly:
        return Kind::ReadOnly;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Kind::Corrupt;
    case kSqliteBusy:
    case kSqliteLocked:
        return Kind::Locked;
    case kSqliteConstraint:
        return Kind::Constraint;
    case kSqliteIoErr:
        return Kind::IoError;
    case kSqliteCantOpen:
        return Kind::CannotOpen;
    default:
        return Kind::Other;
    }
}

StorageError StorageError::fromSql(const QSqlError& error, const QString& file) {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    Kind kind = classify(numeric ? code : 0);
    if (kind == Kind::IoError || kind == Kind::CannotOpen) {
        const QStorageInfo disk(QFileInfo(file).absolutePath());
        if (disk.isValid() && disk.isReady() && disk.bytesAvailable() < kLowSpaceBytes)
            kind = Kind::DiskFull;
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return make(kind, file, detail, numeric ? (code & 0xff) : 0);
}

StorageError StorageError::make(Kind kind, const QString& file, const QString& detail, int code) {
    StorageError e;
    e.kind = kind;
    e.code = code;
    e.detail = detail;
    e.message = messageFor(kind, file, detail);
    if (kind != Kind::None)
        qCWarning(lcStorage).noquote() << toString(kind) << file << detail;
    return e;
}

QString StorageError::messageFor(Kind kind, const QString& file, const QString& detail) {
    const QString name = QDir::toNativeSeparators(file);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        return Tr::tr("The disk holding Checkstand's data is full: %1 could not be written. Free "
                      "space on that disk (remove old files or logs, or ask IT), then try again. "
                      "What was saved before is kept; the change that failed was not saved.")
            .arg(name);
    case Kind::ReadOnly:
        return Tr::tr("Checkstand's database %1 is read-only: it can be read but not changed. Make "
                      "the file, its folder and the disk writable for the user running Checkstand "
                      "(the disk may be mounted read-only), then try again.")
            .arg(name);
    case Kind::Corrupt:
        return Tr::tr(
                   "Checkstand's database %1 is damaged (it is not a valid database, or its pages "
                   "fail the integrity check), so Checkstand will not read or change it. Keep the "
                   "file for support and restore it from a backup, then start Checkstand again.")
            .arg(name);
    case Kind::Locked:
        return Tr::tr("Checkstand's database %1 is locked by another program (another Checkstand, "
                      "checkstand-ctl, a backup or a database browser) and stayed locked too long. "
                      "Close that program, then try again.")
            .arg(name);
    case Kind::Constraint:
        return Tr::tr(
                   "The change conflicts with what %1 already holds (a duplicate entry); nothing "
                   "was changed.")
            .arg(name);
    case Kind::IoError:
        return Tr::tr(
                   "Reading or writing %1 failed (input/output error): the disk may be failing or "
                   "disconnected. Check the disk, then start Checkstand again.")
            .arg(name);
    case Kind::CannotOpen:
        return Tr::tr("Checkstand cannot open %1: check that its folder exists, that the disk is "
                      "mounted and that the user running Checkstand may write there.")
            .arg(name);
    case Kind::Other:
        return Tr::tr("The database %1 reported an error: %2").arg(name, detail);
    }
    return {};
}

QString StorageError::shortText() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DiskFull:
        return Tr::tr("disk full");
    case Kind::ReadOnly:
        return Tr::tr("database read-only");
    case Kind::Corrupt:
        return Tr::tr("database damaged");
    case Kind::Locked:
        return Tr::tr("database locked by another program");
    case Kind::Constraint:
        return Tr::tr("duplicate entry");
    case Kind::IoError:
        return Tr::tr("disk error");
    case Kind::CannotOpen:
        return Tr::tr("database cannot be opened");
    case Kind::Other:
        return Tr::tr("database error");
    }
    return {};
}

QString toString(StorageError::Kind kind) {
    using K = StorageError::Kind;
    switch (kind) {
    case K::None:
        return QStringLiteral("none");
    case K::DiskFull:
        return QStringLiteral("diskFull");
    case K::ReadOnly:
        return QStringLiteral("readOnly");
    case K::Corrupt:
        return QStringLiteral("corrupt");
    case K::Locked:
        return QStringLiteral("locked");
    case K::Constraint:
        return QStringLiteral("constraint");
    case K::IoError:
        return QStringLiteral("ioError");
    case K::CannotOpen:
        return QStringLiteral("cannotOpen");
    case K::Other:
        return QStringLiteral("other");
    }
    return {};
}

// --- files ------------------------------------------------------------------------------------

QString Database::defaultDirectory() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivateDirectory(dir);
    return dir;
}

bool Database::makePrivateDirectory(const QString& dir, QString* why) {
    const QFileInfo info(dir);
    if (!info.exists()) {
        if (!QDir().mkpath(dir)) {
            if (why)
                *why =
                    Tr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        // mkpath() creates it 0755 (umask permitting): customer names and addresses are in
        // here, so only the owner may even list it.
        if (!QFile::setPermissions(dir, kOwnerBits))
            qCWarning(lcStorage) << "cannot make" << dir << "owner-only";
        return true;
    }
    if (!info.isDir()) {
        if (why)
            *why = Tr::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QFileDevice::Permissions perms = info.permissions();
    // A world-writable folder (/tmp) is shared on purpose, and one of another user's is not
    // ours to change: leave both alone and say so in the log.
    if ((perms & kOthersBits) == 0)
        return true;
    if (!ownedByMe(info) || (perms & QFileDevice::WriteOther)) {
        qCWarning(lcStorage) << dir << "is readable by other users; not changed (not ours)";
        return true;
    }
    if (!QFile::setPermissions(dir, perms & kOwnerBits))
        qCWarning(lcStorage) << "cannot make" << dir << "owner-only";
    return true;
}

bool Database::makePrivateFile(const QString& file) {
    QFile f(file);
    if (!f.exists()) {
        if (!makePrivateDirectory(QFileInfo(file).absolutePath()))
            return false;
        // Created here, empty and 0600, before SQLite opens it: SQLite would create it 0644,
        // and it gives the -wal and -shm files it makes later the database file's mode.
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return false;
        f.close();
        // Set explicitly: the mode given at creation is still filtered by the umask.
        return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QFileDevice::Permissions perms = f.permissions();
    if ((perms & kOthersBits) == 0)
        return true;
    if (!f.setPermissions(perms & kOwnerBits)) {
        qCWarning(lcStorage) << "cannot make" << file << "owner-only:" << f.errorString();
        return false;
    }
    return true;
}

void Database::restrictFiles() const {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(file))
            makePrivateFile(file);
    }
}

// --- opening ----------------------------------------------------------------------------------

Database::Database() = default;

Database::~Database() {
    close();
}

bool Database::exec(const QString& sql) {
    QSqlQuery q(db());
    return run(q, sql, {}, m_error);
}

bool Database::open(const QString& path, const QString& connectionName,
                    const QStringList& migrations) {
    close();
    m_error = {};
    m_path = path;
    QString why;
    if (!makePrivateDirectory(QFileInfo(path).absolutePath(), &why)) {
        m_error = StorageError::make(StorageError::Kind::CannotOpen, path, why);
        return false;
    }
    // A failure here (read-only folder) is left to SQLite to report, with its code.
    makePrivateFile(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
        if (!db.open()) {
            m_error = StorageError::fromSql(db.lastError(), path);
            db = {};
            QSqlDatabase::removeDatabase(connectionName);
            return false;
        }
    }
    m_connection = connectionName;
    // journal_mode is the first statement that reads the file: a broken header fails here
    // (SQLITE_NOTADB). quick_check then reads every page, so overwritten pages fail the open
    // instead of later reading as "no rows" (it is linear in the file's size: milliseconds for
    // a terminal's data, and only at start-up).
    const bool ok = exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeout.count())) &&
                    exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
                    exec(QStringLiteral("PRAGMA foreign_keys=ON")) && quickCheck() &&
                    migrate(migrations);
    if (!ok) {
        const StorageError failure = m_error;
        close();
        m_error = failure;
        return false;
    }
    restrictFiles();
    // No fsync on the committing thread: the storage thread syncs (see the class comment).
    // Autocheckpoints are off here for the same reason: a checkpoint fsyncs twice.
    if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
        !exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        const StorageError failure = m_error;
        close();
        m_error = failure;
        return false;
    }
    m_relay = std::make_unique<QObject>();
    QObject* relay = m_relay.get();
    m_sync =
        std::make_unique<WalSync>(path, [this, relay](quint64 durable, const StorageError& error) {
            // On the storage thread: hand over to ours. The relay is deleted only after the
            // thread has stopped, so it is alive here.
            QMetaObject::invokeMethod(
                relay, [this, durable, error] { durableReached(durable, error); },
                Qt::QueuedConnection);
        });
    // What an earlier run committed may not be synced yet (it was killed): generation 1.
    m_generation = 0;
    wrote();
    return true;
}

void Database::wrote() const {
    ++m_generation;
    if (m_sync)
        m_sync->request(m_generation);
}

quint64 Database::durableGeneration() const {
    return m_sync ? m_sync->durable() : m_generation;
}

bool Database::waitDurable(std::chrono::milliseconds timeout) const {
    // A write handed over is run first (here, if not started yet); the storage thread's wait
    // covers it too, wherever it ran.
    settle();
    return !m_sync || m_sync->waitFor(m_generation, timeout);
}

quint64 Database::syncCount() const {
    return m_sync ? m_sync->syncs() : 0;
}

quint64 Database::checkpointCount() const {
    return m_sync ? m_sync->checkpoints() : 0;
}

void Database::addDurableListener(const QObject* context, DurableListener listener) const {
    m_listeners.append({context, std::move(listener)});
}

void Database::durableReached(quint64 durable, const StorageError& error) const {
    if (error.failed())
        qCWarning(lcStorage).noquote() << "cannot write or sync" << m_path << error.detail;
    m_listeners.removeIf([](const Listener& l) { return l.context.isNull(); });
    const QList<Listener> listeners = m_listeners;
    for (const Listener& l : listeners) {
        if (!l.context.isNull())
            l.call(durable, error);
    }
}

bool Database::quickCheck() {
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("PRAGMA quick_check"), {}, m_error))
        return false;
    const QString verdict = q.next() ? q.value(0).toString() : QString();
    if (!finished(q, m_error))
        return false;
    if (verdict != QLatin1String("ok")) {
        m_error = StorageError::make(StorageError::Kind::Corrupt, m_path, verdict);
        return false;
    }
    return true;
}

bool Database::migrate(const QStringList& migrations) {
    QSqlQuery version(db());
    if (!run(version, QStringLiteral("PRAGMA user_version"), {}, m_error))
        return false;
    const int current = version.next() ? version.value(0).toInt() : 0;
    if (!finished(version, m_error))
        return false;
    version.finish();
    for (int i = current; i < migrations.size(); ++i) {
        if (!begin(m_error))
            return false;
        for (const QString& statement : migrations.at(i).split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!exec(statement)) {
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(i + 1)) || !commit(m_error)) {
            rollback();
            return false;
        }
    }
    return true;
}

void Database::close() {
    // The storage thread first: it syncs what is left, then closes its connection; ours is
    // then the last one, and SQLite checkpoints the rest when it closes.
    settle();
    m_sync.reset();
    m_relay.reset();
    m_listeners.clear();
    m_kept.clear(); // statements first: the connection closes only when none is left
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QSqlDatabase Database::db() const {
    return QSqlDatabase::database(m_connection, false);
}

void Database::setBusyTimeout(std::chrono::milliseconds timeout) {
    m_busyTimeout = timeout;
    if (isOpen())
        exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(timeout.count()));
}

// --- checked statements -----------------------------------------------------------------------

bool Database::execute(QSqlQuery& query, const QString& sql, const QVariantList& values,
                       const QString& path, StorageError& error) {
    // Forward-only: the driver would otherwise cache every row of a large result.
    query.setForwardOnly(true);
    // prepare() is checked on its own: exec() of a query that failed to prepare reports
    // "parameter count mismatch" and loses SQLite's code (SQLITE_NOTADB, SQLITE_CORRUPT).
    if (!query.prepare(sql)) {
        error = StorageError::fromSql(query.lastError(), path);
        return false;
    }
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        error = StorageError::fromSql(query.lastError(), path);
        return false;
    }
    return true;
}

bool Database::run(QSqlQuery& query, const QString& sql, const QVariantList& values,
                   StorageError& error) const {
    settle();
    if (!execute(query, sql, values, m_path, error))
        return false;
    // A change outside a transaction is a commit of its own.
    if (!m_inTransaction && !query.isSelect())
        wrote();
    return true;
}

void Database::settle() const {
    // Inside a transaction nothing can be waiting: begin() settled, and only this thread hands
    // writes over.
    if (!m_sync || m_inTransaction)
        return;
    const WalSync::Write write = m_sync->settle();
    if (!write)
        return;
    StorageError error;
    if (!writeNow(write, error))
        durableReached(durableGeneration(), error); // said like the storage thread's failure
}

bool Database::writeNow(const Write& write, StorageError& error) const {
    settle();
    if (!write(db(), error))
        return false;
    wrote();
    return true;
}

void Database::writeLater(Write write) const {
    if (!m_sync) {
        StorageError error;
        if (!writeNow(write, error))
            durableReached(durableGeneration(), error);
        return;
    }
    m_sync->writeLater(std::move(write));
}

bool Database::finished(const QSqlQuery& query, StorageError& error) const {
    if (!query.lastError().isValid())
        return true;
    error = StorageError::fromSql(query.lastError(), m_path);
    return false;
}

bool Database::begin(StorageError& error) const {
    settle();
    // Not counted as a commit (run() would): only COMMIT writes, and a step that rolls back
    // must not ask the storage thread for a sync.
    if (!executeKept(QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return false;
    m_inTransaction = true;
    return true;
}

bool Database::commit(StorageError& error) const {
    // Not through run(): nothing handed over may be settled while the transaction is open.
    m_inTransaction = false;
    if (!executeKept(QStringLiteral("COMMIT"), {}, error))
        return false;
    wrote();
    return true;
}

void Database::rollback() const {
    // Best effort and silent: the failure that led here is the one to report. SQLite may have
    // rolled back already (disk full does), then ROLLBACK says "no transaction is active".
    m_inTransaction = false;
    QSqlQuery q(db());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace checkstand
