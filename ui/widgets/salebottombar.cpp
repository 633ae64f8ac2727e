// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salebottombar.h"

#include "sale/salesession.h"
#include "widgets/totalspanel.h"
#include "widgets/wordslabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QPushButton* button(const QString& text, const char* name, const QString& tip) {
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    // Enter in the scan field must never press one of these.
    b->setAutoDefault(false);
    return b;
}

} // namespace

SaleBottomBar::SaleBottomBar(SaleSession& session, const AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("saleBottomBar"));
    m_totals = new TotalsPanel(session, settings);

    m_verdict = wordsLabel(QStringLiteral("finalizeReason"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    m_undo = button(tr("Undo (Ctrl+Z)"), "undoButton", tr("Undo the last change"));
    m_park = button(tr("Park (F6)"), "parkButton", tr("Put this sale aside and start a new one"));
    m_recall = button(tr("Recall… (F7)"), "recallButton", tr("Bring back a parked sale"));
    m_newSale = button(tr("New sale (Ctrl+N)"), "newSaleButton",
                       tr("Start a new sale; a sale with items is parked first"));
    m_void = button(tr("&Void sale…"), "voidButton",
                    tr("Give up this sale, with a reason (Ctrl+Shift+V)"));
    m_receipt = button(tr("Print receip&t (F8)"), "receiptButton",
                       tr("Print the receipt of the last sale completed"));
    m_awaiting = button(tr("&Awaiting financing (0)"), "awaitingFinancingButton",
                        tr("Sales waiting for ChargeAfter's answer: record the approval or the "
                           "decline (F9)"));
    m_finish =
        button(tr("Finish sale (F12)"), "finishButton", tr("Check the order and take payment"));
    m_finish->setMinimumHeight(40);
    // Alt+G, not Alt+A: that is "Awaiting financing". Never takes the focus, so the scan field
    // keeps it after a click.
    m_checkAgain = button(tr("Check a&gain"), "checkAgainButton",
                          tr("Send this sale to the order checker again"));
    m_checkAgain->setFocusPolicy(Qt::NoFocus);
    m_checkAgain->hide();
    connect(m_checkAgain, &QPushButton::clicked, &m_session, &SaleSession::checkAgain);
    connect(&m_session, &SaleSession::checkStateChanged, this, &SaleBottomBar::showCheckAgain);
    // No mnemonic: letting a blocked sale through is never a slip of two keys.
    m_allowOnce = button(tr("Allow once (supervisor)…"), "allowOnceButton",
                         tr("A supervisor lets this sale finish once, with a reason"));
    m_allowOnce->hide();

    auto* buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    const QList<QPushButton*> order{m_undo, m_park,    m_recall,  m_newSale,
                                    m_void, m_receipt, m_awaiting};
    for (int i = 0; i < order.size(); ++i)
        buttons->addWidget(order.at(i), i / 3, i % 3);

    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_checkAgain, 0, Qt::AlignTop);
    verdictRow->addWidget(m_allowOnce, 0, Qt::AlignTop);

    auto* left = new QVBoxLayout;
    left->addLayout(verdictRow);
    left->addStretch();
    left->addLayout(buttons);

    auto* right = new QVBoxLayout;
    right->addWidget(m_totals);
    right->addWidget(m_finish);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right);
}

void SaleBottomBar::showCheckAgain() {
    m_checkAgain->setVisible(m_session.checkState() == SaleSession::CheckState::Failed);
}

void SaleBottomBar::setAwaitingCount(int count) {
    m_awaiting->setText(count < 0 ? tr("&Awaiting financing (?)")
                                  : tr("&Awaiting financing (%1)").arg(count));
}

} // namespace checkstand
