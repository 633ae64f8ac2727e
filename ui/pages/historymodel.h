// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/salesstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace checkstand {

// Sale history's table: the sales found, one row each, newest first. Read only: a past sale is
// never edited, only returned from.
class HistoryModel : public QAbstractTableModel {
public:
    enum Column {
        NumberColumn,
        DateColumn,
        ItemsColumn,
        TenderColumn,
        TotalColumn,
        ReturnedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSales(QList<SaleSummary> sales);
    const SaleSummary& sale(int row) const { return m_sales.at(row); }
    // The row of the sale with ticket id `id`; -1 when it is not listed.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SaleSummary> m_sales;
};

} // namespace checkstand
