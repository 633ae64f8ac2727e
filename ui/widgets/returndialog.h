// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/receiptprinter.h"
#include "receipt/receipt.h"
#include "usecases/returns.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace checkstand {

class ScannerGuard;

// Where a return's receipt is printed and what it says at the top (the store), whether it is
// marked TRAINING, and the paper it is laid out for.
struct ReceiptContext {
    StoreInfo store;
    bool training = false;
    print::Paper paper = print::Paper::Roll80mm;
};

// A return of part or all of a finished sale, built from its ReturnPlan: how many of each line
// come back (never more than sold minus what earlier returns took), why, and the refund as
// Returns computes it, with what the operator must do to give the money back. Recording is a
// deliberate key (F10, or Enter on the focused Record button); a bare digit only ever types
// into a quantity, and a scanner burst reaches no field. Enter in a quantity goes on to the next
// one, then to the reason. Opened with open(), never exec().
class ReturnDialog : public QDialog {
    Q_OBJECT
public:
    // Columns of the lines table.
    enum Column { ItemColumn, SoldColumn, ReturnedColumn, QuantityColumn, RefundColumn };

    ReturnDialog(Returns& returns, ReturnPlan plan, ReceiptContext receipt,
                 QWidget* parent = nullptr);

    const ReturnPlan& plan() const { return m_plan; }
    // The quantity to return of line `row` (in the plan's order).
    QSpinBox* quantityBox(int row) const { return m_quantities.value(row); }
    QLineEdit* reasonField() const { return m_reason; }
    QPushButton* recordButton() const { return m_record; }
    QString messageText() const;
    QString refundText() const;
    // The return once recorded; empty before, and when recording failed.
    std::optional<SaleReturn> recorded() const { return m_recorded; }
    // Who records the return (the signed-in operator): kept with it and on its receipt.
    void setOperatorName(const QString& name) { m_operatorName = name; }

    // Closed either way: the window behind takes the keyboard again (giveActivationBack).
    void done(int result) override;

public Q_SLOTS:
    // Checks and journals the return; on success prints its receipt and closes.
    void record();

Q_SIGNALS:
    void returnRecorded(const checkstand::SaleReturn& saleReturn);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildTable();
    Returns::Request request(bool forPreview) const;
    void updatePreview();
    void say(const QString& text, bool isError);
    void onScanned(const QString& code);
    void settle();

    Returns& m_returns;
    ReturnPlan m_plan;
    ReceiptContext m_receipt;
    std::optional<SaleReturn> m_recorded;
    QString m_operatorName;

    QTableWidget* m_table = nullptr;
    QList<QSpinBox*> m_quantities;
    QList<int> m_settled; // the quantities before the latest burst of keys (see settle())
    QLineEdit* m_reason = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_instructions = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_record = nullptr;
    QTimer* m_settleTimer = nullptr;
    ScannerGuard* m_scanner = nullptr;
};

} // namespace checkstand
