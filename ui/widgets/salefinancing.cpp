// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salefinancing.h"

#include "dialogs.h"
#include "runtime/runtime.h"
#include "sale/financingcart.h"
#include "sale/salesession.h"
#include "widgets/awaitingfinancingdialog.h"

#include <QCoreApplication>

namespace checkstand {

SaleFinancing::SaleFinancing(Runtime& runtime, SaleSession& session, QWidget* page)
    : QObject(page)
    , m_runtime(runtime)
    , m_session(session)
    , m_page(page) {}

bool SaleFinancing::isWaitingForLink() const {
    return m_saleId && *m_saleId == m_session.ticket().id;
}

void SaleFinancing::ticketShown(const QString& ticketId) {
    if (m_saleId && *m_saleId != ticketId) {
        m_saleId.reset();
        Q_EMIT waitingChanged();
    }
}

void SaleFinancing::handOver() {
    const Ticket& t = m_session.ticket();
    if (t.financingLinks.isEmpty()) {
        send();
        return;
    }
    // A declined sale came back: a second link is a second application for the customer.
    dialogs::Message ask;
    ask.title = tr("Send another financing link?");
    ask.text = tr("A ChargeAfter link was already sent for this sale (%1). Send another?")
                   .arg(t.financingLinks.join(QStringLiteral(", ")));
    ask.informativeText = tr("The customer then has two applications at ChargeAfter; the earlier "
                             "one was declined or given up.");
    ask.buttons = QMessageBox::Yes | QMessageBox::No;
    ask.defaultButton = QMessageBox::No;
    ask.buttonTexts = {{QMessageBox::Yes, tr("Send another link")}};
    ask.objectName = QStringLiteral("financingAgain");
    const QString saleId = t.id;
    dialogs::open(m_page, ask, this, [this, saleId](QMessageBox::StandardButton answer) {
        if (m_session.ticket().id != saleId) {
            Q_EMIT dialogClosed();
            return;
        }
        if (answer == QMessageBox::Yes) {
            send();
            return;
        }
        Q_EMIT message(tr("No second link sent; the sale is still open. Press F12 to take "
                          "another payment."),
                       false);
        Q_EMIT dialogClosed();
    });
}

void SaleFinancing::send() {
    const Ticket& t = m_session.ticket();
    // The cart as priced (tax, deposits, discount, freight): the customer finances exactly the
    // payable total.
    QString why;
    const auto cart = financingCart(t, m_session.pricing(), &why);
    if (!cart) {
        Q_EMIT message(tr("Sale %1 cannot go to financing: %2").arg(t.retailerOrderId, why), true);
        Q_EMIT dialogClosed();
        return;
    }
    m_saleId = t.id;
    Q_EMIT message(tr("Sale %1 goes to ChargeAfter financing: send its link on the Financing "
                      "page.")
                       .arg(t.retailerOrderId),
                   false);
    Q_EMIT waitingChanged();
    Q_EMIT financingRequested(t, *cart);
}

void SaleFinancing::linkSent(const QString& trackingId, const QString& merchantOrderId) {
    if (!isWaitingForLink())
        return;
    const QString number = m_session.ticket().retailerOrderId;
    // A link for someone else, sent from the Financing page meanwhile, is not this sale's.
    if (merchantOrderId != number || trackingId.isEmpty())
        return;
    m_saleId.reset();
    if (const QString why = m_session.awaitFinancing(trackingId); !why.isEmpty())
        Q_EMIT message(tr("The ChargeAfter link %1 was sent, but sale %2 could not be put aside "
                          "to wait for the approval: %3 Press F12 to finish it again.")
                           .arg(trackingId, number, why),
                       true);
    else
        Q_EMIT message(tr("Sale %1 waits for ChargeAfter's approval (link %2). Record the answer "
                          "with F9 when the customer is approved or declined.")
                           .arg(number, trackingId),
                       false);
    Q_EMIT waitingChanged();
}

int SaleFinancing::awaitingCount() const {
    const QList<AwaitingFinancing> waiting = m_runtime.sales().awaitingFinancing();
    return m_runtime.sales().lastError().failed() ? -1 : static_cast<int>(waiting.size());
}

void SaleFinancing::openAwaiting() {
    const int count = awaitingCount();
    if (count == 0) {
        Q_EMIT message(tr("No sale waits for a financing answer."), false);
        Q_EMIT dialogClosed();
        return;
    }
    if (count < 0) {
        Q_EMIT message(tr("The sales awaiting financing could not be read: %1")
                           .arg(m_runtime.sales().lastError().message),
                       true);
        Q_EMIT dialogClosed();
        return;
    }
    auto* dialog =
        new AwaitingFinancingDialog(m_runtime.sales(), m_runtime.financingWait(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperatorName(m_session.operatorName());
    connect(dialog, &AwaitingFinancingDialog::approved, this, [this](const CompletedSale& sale) {
        const QString reference =
            sale.payments.isEmpty() ? QString() : sale.payments.constFirst().reference;
        Q_EMIT approved(sale, tr("Sale %1 completed: financed by ChargeAfter (ref %2).")
                                  .arg(sale.ticket.retailerOrderId, reference));
    });
    connect(dialog, &AwaitingFinancingDialog::declined, this, [this](const QString& number) {
        Q_EMIT message(tr("Sale %1 was declined by ChargeAfter; it is parked — recall it (F7) to "
                          "take another payment.")
                           .arg(number),
                       false);
    });
    connect(dialog, &QDialog::finished, this, [this] { Q_EMIT dialogClosed(); });
    dialog->open();
}

} // namespace checkstand
