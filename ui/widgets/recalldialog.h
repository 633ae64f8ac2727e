// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/salesstore.h"

#include <QDialog>

class QTableWidget;

namespace checkstand {

// The parked sales of this terminal, oldest first: number, when it was parked, how many lines,
// what the customer pays (tax and deposits included; "before tax" for a sale parked unpriced)
// and customer. Enter (or a double-click) recalls the selected one.
class RecallDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecallDialog(const QList<ParkedSale>& parked, QWidget* parent = nullptr);

    // The parked sale's id, empty when none is selected.
    QString selectedId() const;
    QTableWidget* table() const { return m_table; }

private:
    QList<ParkedSale> m_parked;
    QTableWidget* m_table;
};

} // namespace checkstand
