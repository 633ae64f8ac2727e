// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace checkstand {

namespace {

QString modelText(const char* text) {
    return QCoreApplication::translate("checkstand::HistoryModel", text);
}

QString tenderName(Tender tender) {
    switch (tender) {
    case Tender::Cash:
        return modelText("Cash");
    case Tender::Card:
        return modelText("Card");
    case Tender::Financing:
        return modelText("Financing");
    }
    return {};
}

} // namespace

void HistoryModel::setSales(QList<SaleSummary> sales) {
    beginResetModel();
    m_sales = std::move(sales);
    endResetModel();
}

int HistoryModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_sales.size(); ++row) {
        if (m_sales.at(row).id == id)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sales.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_sales.size())
        return {};
    const SaleSummary& s = m_sales.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == ItemsColumn || index.column() == TotalColumn ||
                            index.column() == ReturnedColumn;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return s.number;
    case DateColumn:
        return QLocale().toString(s.completedAt.toLocalTime(), QLocale::ShortFormat);
    case ItemsColumn:
        return QString::number(s.lines);
    case TenderColumn:
        return tenderName(s.tender);
    case TotalColumn:
        return s.total.toDisplayString();
    case ReturnedColumn:
        return s.returned.isZero() ? QString() : s.returned.toDisplayString();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return modelText("Number");
    case DateColumn:
        return modelText("Date");
    case ItemsColumn:
        return modelText("Items");
    case TenderColumn:
        return modelText("Tender");
    case TotalColumn:
        return modelText("Total");
    case ReturnedColumn:
        return modelText("Returned");
    default:
        return {};
    }
}

} // namespace checkstand
