// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/sendlinkrequest.h"
#include "validation/fielderror.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace checkstand {

class CartItemsModel;
class MoneyEdit;
class ValidatedField;

// The cart of a checkout link: the item lines, one discount, tax and shipping, and the total
// the request will state (always computed, never typed).
class CartEditor : public QWidget {
    Q_OBJECT
public:
    explicit CartEditor(const QString& currency, QWidget* parent = nullptr);
    ~CartEditor() override;

    void setCurrency(const QString& currency);

    // The cart as the request carries it. An amount that is not a number is reported in
    // `errors` under its field path and read as zero.
    chargeafter::CartDetails cart(FieldErrors* errors) const;

    // Shows the errors under "cartDetails" next to their fields (item errors under the
    // table); returns the ones it has no place for.
    FieldErrors showErrors(const FieldErrors& errors);
    void touchAll();
    // True when a field has an error the operator has not been shown yet.
    bool hasHiddenErrors() const;
    void clear();
    // Shows `cart`: its items, its first discount, tax and shipping.
    void setCart(const chargeafter::CartDetails& cart);
    // The first field showing an error, for the form to move focus to.
    QWidget* firstFieldWithError() const;

    QList<QWidget*> focusChain() const;
    QList<QLineEdit*> lineEdits() const;
    CartItemsModel* model() const { return m_model; }

Q_SIGNALS:
    void changed();

private:
    void onChanged();
    void removeSelected();
    void updateTotal();

    CartItemsModel* m_model;
    QTableView* m_table;
    ValidatedField* m_itemsField;
    QPushButton* m_add;
    QPushButton* m_remove;
    ValidatedField* m_discountName;
    ValidatedField* m_discountAmount;
    ValidatedField* m_tax;
    ValidatedField* m_shipping;
    QLabel* m_total;
};

} // namespace checkstand
