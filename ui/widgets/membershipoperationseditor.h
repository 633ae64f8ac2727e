// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/refundrequest.h"
#include "validation/fielderror.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace checkstand {

// The request's membership operations, one row each: the operation (cancel, downgrade,
// purchase), the membership id and the target level (for a downgrade or a purchase). Rows'
// inputs are named operationType<i>, membershipId<i>, membershipLevel<i>, removeOperation<i>.
class MembershipOperationsEditor : public QWidget {
    Q_OBJECT
public:
    explicit MembershipOperationsEditor(QWidget* parent = nullptr);

    QList<acme::MembershipOperation> operations() const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // Adds a row (and returns its index).
    int addRow();
    void removeRow(int row);
    // Back to a single empty cancel row.
    void clear();
    // Sets a row's values (itemType as in the contract: "MembershipDowngrade", ...).
    void setOperation(int row, const acme::MembershipOperation& operation);

    // Shows the "memberships[i]..." errors next to their rows; returns those it could not place.
    FieldErrors showErrors(const FieldErrors& errors);
    void setTouched(bool touched);
    bool hasHiddenErrors() const;
    QWidget* firstFieldWithError() const;

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget* box = nullptr;
        QComboBox* type = nullptr;
        QLineEdit* id = nullptr;
        QComboBox* level = nullptr;
        QPushButton* remove = nullptr;
        QLabel* error = nullptr;
        QString message;
        QWidget* errorInput = nullptr;
        bool touched = false;
    };

    void renumber();
    void syncRow(Row& row);
    void updateErrorLabel(Row& row);

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace checkstand
