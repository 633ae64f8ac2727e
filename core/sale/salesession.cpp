// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesession.h"

#include "aifi/pricingclient.h"
#include "breakdown.h"
#include "catalog/barcode.h"
#include "catalog/catalog.h"
#include "orderchecker/ordercheckclient.h"

#include <QCoreApplication>

namespace checkstand {

namespace {

constexpr qsizetype kUndoDepth = 200;

// "Out of stock: Coffee beans 250 g (2 wanted), Mug (1 wanted)": each error message once, with
// the items it is about, as the Order Checker sent them; errors on no line of ours as they are.
QString namedErrors(const Ticket& ticket, const QList<orderchecker::Action>& actions) {
    QStringList messages;
    QList<QStringList> items;
    QStringList orderErrors;
    for (const orderchecker::Action& a : actions) {
        if (!a.isError())
            continue;
        const qsizetype i = a.kind == orderchecker::Action::Kind::ItemError
                                ? ticket.indexOfLine(a.componentId)
                                : -1;
        const QString message =
            a.message.isEmpty()
                ? QCoreApplication::translate("checkstand::SaleSession", "Not available")
                : a.message;
        if (i < 0) {
            if (!orderErrors.contains(message))
                orderErrors << message;
            continue;
        }
        const TicketLine& line = ticket.lines.at(i);
        const QString item =
            QCoreApplication::translate("checkstand::SaleSession", "%1 (%2 wanted)")
                .arg(line.name)
                .arg(line.quantity);
        qsizetype m = messages.indexOf(message);
        if (m < 0) {
            messages << message;
            items.append(QStringList());
            m = messages.size() - 1;
        }
        items[m] << item;
    }
    QStringList parts = orderErrors;
    for (qsizetype m = 0; m < messages.size(); ++m)
        parts << QCoreApplication::translate("checkstand::SaleSession", "%1: %2")
                     .arg(messages.at(m), items.at(m).join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace

SaleSession::SaleSession(SaleServices services, Persistence persistence, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_persistence(persistence) {}

void SaleSession::start() {
    if (auto saved = m_services.sales.loadCurrent()) {
        adopt(*saved);
        return;
    }
    newSale();
}

void SaleSession::load(const Ticket& ticket) {
    adopt(ticket);
}

void SaleSession::newSale() {
    const SaleRules rules = m_services.rules();
    // "New sale" on a sale with no items keeps its number: taking another would leave a gap.
    const bool unused = m_persistence == Persistence::Autosave && m_ticket.lines.isEmpty() &&
                        m_ticket.financingLinks.isEmpty() && !m_ticket.retailerOrderId.isEmpty();
    const QString number =
        unused ? m_ticket.retailerOrderId : m_services.sales.nextRetailerOrderId(rules.storeId);
    adopt(Ticket::create(number, rules.currency, m_services.clock.now()));
}

void SaleSession::adopt(const Ticket& ticket) {
    m_ticket = ticket;
    m_undo.clear();
    m_lastCheck.reset();
    m_pricing.reset();
    m_pricingStale = false;
    m_pricingError.clear();
    m_allowed.reset();
    dropGrants();
    ++m_revision;
    save();
    Q_EMIT ticketChanged();
    scheduleCheck();
}

void SaleSession::save() {
    if (m_persistence == Persistence::Autosave)
        m_services.sales.saveCurrentLater(m_ticket);
}

void SaleSession::change(const std::function<void(Ticket&)>& edit) {
    Ticket before = m_ticket;
    edit(m_ticket);
    if (m_ticket == before)
        return;
    m_undo.append(before);
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    m_ticket.updatedAt = m_services.clock.now();
    ++m_revision;
    m_allowed.reset();
    dropGrants();
    save();
    Q_EMIT ticketChanged();
    scheduleCheck();
}

void SaleSession::undo() {
    if (m_undo.isEmpty())
        return;
    m_ticket = m_undo.takeLast();
    ++m_revision;
    m_allowed.reset();
    dropGrants();
    save();
    Q_EMIT ticketChanged();
    scheduleCheck();
}

SaleSession::ScanResult SaleSession::scan(const QString& code) {
    const QString text = code.trimmed();
    if (text.isEmpty())
        return {false, {}};
    const auto check = barcode::inspect(text);
    std::optional<Product> product;
    if (check.kind != barcode::Kind::NotABarcode) {
        if (!check.checkDigitOk)
            return {false, check.error};
        product = m_services.catalog.byBarcode(check.normalized);
    }
    if (!product)
        product = m_services.catalog.bySku(text);
    if (!product)
        return {
            false,
            check.kind != barcode::Kind::NotABarcode
                ? tr("No product has the barcode %1. Check the item or type its name.").arg(text)
                : tr("No product matches \"%1\". Type part of its name to search.").arg(text)};
    addProduct(*product);
    return {true, {}};
}

void SaleSession::addProduct(const Product& product) {
    // Every scan is its own line: a burst of scans is never merged, so none can be lost in it.
    change([&](Ticket& t) { t.lines.append(TicketLine::fromProduct(product)); });
}

bool SaleSession::setQuantity(const QString& lineId, qint64 quantity) {
    const qsizetype i = m_ticket.indexOfLine(lineId);
    if (i < 0 || quantity < 1 || quantity > 9999)
        return false;
    change([&](Ticket& t) { t.lines[i].quantity = quantity; });
    return true;
}

bool SaleSession::removeLine(const QString& lineId) {
    const qsizetype i = m_ticket.indexOfLine(lineId);
    if (i < 0)
        return false;
    change([&](Ticket& t) { t.lines.removeAt(i); });
    return true;
}

bool SaleSession::chooseShipping(const QString& lineId, const QString& optionId) {
    const qsizetype i = m_ticket.indexOfLine(lineId);
    if (i < 0)
        return false;
    bool offered = false;
    for (const ShippingOption& o : m_ticket.lines.at(i).shippingOptions)
        offered = offered || o.id == optionId;
    if (!offered)
        return false;
    change([&](Ticket& t) { t.lines[i].shippingMethod = optionId; });
    return true;
}

void SaleSession::setCustomer(const TicketCustomer& customer) {
    change([&](Ticket& t) { t.customer = customer; });
}

void SaleSession::setCoupon(const QString& coupon) {
    change([&](Ticket& t) { t.coupon = coupon.trimmed(); });
}

void SaleSession::setSalesChannel(const QString& channel) {
    change([&](Ticket& t) { t.salesChannel = channel.trimmed(); });
}

QString SaleSession::setDiscount(const Money& discount, const QString& mode) {
    if (QString why = discountProblem(m_ticket, discount, mode); !why.isEmpty())
        return why;
    Ticket discounted = m_ticket;
    discounted.discount = discount;
    discounted.discountMode = mode;
    if (discounted == m_ticket)
        return {};
    if (m_discountApproval) {
        const QString saleId = m_ticket.id;
        if (QString why = m_discountApproval(discounted); !why.isEmpty())
            return why;
        // The approval may have asked someone (a dialog), and replies kept arriving meanwhile.
        if (m_ticket.id != saleId)
            return tr("The sale changed while the discount was being approved; enter it again.");
        if (QString why = discountProblem(m_ticket, discount, mode); !why.isEmpty())
            return why;
    }
    change([&](Ticket& t) {
        t.discount = discount;
        t.discountMode = mode;
    });
    Q_EMIT discountChanged(discount, mode);
    return {};
}

QString SaleSession::setFreight(const Money& freight) {
    if (QString why = freightProblem(freight); !why.isEmpty())
        return why;
    change([&](Ticket& t) { t.freightCost = freight; });
    return {};
}

std::optional<Money> SaleSession::parkedPayable() const {
    // Kept only when it is what the customer pays: a cart the pricing service has not priced
    // yet would show its pre-tax total as if it were the payable one.
    const auto b = breakdown();
    if (!b || (pricingEnabled() && !b->priced))
        return std::nullopt;
    return b->total;
}

bool SaleSession::park() {
    if (m_ticket.lines.isEmpty())
        return false;
    if (!m_services.sales.park(m_ticket, m_services.clock.now(), parkedPayable()))
        return false;
    newSale();
    return true;
}

bool SaleSession::recall(const QString& parkedId) {
    const bool unused = m_ticket.lines.isEmpty();
    if (!unused && !m_services.sales.park(m_ticket, m_services.clock.now(), parkedPayable()))
        return false;
    // An empty sale whose number went out in a ChargeAfter link is not unused.
    const QString spare =
        unused && m_ticket.financingLinks.isEmpty() && m_persistence == Persistence::Autosave
            ? m_ticket.retailerOrderId
            : QString();
    const auto ticket = m_services.sales.recall(parkedId);
    if (!ticket)
        return false;
    adopt(*ticket);
    // Given back only once the empty sale is no longer saved anywhere (adopt replaced it), so
    // a crash in between leaves a gap, never two sales with one number. A refusal only leaves
    // the gap.
    if (!spare.isEmpty())
        m_services.sales.returnUnusedOrderId(spare);
    return true;
}

bool SaleSession::checkerEnabled() const {
    return m_services.checker.isConfigured();
}

orderchecker::CheckerSettings SaleSession::checkerSettings() const {
    return m_services.rules().checker;
}

bool SaleSession::allowLocalPrices() const {
    return m_services.rules().allowLocalPrices;
}

void SaleSession::scheduleCheck() {
    if (!checkerEnabled()) {
        m_checkState = CheckState::Disabled;
        Q_EMIT checkStateChanged();
    }
    if (!checkerEnabled() && !pricingEnabled())
        return;
    // One pass per change (check, apply, price), at most one pass in flight; when it answers,
    // the latest state is sent if the cart moved on meanwhile.
    if (!m_passInFlight)
        sendCheck();
}

void SaleSession::checkAgain() {
    if (!checkerEnabled() || m_finalising)
        return;
    // A pass in flight checks again once it is over; an idle session sends now.
    if (m_passInFlight)
        m_checkAgain = true;
    else
        sendCheck();
}

void SaleSession::sendCheck() {
    m_passInFlight = true;
    m_checkAgain = false;
    const quint64 sent = m_revision;
    if (!checkerEnabled()) {
        sendPricing(sent);
        return;
    }
    m_checkedRevision = m_revision;
    m_checkState = CheckState::Checking;
    Q_EMIT checkStateChanged();
    // The cart is priced while it is checked: most verdicts change nothing, and then the pass
    // takes the longer of the two round trips instead of both one after the other. A verdict
    // that does change the cart has it priced again, after the check, as it now stands.
    m_pass = {};
    m_pass.checking = true;
    if (pricingEnabled()) {
        m_pass.pricing = true;
        m_pass.pricedTicket = m_ticket;
        m_pricingBusy = true;
        Q_EMIT pricingChanged();
        m_services.pricing.price(m_ticket, pricingContext(false), this,
                                 [this, sent](const aifi::PricingOutcome& outcome) {
                                     m_pass.pricing = false;
                                     m_pass.priced = outcome;
                                     endPass(sent);
                                 });
    }
    m_services.checker.check(m_ticket, this,
                             [this, sent](const orderchecker::CheckOutcome& outcome) {
                                 m_pass.checking = false;
                                 // A verdict about a cart that no longer exists is not applied.
                                 if (sent == m_revision)
                                     applyVerdict(outcome);
                                 endPass(sent);
                             });
}

void SaleSession::applyVerdict(const orderchecker::CheckOutcome& outcome) {
    m_lastCheck = outcome;
    if (!outcome.ok()) {
        m_checkState = CheckState::Failed;
    } else {
        // Applied without a new revision: a reply's own changes do not trigger a check. Saved
        // again only when the verdict changed the cart (most verdicts change nothing).
        const Ticket before = m_ticket;
        orderchecker::applyActions(m_ticket, outcome->actions);
        if (!(m_ticket == before))
            save();
        m_checkState = CheckState::Checked;
        Q_EMIT ticketChanged();
    }
    Q_EMIT checkStateChanged();
}

void SaleSession::endPass(quint64 sent) {
    // At most one pass in flight: the next one starts only when both replies are in, so two
    // pricing requests of one sale never race (AiFi's order id comes from the first).
    if (m_pass.checking || m_pass.pricing)
        return;
    const std::optional<aifi::PricingOutcome> priced = std::exchange(m_pass.priced, {});
    if (sent != m_revision) {
        // The cart changed meanwhile: check and price its latest state.
        m_pricingBusy = false;
        m_passInFlight = false;
        sendCheck();
        return;
    }
    // Only the prices of this very cart: its verdict, or a final check meanwhile, may have
    // changed it without a new revision.
    const bool sameCart = m_ticket == m_pass.pricedTicket;
    m_pass.pricedTicket = {};
    if (!priced || !sameCart) {
        // Pricing is switched off, or priced a cart that has since changed.
        sendPricing(sent);
        return;
    }
    m_pricingBusy = false;
    m_passInFlight = false;
    if (!finalPricesRule())
        applyPricing(*priced);
    if (m_checkAgain)
        sendCheck();
    else
        Q_EMIT passFinished();
}

void SaleSession::sendPricing(quint64 sent) {
    if (!pricingEnabled()) {
        m_passInFlight = false;
        if (m_checkAgain)
            sendCheck();
        else
            Q_EMIT passFinished();
        return;
    }
    m_pricingBusy = true;
    Q_EMIT pricingChanged();
    m_services.pricing.price(m_ticket, pricingContext(false), this,
                             [this, sent](const aifi::PricingOutcome& outcome) {
                                 m_passInFlight = false;
                                 m_pricingBusy = false;
                                 if (sent != m_revision) {
                                     sendCheck();
                                     return;
                                 }
                                 if (!finalPricesRule())
                                     applyPricing(outcome);
                                 if (m_checkAgain)
                                     sendCheck();
                                 else
                                     Q_EMIT passFinished();
                             });
}

bool SaleSession::finalPricesRule() const {
    // The final check prices the cart itself, as "completed": a pass's reply arriving during
    // it, or after it allowed this very cart, never replaces those prices.
    return m_finalising || (m_allowed && m_allowedRevision == m_revision);
}

void SaleSession::applyPricing(const aifi::PricingOutcome& outcome) {
    if (outcome.value) {
        m_pricing = outcome.value;
        m_pricingError.clear();
    } else {
        // The last good pricing stays on screen, marked stale; a bad reply never replaces it.
        m_pricingError = outcome.error;
    }
    m_pricingStale = !outcome.value;
    Q_EMIT pricingChanged();
}

bool SaleSession::pricingEnabled() const {
    return m_services.pricing.isConfigured();
}

aifi::PricingContext SaleSession::pricingContextFor(const SaleRules& rules, const Ticket& ticket,
                                                    bool completed, qint64 orderId,
                                                    const QDateTime& now) {
    aifi::PricingContext c;
    c.store = rules.pricingStore;
    c.priceIncludesTax = rules.priceIncludesTax;
    c.completed = completed;
    c.timeOfOrigin = ticket.updatedAt.isValid() ? ticket.updatedAt : now;
    c.timeOfIssue = now;
    c.orderId = orderId;
    return c;
}

aifi::PricingContext SaleSession::pricingContext(bool completed) const {
    // AiFi's own order id, once it has given one, keeps the pricing passes of one sale together.
    return pricingContextFor(m_services.rules(), m_ticket, completed,
                             m_pricing ? m_pricing->orderId : 0, m_services.clock.now());
}

std::optional<Money> SaleSession::payableTotal() const {
    // One rule (sale/breakdown.cpp) for the till, the financing link, the journal and the
    // receipt, so they agree to the cent.
    const auto b = breakdown();
    return b ? std::optional<Money>(b->total) : std::nullopt;
}

std::optional<SaleBreakdown> SaleSession::breakdown() const {
    return saleBreakdown(m_ticket, m_pricing);
}

SaleSession::StatusLine SaleSession::checkStatus() const {
    switch (m_checkState) {
    case CheckState::Idle:
        return {};
    case CheckState::Checking:
        return {tr("Checking the order…"), false};
    case CheckState::Checked:
        return {tr("Order checked"), false};
    case CheckState::Failed:
        return {tr("Order checker unavailable: %1")
                    .arg(m_lastCheck && !m_lastCheck->error.isEmpty() ? m_lastCheck->error
                                                                      : tr("no answer")),
                true};
    case CheckState::Disabled:
        return {tr("No order checker configured"), false};
    }
    return {};
}

orderchecker::Decision SaleSession::currentDecision() const {
    if (m_ticket.lines.isEmpty())
        return {false, tr("The sale is empty: scan an item.")};
    if (pricingEnabled() && m_pricingStale && !allowLocalPrices()) {
        const orderchecker::Decision d =
            overridden({false, tr("The prices could not be confirmed: %1").arg(m_pricingError)},
                       Blocker::UnconfirmedPrices);
        if (!d.allowed)
            return d;
    }
    if (!checkerEnabled())
        return {true, {}};
    if (!m_lastCheck || m_checkState == CheckState::Checking)
        return {false, tr("Checking the order…")};
    return overridden(decideInWords(*m_lastCheck), Blocker::OrderChecker);
}

orderchecker::Decision SaleSession::decideInWords(const orderchecker::CheckOutcome& outcome) const {
    const orderchecker::CheckerSettings settings = checkerSettings();
    orderchecker::Decision d = orderchecker::decide(outcome, settings);
    if (!outcome.ok()) {
        // What the cashier can do next depends on the store's switch: say which it is.
        d.reason = tr("%1 %2").arg(d.reason, settings.allowSalesOnApiErrors
                                                 ? tr("The store allows finishing without the "
                                                      "check.")
                                                 : tr("The sale cannot finish until the check "
                                                      "works."));
        return d;
    }
    if (outcome->kind != orderchecker::CheckVerdict::Kind::Blocked)
        return d;
    const QString named = namedErrors(m_ticket, outcome->actions);
    if (named.isEmpty())
        return d;
    d.reason = d.allowed
                   ? tr("Allowed although some items have errors (store setting): %1").arg(named)
                   : tr("The order checker blocks this sale: %1").arg(named);
    return d;
}

} // namespace checkstand
