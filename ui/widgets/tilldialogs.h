// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace checkstand {

class MoneyEdit;

// The small dialogs of the till menu: an amount (and for a pay-in or pay-out, a reason), typed
// and confirmed with Enter. What is wrong is shown under the fields and nothing is written;
// the dialog only closes once `submit` has done it.
class CashAmountDialog : public QDialog {
    Q_OBJECT
public:
    struct Setup {
        QString objectName; // "openShiftDialog", "payInDialog", "payOutDialog", "closeDayDialog"
        QString title;
        QString text;
        QString amountLabel; // with its mnemonic: "Cash &float"
        QString confirmText; // "&Open shift"
        QString currency;
        bool withReason = false;
        // Why the amount or the reason cannot be taken, in words; empty when it can (the use
        // case's own rules, EndOfDay::floatProblem and the like).
        std::function<QString(const Money& amount)> amountProblem;
        std::function<QString(const QString& reason)> reasonProblem;
        // Does it; empty when done (the dialog closes), else what went wrong (it stays open and
        // nothing was written).
        std::function<QString(const Money& amount, const QString& reason)> submit;
    };
    explicit CashAmountDialog(Setup setup, QWidget* parent = nullptr);

    MoneyEdit* amountEdit() const { return m_amount; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* confirmButton() const { return m_confirm; }

    void accept() override;
    // Closed either way: the window behind takes the keyboard again (giveActivationBack).
    void done(int result) override;

private:
    void showProblem(const QString& problem, QWidget* field);

    Setup m_setup;
    MoneyEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
};

// Which Z report to print again: its number, the latest offered.
class ZNumberDialog : public QDialog {
    Q_OBJECT
public:
    ZNumberDialog(qint64 latest, QWidget* parent = nullptr);
    qint64 number() const;
    QSpinBox* numberBox() const { return m_number; }
    void done(int result) override;

private:
    QSpinBox* m_number = nullptr;
};

} // namespace checkstand
