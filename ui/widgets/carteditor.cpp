// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carteditor.h"

#include "chargeafter/sendlinkvalidator.h"
#include "models/cartitemsmodel.h"
#include "moneyedit.h"
#include "validatedfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace checkstand {

namespace {

MoneyEdit* moneyEdit(const ValidatedField* field) {
    return static_cast<MoneyEdit*>(field->input());
}

QLineEdit* lineEdit(const ValidatedField* field) {
    return static_cast<QLineEdit*>(field->input());
}

const QString kDiscountName = QStringLiteral("cartDetails.discounts[0].name");
const QString kDiscountAmount = QStringLiteral("cartDetails.discounts[0].amount");

} // namespace

CartEditor::CartEditor(const QString& currency, QWidget* parent)
    : QWidget(parent)
    , m_model(new CartItemsModel(currency, this)) {
    m_table = new QTableView;
    m_table->setModel(m_model);
    // Tab must leave the table for the next field instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    m_itemsField = new ValidatedField(m_table, QStringLiteral("cartItems"));

    m_add = new QPushButton(tr("&Add item"));
    m_add->setObjectName(QStringLiteral("addItem"));
    m_remove = new QPushButton(tr("&Remove item"));
    m_remove->setObjectName(QStringLiteral("removeItem"));
    m_remove->setEnabled(false);

    auto* discountName = new QLineEdit;
    discountName->setMaxLength(200);
    discountName->setPlaceholderText(tr("e.g. Birthday discount"));
    m_discountName = new ValidatedField(discountName, QStringLiteral("discountName"));
    m_discountAmount =
        new ValidatedField(new MoneyEdit(currency), QStringLiteral("discountAmount"));
    m_tax = new ValidatedField(new MoneyEdit(currency), QStringLiteral("tax"));
    m_shipping = new ValidatedField(new MoneyEdit(currency), QStringLiteral("shipping"));
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("cartTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto* amounts = new QFormLayout;
    amounts->addRow(tr("Discount name"), m_discountName);
    amounts->addRow(tr("Discount amount"), m_discountAmount);
    amounts->addRow(tr("Tax"), m_tax);
    amounts->addRow(tr("Shipping"), m_shipping);
    amounts->addRow(tr("Total"), m_total);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_itemsField);
    layout->addLayout(buttons);
    layout->addLayout(amounts);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addItem();
        m_itemsField->setTouched(true);
        const QModelIndex name = m_model->index(row, CartItemsModel::Name);
        m_table->setCurrentIndex(name);
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->edit(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &CartEditor::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });

    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                // Error highlighting is our own output, not an edit.
                const bool onlyDecoration = !roles.isEmpty() && !roles.contains(Qt::EditRole) &&
                                            !roles.contains(Qt::CheckStateRole) &&
                                            !roles.contains(Qt::DisplayRole);
                if (onlyDecoration)
                    return;
                m_itemsField->setTouched(true);
                onChanged();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CartEditor::onChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CartEditor::onChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CartEditor::onChanged);
    for (QLineEdit* edit : lineEdits())
        connect(edit, &QLineEdit::textChanged, this, &CartEditor::onChanged);

    updateTotal();
}

CartEditor::~CartEditor() {
    // An open cell editor commits while the table is torn down; this object is gone by then.
    disconnect(m_model, nullptr, this, nullptr);
}

void CartEditor::setCurrency(const QString& currency) {
    m_model->setCurrency(currency);
    for (const ValidatedField* f : {m_discountAmount, m_tax, m_shipping})
        moneyEdit(f)->setCurrency(currency);
    onChanged();
}

chargeafter::CartDetails CartEditor::cart(FieldErrors* errors) const {
    const auto amount = [errors](const ValidatedField* field, const QString& path) {
        const MoneyEdit* edit = moneyEdit(field);
        auto parsed = edit->amount();
        if (parsed.ok())
            return *parsed.value;
        errors->append({path, parsed.error});
        return Money::fromMinor(0, edit->currency());
    };

    chargeafter::CartDetails cart;
    cart.items = m_model->items(errors);
    const QString discountName = lineEdit(m_discountName)->text().trimmed();
    if (!discountName.isEmpty() || !moneyEdit(m_discountAmount)->isBlank())
        cart.discounts.append({discountName, amount(m_discountAmount, kDiscountAmount)});
    cart.taxAmount = amount(m_tax, chargeafter::field::taxAmount);
    cart.shippingAmount = amount(m_shipping, chargeafter::field::shippingAmount);
    return cart;
}

FieldErrors CartEditor::showErrors(const FieldErrors& errors) {
    static const QRegularExpression itemPath(
        QStringLiteral("^cartDetails\\.items\\[(\\d+)\\]\\.(.+)$"));
    FieldErrors unplaced;
    QStringList itemLines;
    QStringList seenItemFields;
    QStringList totalLines;
    QHash<QPair<int, int>, QString> cells;
    QHash<ValidatedField*, QString> fieldMessages;
    const QHash<QString, ValidatedField*> fields = {
        {kDiscountName, m_discountName},
        {kDiscountAmount, m_discountAmount},
        {chargeafter::field::taxAmount, m_tax},
        {chargeafter::field::shippingAmount, m_shipping},
    };

    for (const FieldError& e : errors) {
        if (ValidatedField* f = fields.value(e.field)) {
            if (!fieldMessages.contains(f))
                fieldMessages.insert(f, e.message);
            continue;
        }
        if (const auto m = itemPath.match(e.field); m.hasMatch()) {
            // A price that is not a number also reads as zero; say only the first thing.
            if (seenItemFields.contains(e.field))
                continue;
            seenItemFields.append(e.field);
            const int row = m.captured(1).toInt();
            itemLines.append(tr("Item %1: %2").arg(row + 1).arg(e.message));
            const int column = CartItemsModel::columnForField(m.captured(2));
            if (column >= 0 && !cells.contains({row, column}))
                cells.insert({row, column}, e.message);
            continue;
        }
        if (e.field == chargeafter::field::cartItems) {
            itemLines.append(e.message);
            continue;
        }
        if (e.field == chargeafter::field::totalAmount) {
            totalLines.append(e.message);
            continue;
        }
        unplaced.append(e);
    }
    // "The total must be more than zero" says nothing new while an item has a problem.
    if (seenItemFields.isEmpty())
        itemLines.append(totalLines);

    for (ValidatedField* f : fields)
        f->setError(fieldMessages.value(f));
    m_itemsField->setError(itemLines.join(u'\n'));
    m_model->setCellErrors(cells);
    return unplaced;
}

void CartEditor::touchAll() {
    for (ValidatedField* f : {m_itemsField, m_discountName, m_discountAmount, m_tax, m_shipping})
        f->setTouched(true);
}

bool CartEditor::hasHiddenErrors() const {
    for (const ValidatedField* f :
         {m_itemsField, m_discountName, m_discountAmount, m_tax, m_shipping}) {
        if (f->hasError() && !f->isErrorShown())
            return true;
    }
    return false;
}

void CartEditor::clear() {
    m_model->clear();
    for (QLineEdit* edit : lineEdits())
        edit->clear();
    for (ValidatedField* f : {m_itemsField, m_discountName, m_discountAmount, m_tax, m_shipping})
        f->setTouched(false);
}

void CartEditor::setCart(const chargeafter::CartDetails& cart) {
    const auto amountText = [](const Money& m) {
        return m.isZero() ? QString() : m.toDecimalString();
    };
    m_model->setItems(cart.items);
    const chargeafter::Discount discount =
        cart.discounts.isEmpty() ? chargeafter::Discount{} : cart.discounts.constFirst();
    lineEdit(m_discountName)->setText(discount.name);
    moneyEdit(m_discountAmount)->setText(amountText(discount.amount));
    moneyEdit(m_tax)->setText(amountText(cart.taxAmount));
    moneyEdit(m_shipping)->setText(amountText(cart.shippingAmount));
    onChanged();
}

QWidget* CartEditor::firstFieldWithError() const {
    for (ValidatedField* f : {m_itemsField, m_discountName, m_discountAmount, m_tax, m_shipping}) {
        if (f->hasError())
            return f->input();
    }
    return nullptr;
}

QList<QWidget*> CartEditor::focusChain() const {
    return {m_table,
            m_add,
            m_remove,
            m_discountName->input(),
            m_discountAmount->input(),
            m_tax->input(),
            m_shipping->input()};
}

QList<QLineEdit*> CartEditor::lineEdits() const {
    return {lineEdit(m_discountName), moneyEdit(m_discountAmount), moneyEdit(m_tax),
            moneyEdit(m_shipping)};
}

void CartEditor::onChanged() {
    updateTotal();
    Q_EMIT changed();
}

void CartEditor::removeSelected() {
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    m_model->removeItems(rows);
    m_itemsField->setTouched(true);
}

void CartEditor::updateTotal() {
    FieldErrors amountErrors;
    const chargeafter::CartDetails details = cart(&amountErrors);
    // A total built from an amount we could not read would be a wrong number; show none.
    const auto total = amountErrors.isEmpty() ? details.computeTotal() : std::optional<Money>();
    m_total->setText(total ? total->toDisplayString() : QStringLiteral("—"));
}

} // namespace checkstand
