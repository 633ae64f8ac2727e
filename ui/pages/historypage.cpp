// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypage.h"

#include "audit/auditjournal.h"
#include "historymodel.h"
#include "operators/operatorsession.h"
#include "palette.h"
#include "receipt/receipt.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "usecases/returns.h"
#include "widgets/moneyedit.h"
#include "widgets/permission.h"
#include "widgets/receiptoutput.h"
#include "widgets/returndialog.h"
#include "widgets/wordslabel.h"

#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace checkstand {

namespace {

constexpr int kSearchDelayMs = 300;
constexpr int kDefaultDays = 30;

} // namespace

HistoryPage::HistoryPage(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_model(new HistoryModel(this))
    , m_searchSoon(new QTimer(this))
    , m_reloadSoon(new QTimer(this)) {
    setObjectName(QStringLiteral("historyPage"));

    auto* heading = new QLabel(tr("Sale history"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    heading->setFont(font);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Completed sales"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::showDetail);

    m_message = wordsLabel(QStringLiteral("historyMessage"));

    auto* split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(buildDetail());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(buildSearchRow());
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    // Within the page only: F8/F9 mean other things on other pages.
    const auto key = [this](Qt::Key k, auto slot) {
        auto* shortcut = new QShortcut(QKeySequence(k), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_F8, [this] { reprintSelected(); });
    key(Qt::Key_F9, [this] { returnSelected(); });

    m_searchSoon->setSingleShot(true);
    m_searchSoon->setInterval(kSearchDelayMs);
    connect(m_searchSoon, &QTimer::timeout, this, &HistoryPage::search);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &HistoryPage::search);
    SalesStore& sales = m_runtime.sales();
    connect(&sales, &SalesStore::saleRecorded, m_reloadSoon, qOverload<>(&QTimer::start));
    connect(&sales, &SalesStore::returnRecorded, m_reloadSoon, qOverload<>(&QTimer::start));

    search();
}

QWidget* HistoryPage::buildSearchRow() {
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("historyNumber"));
    m_number->setAccessibleName(tr("Sale number"));
    m_number->setPlaceholderText(tr("All or part, e.g. 000042"));
    m_number->setClearButtonEnabled(true);
    m_number->installEventFilter(this);

    const QDate today = m_runtime.clock().today();
    const auto dateEdit = [this](const char* name, const QString& accessible, QDate date) {
        auto* edit = new QDateEdit(date);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, m_searchSoon, qOverload<>(&QTimer::start));
        return edit;
    };
    m_from = dateEdit("historyFrom", tr("Completed on or after"), today.addDays(-kDefaultDays));
    m_to = dateEdit("historyTo", tr("Completed on or before"), today);
    m_defaultTo = today;

    m_amount = new MoneyEdit(m_runtime.settings().currency());
    m_amount->setObjectName(QStringLiteral("historyAmount"));
    m_amount->setAccessibleName(tr("Sale total"));
    m_amount->setPlaceholderText(tr("Total, exactly"));
    m_amount->setClearButtonEnabled(true);
    m_amount->installEventFilter(this);

    m_search = new QPushButton(tr("&Search"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    connect(m_search, &QPushButton::clicked, this, &HistoryPage::search);
    for (QLineEdit* edit : {static_cast<QLineEdit*>(m_number), static_cast<QLineEdit*>(m_amount)}) {
        connect(edit, &QLineEdit::textChanged, m_searchSoon, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &HistoryPage::search);
    }

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [layout](const QString& text, QWidget* field, int stretch) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field, stretch);
    };
    labelled(tr("Sale &number"), m_number, 2);
    labelled(tr("&From"), m_from, 0);
    labelled(tr("&To"), m_to, 0);
    labelled(tr("&Amount"), m_amount, 1);
    layout->addWidget(m_search);
    return row;
}

QWidget* HistoryPage::buildDetail() {
    m_receipt = new QPlainTextEdit;
    m_receipt->setObjectName(QStringLiteral("historyReceipt"));
    m_receipt->setAccessibleName(tr("Receipt of the selected sale"));
    m_receipt->setReadOnly(true);
    m_receipt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_receipt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_receipt->setPlaceholderText(tr("Select a sale to see its receipt."));

    m_reprint = new QPushButton(tr("&Reprint (F8)"));
    m_reprint->setObjectName(QStringLiteral("historyReprint"));
    m_reprint->setToolTip(tr("Print the receipt again, marked REPRINT"));
    connect(m_reprint, &QPushButton::clicked, this, &HistoryPage::reprintSelected);
    m_savePdf = new QPushButton(tr("Save as &PDF…"));
    m_savePdf->setObjectName(QStringLiteral("historySavePdf"));
    connect(m_savePdf, &QPushButton::clicked, this, &HistoryPage::saveSelectedPdf);
    m_return = new QPushButton(tr("Re&turn… (F9)"));
    m_return->setObjectName(QStringLiteral("historyReturn"));
    m_return->setToolTip(tr("Take items of this sale back and refund them"));
    connect(m_return, &QPushButton::clicked, this, [this] { returnSelected(); });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reprint);
    actions->addWidget(m_savePdf);
    actions->addWidget(m_return);
    actions->addStretch();

    m_returns = new QListWidget;
    m_returns->setObjectName(QStringLiteral("historyReturns"));
    m_returns->setAccessibleName(tr("Earlier returns of the selected sale"));
    m_returns->setMaximumHeight(110);
    connect(m_returns, &QListWidget::currentRowChanged, this, &HistoryPage::updateActions);
    m_reprintReturn = new QPushButton(tr("Reprint return receipt"));
    m_reprintReturn->setObjectName(QStringLiteral("historyReprintReturn"));
    connect(m_reprintReturn, &QPushButton::clicked, this, &HistoryPage::reprintSelectedReturn);

    auto* detail = new QWidget;
    auto* layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_receipt, 1);
    layout->addLayout(actions);
    auto* returnsLabel = new QLabel(tr("Returns of this sale"));
    returnsLabel->setBuddy(m_returns);
    layout->addWidget(returnsLabel);
    layout->addWidget(m_returns);
    layout->addWidget(m_reprintReturn, 0, Qt::AlignLeft);
    return detail;
}

void HistoryPage::search() {
    m_searchSoon->stop();
    SaleQuery query;
    query.number = m_number->text().trimmed();
    query.from = m_from->date();
    query.to = m_to->date();
    if (!m_amount->isBlank()) {
        const Money::ParseResult amount = m_amount->amount();
        if (!amount.ok()) {
            // No search on a wrong amount: a list for another amount would look like an answer.
            say(tr("Amount: %1").arg(amount.error), true, true);
            return;
        }
        query.amount = *amount.value;
    }
    if (query.from > query.to) {
        say(tr("The From date is after the To date."), true, true);
        return;
    }

    const QString selected = selectedSaleId();
    SalesStore& sales = m_runtime.sales();
    QList<SaleSummary> found = sales.findSales(query);
    if (found.isEmpty() && sales.lastError().failed()) {
        // Never an empty list that reads as "no sales": the store's own words, in red.
        m_model->setSales({});
        showDetail();
        say(tr("The sale history could not be read: %1").arg(sales.lastError().message), true,
            true);
        return;
    }
    const qsizetype count = found.size();
    m_model->setSales(std::move(found));
    if (!selected.isEmpty())
        selectSale(selected);
    if (count == 0)
        say(tr("No sale matches."), false, true);
    else if (count >= query.limit)
        say(tr("The newest %1 sales are listed; narrow the search to see older ones.")
                .arg(query.limit),
            false, true);
    else if (m_messageFromSearch)
        say(QString(), false, true); // what an action said ("Return ... recorded") stays
    showDetail();                    // after the message: a sale that cannot be read says so
}

QString HistoryPage::selectedSaleId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HistoryModel::IdRole).toString();
}

bool HistoryPage::selectSale(const QString& saleId) {
    const int row = m_model->rowOf(saleId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<CompletedSale> HistoryPage::selectedSale() {
    const QString id = selectedSaleId();
    if (id.isEmpty())
        return std::nullopt;
    SalesStore& sales = m_runtime.sales();
    std::optional<CompletedSale> sale = sales.sale(id);
    if (!sale)
        say(sales.lastError().failed()
                ? tr("Sale could not be read: %1").arg(sales.lastError().message)
                : tr("The sale is no longer in this terminal's journal."),
            true);
    return sale;
}

void HistoryPage::showDetail() {
    m_receipt->clear();
    m_returns->clear();
    m_shownReturns.clear();
    const std::optional<CompletedSale> sale = selectedSale();
    if (sale) {
        const Receipt receipt =
            saleReceipt(*sale, m_runtime.storeInfo(), m_runtime.isSandbox(), false);
        m_receipt->setPlainText(receiptText(receipt));
        SalesStore& sales = m_runtime.sales();
        m_shownReturns = sales.returnsOf(sale->ticket.id);
        if (m_shownReturns.isEmpty() && sales.lastError().failed())
            say(tr("The returns of sale %1 could not be read: %2")
                    .arg(sale->ticket.retailerOrderId, sales.lastError().message),
                true);
        const QLocale locale;
        for (const SaleReturn& r : std::as_const(m_shownReturns)) {
            auto* item = new QListWidgetItem(
                tr("%1  %2  %3")
                    .arg(r.number, locale.toString(r.createdAt, QLocale::ShortFormat),
                         r.total.toDisplayString()),
                m_returns);
            item->setToolTip(r.reason);
        }
        if (!m_shownReturns.isEmpty())
            m_returns->setCurrentRow(static_cast<int>(m_shownReturns.size()) - 1);
    }
    updateActions();
}

void HistoryPage::updateActions() {
    const bool selected = !selectedSaleId().isEmpty();
    m_reprint->setEnabled(selected);
    m_savePdf->setEnabled(selected);
    m_return->setEnabled(selected);
    m_reprintReturn->setEnabled(m_returns->currentRow() >= 0 &&
                                m_returns->currentRow() < m_shownReturns.size());
}

print::Paper HistoryPage::paper() const {
    return m_runtime.settings().value(settingskey::receiptA4).toBool() ? print::Paper::A4
                                                                       : print::Paper::Roll80mm;
}

bool HistoryPage::mayReprint(const QString& madeBy, QString* authorisedBy) {
    // One's own receipt is a cashier's to print again; anyone else's needs a supervisor.
    OperatorSession& session = m_runtime.session();
    const bool own = !madeBy.isEmpty() && madeBy == session.operatorName();
    if (requireAction(session, own ? Action::ReprintOwnReceipt : Action::Reprint, this,
                      authorisedBy)) {
        if (!authorisedBy->isEmpty())
            *authorisedBy = u' ' + tr("Authorised by %1.").arg(*authorisedBy);
        return true;
    }
    say(tr("Not printed: a copy of another operator's receipt needs a supervisor."), true);
    return false;
}

void HistoryPage::reprintSelected() {
    const std::optional<CompletedSale> sale = selectedSale();
    QString by;
    if (!sale || !mayReprint(sale->operatorName, &by))
        return;
    const Receipt receipt = saleReceipt(*sale, m_runtime.storeInfo(), m_runtime.isSandbox(), true);
    // A failure is shown by printReceipt itself; a cancelled print dialog says nothing.
    if (ui::printReceipt(this, receipt, paper()))
        say(tr("Receipt %1 sent to the printer.").arg(receipt.number) + by, false);
}

void HistoryPage::saveSelectedPdf() {
    const std::optional<CompletedSale> sale = selectedSale();
    QString by;
    if (!sale || !mayReprint(sale->operatorName, &by))
        return;
    const Receipt receipt = saleReceipt(*sale, m_runtime.storeInfo(), m_runtime.isSandbox(), true);
    if (ui::saveReceiptPdf(this, receipt, paper()))
        say(tr("Receipt %1 saved as PDF.").arg(receipt.number) + by, false);
}

void HistoryPage::reprintSelectedReturn() {
    const int row = m_returns->currentRow();
    QString by;
    if (row < 0 || row >= m_shownReturns.size() ||
        !mayReprint(m_shownReturns.at(row).operatorName, &by))
        return;
    const Receipt receipt =
        returnReceipt(m_shownReturns.at(row), m_runtime.storeInfo(), m_runtime.isSandbox(), true);
    if (ui::printReceipt(this, receipt, paper()))
        say(tr("Return receipt %1 sent to the printer.").arg(receipt.number) + by, false);
}

ReturnDialog* HistoryPage::returnSelected() {
    if (m_returnDialog)
        return m_returnDialog; // one return at a time
    const QString id = selectedSaleId();
    if (id.isEmpty())
        return nullptr;
    const Returns::Planned planned = m_runtime.returns().plan(id);
    if (!planned.plan) {
        say(planned.error, true);
        return nullptr;
    }
    // A return gives money back: a supervisor's, or one's override for this one return.
    OperatorSession& session = m_runtime.session();
    const QString number = planned.plan->sale.ticket.retailerOrderId;
    const Permission p =
        askPermission(session, Action::Return, this, tr("A return of sale %1.").arg(number));
    if (!p.granted) {
        say(tr("No return of sale %1: a return needs a supervisor.").arg(number), true);
        return nullptr;
    }
    ReceiptContext context{m_runtime.storeInfo(), m_runtime.isSandbox(), paper()};
    auto* dialog = new ReturnDialog(m_runtime.returns(), *planned.plan, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperatorName(session.operatorName());
    const QString by = p.authorisedBy();
    connect(dialog, &ReturnDialog::returnRecorded, this, [this, by](const SaleReturn& r) {
        const QString note = journalAction(m_runtime.session(), auditkind::kReturn,
                                           {{QStringLiteral("return"), r.number},
                                            {QStringLiteral("sale"), r.saleNumber},
                                            {QStringLiteral("total"), r.total.toDecimalString()},
                                            {QStringLiteral("reason"), r.reason}},
                                           by);
        QString words =
            tr("Return %1 recorded: %2 refunded.").arg(r.number, r.total.toDisplayString());
        if (!by.isEmpty())
            words += u' ' + tr("Authorised by %1.").arg(by);
        say(words + note, !note.isEmpty());
        m_reloadSoon->start();
    });
    m_returnDialog = dialog;
    // Window-modal and not blocking, so replies and signals keep arriving while it is up.
    dialog->open();
    return dialog;
}

void HistoryPage::openReturn(const QString& saleNumber) {
    SalesStore& sales = m_runtime.sales();
    const std::optional<CompletedSale> sale = sales.sale(saleNumber);
    if (!sale) {
        say(sales.lastError().failed()
                ? tr("Sale %1 could not be read: %2").arg(saleNumber, sales.lastError().message)
                : tr("No sale %1 in this terminal's history: a receipt from another till is "
                     "returned there.")
                      .arg(saleNumber),
            true);
        return;
    }
    // The sale's own number and day, whatever the fields said before.
    const QDate day = sale->completedAt.toLocalTime().date();
    {
        const QSignalBlocker a(m_number);
        const QSignalBlocker b(m_amount);
        const QSignalBlocker c(m_from);
        const QSignalBlocker d(m_to);
        m_number->setText(sale->ticket.retailerOrderId);
        m_amount->clear();
        if (day < m_from->date())
            m_from->setDate(day);
        if (day > m_to->date())
            m_to->setDate(day);
    }
    search();
    if (!selectSale(sale->ticket.id)) {
        say(tr("Sale %1 is not listed; it could not be opened for a return.").arg(saleNumber),
            true);
        return;
    }
    returnSelected();
}

void HistoryPage::say(const QString& text, bool isError, bool fromSearch) {
    m_messageFromSearch = fromSearch;
    m_message->setText(text);
    m_message->setStyleSheet(palette::statusStyleSheet(isError));
    m_message->setVisible(!text.isEmpty());
}

QString HistoryPage::messageText() const {
    return m_message->text();
}

QAbstractItemModel* HistoryPage::model() const {
    return m_model;
}

ReturnDialog* HistoryPage::returnDialog() const {
    return m_returnDialog;
}

QString HistoryPage::receiptPreview() const {
    return m_receipt->toPlainText();
}

void HistoryPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Sales of a day that began after the page was built are in range when the operator has
    // not chosen the dates.
    const QDate today = m_runtime.clock().today();
    if (m_defaultTo < today && m_to->date() == m_defaultTo) {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        if (m_from->date() == m_defaultTo.addDays(-kDefaultDays))
            m_from->setDate(today.addDays(-kDefaultDays));
        m_to->setDate(today);
        m_defaultTo = today;
    }
    search();
    m_number->setFocus(Qt::OtherFocusReason);
}

bool HistoryPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Enter in a date field searches, as it does in the other fields.
    if ((watched == m_from || watched == m_to) && (key == Qt::Key_Return || key == Qt::Key_Enter))
        QTimer::singleShot(0, this, &HistoryPage::search);
    // Down from the number or amount goes to the results, so the whole page works without a
    // mouse: type part of a number, Down, F8 reprints.
    if ((watched == m_number || watched == m_amount) && key == Qt::Key_Down &&
        m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (m_table->selectionModel()->selectedRows().isEmpty())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace checkstand
