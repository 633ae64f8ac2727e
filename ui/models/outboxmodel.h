// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/outbox.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace checkstand {

class Clock;
class SalesStore;
struct CompletedSale;

// The Elevate outbox for the Outbox page, newest first: sale, state, age, attempts, last error
// and next attempt, all in words. It does not listen to the outbox itself: the page calls
// reload() (on Outbox::changed, coalesced, and every 30 s so the ages move). A reload that
// keeps the same rows only reports changed data, so the view keeps its selection and scroll.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SaleColumn,
        StateColumn,
        AgeColumn,
        AttemptsColumn,
        ErrorColumn,
        NextAttemptColumn,
        AdviceColumn, // what the operator should do about it, in words
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, the outbox row id
        StateRole,                 // int, outbox::State
    };

    // `clock` is read at every reload (Runtime::clock() stays valid when a test swaps it).
    OutboxModel(outbox::Outbox& outbox, SalesStore& sales, const Clock& clock,
                QObject* parent = nullptr);

    void reload();
    const outbox::Entry& entry(int row) const { return m_entries.at(row); }
    // The row of an outbox id; -1 when it is not listed.
    int rowOf(qint64 id) const;
    // The store's readable number ("store-001-000042"), else the start of the sale's UUID.
    QString saleNumber(const outbox::Entry& entry) const;

    static QString stateText(outbox::State state);
    // "under 1 min", "12 min", "3 h 12 min", "2 d 4 h".
    static QString durationText(qint64 seconds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString nextAttemptText(const outbox::Entry& e) const;
    QString lastErrorText(const outbox::Entry& e) const;
    QString adviceText(const outbox::Entry& e) const;
    void rememberNumber(const CompletedSale& sale);
    void loadNumbersFromJournal();

    outbox::Outbox& m_outbox;
    SalesStore& m_sales;
    const Clock& m_clock;
    QList<outbox::Entry> m_entries;
    QDateTime m_now;
    bool m_paused = false;
    // Sale UUID -> the store's number; filled from the journal once, then from new sales.
    QHash<QString, QString> m_numbers;
    bool m_journalLoaded = false;
};

} // namespace checkstand
