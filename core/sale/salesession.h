// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aifi/pricingclient.h"
#include "operators/operatorstore.h"
#include "orderchecker/finalisationpolicy.h"
#include "saleservices.h"
#include "storage/salesstore.h"
#include "ticket/salebreakdown.h"
#include "ticket/ticket.h"

#include <QObject>

#include <functional>
#include <optional>

namespace checkstand {

struct Product;

// The sale being rung up, without widgets: scanning, quantities, undo, park and recall, the
// Order Checker and pricing on every change, the finalisation rules (final check, pricing with
// status "completed", the payable total journalled). The Sale page and `checkstand-ctl sale
// complete` both drive this class, so a sale gets the same total from either.
class SaleSession : public QObject {
    Q_OBJECT
public:
    enum class CheckState { Idle, Checking, Checked, Failed, Disabled };
    Q_ENUM(CheckState)

    // Autosave: every change is saved as the terminal's current sale at once, so it survives a
    // crash (the Sale page). Detached: the sale is only journalled when completed, and the
    // terminal's current sale is left alone (checkstand-ctl works on a ticket file).
    enum class Persistence { Autosave, Detached };

    explicit SaleSession(SaleServices services, Persistence persistence = Persistence::Autosave,
                         QObject* parent = nullptr);

    // Resumes the sale that was on screen when the app stopped, or starts a new one.
    void start();
    // Takes `ticket` as the sale (a ticket file read by checkstand-ctl); checks and prices it.
    void load(const Ticket& ticket);
    const Ticket& ticket() const { return m_ticket; }
    quint64 revision() const { return m_revision; }

    struct ScanResult {
        bool added = false;
        QString message; // plain words when nothing was added
    };
    // A barcode (EAN-13, UPC-A, EAN-8, check digit verified) or an exact SKU: adds one line.
    ScanResult scan(const QString& code);
    void addProduct(const Product& product);
    bool setQuantity(const QString& lineId, qint64 quantity);
    bool removeLine(const QString& lineId);
    bool chooseShipping(const QString& lineId, const QString& optionId);
    void setCustomer(const TicketCustomer& customer);
    void setCoupon(const QString& coupon);
    void setSalesChannel(const QString& channel);
    // Refused (the sale unchanged) when the money rules forbid it, or the discount approval
    // says no: what is wrong, in words.
    QString setDiscount(const Money& discount, const QString& mode);
    // Asked before a discount changes, with the sale as the new discount would leave it: empty
    // to go ahead, else why not in words. The Sale page asks a supervisor here for a discount
    // beyond the cashier's limit; without one, every discount the money rules allow is taken.
    using DiscountApproval = std::function<QString(const Ticket& discounted)>;
    void setDiscountApproval(DiscountApproval approval) {
        m_discountApproval = std::move(approval);
    }
    QString setFreight(const Money& freight);

    bool canUndo() const { return !m_undo.isEmpty(); }
    void undo();

    // Puts the sale aside (saved) and starts a new one; false for an empty sale.
    bool park();
    // Brings a parked sale back; the current one is parked first if it has lines. An empty
    // one is dropped and its number given back (SalesStore::returnUnusedOrderId), so the next
    // new sale takes it and the numbers have no gap.
    bool recall(const QString& parkedId);
    // A fresh sale; one with no items keeps its number (the numbers stay gap-free).
    void newSale();

    CheckState checkState() const { return m_checkState; }
    struct StatusLine {
        QString text;
        bool isError = false;
    };
    // The Order Checker's state in words, for the line at the top of the Sale page.
    StatusLine checkStatus() const;
    std::optional<orderchecker::CheckOutcome> lastCheck() const { return m_lastCheck; }
    // The verdict the last check implies, for the always-visible "can this sale finish" line.
    // It names the items an error is about, and after an Order Checker failure says what the
    // store's setting then allows.
    orderchecker::Decision currentDecision() const;
    // Sends the Order Checker the cart again (the "Check again" button after a failure); a pass
    // under way is let finish, and the latest cart is checked after it.
    void checkAgain();

    // The pricing service's view of this sale (taxes, deposits); empty until it has answered.
    std::optional<aifi::PricedCart> pricing() const { return m_pricing; }
    // True when the last pricing reply was refused or failed: the prices shown are the last good
    // ones, and the sale cannot finish on them unless the store allows local prices.
    bool isPricingStale() const { return m_pricingStale; }
    QString pricingError() const { return m_pricingError; }
    bool isPricingBusy() const { return m_pricingBusy; }
    bool isBusy() const { return m_passInFlight; }
    // What the customer pays: priced total less discount plus freight (breakdown()->total).
    std::optional<Money> payableTotal() const;
    // The sale as it would be journalled and printed: lines, taxes by rate, deposits.
    std::optional<SaleBreakdown> breakdown() const;

    // The pricing call's context for `ticket` (also `checkstand-ctl price`): one rule for both.
    static aifi::PricingContext pricingContextFor(const SaleRules& rules, const Ticket& ticket,
                                                  bool completed, qint64 orderId,
                                                  const QDateTime& now);

    // Runs the final check on exactly this cart; answers with finalisationDecided().
    void requestFinalisation();
    bool isFinalising() const { return m_finalising; }
    // Journals the sale (after an allowing decision) paid by `payments`, which must add up to
    // the payable total exactly (cash may be over-tendered: the rest is change), and, with
    // Autosave, starts a new one. Empty on success, else why not in words (nothing recorded).
    QString completeWith(const QList<Payment>& payments);
    // One tender for the whole payable total; `reference` is the card terminal's approval
    // reference or ChargeAfter's.
    bool complete(Tender tender, const QString& reference = {});
    // After an allowing final check, the sale's ChargeAfter link went out: the sale waits for
    // the approval (SalesStore::putAwaitingFinancing, with its breakdown and payable total)
    // and, with Autosave, a new sale starts. Empty on success, else why not in words.
    QString awaitFinancing(const QString& trackingId);
    // Gives up the open sale, with the reason (required): recorded, so its number is accounted
    // for; with Autosave a new sale starts. Empty on success, else why not. With no
    // `operatorName`, the void is recorded as operatorName()'s.
    QString voidSale(const QString& reason, const QString& operatorName = {});

    // Who rings the sale up (the signed-in operator): recorded with the completed sale and with
    // a void. Empty until someone signs in.
    void setOperatorName(const QString& name) { m_operatorName = name.trimmed(); }
    QString operatorName() const { return m_operatorName; }

    // What stopped the last final check, when a supervisor may let the sale through once:
    // the Order Checker (a block, or no answer the store does not allow), or prices the pricing
    // service could not confirm. None after an allowing check, and for every other refusal.
    enum class Blocker { None, OrderChecker, UnconfirmedPrices };
    Blocker lastBlocker() const { return m_lastBlocker; }
    // The override a blocker needs: OverrideCheckerBlock or OverrideUnconfirmedPrices.
    static std::optional<Action> overrideFor(Blocker blocker);
    // A supervisor's one-time consent for this sale exactly as it is: the next final check
    // lets it finish although the Order Checker blocks it (grant.action OverrideCheckerBlock)
    // or its prices could not be confirmed (OverrideUnconfirmedPrices). Dropped as soon as the
    // sale changes, is finished, voided, parked or replaced. False for any other action.
    bool allowOnce(const Override& grant);
    QList<Override> oneTimeOverrides() const { return m_grants; }

Q_SIGNALS:
    void ticketChanged();
    void checkStateChanged();
    void pricingChanged();
    // The check-and-price pass for the latest cart is over; nothing is in flight (isBusy() false).
    void passFinished();
    void finalisationDecided(const checkstand::orderchecker::Decision& decision);
    void saleCompleted(const checkstand::CompletedSale& sale);
    void saleAwaitingFinancing(const checkstand::AwaitingFinancing& waiting);
    void saleVoided(const checkstand::VoidedSale& voided);
    // The discount of the sale changed through setDiscount() (not by undo or a recall).
    void discountChanged(const checkstand::Money& discount, const QString& mode);

private:
    void change(const std::function<void(Ticket&)>& edit);
    void adopt(const Ticket& ticket);
    void save();
    void scheduleCheck();
    void sendCheck();
    // decide() in the cashier's words: the items by name, and what a failure then allows.
    orderchecker::Decision decideInWords(const orderchecker::CheckOutcome& outcome) const;
    // What the customer pays, when it is the priced total (or no pricing service is set up).
    std::optional<Money> parkedPayable() const;
    void sendPricing(quint64 sent);
    void applyVerdict(const orderchecker::CheckOutcome& outcome);
    // Called as each reply of the pass for revision `sent` comes in; acts once both are in.
    void endPass(quint64 sent);
    void applyPricing(const aifi::PricingOutcome& outcome);
    // True while the final check's own pricing is what the sale goes by (see the .cpp).
    bool finalPricesRule() const;
    bool pricingEnabled() const;
    aifi::PricingContext pricingContext(bool completed) const;
    void finalPricing(quint64 sent, const orderchecker::Decision& checked);
    void finishFinalisation(const orderchecker::Decision& decision,
                            Blocker blocker = Blocker::None);
    // `refused` as it stands, or allowed when a one-time override for `blocker` was given.
    orderchecker::Decision overridden(const orderchecker::Decision& refused, Blocker blocker) const;
    void dropGrants();
    orderchecker::CheckerSettings checkerSettings() const;
    bool checkerEnabled() const;
    bool allowLocalPrices() const;

    SaleServices m_services;
    Persistence m_persistence;
    Ticket m_ticket;
    quint64 m_revision = 0;
    QList<Ticket> m_undo;
    CheckState m_checkState = CheckState::Idle;
    std::optional<orderchecker::CheckOutcome> m_lastCheck;
    bool m_passInFlight = false;
    bool m_checkAgain = false; // asked while a pass was in flight: check once it is over
    bool m_pricingBusy = false;
    // The check and the pricing of the pass in flight, sent together (sendCheck()).
    struct Pass {
        bool checking = false;
        bool pricing = false;
        Ticket pricedTicket; // the cart the pricing request was sent for
        std::optional<aifi::PricingOutcome> priced;
    };
    Pass m_pass;
    std::optional<aifi::PricedCart> m_pricing;
    bool m_pricingStale = false;
    QString m_pricingError;
    quint64 m_checkedRevision = 0; // the revision the request in flight describes
    bool m_finalising = false;
    std::optional<orderchecker::Decision> m_allowed; // set by an allowing final check
    quint64 m_allowedRevision = 0;
    QString m_operatorName;
    DiscountApproval m_discountApproval;
    Blocker m_lastBlocker = Blocker::None;
    QList<Override> m_grants; // for the sale as it is (m_revision); cleared on every change
};

} // namespace checkstand
