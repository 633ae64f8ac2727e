// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"

#include <QAbstractListModel>

namespace checkstand {

// The few catalog products that match what the cashier is typing, for the scan field's
// completion popup. The catalog does the searching; this only lists its answer.
class ProductCompletionModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SkuRole = Qt::UserRole + 1 };

    explicit ProductCompletionModel(QObject* parent = nullptr);

    void setProducts(const QList<Product>& products);
    void clear();
    const QList<Product>& products() const { return m_products; }
    // The product a completion index (of this model or a proxy over it) stands for.
    std::optional<Product> productFor(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Product> m_products;
};

} // namespace checkstand
