#include "salesession.h"

#include "catalog/barcode.h"
#include "catalog/catalog.h"
#include "orderchecker/ordercheckclient.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"

#include <QCoreApplication>

namespace checkstand {

namespace {

constexpr qsizetype kUndoDepth = 200;

} // namespace

SaleSession::SaleSession(Runtime& runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime) {}

void SaleSession::start() {
    if (auto saved = m_runtime.sales().loadCurrent()) {
        adopt(*saved);
        return;
    }
    newSale();
}

void SaleSession::newSale() {
    const QString number = m_runtime.sales().nextRetailerOrderId(m_runtime.settings().storeId());
    adopt(Ticket::create(number, m_runtime.settings().currency(), m_runtime.clock().now()));
}

void SaleSession::adopt(const Ticket& ticket) {
    m_ticket = ticket;
    m_undo.clear();
    m_lastCheck.reset();
    m_allowed.reset();
    ++m_revision;
    save();
    Q_EMIT ticketChanged();
    scheduleCheck();
}

void SaleSession::save() {
    m_runtime.sales().saveCurrent(m_ticket);
}

void SaleSession::change(const std::function<void(Ticket&)>& edit) {
    Ticket before = m_ticket;
    edit(m_ticket);
    if (m_ticket == before)
        return;
    m_undo.append(before);
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    m_ticket.updatedAt = m_runtime.clock().now();
    ++m_revision;
    m_allowed.reset();
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
        product = m_runtime.catalog().byBarcode(check.normalized);
    }
    if (!product)
        product = m_runtime.catalog().bySku(text);
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

void SaleSession::setDiscount(const Money& discount, const QString& mode) {
    change([&](Ticket& t) {
        t.discount = discount;
        t.discountMode = mode;
    });
}

void SaleSession::setFreight(const Money& freight) {
    change([&](Ticket& t) { t.freightCost = freight; });
}

bool SaleSession::park() {
    if (m_ticket.lines.isEmpty())
        return false;
    if (!m_runtime.sales().park(m_ticket, m_runtime.clock().now()))
        return false;
    newSale();
    return true;
}

bool SaleSession::recall(const QString& parkedId) {
    if (!m_ticket.lines.isEmpty() && !m_runtime.sales().park(m_ticket, m_runtime.clock().now()))
        return false;
    const auto ticket = m_runtime.sales().recall(parkedId);
    if (!ticket)
        return false;
    adopt(*ticket);
    return true;
}

bool SaleSession::checkerEnabled() const {
    return !m_runtime.endpoint(service::orderChecker).isEmpty();
}

orderchecker::CheckerSettings SaleSession::checkerSettings() const {
    return {m_runtime.settings().value(settingskey::allowSalesOnApiErrors).toBool(),
            m_runtime.settings().value(settingskey::allowSalesOnItemErrors).toBool()};
}

void SaleSession::scheduleCheck() {
    if (!checkerEnabled()) {
        m_checkState = CheckState::Disabled;
        Q_EMIT checkStateChanged();
        return;
    }
    // At most one request in flight; when it answers, the latest state is sent if it moved on.
    if (!m_checkInFlight)
        sendCheck();
}

void SaleSession::sendCheck() {
    m_checkInFlight = true;
    m_checkedRevision = m_revision;
    m_checkState = CheckState::Checking;
    Q_EMIT checkStateChanged();
    const quint64 sent = m_revision;
    m_runtime.orderChecker().check(
        m_ticket, this, [this, sent](const orderchecker::CheckOutcome& outcome) {
            m_checkInFlight = false;
            if (sent != m_revision) {
                // The cart changed meanwhile: this verdict is about a cart that no longer exists.
                sendCheck();
                return;
            }
            m_lastCheck = outcome;
            if (outcome.kind == orderchecker::CheckOutcome::Kind::ApiFailure) {
                m_checkState = CheckState::Failed;
            } else {
                // Applied without a new revision: a reply's own changes do not trigger a check.
                orderchecker::applyActions(m_ticket, outcome.actions);
                save();
                m_checkState = CheckState::Checked;
                Q_EMIT ticketChanged();
            }
            Q_EMIT checkStateChanged();
        });
}

orderchecker::Decision SaleSession::currentDecision() const {
    if (m_ticket.lines.isEmpty())
        return {false, tr("The sale is empty: scan an item.")};
    if (!checkerEnabled())
        return {true, {}};
    if (!m_lastCheck || m_checkState == CheckState::Checking)
        return {false, tr("Checking the order…")};
    return orderchecker::decide(*m_lastCheck, checkerSettings());
}

void SaleSession::requestFinalisation() {
    if (m_finalising)
        return;
    if (m_ticket.lines.isEmpty()) {
        Q_EMIT finalisationDecided({false, tr("The sale is empty: scan an item.")});
        return;
    }
    if (!checkerEnabled()) {
        m_allowed = orderchecker::Decision{true, {}};
        m_allowedRevision = m_revision;
        Q_EMIT finalisationDecided(*m_allowed);
        return;
    }
    m_finalising = true;
    const quint64 sent = m_revision;
    m_runtime.orderChecker().check(
        m_ticket, this, [this, sent](const orderchecker::CheckOutcome& outcome) {
            m_finalising = false;
            if (sent != m_revision) {
                Q_EMIT finalisationDecided(
                    {false, tr("The sale changed during the final check; finish it again.")});
                return;
            }
            m_lastCheck = outcome;
            if (outcome.kind != orderchecker::CheckOutcome::Kind::ApiFailure) {
                orderchecker::applyActions(m_ticket, outcome.actions);
                save();
                Q_EMIT ticketChanged();
            }
            m_checkState = outcome.kind == orderchecker::CheckOutcome::Kind::ApiFailure
                               ? CheckState::Failed
                               : CheckState::Checked;
            Q_EMIT checkStateChanged();
            const auto decision = orderchecker::decide(outcome, checkerSettings());
            if (decision.allowed) {
                m_allowed = decision;
                m_allowedRevision = m_revision;
            }
            Q_EMIT finalisationDecided(decision);
        });
}

bool SaleSession::complete(Tender tender, const QString& financingTrackingId) {
    // Only the exact cart a final check allowed can be journaled.
    if (!m_allowed || m_allowedRevision != m_revision)
        return false;
    const auto total = m_ticket.total();
    if (!total)
        return false;
    CompletedSale sale;
    sale.ticket = m_ticket;
    sale.tender = tender;
    sale.total = *total;
    sale.completedAt = m_runtime.clock().now();
    sale.financingTrackingId = financingTrackingId;
    if (!m_runtime.sales().recordCompleted(sale))
        return false;
    Q_EMIT saleCompleted(sale);
    newSale();
    return true;
}

} // namespace checkstand
