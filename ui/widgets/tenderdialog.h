// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"
#include "ticket/completedsale.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace checkstand {

class MoneyEdit;

// Takes the payment of a sale: cash (amount tendered, quick amounts, the change shown large),
// card on the store's terminal (its approval reference, never a card number), or ChargeAfter
// financing for the whole sale; several tenders in turn until the sale is paid (split payment).
// Money decisions need a deliberate key: F2 cash, F3 card, F4 financing, F5 exact cash, Enter
// on the current choice, Escape to cancel; a bare digit only ever types into an amount. Opened
// window-modal with open(), never exec(), so replies keep arriving while it is up.
//
// Test seam (as KeePassXC's MessageBox::setNextAnswer): setNextAnswer() makes the next ask()
// answer at once without showing anything.
class TenderDialog : public QDialog {
    Q_OBJECT
public:
    struct Result {
        QList<Payment> payments; // add up to the sale's total (cash may carry change)
        bool financing = false;  // the whole sale goes to ChargeAfter; `payments` is empty
    };
    // Cash: exact cash. Card: the whole amount by card, reference "TEST-0001".
    enum class Answer { Cash, Card, Financing, Cancel };

    TenderDialog(const Money& due, const QString& saleNumber, QWidget* parent = nullptr);

    Money remaining() const { return m_remaining; }
    QList<Payment> payments() const { return m_payments; }
    // A barcode scanned while paying: not added anywhere, said here.
    void refuseScan(const QString& code);

    // Shows the dialog (or uses the preset answer) and calls `done` with the result, or with
    // nothing when the cashier cancels. `done` is not called once `context` is gone. Returns the
    // dialog, or null when a preset answer was used.
    static TenderDialog* ask(QWidget* parent, const Money& due, const QString& saleNumber,
                             QObject* context, std::function<void(std::optional<Result>)> done);

    static void setNextAnswer(Answer answer);
    static void clearNextAnswer();

    // "Sale 000042 completed: $25.40 paid by cash + card. Change due: $4.60."
    static QString completedWords(const QString& saleNumber, const Money& total,
                                  const QList<Payment>& payments);
    static QString tenderWords(Tender tender);

    // The quick cash amounts for `due`: the next round amounts above it (up to three).
    static QList<Money> quickAmounts(const Money& due);

protected:
    void reject() override;

private:
    enum class Mode { Cash, Card, Financing };
    void setMode(Mode mode);
    void takeCash();
    void takeCard();
    void takeFinancing();
    void add(const Payment& payment);
    void updateCash();
    void updateRemaining();
    void say(const QString& text, bool isError);
    QWidget* buildCash();
    QWidget* buildCard();
    QWidget* buildFinancing();

    Money m_due;
    Money m_remaining;
    QList<Payment> m_payments;
    bool m_financing = false;
    Mode m_mode = Mode::Cash;

    QLabel* m_remainingLabel = nullptr;
    QLabel* m_paidLabel = nullptr;
    QLabel* m_message = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_cashButton = nullptr;
    QPushButton* m_cardButton = nullptr;
    QPushButton* m_financingButton = nullptr;
    MoneyEdit* m_tendered = nullptr;
    QPushButton* m_exact = nullptr;
    QList<QPushButton*> m_quick;
    QLabel* m_change = nullptr;
    QPushButton* m_takeCash = nullptr;
    QLineEdit* m_reference = nullptr;
    MoneyEdit* m_cardAmount = nullptr;
    QPushButton* m_takeCard = nullptr;
    QPushButton* m_takeFinancing = nullptr;
};

} // namespace checkstand
