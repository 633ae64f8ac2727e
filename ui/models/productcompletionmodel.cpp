// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "productcompletionmodel.h"

namespace checkstand {

ProductCompletionModel::ProductCompletionModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ProductCompletionModel::setProducts(const QList<Product>& products) {
    beginResetModel();
    m_products = products;
    endResetModel();
}

void ProductCompletionModel::clear() {
    if (m_products.isEmpty())
        return;
    setProducts({});
}

std::optional<Product> ProductCompletionModel::productFor(const QModelIndex& index) const {
    const QString sku = index.data(SkuRole).toString();
    for (const Product& p : m_products) {
        if (p.sku == sku)
            return p;
    }
    return std::nullopt;
}

int ProductCompletionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

QVariant ProductCompletionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product& p = m_products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 — %3").arg(p.name, p.sku, p.price.toDisplayString());
    case Qt::EditRole:
        // What the completer matches the typed text against: the name first.
        return p.name;
    case Qt::ToolTipRole:
        return p.barcode.isEmpty() ? p.sku : tr("%1, barcode %2").arg(p.sku, p.barcode);
    case SkuRole:
        return p.sku;
    default:
        return {};
    }
}

} // namespace checkstand
