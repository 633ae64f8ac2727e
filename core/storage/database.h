#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace checkstand {

// One SQLite file per concern, opened on a named connection, in WAL mode, with its schema
// brought up to date by numbered steps (PRAGMA user_version).
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `migrations[i]` moves the schema from version i to i + 1; each is one or more statements
    // separated by ';'. Returns false with error() set on failure.
    bool open(const QString& path, const QString& connectionName, const QStringList& migrations);
    void close();

    QSqlDatabase db() const;
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    static QString defaultDirectory(); // the app data dir, created on demand

private:
    bool exec(const QString& sql);
    QString m_connection;
    QString m_path;
    QString m_error;
};

} // namespace checkstand
