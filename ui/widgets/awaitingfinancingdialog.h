// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/salesstore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace checkstand {

class FinancingWait;

// The sales whose ChargeAfter checkout link went out and that wait for the customer's answer:
// number, customer, total, link and when it was sent. The operator records the answer for the
// selected one: "Approved" with ChargeAfter's reference (checked here, in words, before
// anything is recorded) completes the sale; "Declined" sends it back to the parked sales, to
// be paid another way. Both are confirmed through ui/dialogs.h first. Neither has a bare-key
// shortcut (Alt+A, Alt+D, Enter on the reference), so a scanner burst cannot record an answer:
// a scanned reference is typed into its field.
class AwaitingFinancingDialog : public QDialog {
    Q_OBJECT
public:
    AwaitingFinancingDialog(SalesStore& sales, FinancingWait& wait, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* referenceEdit() const { return m_reference; }
    // The error shown under the reference (empty when none).
    QString errorText() const;
    // The selected sale's number, empty when none is selected.
    QString selectedNumber() const;
    void selectSale(const QString& number);

    // Who records the approval: the completed sale carries it.
    void setOperatorName(const QString& name) { m_operatorName = name; }

Q_SIGNALS:
    // Recorded: the sale is journalled, paid by financing with ChargeAfter's reference.
    void approved(const checkstand::CompletedSale& sale);
    // Recorded: the sale is parked again, its link remembered.
    void declined(const QString& saleNumber);

private:
    void reload();
    void approveSelected();
    void declineSelected();
    void showError(const QString& text);
    void updateButtons();

    SalesStore& m_sales;
    FinancingWait& m_wait;
    QList<AwaitingFinancing> m_waiting;
    QString m_operatorName;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_decline = nullptr;
    bool m_asking = false; // a confirmation is open: no second answer meanwhile
};

} // namespace checkstand
