#pragma once

#include "money/money.h"

#include <QScrollArea>

class QComboBox;
class QLineEdit;

namespace checkstand {

class CustomerPanel;
class MoneyEdit;
class SaleSession;
struct Ticket;

// The Sale page's side panel: the customer and the order fields (coupon, sales channel,
// discount, freight). Only what the cashier typed is committed to the sale, never a value a
// check reply put on screen.
class OrderPanel : public QScrollArea {
    Q_OBJECT
public:
    OrderPanel(SaleSession& session, const QString& currency, QWidget* parent = nullptr);

    // Shows the sale's values; `newTicket` overwrites even a field being typed in.
    void showTicket(const Ticket& ticket, bool newTicket);
    // Commits the customer and every order field the cashier changed (before finishing, parking).
    void commit();

Q_SIGNALS:
    // Enter in a field: the page gives the keyboard back to the scan field.
    void returnPressed();
    // A discount or freight that does not parse, in words; nothing was committed.
    void invalidAmount(const QString& message);

private:
    void commitOrderFields();

    SaleSession& m_session;
    CustomerPanel* m_customer = nullptr;
    QLineEdit* m_coupon = nullptr;
    QLineEdit* m_channel = nullptr;
    MoneyEdit* m_discount = nullptr;
    QComboBox* m_discountMode = nullptr;
    MoneyEdit* m_freight = nullptr;
};

} // namespace checkstand
