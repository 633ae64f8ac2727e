#pragma once

#include "money/money.h"
#include "storage/salesstore.h"

#include <QDialog>

#include <functional>
#include <optional>

namespace checkstand {

// Asks how the customer pays: cash, card on the store's payment terminal, or ChargeAfter
// financing. Opened window-modal with open(), never exec(), so Order Checker replies keep
// arriving while it is up.
//
// Test seam (as KeePassXC's MessageBox::setNextAnswer): setNextAnswer() makes the next ask()
// answer at once without showing anything.
class TenderDialog : public QDialog {
    Q_OBJECT
public:
    enum class Answer { Cash, Card, Financing, Cancel };

    TenderDialog(const Money& total, const QString& saleNumber, QWidget* parent = nullptr);

    std::optional<Tender> chosen() const { return m_chosen; }

    // Shows the dialog (or uses the preset answer) and calls `done` with the tender, or with
    // nothing when the cashier cancels. `done` is not called once `context` is gone. Returns the
    // dialog, or null when a preset answer was used.
    static TenderDialog* ask(QWidget* parent, const Money& total, const QString& saleNumber,
                             QObject* context, std::function<void(std::optional<Tender>)> done);

    static void setNextAnswer(Answer answer);
    static void clearNextAnswer();

private:
    void choose(Tender tender);

    std::optional<Tender> m_chosen;
};

} // namespace checkstand
