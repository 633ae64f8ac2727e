// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace checkstand {

void Database::ResetQuery::operator()(QSqlQuery* query) const {
    // Only reset, never deleted here: the statement stays prepared in m_kept. The reset ends
    // its read, which would otherwise hold back the storage thread's checkpoints.
    if (query)
        query->finish();
}

Database::KeptQuery Database::runKept(const QString& sql, const QVariantList& values,
                                      StorageError& error) const {
    settle();
    KeptQuery query = executeKept(sql, values, error);
    // A change outside a transaction is a commit of its own.
    if (query && !m_inTransaction && !query->isSelect())
        wrote();
    return query;
}

Database::KeptQuery Database::executeKept(const QString& sql, const QVariantList& values,
                                          StorageError& error) const {
    std::shared_ptr<QSqlQuery>& kept = m_kept[sql];
    if (!kept) {
        auto query = std::make_shared<QSqlQuery>(db());
        query->setForwardOnly(true);
        // Checked on its own, as in execute(): exec() of a statement that failed to prepare
        // loses SQLite's code.
        if (!query->prepare(sql)) {
            error = StorageError::fromSql(query->lastError(), m_path);
            m_kept.remove(sql);
            return KeptQuery();
        }
        kept = std::move(query);
    }
    QSqlQuery* query = kept.get();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        error = StorageError::fromSql(query->lastError(), m_path);
        // Not kept after a failure: the next call prepares it afresh.
        m_kept.remove(sql);
        return KeptQuery();
    }
    return KeptQuery(query);
}

} // namespace checkstand
