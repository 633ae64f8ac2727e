#include "salepage.h"

#include "dialogs.h"
#include "models/ticketlinesmodel.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "sale/salesession.h"
#include "settings/appsettings.h"
#include "widgets/cartlinedelegate.h"
#include "widgets/customerpanel.h"
#include "widgets/moneyedit.h"
#include "widgets/recalldialog.h"
#include "widgets/scanfield.h"
#include "widgets/tenderdialog.h"
#include "widgets/totalspanel.h"

#include <QAction>
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
const QString kErrorBanner =
    QStringLiteral("background-color: %1; color: %2; border: 1px solid %2; padding: 6px;")
        .arg(palette::errorBackground().name(), palette::errorColor().name());
const QString kNoticeBanner = QStringLiteral(
    "background-color: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; padding: 6px;");

constexpr int kMaxReportLines = 50;

QLabel* wordsLabel(const QString& name) {
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString tenderWords(Tender tender) {
    switch (tender) {
    case Tender::Cash:
        return SalePage::tr("cash");
    case Tender::Card:
        return SalePage::tr("card");
    case Tender::Financing:
        return SalePage::tr("ChargeAfter financing");
    }
    return {};
}

// Shows `text` unless the cashier is typing something else in `edit` (or `force`, for another
// sale). setText() clears the field's "modified" flag, so only the cashier's own edits are
// committed later, never a value a check reply put there.
void showText(QLineEdit* edit, const QString& text, bool force) {
    if (edit->text() == text || (!force && edit->hasFocus() && edit->isModified()))
        return;
    edit->setText(text);
}

QString amountText(const Money& m) {
    return m.isZero() ? QString() : m.toDecimalString();
}

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
    splitter->addWidget(buildCartArea());
    splitter->addWidget(buildSidePanel());
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

    // The new line is the selected one, so + and - act on what was just scanned. Deposit rows
    // come and go with pricing replies and never take the selection: a deposit arriving for the
    // water scanned before the mug leaves the mug selected.
    connect(m_lines, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = last; row >= first; --row) {
                    if (!m_lines->isDeposit(row)) {
                        selectRow(row);
                        return;
                    }
                }
            });
    connect(m_lines, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                m_removingLine = false;
                for (int row = first; row <= last; ++row)
                    m_removingLine = m_removingLine || !m_lines->isDeposit(row);
            });
    connect(m_lines, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int) {
                if (m_removingLine)
                    selectRow(qMin(first, m_lines->rowCount() - 1));
                m_removingLine = false;
            });
    connect(m_lines, &QAbstractItemModel::modelReset, this,
            [this] { selectRow(m_lines->rowCount() - 1); });

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

QWidget* SalePage::buildCartArea() {
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("cartTable"));
    m_table->setAccessibleName(tr("Cart"));
    m_table->setModel(m_lines);
    // A deposit row cannot be selected: a click on it selects the line it belongs to. Queued, so
    // it runs after the view has handled the click that made the deposit row current.
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] {
            if (m_table && m_lines->isDeposit(m_table->currentIndex().row()))
                selectRow(m_table->currentIndex().row());
        },
        Qt::QueuedConnection);
    auto* delegate = new CartLineDelegate(m_table);
    m_table->setItemDelegate(delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(false); // the error tint must stand out
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TicketLinesModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(TicketLinesModel::Status, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    // After a quantity or a shipping method is typed in place, back to scanning. (Connected
    // after the view's own slot, which would otherwise take the focus.)
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this] { refocus(); });
    return m_table;
}

QWidget* SalePage::buildSidePanel() {
    auto* customerGroup = new QGroupBox(tr("Customer"));
    m_customer = new CustomerPanel;
    auto* customerLayout = new QVBoxLayout(customerGroup);
    customerLayout->addWidget(m_customer);
    connect(m_customer, &CustomerPanel::edited, this,
            [this] { m_session->setCustomer(m_customer->customer()); });
    connect(m_customer, &CustomerPanel::returnPressed, this, &SalePage::refocus);

    auto* orderGroup = new QGroupBox(tr("Order"));
    auto* form = new QFormLayout(orderGroup);
    m_coupon = new QLineEdit;
    m_coupon->setObjectName(QStringLiteral("coupon"));
    m_coupon->setMaxLength(60);
    form->addRow(tr("C&oupon"), m_coupon);
    m_channel = new QLineEdit;
    m_channel->setObjectName(QStringLiteral("salesChannel"));
    m_channel->setMaxLength(60);
    m_channel->setPlaceholderText(tr("e.g. Store, Instagram, WhatsApp"));
    auto* channels = new QCompleter(
        QStringList{QStringLiteral("Store"), QStringLiteral("Instagram"),
                    QStringLiteral("WhatsApp"), QStringLiteral("Website"), QStringLiteral("Phone")},
        m_channel);
    channels->setCaseSensitivity(Qt::CaseInsensitive);
    m_channel->setCompleter(channels);
    form->addRow(tr("Sales c&hannel"), m_channel);

    const QString currency = m_runtime.settings().currency();
    m_discount = new MoneyEdit(currency);
    m_discount->setObjectName(QStringLiteral("discount"));
    m_discountMode = new QComboBox;
    m_discountMode->setObjectName(QStringLiteral("discountMode"));
    m_discountMode->addItem(tr("Amount"), QStringLiteral("ABSOLUTE"));
    m_discountMode->addItem(tr("Percent"), QStringLiteral("PERCENTAGE"));
    auto* discountRow = new QHBoxLayout;
    discountRow->setContentsMargins(0, 0, 0, 0);
    discountRow->addWidget(m_discount, 1);
    discountRow->addWidget(m_discountMode);
    auto* discountLabel = new QLabel(tr("&Discount"));
    discountLabel->setBuddy(m_discount);
    form->addRow(discountLabel, discountRow);
    m_freight = new MoneyEdit(currency);
    m_freight->setObjectName(QStringLiteral("freight"));
    form->addRow(tr("&Freight"), m_freight);

    for (QLineEdit* edit :
         {static_cast<QLineEdit*>(m_coupon), m_channel, static_cast<QLineEdit*>(m_discount),
          static_cast<QLineEdit*>(m_freight)}) {
        connect(edit, &QLineEdit::editingFinished, this, &SalePage::commitOrderFields);
        connect(edit, &QLineEdit::returnPressed, this, &SalePage::refocus);
    }
    connect(m_discountMode, &QComboBox::activated, this, [this] {
        commitOrderFields();
        refocus();
    });

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(customerGroup);
    sideLayout->addWidget(orderGroup);
    sideLayout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(side);
    scroll->setMinimumWidth(320);
    return scroll;
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

bool SalePage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers =
            key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        // Up and Down too, so they step over deposit rows from line to line.
        if (modifiers == Qt::NoModifier &&
            (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus ||
             key->key() == Qt::Key_Delete || key->key() == Qt::Key_Up ||
             key->key() == Qt::Key_Down)) {
            onLineKey(key->key());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    const int rows = m_lines->rowCount();
    if (rows == 0)
        return -1;
    const QModelIndex current = m_table->currentIndex();
    // The keys act on a line, never on a deposit: a deposit row stands for its line.
    return m_lines->lineRow(current.isValid() ? current.row() : rows - 1);
}

void SalePage::selectRow(int row) {
    row = m_lines->lineRow(row);
    if (!m_table || row < 0)
        return;
    const QModelIndex index = m_lines->index(row, TicketLinesModel::Quantity);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
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

    m_customer->setCustomer(t.customer, newTicket);
    showText(m_coupon, t.coupon, newTicket);
    showText(m_channel, t.salesChannel, newTicket);
    showText(m_discount, amountText(t.discount), newTicket);
    const int mode = m_discountMode->findData(t.discountMode.toUpper());
    m_discountMode->setCurrentIndex(mode >= 0 ? mode : 0);
    showText(m_freight, amountText(t.freightCost), newTicket);
}

void SalePage::updateCheckStatus() {
    QString text;
    bool isError = false;
    switch (m_session->checkState()) {
    case CheckState::Idle:
        break;
    case CheckState::Checking:
        text = tr("Checking the order…");
        break;
    case CheckState::Checked:
        text = tr("Order checked");
        break;
    case CheckState::Failed: {
        const auto last = m_session->lastCheck();
        text = tr("Order checker unavailable: %1")
                   .arg(last && !last->error.isEmpty() ? last->error : tr("no answer"));
        isError = true;
        break;
    }
    case CheckState::Disabled:
        text = tr("No order checker configured");
        break;
    }
    m_checkStatus->setText(text);
    m_checkStatus->setStyleSheet(isError ? kErrorStyle : kNeutralStyle);
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
    m_session->setCustomer(m_customer->customer());
    commitOrderFields();
}

void SalePage::commitOrderFields() {
    // Only what the cashier typed: a freight a check reply set must not be sent back as an edit.
    if (m_coupon->isModified()) {
        m_coupon->setModified(false);
        m_session->setCoupon(m_coupon->text());
    }
    if (m_channel->isModified()) {
        m_channel->setModified(false);
        m_session->setSalesChannel(m_channel->text());
    }
    const QString mode = m_discountMode->currentData().toString();
    const bool modeChanged =
        mode.compare(m_session->ticket().discountMode, Qt::CaseInsensitive) != 0;
    if (m_discount->isModified() || modeChanged) {
        const auto discount = m_discount->amount();
        if (!discount.ok()) {
            setMessage(tr("Discount: %1").arg(discount.error), true);
        } else {
            m_discount->setModified(false);
            m_session->setDiscount(*discount.value, mode);
        }
    }
    if (m_freight->isModified()) {
        const auto freight = m_freight->amount();
        if (!freight.ok()) {
            setMessage(tr("Freight: %1").arg(freight.error), true);
        } else {
            m_freight->setModified(false);
            m_session->setFreight(*freight.value);
        }
    }
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
    TenderDialog::ask(this, m_session->payableTotal().value_or(Money::fromMinor(0, t.currency)),
                      t.retailerOrderId, this,
                      [this, saleId](std::optional<Tender> tender) { onTender(saleId, tender); });
}

void SalePage::onTender(const QString& saleId, std::optional<Tender> tender) {
    const Ticket& t = m_session->ticket();
    if (t.id != saleId) {
        refocusAfterDialog();
        return;
    }
    if (!tender) {
        setMessage(tr("Payment cancelled; the sale is still open."), false);
        refocusAfterDialog();
        return;
    }
    if (*tender == Tender::Financing) {
        m_financingSaleId = t.id;
        setMessage(tr("Sale %1 goes to ChargeAfter financing.").arg(t.retailerOrderId), false);
        updateVerdict();
        Q_EMIT financingRequested(t);
        return;
    }
    const QString number = t.retailerOrderId;
    const QString total =
        m_session->payableTotal().value_or(Money::fromMinor(0, t.currency)).toDisplayString();
    if (m_session->complete(*tender))
        setMessage(tr("Sale %1 completed: %2 paid by %3.").arg(number, total, tenderWords(*tender)),
                   false);
    else
        setMessage(tr("Sale %1 changed after its final check, or could not be saved; press F12 "
                      "again.")
                       .arg(number),
                   true);
    refocusAfterDialog();
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
    QStringList lines;
    for (const ImportProblem& p : report.problems) {
        if (lines.size() == kMaxReportLines) {
            lines.append(tr("… and %n more.", nullptr,
                            static_cast<int>(report.problems.size()) - kMaxReportLines));
            break;
        }
        lines.append(tr("Line %1: %2").arg(p.line).arg(p.message));
    }
    dialogs::Message box;
    box.icon = report.ok() ? QMessageBox::Information : QMessageBox::Warning;
    box.title = tr("Catalog import");
    box.text = report.summary();
    box.objectName = QStringLiteral("importReport");
    if (!lines.isEmpty()) {
        // Every skipped row in view, not behind a "Show details" button; the messages quote the
        // file, so they are escaped.
        QStringList escaped;
        for (const QString& line : std::as_const(lines))
            escaped.append(line.toHtmlEscaped());
        box.informativeText = QStringLiteral("<p>%1</p><p>%2</p>")
                                  .arg(tr("These rows were skipped:").toHtmlEscaped(),
                                       escaped.join(QStringLiteral("<br>")));
    }
    dialogs::open(this, box, this, [this](QMessageBox::StandardButton) { refocusAfterDialog(); });
    setMessage(report.summary(), !report.ok());
    return report;
}

} // namespace checkstand
