#include "salepage.h"

#include "dialogs.h"
#include "models/ticketlinesmodel.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "sale/financingcart.h"
#include "sale/salesession.h"
#include "settings/appsettings.h"
#include "widgets/carttable.h"
#include "widgets/importreport.h"
#include "widgets/orderpanel.h"
#include "widgets/recalldialog.h"
#include "widgets/scanfield.h"
#include "widgets/scannerguard.h"
#include "widgets/tenderdialog.h"
#include "widgets/totalspanel.h"
#include "widgets/wordslabel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
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

    auto* top = new QHBoxLayout;
    top->addWidget(m_saleNumber);
    top->addStretch();
    top->addWidget(m_checkStatus, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("saleSplitter"));
    splitter->setChildrenCollapsible(false);
    m_table = new CartTable(*m_lines);
    connect(m_table, &CartTable::lineKey, this, &SalePage::onLineKey);
    connect(m_table, &CartTable::editorClosed, this, &SalePage::refocus);
    splitter->addWidget(m_table);
    m_orderPanel = new OrderPanel(*m_session, m_runtime.settings().currency());
    connect(m_orderPanel, &OrderPanel::returnPressed, this, &SalePage::refocus);
    connect(m_orderPanel, &OrderPanel::invalidAmount, this,
            [this](const QString& message) { setMessage(message, true); });
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
}

SalePage::~SalePage() {
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
    m_totals = new TotalsPanel(*m_session, m_runtime.settings());

    m_verdict = wordsLabel(QStringLiteral("finalizeReason"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    const auto button = [](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_undoButton = button(tr("Undo (Ctrl+Z)"), "undoButton", tr("Undo the last change"));
    m_parkButton =
        button(tr("Park (F6)"), "parkButton", tr("Put this sale aside and start a new one"));
    m_recallButton = button(tr("Recall… (F7)"), "recallButton", tr("Bring back a parked sale"));
    m_newSaleButton = button(tr("New sale"), "newSaleButton",
                             tr("Start a new sale; a sale with items is parked first"));
    m_finishButton =
        button(tr("Finish sale (F12)"), "finishButton", tr("Check the order and take payment"));
    m_finishButton->setMinimumHeight(40);
    connect(m_undoButton, &QPushButton::clicked, this, &SalePage::undo);
    connect(m_parkButton, &QPushButton::clicked, this, &SalePage::park);
    connect(m_recallButton, &QPushButton::clicked, this, &SalePage::recall);
    connect(m_newSaleButton, &QPushButton::clicked, this, &SalePage::newSale);
    connect(m_finishButton, &QPushButton::clicked, this, &SalePage::finish);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_parkButton);
    buttons->addWidget(m_recallButton);
    buttons->addWidget(m_newSaleButton);
    buttons->addStretch();
    buttons->addWidget(m_finishButton);

    auto* left = new QVBoxLayout;
    left->addWidget(m_verdict);
    left->addStretch();
    left->addLayout(buttons);

    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(m_totals, 0, Qt::AlignBottom);
    return bar;
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
    action(tr("Finish"), QKeySequence(Qt::Key_F12), &SalePage::finish);

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
        // A sale handed to financing that is no longer on screen is not completed by its link.
        if (m_financingSaleId && *m_financingSaleId != t.id)
            m_financingSaleId.reset();
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
    if (m_financingSaleId && *m_financingSaleId == t.id) {
        text = tr("Waiting for the ChargeAfter checkout link: send it on the Financing page and "
                  "this sale completes.");
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
    m_verdict->setText(text);
    m_verdict->setStyleSheet(style);
}

void SalePage::updateButtons() {
    const bool hasLines = !m_session->ticket().lines.isEmpty();
    m_undoButton->setEnabled(m_session->canUndo());
    m_parkButton->setEnabled(hasLines);
    m_finishButton->setEnabled(hasLines && !m_session->isFinalising());
}

void SalePage::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? kErrorStyle : kNeutralStyle);
}

// --- fields ----------------------------------------------------------------------------------

void SalePage::commitFields() {
    m_orderPanel->commit();
}

// --- actions ---------------------------------------------------------------------------------

void SalePage::undo() {
    if (!m_session->canUndo()) {
        setMessage(tr("Nothing to undo."), false);
    } else {
        m_session->undo();
        setMessage(tr("Last change undone."), false);
    }
    refocus();
}

void SalePage::park() {
    commitFields();
    const QString number = m_session->ticket().retailerOrderId;
    if (m_session->ticket().lines.isEmpty())
        setMessage(tr("Nothing to park: the sale is empty."), true);
    else if (m_session->park())
        setMessage(tr("Sale %1 parked. F7 brings it back.").arg(number), false);
    else
        setMessage(tr("Sale %1 could not be parked; it stays on screen.").arg(number), true);
    refocus();
}

void SalePage::recall() {
    commitFields();
    const QList<ParkedSale> parked = m_runtime.sales().parked();
    if (parked.isEmpty()) {
        setMessage(tr("No sale is parked."), false);
        refocus();
        return;
    }
    auto* dialog = new RecallDialog(parked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        const QString id = result == QDialog::Accepted ? dialog->selectedId() : QString();
        if (!id.isEmpty()) {
            const QString previous = m_session->ticket().lines.isEmpty()
                                         ? QString()
                                         : m_session->ticket().retailerOrderId;
            if (m_session->recall(id)) {
                const QString number = m_session->ticket().retailerOrderId;
                setMessage(previous.isEmpty()
                               ? tr("Sale %1 recalled.").arg(number)
                               : tr("Sale %1 recalled; sale %2 was parked.").arg(number, previous),
                           false);
            } else {
                setMessage(tr("That sale could not be recalled."), true);
            }
        }
        refocusAfterDialog();
    });
    dialog->open();
}

void SalePage::newSale() {
    commitFields();
    if (!m_session->ticket().lines.isEmpty()) {
        park();
        return;
    }
    m_session->newSale();
    setMessage(tr("New sale started."), false);
    refocus();
}

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
        // The cart as priced (tax, deposits, discount, freight): the customer finances exactly
        // the payable total.
        QString why;
        const auto cart = financingCart(t, m_session->pricing(), &why);
        if (!cart) {
            setMessage(tr("Sale %1 cannot go to financing: %2").arg(t.retailerOrderId, why), true);
            refocusAfterDialog();
            return;
        }
        m_financingSaleId = t.id;
        setMessage(tr("Sale %1 goes to ChargeAfter financing.").arg(t.retailerOrderId), false);
        updateVerdict();
        Q_EMIT financingRequested(t, *cart);
        return;
    }
    const QString number = t.retailerOrderId;
    const std::optional<Money> total = m_session->payableTotal();
    if (const QString why = m_session->completeWith(result->payments); !why.isEmpty())
        setMessage(tr("Sale %1 was not recorded: %2 Press F12 to take the payment again.")
                       .arg(number, why),
                   true);
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

void SalePage::financingLinkSent(const QString& trackingId, const QString& merchantOrderId) {
    if (!m_financingSaleId || *m_financingSaleId != m_session->ticket().id)
        return;
    const QString number = m_session->ticket().retailerOrderId;
    // A link for someone else, sent from the Financing page meanwhile, pays nothing here.
    if (merchantOrderId != number || trackingId.isEmpty())
        return;
    m_financingSaleId.reset();
    if (m_session->complete(Tender::Financing, trackingId))
        setMessage(
            tr("Sale %1 completed with ChargeAfter financing (link %2).").arg(number, trackingId),
            false);
    else
        setMessage(tr("The ChargeAfter link was sent, but sale %1 changed since its final check; "
                      "press F12 to finish it again.")
                       .arg(number),
                   true);
    updateVerdict();
}

// --- catalog import --------------------------------------------------------------------------

void SalePage::importCatalog() {
    const QString path = dialogs::openFileName(this, tr("Import catalog"), QString(),
                                               tr("Catalog files (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importCatalogFile(path);
    refocus();
}

ImportReport SalePage::importCatalogFile(const QString& path) {
    const ImportReport report =
        m_runtime.catalog().importFile(path, m_runtime.settings().currency());
    showImportReport(this, report, [this] { refocusAfterDialog(); });
    setMessage(report.summary(), !report.ok());
    return report;
}

} // namespace checkstand
