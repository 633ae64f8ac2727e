// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cartitemsmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace checkstand {

bool CartItemsModel::Row::hasWarranty() const {
    return !warrantyName.trimmed().isEmpty() || !warrantySku.trimmed().isEmpty() ||
           !warrantyPrice.trimmed().isEmpty();
}

CartItemsModel::CartItemsModel(QString currency, QObject* parent)
    : QAbstractTableModel(parent)
    , m_currency(std::move(currency)) {}

void CartItemsModel::setCurrency(const QString& currency) {
    m_currency = currency;
}

int CartItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CartItemsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CartItemsModel::text(const Row& row, int column) const {
    switch (column) {
    case Name:
        return row.name;
    case Sku:
        return row.sku;
    case Category:
        return row.category;
    case Price:
        return row.price;
    case WarrantyName:
        return row.warrantyName;
    case WarrantySku:
        return row.warrantySku;
    case WarrantyPrice:
        return row.warrantyPrice;
    default:
        return {};
    }
}

QVariant CartItemsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const auto error = m_cellErrors.constFind({index.row(), column});

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == Quantity)
            return row.quantity;
        if (column == Leasable)
            return {};
        return text(row, column);
    case Qt::CheckStateRole:
        if (column == Leasable)
            return row.leasable ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Price || column == Quantity || column == WarrantyPrice)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        // A background, not red text: the cell to fix is often the empty one.
        if (error != m_cellErrors.cend())
            return QBrush(QColor(0xfd, 0xe7, 0xea));
        return {};
    case Qt::ForegroundRole:
        if (error != m_cellErrors.cend())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (error != m_cellErrors.cend())
            return *error;
        return {};
    default:
        return {};
    }
}

bool CartItemsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row& row = m_rows[index.row()];
    const int column = index.column();
    if (column == Leasable) {
        if (role != Qt::CheckStateRole)
            return false;
        row.leasable = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Quantity) {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        if (!ok)
            return false;
        row.quantity = quantity;
    } else {
        const QString t = value.toString().trimmed();
        switch (column) {
        case Name:
            row.name = t;
            break;
        case Sku:
            row.sku = t;
            break;
        case Category:
            row.category = t;
            break;
        case Price:
            row.price = t;
            break;
        case WarrantyName:
            row.warrantyName = t;
            break;
        case WarrantySku:
            row.warrantySku = t;
            break;
        case WarrantyPrice:
            row.warrantyPrice = t;
            break;
        default:
            return false;
        }
    }
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags CartItemsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Leasable)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

QVariant CartItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Name");
    case Sku:
        return tr("SKU");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case Quantity:
        return tr("Qty");
    case Leasable:
        return tr("Leasable");
    case WarrantyName:
        return tr("Warranty name");
    case WarrantySku:
        return tr("Warranty SKU");
    case WarrantyPrice:
        return tr("Warranty price");
    default:
        return {};
    }
}

int CartItemsModel::addItem() {
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{});
    endInsertRows();
    return row;
}

void CartItemsModel::removeItems(QList<int> rows) {
    // From the bottom up, so the earlier row numbers stay right.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_cellErrors.clear();
}

void CartItemsModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_cellErrors.clear();
    endResetModel();
}

void CartItemsModel::setItems(const QList<chargeafter::CartItem>& items) {
    beginResetModel();
    m_rows.clear();
    m_cellErrors.clear();
    for (const chargeafter::CartItem& item : items) {
        Row row;
        row.name = item.name;
        row.sku = item.sku;
        row.category = item.productCategory;
        row.price = item.price.toDecimalString();
        row.quantity = item.quantity;
        row.leasable = item.leasable;
        if (item.warranty) {
            row.warrantyName = item.warranty->name;
            row.warrantySku = item.warranty->sku;
            row.warrantyPrice = item.warranty->price.toDecimalString();
        }
        m_rows.append(row);
    }
    endResetModel();
}

QList<chargeafter::CartItem> CartItemsModel::items(FieldErrors* errors) const {
    const auto amount = [this, errors](const QString& text, const QString& path) {
        if (text.isEmpty())
            return Money::fromMinor(0, m_currency);
        auto parsed = Money::parse(text, m_currency);
        if (!parsed.ok()) {
            errors->append({path, parsed.error});
            return Money::fromMinor(0, m_currency);
        }
        return *parsed.value;
    };

    QList<chargeafter::CartItem> out;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString path = QStringLiteral("cartDetails.items[%1].").arg(i);
        chargeafter::CartItem item;
        item.name = row.name;
        item.sku = row.sku;
        item.productCategory = row.category;
        item.price = amount(row.price, path + QStringLiteral("price"));
        item.quantity = row.quantity;
        item.leasable = row.leasable;
        if (row.hasWarranty())
            item.warranty = chargeafter::Warranty{
                row.warrantyName,
                amount(row.warrantyPrice, path + QStringLiteral("warranty.price")),
                row.warrantySku};
        out.append(item);
    }
    return out;
}

void CartItemsModel::setCellErrors(const QHash<QPair<int, int>, QString>& errors) {
    if (errors == m_cellErrors)
        return;
    m_cellErrors = errors;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

int CartItemsModel::columnForField(const QString& suffix) {
    static const QHash<QString, int> columns = {
        {QStringLiteral("name"), Name},
        {QStringLiteral("sku"), Sku},
        {QStringLiteral("productCategory"), Category},
        {QStringLiteral("price"), Price},
        {QStringLiteral("quantity"), Quantity},
        {QStringLiteral("leasable"), Leasable},
        {QStringLiteral("warranty.name"), WarrantyName},
        {QStringLiteral("warranty.sku"), WarrantySku},
        {QStringLiteral("warranty.price"), WarrantyPrice},
    };
    return columns.value(suffix, -1);
}

} // namespace checkstand
