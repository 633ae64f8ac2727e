// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/sendlinkrequest.h"
#include "ticket/completedsale.h"

#include <QObject>

#include <optional>

class QWidget;

namespace checkstand {

class Runtime;
class SaleSession;

// The Sale page's side of a financed sale, from the Payment dialog's "financing" to
// ChargeAfter's answer:
//  1. handOver(): the priced cart goes to the Financing page (financingRequested); when a link
//     was already sent for this sale (a declined sale recalled), the operator is asked first.
//  2. linkSent(): the checkout link of that sale went out, so the sale leaves the till to wait
//     for the approval (SaleSession::awaitFinancing) and a new sale starts. Nothing is paid yet.
//  3. openAwaiting(): the operator records the answer (AwaitingFinancingDialog): approved
//     completes the sale (approved()), declined parks it again.
// Every outcome is said in words through message(); the page shows it.
class SaleFinancing : public QObject {
    Q_OBJECT
public:
    SaleFinancing(Runtime& runtime, SaleSession& session, QWidget* page);

    // True while the sale on screen waits for its checkout link to be sent.
    bool isWaitingForLink() const;
    // The sale on screen changed: a link sent for the one before is not this sale's.
    void ticketShown(const QString& ticketId);
    // The Payment dialog chose financing for the sale on screen.
    void handOver();
    // The Financing page sent a link (see SalePage::financingLinkSent).
    void linkSent(const QString& trackingId, const QString& merchantOrderId);
    // The sales waiting for ChargeAfter's answer; says so when there is none.
    void openAwaiting();
    // How many sales wait; -1 when the list cannot be read.
    int awaitingCount() const;

Q_SIGNALS:
    void financingRequested(const checkstand::Ticket& ticket,
                            const checkstand::chargeafter::CartDetails& cart);
    void message(const QString& text, bool isError);
    // ChargeAfter's approval was recorded: the sale is journalled; `words` say so.
    void approved(const checkstand::CompletedSale& sale, const QString& words);
    // A question or dialog closed: the page gives the keyboard back to the scan field.
    void dialogClosed();
    // The waiting for a link started or ended: the page updates its verdict.
    void waitingChanged();

private:
    void send();

    Runtime& m_runtime;
    SaleSession& m_session;
    QWidget* m_page;
    std::optional<QString> m_saleId; // handed to the Financing page, its link not yet sent
};

} // namespace checkstand
