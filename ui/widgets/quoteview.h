// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/refundquote.h"

#include <QFrame>

class QLabel;
class QTableWidget;

namespace checkstand {

// A refund quote as the operator reads it to the member: net, payment and refund amounts, each
// refund detail (amount, payment method, masked card) and a warning when the details do not add
// up to the refund amount.
class QuoteView : public QFrame {
    Q_OBJECT
public:
    explicit QuoteView(QWidget* parent = nullptr);

    void setQuote(const acme::RefundQuote& quote);
    void clear();
    bool hasQuote() const { return m_hasQuote; }

    QTableWidget* detailsTable() const { return m_details; }

private:
    QLabel* m_net;
    QLabel* m_payment;
    QLabel* m_refund;
    QTableWidget* m_details;
    QLabel* m_warning;
    bool m_hasQuote = false;
};

} // namespace checkstand
