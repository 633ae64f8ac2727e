#include "database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace checkstand {

Database::~Database() {
    close();
}

QString Database::defaultDirectory() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

bool Database::exec(const QString& sql) {
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::open(const QString& path, const QString& connectionName,
                    const QStringList& migrations) {
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(connectionName);
            return false;
        }
    }
    m_connection = connectionName;
    m_path = path;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !exec(QStringLiteral("PRAGMA busy_timeout=5000"))) {
        close();
        return false;
    }
    QSqlQuery version(db());
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int current = version.next() ? version.value(0).toInt() : 0;
    for (int i = current; i < migrations.size(); ++i) {
        db().transaction();
        for (const QString& statement : migrations.at(i).split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!exec(statement)) {
                db().rollback();
                close();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(i + 1)) || !db().commit()) {
            close();
            return false;
        }
    }
    return true;
}

void Database::close() {
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

} // namespace checkstand
