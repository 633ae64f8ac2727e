// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cartlinedelegate.h"

#include "models/ticketlinesmodel.h"

#include <QComboBox>
#include <QSpinBox>

namespace checkstand {

CartLineDelegate::CartLineDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QWidget* CartLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    if (index.column() == TicketLinesModel::Quantity) {
        auto* spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("quantityEditor"));
        spin->setRange(1, 9999);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spin->setFrame(false);
        return spin;
    }
    if (index.column() == TicketLinesModel::Shipping) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("shippingEditor"));
        const QVariantList options = index.data(TicketLinesModel::ShippingOptionsRole).toList();
        for (const QVariant& v : options) {
            const QVariantMap o = v.toMap();
            combo->addItem(o.value(QStringLiteral("label")).toString(),
                           o.value(QStringLiteral("id")));
        }
        // One keystroke or click picks the method; no extra Enter needed.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<CartLineDelegate*>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
        });
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CartLineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        spin->selectAll();
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(at >= 0 ? at : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CartLineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        if (spin->value() != index.data(Qt::EditRole).toInt())
            model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString id = combo->currentData().toString();
        if (!id.isEmpty() && id != index.data(Qt::EditRole).toString())
            model->setData(index, id, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace checkstand
