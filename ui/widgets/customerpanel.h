// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/ticket.h"

#include <QWidget>

class QLineEdit;

namespace checkstand {

// The sale's customer as the Order Checker's order carries it: name, e-mail, phone (country
// code, area code, number), tax document and the shipping address. Nothing is sent per
// keystroke: edited() says a field was left or Enter pressed, and the page commits then.
class CustomerPanel : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget* parent = nullptr);

    // The customer the fields describe, keeping what the panel does not show (id, billing).
    TicketCustomer customer() const;
    // Shows `customer`. A field the cashier is typing in keeps its text unless `force`.
    void setCustomer(const TicketCustomer& customer, bool force);
    QList<QLineEdit*> lineEdits() const { return m_edits; }

Q_SIGNALS:
    void edited();
    void returnPressed();

private:
    QLineEdit* addEdit(const QString& name, int maxLength);
    static void showText(QLineEdit* edit, const QString& text, bool force);

    TicketCustomer m_base;
    QList<QLineEdit*> m_edits;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phoneCountry = nullptr;
    QLineEdit* m_phoneArea = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_taxDocument = nullptr;
    QLineEdit* m_line1 = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_line2 = nullptr;
    QLineEdit* m_suburb = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_zip = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_recipient = nullptr;
};

} // namespace checkstand
