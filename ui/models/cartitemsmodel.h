// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/sendlinkrequest.h"
#include "validation/fielderror.h"

#include <QAbstractTableModel>
#include <QHash>

namespace checkstand {

// The cart lines of a checkout link as the operator types them. Amounts are kept as typed
// and read exactly with Money::parse when the request is built, so a half-typed price never
// turns into a rounded number.
class CartItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Sku,
        Category,
        Price,
        Quantity,
        Leasable,
        WarrantyName,
        WarrantySku,
        WarrantyPrice,
        ColumnCount
    };

    explicit CartItemsModel(QString currency, QObject* parent = nullptr);

    void setCurrency(const QString& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Returns the new row.
    int addItem();
    void removeItems(QList<int> rows);
    void clear();
    // Replaces every line with `items` (amounts shown as exact decimals).
    void setItems(const QList<chargeafter::CartItem>& items);

    // The lines as the request carries them. A price that is not an amount is reported in
    // `errors` under the item's path ("cartDetails.items[0].price") and read as zero.
    QList<chargeafter::CartItem> items(FieldErrors* errors) const;

    // Marks the cells the validator complained about (tinted, message as tooltip).
    void setCellErrors(const QHash<QPair<int, int>, QString>& errors);
    // The column an item field path suffix ("price", "warranty.sku") belongs to, or -1.
    static int columnForField(const QString& suffix);

private:
    struct Row {
        QString name;
        QString sku;
        QString category;
        QString price;
        qint64 quantity = 1;
        bool leasable = false;
        QString warrantyName;
        QString warrantySku;
        QString warrantyPrice;

        bool hasWarranty() const;
    };

    QString text(const Row& row, int column) const;

    QList<Row> m_rows;
    QString m_currency;
    QHash<QPair<int, int>, QString> m_cellErrors;
};

} // namespace checkstand
