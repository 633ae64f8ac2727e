// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/linkhistory.h"

#include <QAbstractTableModel>

namespace checkstand {

// The sent-links history for the Financing page, newest first. Reloads itself whenever the
// history changes (a send recorded, old entries purged).
class LinkHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Channel, Flow, Customer, Contact, TrackingId, Result, ColumnCount };

    explicit LinkHistoryModel(chargeafter::LinkHistory& history, QObject* parent = nullptr);

    void reload();
    const chargeafter::LinkHistoryEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    chargeafter::LinkHistory& m_history;
    QList<chargeafter::LinkHistoryEntry> m_entries;
};

} // namespace checkstand
