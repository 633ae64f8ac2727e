// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SaleSession, continued: finishing a sale. The final check on exactly this cart, a
// supervisor's one-time override of what blocks it, and what becomes of the sale: completed,
// set aside to wait for financing, or voided.
#include "salesession.h"

#include "aifi/pricingclient.h"
#include "orderchecker/ordercheckclient.h"

namespace checkstand {

std::optional<Action> SaleSession::overrideFor(Blocker blocker) {
    switch (blocker) {
    case Blocker::OrderChecker:
        return Action::OverrideCheckerBlock;
    case Blocker::UnconfirmedPrices:
        return Action::OverrideUnconfirmedPrices;
    case Blocker::None:
        break;
    }
    return std::nullopt;
}

bool SaleSession::allowOnce(const Override& grant) {
    if (grant.action != Action::OverrideCheckerBlock &&
        grant.action != Action::OverrideUnconfirmedPrices)
        return false;
    if (m_ticket.lines.isEmpty())
        return false;
    // One per blocker: a second consent replaces the first.
    for (qsizetype i = m_grants.size() - 1; i >= 0; --i) {
        if (m_grants.at(i).action == grant.action)
            m_grants.removeAt(i);
    }
    m_grants.append(grant);
    // The verdict line says at once that the sale may finish now.
    Q_EMIT checkStateChanged();
    return true;
}

void SaleSession::dropGrants() {
    m_grants.clear();
    m_lastBlocker = Blocker::None;
}

orderchecker::Decision SaleSession::overridden(const orderchecker::Decision& refused,
                                               Blocker blocker) const {
    const std::optional<Action> action = overrideFor(blocker);
    if (refused.allowed || !action)
        return refused;
    for (const Override& grant : m_grants) {
        if (grant.action == *action)
            return {true, tr("Allowed once by %1 (%2): %3")
                              .arg(grant.supervisor.name, grant.reason, refused.reason)};
    }
    return refused;
}

void SaleSession::requestFinalisation() {
    if (m_finalising)
        return;
    if (m_ticket.lines.isEmpty()) {
        Q_EMIT finalisationDecided({false, tr("The sale is empty: scan an item.")});
        return;
    }
    m_finalising = true;
    const quint64 sent = m_revision;
    if (!checkerEnabled()) {
        finalPricing(sent, {true, {}});
        return;
    }
    m_services.checker.check(
        m_ticket, this, [this, sent](const orderchecker::CheckOutcome& outcome) {
            if (sent != m_revision) {
                finishFinalisation(
                    {false, tr("The sale changed during the final check; finish it again.")});
                return;
            }
            m_lastCheck = outcome;
            if (outcome.ok()) {
                orderchecker::applyActions(m_ticket, outcome->actions);
                save();
                Q_EMIT ticketChanged();
            }
            m_checkState = !outcome.ok() ? CheckState::Failed : CheckState::Checked;
            Q_EMIT checkStateChanged();
            finalPricing(sent, overridden(decideInWords(outcome), Blocker::OrderChecker));
        });
}

void SaleSession::finalPricing(quint64 sent, const orderchecker::Decision& checked) {
    // Refused here only by the Order Checker (without one, `checked` allows).
    if (!checked.allowed) {
        finishFinalisation(checked, Blocker::OrderChecker);
        return;
    }
    if (!pricingEnabled()) {
        finishFinalisation(checked);
        return;
    }
    // Priced once more, as "completed", on exactly the cart that is being finished.
    m_services.pricing.price(
        m_ticket, pricingContext(true), this,
        [this, sent, checked](const aifi::PricingOutcome& outcome) {
            if (sent != m_revision) {
                finishFinalisation(
                    {false, tr("The sale changed during the final check; finish it again.")});
                return;
            }
            applyPricing(outcome);
            if (outcome.value) {
                finishFinalisation(checked);
            } else if (allowLocalPrices()) {
                finishFinalisation(
                    {true, tr("Finished on the last known prices (store setting): %1")
                               .arg(outcome.error)});
            } else {
                const orderchecker::Decision d =
                    overridden({false, tr("The prices could not be confirmed, so the sale "
                                          "cannot be finished on old prices: %1")
                                           .arg(outcome.error)},
                               Blocker::UnconfirmedPrices);
                finishFinalisation(d, d.allowed ? Blocker::None : Blocker::UnconfirmedPrices);
            }
        });
}

void SaleSession::finishFinalisation(const orderchecker::Decision& decision, Blocker blocker) {
    m_finalising = false;
    m_lastBlocker = decision.allowed ? Blocker::None : blocker;
    if (decision.allowed) {
        m_allowed = decision;
        m_allowedRevision = m_revision;
    }
    Q_EMIT finalisationDecided(decision);
}

bool SaleSession::complete(Tender tender, const QString& reference) {
    const auto total = payableTotal();
    if (!total)
        return false;
    return completeWith({Payment{tender, *total, *total, reference}}).isEmpty();
}

QString SaleSession::completeWith(const QList<Payment>& payments) {
    // Only the exact cart a final check allowed can be journaled.
    if (!m_allowed || m_allowedRevision != m_revision)
        return tr("The sale changed after its final check; finish it again.");
    const auto figures = breakdown();
    if (!figures)
        return tr("The sale's total is too large to compute.");
    if (const QString why = paymentsProblem(payments, figures->total); !why.isEmpty())
        return why;
    CompletedSale sale;
    sale.ticket = m_ticket;
    sale.tender = payments.first().tender;
    sale.total = figures->total;
    sale.completedAt = m_services.clock.now();
    sale.payments = payments;
    sale.breakdown = *figures;
    sale.operatorName = m_operatorName;
    for (const Payment& p : payments) {
        if (p.tender == Tender::Financing)
            sale.financingTrackingId = p.reference;
    }
    if (!m_services.sales.recordCompleted(sale))
        return m_services.sales.error().isEmpty()
                   ? tr("The sale could not be saved.")
                   : tr("The sale could not be saved: %1").arg(m_services.sales.error());
    dropGrants(); // used: a detached session keeps its ticket, not the consent
    Q_EMIT saleCompleted(sale);
    // A detached sale (checkstand-ctl) takes no number from the terminal's sequence.
    if (m_persistence == Persistence::Autosave)
        newSale();
    return {};
}

QString SaleSession::awaitFinancing(const QString& trackingId) {
    // The link went out for the cart a final check allowed; a later edit would make the
    // approved amount and the cart disagree.
    if (!m_allowed || m_allowedRevision != m_revision)
        return tr("The sale changed after its final check; finish it again.");
    const QString tracking = trackingId.trimmed();
    if (tracking.isEmpty())
        return tr("ChargeAfter gave no tracking id for the link, so the sale cannot wait for it.");
    const auto figures = breakdown();
    if (!figures)
        return tr("The sale's total is too large to compute.");
    AwaitingFinancing waiting;
    waiting.ticket = m_ticket;
    waiting.ticket.financingLinks.append(tracking);
    waiting.breakdown = *figures;
    waiting.total = figures->total;
    waiting.trackingId = tracking;
    waiting.sentAt = m_services.clock.now();
    if (!m_services.sales.putAwaitingFinancing(waiting))
        return tr("The sale could not be set aside to wait for financing: %1")
            .arg(m_services.sales.error());
    dropGrants();
    Q_EMIT saleAwaitingFinancing(waiting);
    if (m_persistence == Persistence::Autosave)
        newSale();
    return {};
}

QString SaleSession::voidSale(const QString& reason, const QString& operatorName) {
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return tr("Say why the sale is voided.");
    if (m_ticket.lines.isEmpty())
        return tr("The sale is empty: there is nothing to void.");
    // Kept with its reason, so the sale's number is accounted for and no gap is unexplained.
    const QString who = operatorName.trimmed().isEmpty() ? m_operatorName : operatorName.trimmed();
    const VoidedSale voided{m_ticket, m_services.clock.now(), why, who};
    if (!m_services.sales.recordVoid(voided))
        return tr("The sale could not be voided: %1").arg(m_services.sales.error());
    dropGrants();
    Q_EMIT saleVoided(voided);
    if (m_persistence == Persistence::Autosave)
        newSale();
    return {};
}

} // namespace checkstand
