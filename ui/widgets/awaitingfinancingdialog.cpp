// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaitingfinancingdialog.h"

#include "dialogs.h"
#include "palette.h"
#include "usecases/financingwait.h"
#include "widgets/saletable.h"
#include "widgets/scannerguard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QString customerWords(const TicketCustomer& c) {
    const QString name = QStringList{c.name, c.lastName}.join(u' ').trimmed();
    return name.isEmpty() ? AwaitingFinancingDialog::tr("(no customer)") : name;
}

} // namespace

AwaitingFinancingDialog::AwaitingFinancingDialog(SalesStore& sales, FinancingWait& wait,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_sales(sales)
    , m_wait(wait) {
    setObjectName(QStringLiteral("awaitingFinancingDialog"));
    setWindowTitle(tr("Sales awaiting financing"));

    auto* intro = new QLabel(tr("These sales wait for ChargeAfter's answer. When the customer is "
                                "approved, enter ChargeAfter's reference and press Approved; "
                                "when they are declined or give up, press Declined."),
                             this);
    intro->setWordWrap(true);

    // Filled by reload().
    m_table = saletable::create(
        QStringLiteral("awaitingSales"),
        {tr("Sale"), tr("Customer"), tr("Total"), tr("Link"), tr("Sent at")}, 0, this);

    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("financingReference"));
    m_reference->setMaxLength(64);
    m_reference->setPlaceholderText(tr("ChargeAfter's approval or order reference"));
    // A reference printed as a barcode may be scanned straight into the field.
    m_reference->setProperty(ScannerGuard::kAcceptsScans, true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("financingError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(palette::errorStyleSheet());
    m_error->hide();
    auto* form = new QFormLayout;
    auto* referenceLabel = new QLabel(tr("ChargeAfter &reference"), this);
    referenceLabel->setBuddy(m_reference);
    form->addRow(referenceLabel, m_reference);
    form->addRow(QString(), m_error);

    // Parented at once: a default button must know its dialog (see RecallDialog).
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approved…"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("financingApproved"));
    m_approve->setToolTip(tr("The customer was approved: complete the sale with this reference"));
    m_approve->setDefault(true);
    m_decline = buttons->addButton(tr("&Declined…"), QDialogButtonBox::ActionRole);
    m_decline->setObjectName(QStringLiteral("financingDeclined"));
    m_decline->setToolTip(tr("The customer was declined or gave up: park the sale again"));
    m_decline->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &AwaitingFinancingDialog::approveSelected);
    connect(m_decline, &QPushButton::clicked, this, &AwaitingFinancingDialog::declineSelected);
    connect(m_reference, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(&m_sales, &SalesStore::awaitingChanged, this, &AwaitingFinancingDialog::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 360);

    reload();
    if (!m_waiting.isEmpty())
        m_table->selectRow(0);
    m_reference->setFocus(Qt::OtherFocusReason);
}

QString AwaitingFinancingDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AwaitingFinancingDialog::selectedNumber() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_waiting.size())
        return {};
    return m_waiting.at(row).ticket.retailerOrderId;
}

void AwaitingFinancingDialog::selectSale(const QString& number) {
    for (int row = 0; row < m_waiting.size(); ++row) {
        if (m_waiting.at(row).ticket.retailerOrderId == number)
            m_table->selectRow(row);
    }
}

void AwaitingFinancingDialog::reload() {
    const QString selected = selectedNumber();
    m_waiting = m_sales.awaitingFinancing();
    if (m_sales.lastError().failed())
        showError(tr("The sales awaiting financing could not be read: %1")
                      .arg(m_sales.lastError().message));
    m_table->setRowCount(static_cast<int>(m_waiting.size()));
    const QLocale locale;
    for (int row = 0; row < m_waiting.size(); ++row) {
        const AwaitingFinancing& w = m_waiting.at(row);
        const auto cell = [this, row](int column, const QString& text,
                                      saletable::Align align = saletable::Align::Left) {
            saletable::setCell(*m_table, row, column, text, align);
        };
        cell(0, w.ticket.retailerOrderId);
        cell(1, customerWords(w.ticket.customer));
        cell(2, w.total.toDisplayString(), saletable::Align::Right);
        cell(3, w.trackingId);
        cell(4, locale.toString(w.sentAt, QLocale::ShortFormat));
    }
    if (!selected.isEmpty())
        selectSale(selected);
    if (m_table->currentRow() < 0 && !m_waiting.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void AwaitingFinancingDialog::updateButtons() {
    const bool any = !m_waiting.isEmpty() && !m_asking;
    m_approve->setEnabled(any);
    m_decline->setEnabled(any);
}

void AwaitingFinancingDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AwaitingFinancingDialog::approveSelected() {
    const QString number = selectedNumber();
    if (number.isEmpty() || m_asking) {
        showError(tr("Select the sale ChargeAfter approved."));
        return;
    }
    const QString reference = m_reference->text().trimmed();
    if (const QString why = FinancingWait::referenceProblem(reference); !why.isEmpty()) {
        showError(why);
        m_reference->setFocus(Qt::OtherFocusReason);
        m_reference->selectAll();
        return;
    }
    showError({});
    const std::optional<AwaitingFinancing> waiting = m_sales.awaiting(number);
    const QString total = waiting ? waiting->total.toDisplayString() : QString();
    dialogs::Message ask;
    ask.title = tr("Financing approved");
    ask.text =
        tr("Record ChargeAfter's approval of sale %1 (reference %2)?").arg(number, reference);
    ask.informativeText =
        tr("The sale is completed, %1 paid by ChargeAfter financing.").arg(total).simplified();
    ask.buttons = QMessageBox::Yes | QMessageBox::No;
    ask.defaultButton = QMessageBox::Yes;
    ask.buttonTexts = {{QMessageBox::Yes, tr("Complete the sale")}};
    ask.objectName = QStringLiteral("confirmFinancingApproved");
    m_asking = true;
    updateButtons();
    dialogs::open(this, ask, this, [this, number, reference](QMessageBox::StandardButton answer) {
        m_asking = false;
        updateButtons();
        if (answer != QMessageBox::Yes)
            return;
        const FinancingWait::Approved result = m_wait.approve(number, reference, m_operatorName);
        if (!result.error.isEmpty() || !result.sale) {
            showError(result.error.isEmpty() ? tr("Sale %1 could not be completed.").arg(number)
                                             : result.error);
            return;
        }
        Q_EMIT approved(*result.sale);
        accept();
    });
}

void AwaitingFinancingDialog::declineSelected() {
    const QString number = selectedNumber();
    if (number.isEmpty() || m_asking) {
        showError(tr("Select the sale ChargeAfter declined."));
        return;
    }
    showError({});
    dialogs::Message ask;
    ask.title = tr("Financing declined");
    ask.text = tr("Record that ChargeAfter declined sale %1?").arg(number);
    ask.informativeText = tr("The sale goes back to the parked sales, to be paid another way.");
    ask.buttons = QMessageBox::Yes | QMessageBox::No;
    ask.defaultButton = QMessageBox::No;
    ask.buttonTexts = {{QMessageBox::Yes, tr("Park the sale")}};
    ask.objectName = QStringLiteral("confirmFinancingDeclined");
    m_asking = true;
    updateButtons();
    dialogs::open(this, ask, this, [this, number](QMessageBox::StandardButton answer) {
        m_asking = false;
        updateButtons();
        if (answer != QMessageBox::Yes)
            return;
        if (const QString why = m_wait.decline(number); !why.isEmpty()) {
            showError(why);
            return;
        }
        Q_EMIT declined(number);
        accept();
    });
}

} // namespace checkstand
