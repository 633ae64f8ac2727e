// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoteview.h"

#include "palette.h"
#include "quotedocument.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QLabel* amountLabel(const char* name) {
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QuoteView::QuoteView(QWidget* parent)
    : QFrame(parent)
    , m_net(amountLabel("netAmount"))
    , m_payment(amountLabel("paymentAmount"))
    , m_refund(amountLabel("refundAmount"))
    , m_details(new QTableWidget(0, 3))
    , m_warning(new QLabel) {
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_refund->font();
    bold.setBold(true);
    m_refund->setFont(bold);

    auto* form = new QFormLayout;
    form->addRow(tr("Net amount"), m_net);
    form->addRow(tr("Payment amount"), m_payment);
    form->addRow(tr("Refund amount"), m_refund);

    m_details->setObjectName(QStringLiteral("refundDetails"));
    m_details->setHorizontalHeaderLabels({tr("Amount"), tr("Payment method"), tr("Card")});
    // Headers and amounts are never clipped: columns fit their contents, the last takes the rest.
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab goes on past the table (a QTableWidget's Tab otherwise walks every cell).
    m_details->setTabKeyNavigation(false);
    m_details->setMinimumHeight(90);

    m_warning->setObjectName(QStringLiteral("detailsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(palette::errorStyleSheet() + QStringLiteral(" font-weight: bold;"));
    m_warning->setText(tr("Warning: the refund details do not add up to the refund amount. "
                          "Check with ACME before telling the member."));
    m_warning->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    clear();
}

void QuoteView::setQuote(const acme::RefundQuote& quote) {
    m_hasQuote = true;
    m_net->setText(quote.netAmount.toDisplayString());
    m_payment->setText(quote.paymentAmount.toDisplayString());
    m_refund->setText(quote.refundAmount.toDisplayString());
    m_details->setRowCount(static_cast<int>(quote.details.size()));
    for (int i = 0; i < quote.details.size(); ++i) {
        const acme::RefundDetail& d = quote.details.at(i);
        auto* amount = new QTableWidgetItem(d.amount.toDisplayString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_details->setItem(i, 0, amount);
        m_details->setItem(i, 1, new QTableWidgetItem(paymentMethodName(d.paymentMethod)));
        m_details->setItem(i, 2, new QTableWidgetItem(maskedLastFour(d.lastFour)));
    }
    m_warning->setVisible(!quote.detailsAddUp);
    setVisible(true);
}

void QuoteView::clear() {
    m_hasQuote = false;
    m_net->clear();
    m_payment->clear();
    m_refund->clear();
    m_details->setRowCount(0);
    m_warning->hide();
    setVisible(false);
}

} // namespace checkstand
