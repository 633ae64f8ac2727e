// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace checkstand {

class TicketLinesModel;

// The Sale page's cart: one row per line and one per deposit under its line. The keys act on a
// line, never on a deposit row (a deposit stands for its line); the new line is selected, so
// + and - act on what was just scanned, and deposits coming with a pricing reply never take the
// selection.
class CartTable : public QTableView {
    Q_OBJECT
public:
    explicit CartTable(TicketLinesModel& lines, QWidget* parent = nullptr);

    // The selected line's row (the last line when none is selected), -1 for an empty cart.
    int currentLineRow() const;
    void selectLineRow(int row);

Q_SIGNALS:
    // +, -, Delete, Up or Down pressed on the table.
    void lineKey(int key);
    // A quantity or shipping editor was closed: the page gives the keyboard back to scanning.
    void editorClosed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    TicketLinesModel& m_lines;
    bool m_removingLine = false; // rows about to be removed include a cart line, not only deposits
};

} // namespace checkstand
