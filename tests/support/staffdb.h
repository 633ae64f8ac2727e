// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of staff.db and the end of the day share (header-only): the role rules as
// issue #13 states them, and a plain SQL connection of another program to a database file.
#include "operators/roles.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariantList>

namespace checkstand::test {

// The rules as issue #13 states them, written out again here so that a change to the table in
// roles.cpp has to be made twice on purpose (tst_operators and tst_operatorsession check it).
inline Role expectedMinimum(Action a) {
    switch (a) {
    case Action::Sell:
    case Action::Park:
    case Action::Recall:
    case Action::ReprintOwnReceipt:
    case Action::OpenShift:
    case Action::XReport:
        return Role::Cashier;
    case Action::Void:
    case Action::Return:
    case Action::DiscountBeyondLimit:
    case Action::PriceChange:
    case Action::Reprint:
    case Action::OverrideCheckerBlock:
    case Action::OverrideUnconfirmedPrices:
    case Action::CloseShift:
    case Action::PayInOut:
    case Action::ZReport:
        return Role::Supervisor;
    case Action::OpenSettings:
    case Action::ManageOperators:
    case Action::ImportCatalog:
    case Action::DiscardNotification:
        return Role::Administrator;
    }
    return Role::Administrator;
}

// Another program's connection to a database file (staff.db, sales.db): what a tamperer, or
// anyone with the file, would use, past every rule of Checkstand's own code.
class PlainSql {
public:
    explicit PlainSql(const QString& path)
        : m_name(QStringLiteral("plain-") + QUuid::createUuid().toString(QUuid::Id128)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~PlainSql() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainSql(const PlainSql&) = delete;
    PlainSql& operator=(const PlainSql&) = delete;

    bool isOpen() const { return m_open; }
    // One statement with `values` bound in order; false with error() when SQLite refuses it.
    bool exec(const QString& sql, const QVariantList& values = {}) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        m_error.clear();
        return true;
    }
    // The rows of `table`, or -1 when it cannot be read.
    qint64 count(const QString& table) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace checkstand::test
