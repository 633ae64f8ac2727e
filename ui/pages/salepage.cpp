// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salepage.h"

#include "models/ticketlinesmodel.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "sale/salesession.h"
#include "settings/appsettings.h"
#include "widgets/carttable.h"
#include "widgets/lastreceipt.h"
#include "widgets/orderpanel.h"
#include "widgets/salebottombar.h"
#include "widgets/salefinancing.h"
#include "widgets/scanfield.h"
#include "widgets/scannerguard.h"
#include "widgets/tenderdialog.h"
#include "widgets/wordslabel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace checkstand {

using CheckState = SaleSession::CheckState;

namespace {

// Fixed colours, as the training banner: a warning must look the same under every theme.
const QString kErrorStyle = palette::errorStyleSheet();
const QString kOkStyle = palette::okStyleSheet();
const QString kNeutralStyle = QStringLiteral("color: palette(window-text);");
const QString kErrorBanner = palette::errorBannerStyleSheet();
const QString kNoticeBanner = palette::noticeBannerStyleSheet();

} // namespace

SalePage::SalePage(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_session(new SaleSession(runtime.saleServices(), SaleSession::Persistence::Autosave, this))
    , m_lines(new TicketLinesModel(*m_session, this)) {
    setObjectName(QStringLiteral("salePage"));

    m_saleNumber = new QLabel;
    m_saleNumber->setObjectName(QStringLiteral("saleNumber"));
    QFont heading = m_saleNumber->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_saleNumber->setFont(heading);
    m_checkStatus = wordsLabel(QStringLiteral("checkStatus"));
    m_checkStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_scan = new ScanField(m_runtime.catalog());
    m_message = wordsLabel(QStringLiteral("scanMessage"));
    m_orderErrors = wordsLabel(QStringLiteral("orderErrors"));
    m_orderErrors->setStyleSheet(kErrorBanner);
    m_orderErrors->hide();
    m_notices = wordsLabel(QStringLiteral("notices"));
    m_notices->setStyleSheet(kNoticeBanner);
    m_notices->hide();

    m_orderPanel = new OrderPanel(*m_session, m_runtime.settings().currency());
    connect(m_orderPanel, &OrderPanel::returnPressed, this, &SalePage::refocus);
    connect(m_orderPanel, &OrderPanel::invalidAmount, this,
            [this](const QString& message) { setMessage(message, true); });
    connect(m_orderPanel->foldButton(), &QToolButton::clicked, this, [this] {
        if (m_orderPanel->isFolded())
            refocus();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_saleNumber);
    top->addWidget(m_orderPanel->foldButton());
    top->addStretch();
    top->addWidget(m_checkStatus, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("saleSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new CartTable(*m_lines);
    connect(m_table, &CartTable::lineKey, this, &SalePage::onLineKey);
    connect(m_table, &CartTable::editorClosed, this, &SalePage::refocus);
    splitter->addWidget(m_table);
    splitter->addWidget(m_orderPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scan);
    layout->addWidget(m_message);
    layout->addWidget(m_orderErrors);
    layout->addWidget(m_notices);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildBottomBar());

    buildActions();
    setFocusProxy(m_scan);

    m_financing = new SaleFinancing(m_runtime, *m_session, this);
    connect(m_financing, &SaleFinancing::financingRequested, this, &SalePage::financingRequested);
    connect(m_financing, &SaleFinancing::message, this, &SalePage::setMessage);
    connect(m_financing, &SaleFinancing::dialogClosed, this, &SalePage::refocusAfterDialog);
    connect(m_financing, &SaleFinancing::waitingChanged, this, &SalePage::updateVerdict);
    connect(m_financing, &SaleFinancing::approved, this, &SalePage::afterSale);
    connect(&m_runtime.sales(), &SalesStore::awaitingChanged, this, &SalePage::updateAwaitingCount);
    // Kept for F8, whatever paid it; the till's own completions say their words in onTender.
    m_receipt = new LastReceipt(m_runtime, this);
    connect(m_session, &SaleSession::saleCompleted, m_receipt, &LastReceipt::setSale);
    followOperator();

    connect(m_scan, &ScanField::submitted, this, &SalePage::onSubmitted);
    m_scanner = new ScannerGuard(this, m_scan, this);
    connect(m_scanner, &ScannerGuard::scanned, this, &SalePage::onScannedElsewhere);
    connect(m_scan, &ScanField::productChosen, this, &SalePage::onProductChosen);
    connect(m_scan, &ScanField::lineKey, this, &SalePage::onLineKey);
    connect(m_session, &SaleSession::ticketChanged, this, &SalePage::onTicketChanged);
    connect(m_session, &SaleSession::checkStateChanged, this, [this] {
        updateCheckStatus();
        updateVerdict();
        updateButtons();
    });
    connect(m_session, &SaleSession::finalisationDecided, this, &SalePage::onFinalisationDecided);
    // Stale pricing blocks finishing (unless local prices are allowed): the verdict follows it.
    connect(m_session, &SaleSession::pricingChanged, this, &SalePage::updateVerdict);
    // The two "allow sales" switches change the verdict without a new check.
    connect(&m_runtime.settings(), &AppSettings::changed, this, [this] {
        m_blocked.reset();
        updateCheckStatus();
        updateVerdict();
    });

    m_session->start();
    onTicketChanged();
    updateCheckStatus();
    updateAwaitingCount();
}

SalePage::~SalePage() {
    // An editor committed during the teardown must not ask anyone about a discount.
    m_session->setDiscountApproval({});
    // Closing the window commits an open cell editor or line edit while the children are torn
    // down; nothing they say may reach this half-destroyed page, and the table goes first, while
    // the session its model writes to still exists.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
    delete m_table;
    m_table = nullptr;
}

QWidget* SalePage::buildBottomBar() {
    m_bar = new SaleBottomBar(*m_session, m_runtime.settings());
    connect(m_bar->undoButton(), &QPushButton::clicked, this, &SalePage::undo);
    connect(m_bar->parkButton(), &QPushButton::clicked, this, &SalePage::park);
    connect(m_bar->recallButton(), &QPushButton::clicked, this, &SalePage::recall);
    connect(m_bar->newSaleButton(), &QPushButton::clicked, this, &SalePage::newSale);
    connect(m_bar->voidButton(), &QPushButton::clicked, this, &SalePage::voidSale);
    connect(m_bar->receiptButton(), &QPushButton::clicked, this, &SalePage::printReceipt);
    connect(m_bar->awaitingButton(), &QPushButton::clicked, this, &SalePage::openAwaitingFinancing);
    connect(m_bar->finishButton(), &QPushButton::clicked, this, &SalePage::finish);
    connect(m_bar->allowOnceButton(), &QPushButton::clicked, this, &SalePage::allowBlockedSaleOnce);
    return m_bar;
}

void SalePage::buildActions() {
    // Window-wide while this page is shown, so the keys work from any field of it (and from the
    // navigation list); the page's actions are inert while another page is shown.
    const auto action = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(tr("Undo"), QKeySequence::Undo, &SalePage::undo);
    action(tr("Park"), QKeySequence(Qt::Key_F6), &SalePage::park);
    action(tr("Recall"), QKeySequence(Qt::Key_F7), &SalePage::recall);
    action(tr("New sale"), QKeySequence(Qt::CTRL | Qt::Key_N), &SalePage::newSale);
    action(tr("Finish"), QKeySequence(Qt::Key_F12), &SalePage::finish);
    action(tr("&Print receipt"), QKeySequence(Qt::Key_F8), &SalePage::printReceipt)
        ->setObjectName(QStringLiteral("printReceipt"));
    action(tr("Awaiting financing"), QKeySequence(Qt::Key_F9), &SalePage::openAwaitingFinancing);
    // Not a bare key: giving up a sale must be deliberate.
    m_voidAction = action(tr("&Void sale…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                          &SalePage::voidSale);
    m_voidAction->setObjectName(QStringLiteral("voidSale"));

    // Lives in the window's File menu, so it works from every page.
    m_importAction = new QAction(tr("&Import catalog…"), this);
    m_importAction->setObjectName(QStringLiteral("importCatalog"));
    connect(m_importAction, &QAction::triggered, this, &SalePage::importCatalog);
}

void SalePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refocus();
}

// --- scanning --------------------------------------------------------------------------------

void SalePage::onSubmitted(const QString& text) {
    const QString code = text.trimmed();
    if (code.isEmpty())
        return;
    const SaleSession::ScanResult result = m_session->scan(code);
    if (result.added) {
        m_scan->clear();
        const TicketLine& line = m_session->ticket().lines.constLast();
        setMessage(tr("Added %1, %2.").arg(line.name, line.unitPrice.toDisplayString()), false);
        return;
    }
    // A name that matches exactly one product needs no second keystroke.
    const QList<Product> candidates = m_scan->candidates();
    if (ScanField::looksLikeSearch(code) && candidates.size() == 1) {
        onProductChosen(candidates.constFirst());
        return;
    }
    // A receipt's barcode on an empty sale: the customer brings something back.
    if (m_session->ticket().lines.isEmpty() && candidates.isEmpty()) {
        if (const std::optional<CompletedSale> sale = m_runtime.sales().sale(code)) {
            m_scan->clear();
            setMessage(tr("Receipt of sale %1 scanned: its return opens.")
                           .arg(sale->ticket.retailerOrderId),
                       false);
            Q_EMIT returnRequested(sale->ticket.retailerOrderId);
            return;
        }
    }
    QString message = result.message;
    if (ScanField::looksLikeSearch(code) && candidates.size() > 1)
        message = tr("%1 products match \"%2\": pick one with the arrow keys and Enter.")
                      .arg(candidates.size())
                      .arg(code);
    else
        badScanSignal();
    setMessage(message, true);
    // The next scan replaces the text instead of being appended to it.
    m_scan->selectAll();
}

void SalePage::onProductChosen(const Product& product) {
    m_session->addProduct(product);
    m_scan->clear();
    setMessage(tr("Added %1, %2.").arg(product.name, product.price.toDisplayString()), false);
    refocus();
}

void SalePage::onLineKey(int key) {
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        if (m_lines->rowCount() == 0)
            return;
        selectRow(m_lines->adjacentLineRow(currentRow(), key == Qt::Key_Up ? -1 : 1));
        return;
    }
    const int row = currentRow();
    if (row < 0) {
        setMessage(tr("The sale is empty: scan an item."), true);
        refocus();
        return;
    }
    const TicketLine& line = m_lines->line(row);
    const QString id = line.lineId;
    const QString name = line.name;
    if (key == Qt::Key_Delete) {
        m_session->removeLine(id);
        setMessage(tr("Removed %1. Ctrl+Z brings it back.").arg(name), false);
    } else if (key == Qt::Key_Plus) {
        if (!m_session->setQuantity(id, line.quantity + 1))
            setMessage(tr("The quantity cannot go above 9999."), true);
    } else if (key == Qt::Key_Minus) {
        if (line.quantity <= 1)
            setMessage(tr("The quantity is already 1; press Delete to remove the line."), true);
        else
            m_session->setQuantity(id, line.quantity - 1);
    }
    refocus();
}

int SalePage::currentRow() const {
    return m_table ? m_table->currentLineRow() : -1;
}

void SalePage::selectRow(int row) {
    if (m_table)
        m_table->selectLineRow(row);
}

void SalePage::refocus() {
    // Only while the page is on screen. Qt gives the keyboard to a widget of a hidden page as
    // well, and then what is typed next (a scan, Enter) would ring up items nobody sees: after
    // the File menu's catalog import on another page, or an order check answered after Ctrl+2.
    if (isVisible())
        m_scan->setFocus(Qt::OtherFocusReason);
}

void SalePage::refocusAfterDialog() {
    // Window managers usually give the activation back when a dialog closes, but not all do
    // (nor the offscreen platform); the cashier's next scan must not go nowhere.
    if (isVisible())
        window()->activateWindow();
    refocus();
}

// --- the ticket on screen --------------------------------------------------------------------

void SalePage::onTicketChanged() {
    const Ticket& t = m_session->ticket();
    const bool newTicket = t.id != m_ticketId;
    if (newTicket) {
        m_ticketId = t.id;
        m_blocked.reset();
        // A sale handed to financing that is no longer on screen does not wait for its link.
        m_financing->ticketShown(t.id);
    }
    showTicket(newTicket);
    updateCheckStatus();
    updateVerdict();
    updateButtons();
}

void SalePage::showTicket(bool newTicket) {
    const Ticket& t = m_session->ticket();
    m_saleNumber->setText(tr("Sale %1").arg(t.retailerOrderId));

    m_orderErrors->setText(t.orderErrors.join(u'\n'));
    m_orderErrors->setVisible(!t.orderErrors.isEmpty());
    m_notices->setText(t.notices.join(u'\n'));
    m_notices->setVisible(!t.notices.isEmpty());

    m_orderPanel->showTicket(t, newTicket);
}

void SalePage::updateCheckStatus() {
    const SaleSession::StatusLine status = m_session->checkStatus();
    m_checkStatus->setText(status.text);
    m_checkStatus->setStyleSheet(status.isError ? kErrorStyle : kNeutralStyle);
}

void SalePage::updateVerdict() {
    QString text;
    QString style = kNeutralStyle;
    const Ticket& t = m_session->ticket();
    if (m_financing && m_financing->isWaitingForLink()) {
        text = tr("Waiting for the ChargeAfter checkout link: send it on the Financing page; the "
                  "sale then waits for ChargeAfter's approval (F9).");
    } else if (m_blocked && m_blockedRevision == m_session->revision()) {
        text = m_blocked->reason;
        style = kErrorStyle;
    } else if (m_session->isFinalising()) {
        text = tr("Checking the order before finishing…");
    } else {
        const orderchecker::Decision d = m_session->currentDecision();
        if (d.allowed) {
            text = d.reason.isEmpty() ? tr("Ready to finish (F12).")
                                      : tr("Ready to finish (F12). %1").arg(d.reason);
            style = kOkStyle;
        } else {
            text = d.reason;
            // An empty sale or a check under way is not a problem; anything else is.
            const bool waiting =
                t.lines.isEmpty() || m_session->checkState() == CheckState::Checking;
            style = waiting ? kNeutralStyle : kErrorStyle;
        }
    }
    m_bar->verdict()->setText(text);
    m_bar->verdict()->setStyleSheet(style);
    // A supervisor may let exactly this refused sale through once.
    const bool overridable = m_blocked && m_blockedRevision == m_session->revision() &&
                             SaleSession::overrideFor(m_session->lastBlocker()).has_value();
    m_bar->allowOnceButton()->setVisible(overridable);
}

void SalePage::updateButtons() {
    const bool hasLines = !m_session->ticket().lines.isEmpty();
    m_bar->undoButton()->setEnabled(m_session->canUndo());
    m_bar->parkButton()->setEnabled(hasLines);
    m_bar->finishButton()->setEnabled(hasLines && !m_session->isFinalising());
    // An empty sale has nothing to give up; one being checked is voided once the check is over.
    const bool voidable = hasLines && !m_session->isFinalising();
    m_bar->voidButton()->setEnabled(voidable);
    m_voidAction->setEnabled(voidable);
    m_bar->receiptButton()->setEnabled(m_receipt && m_receipt->sale().has_value());
}

void SalePage::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? kErrorStyle : kNeutralStyle);
}

// --- actions ---------------------------------------------------------------------------------

void SalePage::finish() {
    commitFields();
    if (m_session->isFinalising())
        return;
    m_blocked.reset();
    m_session->requestFinalisation();
    // Unless it was answered at once (an empty sale, no checker), show that a check runs.
    updateVerdict();
    updateButtons();
    refocus();
}

void SalePage::onFinalisationDecided(const orderchecker::Decision& decision) {
    updateButtons();
    if (!decision.allowed) {
        // No window: the reason stays on screen, in words, next to the Finish button.
        m_blocked = decision;
        m_blockedRevision = m_session->revision();
        updateVerdict();
        setMessage(tr("The sale cannot be finished yet (see below)."), true);
        refocus();
        return;
    }
    m_blocked.reset();
    updateVerdict();
    const Ticket& t = m_session->ticket();
    const QString saleId = t.id;
    // What the customer pays: the priced total (tax, deposits) less discount plus freight.
    const std::optional<Money> due = m_session->payableTotal();
    if (!due) {
        setMessage(tr("The sale's total is too large to take payment for."), true);
        refocus();
        return;
    }
    m_tender = TenderDialog::ask(
        this, *due, t.retailerOrderId, this,
        [this, saleId](std::optional<TenderDialog::Result> result) { onTender(saleId, result); });
}

void SalePage::onTender(const QString& saleId, const std::optional<TenderDialog::Result>& result) {
    const Ticket& t = m_session->ticket();
    if (t.id != saleId) {
        refocusAfterDialog();
        return;
    }
    if (!result) {
        setMessage(tr("Payment cancelled; the sale is still open."), false);
        refocusAfterDialog();
        return;
    }
    if (result->financing) {
        m_financing->handOver();
        updateVerdict();
        return;
    }
    const QString number = t.retailerOrderId;
    const std::optional<Money> total = m_session->payableTotal();
    if (const QString why = m_session->completeWith(result->payments); !why.isEmpty())
        setMessage(tr("Sale %1 was not recorded: %2 Press F12 to take the payment again.")
                       .arg(number, why),
                   true);
    else if (const auto sale = m_receipt->sale(); total && sale && sale->ticket.id == saleId)
        afterSale(*sale, TenderDialog::completedWords(number, *total, result->payments));
    else if (total)
        setMessage(TenderDialog::completedWords(number, *total, result->payments), false);
    refocusAfterDialog();
}

void SalePage::onScannedElsewhere(const QString& code) {
    // A scan while paying is never an item of this sale nor of the next one.
    if (m_tender) {
        m_tender->refuseScan(code);
        badScanSignal();
        return;
    }
    // A scan while a customer or order field had the keyboard: the item, as from the scan field.
    m_scan->setFocus(Qt::OtherFocusReason);
    m_scan->setText(code);
    onSubmitted(code);
}

void SalePage::badScanSignal() {
    if (m_runtime.settings().value(settingskey::beepOnBadScan).toBool())
        QApplication::beep();
}

bool SalePage::isAwaitingFinancing() const {
    return m_financing->isWaitingForLink();
}

std::optional<CompletedSale> SalePage::lastSale() const {
    return m_receipt->sale();
}

void SalePage::financingLinkSent(const QString& trackingId, const QString& merchantOrderId) {
    m_financing->linkSent(trackingId, merchantOrderId);
    updateAwaitingCount();
}

void SalePage::openAwaitingFinancing() {
    commitFields();
    m_financing->openAwaiting();
}

void SalePage::updateAwaitingCount() {
    const int count = m_financing->awaitingCount();
    m_bar->setAwaitingCount(count);
    m_bar->awaitingButton()->setEnabled(count != 0);
}

} // namespace checkstand
