// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/money.h"

#include <QScrollArea>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace checkstand {

class CustomerPanel;
class MoneyEdit;
class SaleSession;
struct Ticket;

// The Sale page's side panel: the customer and the order fields (coupon, sales channel,
// discount, freight). Only what the cashier typed is committed to the sale, never a value a
// check reply put on screen.
//
// It folds away so the cart has the room on a small screen: foldButton() (for the page's top
// row, Alt+C) opens and closes it. A new sale starts folded unless it has a customer or order
// field filled; the panel opens by itself when one gets filled (a recalled sale, a check reply)
// or when one of its fields takes the keyboard (a mnemonic, a test, a click on a field).
class OrderPanel : public QScrollArea {
    Q_OBJECT
public:
    OrderPanel(SaleSession& session, const QString& currency, QWidget* parent = nullptr);

    // Shows the sale's values; `newTicket` overwrites even a field being typed in.
    void showTicket(const Ticket& ticket, bool newTicket);
    // Commits the customer and every order field the cashier changed (before finishing, parking).
    void commit();

    QToolButton* foldButton() const { return m_fold; }
    bool isFolded() const { return m_folded; }
    void setFolded(bool folded);
    // True when `ticket` has a customer or any order field set.
    static bool hasContent(const Ticket& ticket);

Q_SIGNALS:
    // Enter in a field: the page gives the keyboard back to the scan field.
    void returnPressed();
    // A discount or freight that does not parse, in words; nothing was committed.
    void invalidAmount(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitOrderFields();

    SaleSession& m_session;
    CustomerPanel* m_customer = nullptr;
    QLineEdit* m_coupon = nullptr;
    QLineEdit* m_channel = nullptr;
    MoneyEdit* m_discount = nullptr;
    QComboBox* m_discountMode = nullptr;
    MoneyEdit* m_freight = nullptr;
    QToolButton* m_fold = nullptr;
    bool m_folded = false;
    bool m_hadContent = false;
};

} // namespace checkstand
