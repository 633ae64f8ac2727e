// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershipoperationseditor.h"

#include "palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace checkstand {

using acme::MembershipOperation;

MembershipOperationsEditor::MembershipOperationsEditor(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    // The first row before the button: the focus chain follows creation order when this editor
    // is put into a page, so Tab goes through the row first (setTabOrder alone does not last).
    addRow();

    m_add = new QPushButton(tr("&Add operation"));
    m_add->setObjectName(QStringLiteral("addOperation"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addStretch();
    layout->addLayout(bar);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_rows.at(row).type->setFocus(Qt::OtherFocusReason);
    });
}

int MembershipOperationsEditor::addRow() {
    Row row;
    row.box = new QWidget;
    auto* v = new QVBoxLayout(row.box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* h = new QHBoxLayout;
    v->addLayout(h);

    row.type = new QComboBox;
    row.type->addItem(tr("Cancel"), QStringLiteral("MembershipCancel"));
    row.type->addItem(tr("Downgrade"), QStringLiteral("MembershipDowngrade"));
    row.type->addItem(tr("Purchase"), QStringLiteral("MembershipPurchase"));
    row.id = new QLineEdit;
    row.id->setMaxLength(100);
    row.id->setPlaceholderText(tr("Membership id"));
    row.level = new QComboBox;
    row.level->addItem(tr("Target level…"), QString());
    for (const char* level : {QT_TR_NOOP("Gold"), QT_TR_NOOP("Silver"), QT_TR_NOOP("Bronze")})
        row.level->addItem(tr(level), QString::fromLatin1(level));
    row.remove = new QPushButton(tr("Remove"));
    h->addWidget(row.type);
    h->addWidget(row.id, 1);
    h->addWidget(row.level);
    h->addWidget(row.remove);

    row.error = new QLabel;
    row.error->setWordWrap(true);
    row.error->setTextFormat(Qt::PlainText);
    row.error->setStyleSheet(palette::errorStyleSheet());
    row.error->hide();
    v->addWidget(row.error);

    QWidget* box = row.box;
    const auto touch = [this, box] {
        for (Row& r : m_rows) {
            if (r.box == box && !r.touched) {
                r.touched = true;
                updateErrorLabel(r);
            }
        }
    };
    const auto changedRow = [this, box] {
        for (Row& r : m_rows) {
            if (r.box == box)
                syncRow(r);
        }
        Q_EMIT changed();
    };
    connect(row.type, &QComboBox::currentIndexChanged, this, changedRow);
    connect(row.level, &QComboBox::currentIndexChanged, this, changedRow);
    connect(row.id, &QLineEdit::textChanged, this, changedRow);
    connect(row.type, &QComboBox::activated, this, touch);
    connect(row.level, &QComboBox::activated, this, touch);
    connect(row.id, &QLineEdit::editingFinished, this, touch);
    connect(row.id, &QLineEdit::textEdited, this, touch);
    connect(row.remove, &QPushButton::clicked, this, [this, box] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).box == box) {
                removeRow(i);
                return;
            }
        }
    });

    m_rowsLayout->addWidget(row.box);
    // Tab goes through the operations in order and only then to "Add operation": without this
    // the button (created first) came before the first row, and new rows came last of all.
    if (!m_rows.isEmpty())
        QWidget::setTabOrder(m_rows.last().remove, row.type);
    QWidget::setTabOrder(row.type, row.id);
    QWidget::setTabOrder(row.id, row.level);
    QWidget::setTabOrder(row.level, row.remove);
    if (m_add)
        QWidget::setTabOrder(row.remove, m_add);
    m_rows.append(row);
    syncRow(m_rows.last());
    renumber();
    Q_EMIT changed();
    return static_cast<int>(m_rows.size() - 1);
}

void MembershipOperationsEditor::removeRow(int row) {
    if (row < 0 || row >= m_rows.size() || m_rows.size() <= 1)
        return;
    Row r = m_rows.takeAt(row);
    r.box->hide();
    r.box->deleteLater();
    renumber();
    Q_EMIT changed();
}

void MembershipOperationsEditor::clear() {
    while (m_rows.size() > 1)
        removeRow(static_cast<int>(m_rows.size() - 1));
    Row& r = m_rows.first();
    r.type->setCurrentIndex(0);
    r.id->clear();
    r.level->setCurrentIndex(0);
    r.touched = false;
    updateErrorLabel(r);
}

void MembershipOperationsEditor::setOperation(int row, const MembershipOperation& operation) {
    if (row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    r.type->setCurrentIndex(qMax(0, r.type->findData(operation.itemType)));
    r.id->setText(operation.membershipId);
    r.level->setCurrentIndex(qMax(0, r.level->findData(operation.targetLevel)));
}

void MembershipOperationsEditor::renumber() {
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        const QString n = QString::number(i);
        r.type->setObjectName(QStringLiteral("operationType") + n);
        r.id->setObjectName(QStringLiteral("membershipId") + n);
        r.level->setObjectName(QStringLiteral("membershipLevel") + n);
        r.remove->setObjectName(QStringLiteral("removeOperation") + n);
        r.error->setObjectName(QStringLiteral("operationError") + n);
        r.remove->setEnabled(m_rows.size() > 1);
        // Every row has the same three inputs: a screen reader says which operation they are.
        const QString number = QString::number(i + 1);
        r.type->setAccessibleName(tr("Operation %1").arg(number));
        r.id->setAccessibleName(tr("Membership id of operation %1").arg(number));
        r.level->setAccessibleName(tr("Target level of operation %1").arg(number));
        r.remove->setAccessibleName(tr("Remove operation %1").arg(number));
    }
}

void MembershipOperationsEditor::syncRow(Row& row) {
    const bool needsLevel = row.type->currentData().toString() != QLatin1String("MembershipCancel");
    row.level->setEnabled(needsLevel);
}

QList<MembershipOperation> MembershipOperationsEditor::operations() const {
    QList<MembershipOperation> ops;
    for (const Row& r : m_rows) {
        MembershipOperation op;
        op.itemType = r.type->currentData().toString();
        op.membershipId = r.id->text().trimmed();
        if (r.level->isEnabled())
            op.targetLevel = r.level->currentData().toString();
        ops.append(op);
    }
    return ops;
}

FieldErrors MembershipOperationsEditor::showErrors(const FieldErrors& errors) {
    static const QRegularExpression path(QStringLiteral("^memberships\\[(\\d+)\\]\\.(.*)$"));
    for (Row& r : m_rows) {
        r.message.clear();
        r.errorInput = nullptr;
    }
    FieldErrors unplaced;
    for (const FieldError& e : errors) {
        const auto m = path.match(e.field);
        const int i = m.hasMatch() ? m.captured(1).toInt() : -1;
        if (i < 0 || i >= m_rows.size()) {
            unplaced.append(e);
            continue;
        }
        Row& r = m_rows[i];
        if (!r.message.isEmpty())
            continue;
        r.message = e.message;
        const QString rest = m.captured(2);
        r.errorInput =
            rest.endsWith(QLatin1String("membershipLevel")) ? static_cast<QWidget*>(r.level)
            : rest.endsWith(QLatin1String("membershipId"))  ? static_cast<QWidget*>(r.id)
                                                            : static_cast<QWidget*>(r.type);
    }
    for (Row& r : m_rows)
        updateErrorLabel(r);
    return unplaced;
}

void MembershipOperationsEditor::setTouched(bool touched) {
    for (Row& r : m_rows) {
        r.touched = touched;
        updateErrorLabel(r);
    }
}

bool MembershipOperationsEditor::hasHiddenErrors() const {
    for (const Row& r : m_rows) {
        if (!r.message.isEmpty() && !r.touched)
            return true;
    }
    return false;
}

QWidget* MembershipOperationsEditor::firstFieldWithError() const {
    for (const Row& r : m_rows) {
        if (!r.message.isEmpty())
            return r.errorInput;
    }
    return nullptr;
}

void MembershipOperationsEditor::updateErrorLabel(Row& row) {
    const bool show = row.touched && !row.message.isEmpty();
    row.error->setText(show ? row.message : QString());
    row.error->setVisible(show);
    if (row.errorInput)
        row.errorInput->setAccessibleDescription(show ? row.message : QString());
}

} // namespace checkstand
