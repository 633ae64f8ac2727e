// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carttable.h"

#include "models/ticketlinesmodel.h"
#include "widgets/cartlinedelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>

namespace checkstand {

CartTable::CartTable(TicketLinesModel& lines, QWidget* parent)
    : QTableView(parent)
    , m_lines(lines) {
    setObjectName(QStringLiteral("cartTable"));
    setAccessibleName(tr("Cart"));
    setModel(&m_lines);
    // A deposit row cannot be selected: a click on it selects the line it belongs to. Queued, so
    // it runs after the view has handled the click that made the deposit row current.
    connect(
        selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] {
            if (m_lines.isDeposit(currentIndex().row()))
                selectLineRow(currentIndex().row());
        },
        Qt::QueuedConnection);
    auto* delegate = new CartLineDelegate(this);
    setItemDelegate(delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(false);
    setAlternatingRowColors(false); // the error tint must stand out
    verticalHeader()->hide();
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketLinesModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(TicketLinesModel::Status, QHeaderView::Stretch);
    // After a quantity or a shipping method is typed in place, back to scanning. (Connected
    // after the view's own slot, which would otherwise take the focus.)
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, &CartTable::editorClosed);

    // The new line is the selected one, so + and - act on what was just scanned. Deposit rows
    // come and go with pricing replies and never take the selection: a deposit arriving for the
    // water scanned before the mug leaves the mug selected.
    connect(&m_lines, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = last; row >= first; --row) {
                    if (!m_lines.isDeposit(row)) {
                        selectLineRow(row);
                        return;
                    }
                }
            });
    connect(&m_lines, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                m_removingLine = false;
                for (int row = first; row <= last; ++row)
                    m_removingLine = m_removingLine || !m_lines.isDeposit(row);
            });
    connect(&m_lines, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int) {
                if (m_removingLine)
                    selectLineRow(qMin(first, m_lines.rowCount() - 1));
                m_removingLine = false;
            });
    connect(&m_lines, &QAbstractItemModel::modelReset, this,
            [this] { selectLineRow(m_lines.rowCount() - 1); });
}

int CartTable::currentLineRow() const {
    const int rows = m_lines.rowCount();
    if (rows == 0)
        return -1;
    const QModelIndex current = currentIndex();
    // The keys act on a line, never on a deposit: a deposit row stands for its line.
    return m_lines.lineRow(current.isValid() ? current.row() : rows - 1);
}

void CartTable::selectLineRow(int row) {
    row = m_lines.lineRow(row);
    if (row < 0)
        return;
    const QModelIndex index = m_lines.index(row, TicketLinesModel::Quantity);
    setCurrentIndex(index);
    scrollTo(index);
}

void CartTable::keyPressEvent(QKeyEvent* key) {
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    // Up and Down too, so they step over deposit rows from line to line.
    if (modifiers == Qt::NoModifier &&
        (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus ||
         key->key() == Qt::Key_Delete || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        Q_EMIT lineKey(key->key());
        return;
    }
    QTableView::keyPressEvent(key);
}

} // namespace checkstand
