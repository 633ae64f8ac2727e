// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "returndialog.h"

#include "palette.h"
#include "widgets/activation.h"
#include "widgets/receiptoutput.h"
#include "widgets/scannerguard.h"
#include "widgets/wordslabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace checkstand {

namespace {

// A person pauses longer than this between two changes; a scanner never does.
constexpr int kSettleMs = 250;

QTableWidgetItem* readOnlyItem(const QString& text, bool right = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

int spinLimit(qint64 value) {
    const qint64 most = std::numeric_limits<int>::max();
    return static_cast<int>(value < 0 ? 0 : (value > most ? most : value));
}

bool isEnter(const QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<const QKeyEvent*>(event);
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

ReturnDialog::ReturnDialog(Returns& returns, ReturnPlan plan, ReceiptContext receipt,
                           QWidget* parent)
    : QDialog(parent)
    , m_returns(returns)
    , m_plan(std::move(plan))
    , m_receipt(std::move(receipt))
    , m_settleTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("returnDialog"));
    const QString number = m_plan.sale.ticket.retailerOrderId;
    setWindowTitle(tr("Return from sale %1").arg(number));

    auto* heading = wordsLabel(QStringLiteral("returnHeading"));
    QString intro =
        tr("Sale %1 of %2: %3.")
            .arg(number, QLocale().toString(m_plan.sale.completedAt, QLocale::ShortFormat),
                 m_plan.sale.total.toDisplayString());
    if (!m_plan.refundedSoFar.isZero())
        intro += QLatin1Char(' ') +
                 tr("Refunded so far: %1.").arg(m_plan.refundedSoFar.toDisplayString());
    heading->setText(intro);

    buildTable();

    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setAccessibleName(tr("Reason for the return"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("What the customer said, e.g. \"wrong size\""));
    // Enter after the reason goes to the Record button; recording takes a second, deliberate
    // Enter there (or F10).
    connect(m_reason, &QLineEdit::returnPressed, this,
            [this] { m_record->setFocus(Qt::OtherFocusReason); });
    auto* reasonLabel = new QLabel(tr("&Reason"));
    reasonLabel->setBuddy(m_reason);

    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("returnTotal"));
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_total->setFont(big);
    m_instructions = wordsLabel(QStringLiteral("returnInstructions"));
    m_message = wordsLabel(QStringLiteral("returnMessage"));

    auto* form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);

    // No button is a default: Enter in a quantity or the reason never records a return. (An
    // AcceptRole button would be made the default when the box is shown.)
    auto* buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("Record return (F10)"), QDialogButtonBox::ActionRole);
    m_record->setObjectName(QStringLiteral("recordReturn"));
    m_record->setAutoDefault(false);
    m_record->installEventFilter(this);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelReturn"));
    cancel->setAutoDefault(false);
    connect(m_record, &QPushButton::clicked, this, &ReturnDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::Key_F10), this), &QShortcut::activated, this,
            &ReturnDialog::record);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_total);
    layout->addWidget(m_instructions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // A scanner burst in a quantity or the reason is taken out again (see onScanned()).
    m_scanner = new ScannerGuard(this, nullptr, this);
    connect(m_scanner, &ScannerGuard::scanned, this, &ReturnDialog::onScanned);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &ReturnDialog::settle);

    settle();
    updatePreview();
    resize(720, 460);
    for (QSpinBox* box : std::as_const(m_quantities)) {
        if (box->isEnabled()) {
            box->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void ReturnDialog::buildTable() {
    m_table = new QTableWidget(static_cast<int>(m_plan.lines.size()), 5, this);
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->setAccessibleName(tr("Lines of the sale"));
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Sold"), tr("Returned before"), tr("Return"), tr("Refund")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes from one quantity to the next, not from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);

    for (int row = 0; row < m_plan.lines.size(); ++row) {
        const ReturnableLine& line = m_plan.lines.at(row);
        m_table->setItem(row, ItemColumn, readOnlyItem(line.name));
        m_table->setItem(row, SoldColumn, readOnlyItem(QString::number(line.sold), true));
        m_table->setItem(row, ReturnedColumn, readOnlyItem(QString::number(line.returned), true));
        m_table->setItem(row, RefundColumn, readOnlyItem(QString(), true));

        auto* box = new QSpinBox;
        box->setObjectName(QStringLiteral("returnQuantity%1").arg(row));
        box->setAccessibleName(tr("Quantity of %1 to return").arg(line.name));
        box->setRange(0, spinLimit(line.returnable()));
        box->setEnabled(line.returnable() > 0);
        if (line.returnable() <= 0)
            box->setToolTip(tr("Everything of this line was returned already."));
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updatePreview();
            m_settleTimer->start();
        });
        m_table->setCellWidget(row, QuantityColumn, box);
        m_quantities.append(box);
        box->installEventFilter(this);
    }
}

Returns::Request ReturnDialog::request(bool forPreview) const {
    Returns::Request r;
    r.sale = m_plan.sale.ticket.id;
    for (int row = 0; row < m_quantities.size(); ++row) {
        const int quantity = m_quantities.at(row)->value();
        if (quantity > 0)
            r.lines.append({m_plan.lines.at(row).lineId, quantity});
    }
    r.reason = m_reason->text().trimmed();
    r.operatorName = m_operatorName;
    // The preview computes amounts only; the reason is required when the return is recorded.
    if (forPreview && r.reason.isEmpty())
        r.reason = QStringLiteral("-");
    return r;
}

void ReturnDialog::updatePreview() {
    const Returns::Request r = request(true);
    for (int row = 0; row < m_quantities.size(); ++row)
        m_table->item(row, RefundColumn)->setText(QString());
    if (r.lines.isEmpty()) {
        m_total->setText(
            tr("Refund: %1")
                .arg(Money::fromMinor(0, m_plan.sale.total.currency()).toDisplayString()));
        m_instructions->setText(tr("Choose how many of each item the customer brings back."));
        m_message->clear();
        return;
    }
    const Returns::Result preview = m_returns.preview(r);
    if (!preview.ok()) {
        m_total->setText(tr("Refund: —"));
        m_instructions->clear();
        say(preview.error, true);
        return;
    }
    for (const ReturnLine& line : preview.saleReturn->lines) {
        for (int row = 0; row < m_plan.lines.size(); ++row) {
            if (m_plan.lines.at(row).lineId == line.lineId)
                m_table->item(row, RefundColumn)->setText(line.refund.toDisplayString());
        }
    }
    m_total->setText(tr("Refund: %1").arg(preview.saleReturn->total.toDisplayString()));
    m_instructions->setText(preview.instructions.join(u'\n'));
    m_message->clear();
}

void ReturnDialog::record() {
    if (m_recorded)
        return; // recorded once; F10 again does nothing
    const Returns::Request r = request(false);
    if (r.lines.isEmpty()) {
        say(tr("Nothing to return: choose how many of an item the customer brings back."), true);
        // The keyboard goes where the quantities are chosen.
        for (QSpinBox* box : std::as_const(m_quantities)) {
            if (box->isEnabled()) {
                box->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    if (r.reason.isEmpty()) {
        say(tr("Type the reason for the return (what the customer said)."), true);
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Returns::Result result = m_returns.record(r);
    if (!result.ok()) {
        // Nothing was written: the quantities stay as chosen, to be corrected.
        say(result.error.isEmpty() ? tr("The return could not be recorded.") : result.error, true);
        return;
    }
    m_recorded = result.saleReturn;
    say(tr("Return %1 recorded.").arg(m_recorded->number), false);
    Q_EMIT returnRecorded(*m_recorded);
    // The customer's copy. A printer problem is shown by printReceipt and does not undo the
    // return: the receipt can be printed again from the history page.
    const Receipt receipt = returnReceipt(*m_recorded, m_receipt.store, m_receipt.training, false);
    ui::printReceipt(this, receipt, m_receipt.paper);
    accept();
}

void ReturnDialog::say(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(palette::statusStyleSheet(isError));
}

void ReturnDialog::settle() {
    m_settled.clear();
    for (const QSpinBox* box : std::as_const(m_quantities))
        m_settled.append(box->value());
}

void ReturnDialog::onScanned(const QString& code) {
    // The guard has put a text field back as it was; a quantity it cannot, so the quantities
    // go back to what they were before the burst began.
    m_settleTimer->stop();
    for (int row = 0; row < m_quantities.size() && row < m_settled.size(); ++row)
        m_quantities.at(row)->setValue(m_settled.at(row));
    settle();
    say(tr("A scan does not change a return: %1 was not taken. Choose the quantities with the "
           "keyboard.")
            .arg(code),
        true);
}

bool ReturnDialog::eventFilter(QObject* watched, QEvent* event) {
    // Enter on the focused Record button records (it is not a default button, see above).
    if (watched == m_record && isEnter(event)) {
        if (m_record->isEnabled())
            record();
        return true;
    }
    // Enter in a quantity goes on to the next quantity that can change, after the last to the
    // reason; it never records, and no longer does nothing at all. (A scanner's Enter never
    // gets here: the guard takes it first.)
    if (isEnter(event)) {
        const qsizetype row = m_quantities.indexOf(qobject_cast<QSpinBox*>(watched));
        if (row >= 0) {
            QWidget* next = m_reason;
            for (qsizetype i = row + 1; i < m_quantities.size(); ++i) {
                if (m_quantities.at(i)->isEnabled()) {
                    next = m_quantities.at(i);
                    break;
                }
            }
            next->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ReturnDialog::done(int result) {
    QWidget* behind = parentWidget();
    QDialog::done(result);
    giveActivationBack(behind);
}

QString ReturnDialog::messageText() const {
    return m_message->text();
}

QString ReturnDialog::refundText() const {
    return m_total->text();
}

} // namespace checkstand
