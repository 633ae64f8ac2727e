// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace checkstand {

// Editors for the cart table: a spin box for the quantity (1 to 9999, as the session allows) and,
// on lines the Order Checker offered shipping for, a list of its options. Choosing an option
// commits at once.
class CartLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CartLineDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace checkstand
