// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenderdialog.h"

#include "dialogs.h"
#include "palette.h"
#include "widgets/moneyedit.h"
#include "widgets/scannerguard.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace checkstand {

namespace {

std::optional<TenderDialog::Answer> g_nextAnswer;

QFont scaled(QFont font, qreal factor) {
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QPushButton* makeButton(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

TenderDialog::TenderDialog(const Money& due, const QString& saleNumber, QWidget* parent)
    : QDialog(parent)
    , m_due(due)
    , m_remaining(due) {
    setObjectName(QStringLiteral("tenderDialog"));
    setWindowTitle(tr("Payment"));

    auto* total = new QLabel(tr("Sale %1: %2").arg(saleNumber, due.toDisplayString()));
    total->setObjectName(QStringLiteral("tenderTotal"));
    total->setFont(scaled(total->font(), 1.4));
    m_remainingLabel = new QLabel;
    m_remainingLabel->setObjectName(QStringLiteral("tenderRemaining"));
    m_remainingLabel->setFont(scaled(m_remainingLabel->font(), 1.2));
    m_paidLabel = new QLabel;
    m_paidLabel->setObjectName(QStringLiteral("tenderPayments"));
    m_paidLabel->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("tenderMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_cashButton = makeButton(tr("Cash (F2)"), "tenderCash", this);
    m_cardButton = makeButton(tr("Card on the terminal (F3)"), "tenderCard", this);
    m_financingButton = makeButton(tr("ChargeAfter financing (F4)"), "tenderFinancing", this);
    for (QPushButton* b : {m_cashButton, m_cardButton, m_financingButton}) {
        b->setCheckable(true);
        b->setMinimumHeight(36);
    }
    connect(m_cashButton, &QPushButton::clicked, this, [this] { setMode(Mode::Cash); });
    connect(m_cardButton, &QPushButton::clicked, this, [this] { setMode(Mode::Card); });
    connect(m_financingButton, &QPushButton::clicked, this, [this] { setMode(Mode::Financing); });
    const auto key = [this](Qt::Key k, auto slot) {
        connect(new QShortcut(QKeySequence(k), this), &QShortcut::activated, this, slot);
    };
    key(Qt::Key_F2, [this] { setMode(Mode::Cash); });
    key(Qt::Key_F3, [this] { setMode(Mode::Card); });
    key(Qt::Key_F4, [this] { setMode(Mode::Financing); });
    key(Qt::Key_F5, [this] {
        setMode(Mode::Cash);
        m_tendered->setText(m_remaining.toDecimalString());
        takeCash();
    });

    auto* modes = new QHBoxLayout;
    modes->addWidget(m_cashButton);
    modes->addWidget(m_cardButton);
    modes->addWidget(m_financingButton);

    m_pages = new QStackedWidget;
    m_pages->addWidget(buildCash());
    m_pages->addWidget(buildCard());
    m_pages->addWidget(buildFinancing());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(total);
    layout->addWidget(m_remainingLabel);
    layout->addWidget(m_paidLabel);
    layout->addLayout(modes);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Tab in reading order: the ways to pay, the chosen way's fields and its button, Cancel.
    // Left alone, the buttons made before their fields were laid out came first, so Tab went
    // from the amount straight to Cancel and Shift+Tab up to "Take cash" under it. The hidden
    // ways' fields are skipped.
    QList<QWidget*> chain = {m_cashButton, m_cardButton, m_financingButton, m_tendered, m_exact};
    for (QPushButton* b : std::as_const(m_quick))
        chain.append(b);
    chain << m_takeCash << m_reference << m_cardAmount << m_takeCard << m_takeFinancing
          << buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));

    updateRemaining();
    setMode(Mode::Cash);
}

QWidget* TenderDialog::buildCash() {
    auto* page = new QWidget;
    m_tendered = new MoneyEdit(m_due.currency());
    m_tendered->setObjectName(QStringLiteral("cashTendered"));
    m_tendered->setAccessibleName(tr("Cash tendered"));
    m_tendered->setPlaceholderText(tr("Amount handed over"));
    connect(m_tendered, &QLineEdit::textChanged, this, &TenderDialog::updateCash);
    connect(m_tendered, &QLineEdit::returnPressed, this, &TenderDialog::takeCash);
    auto* quick = new QHBoxLayout;
    m_exact = makeButton(tr("Exact (F5)"), "cashExact", page);
    connect(m_exact, &QPushButton::clicked, this, [this] {
        m_tendered->setText(m_remaining.toDecimalString());
        takeCash();
    });
    quick->addWidget(m_exact);
    for (int i = 0; i < 3; ++i) {
        auto* b = makeButton(QString(), "", page);
        b->setObjectName(QStringLiteral("cashQuick%1").arg(i + 1));
        connect(b, &QPushButton::clicked, this, [this, b] {
            m_tendered->setText(b->property("amount").toString());
            takeCash();
        });
        m_quick.append(b);
        quick->addWidget(b);
    }
    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("cashChange"));
    m_change->setFont(scaled(m_change->font(), 2.0));
    m_takeCash = makeButton(tr("Take cash (Enter)"), "takeCash", page);
    connect(m_takeCash, &QPushButton::clicked, this, &TenderDialog::takeCash);
    auto* form = new QFormLayout(page);
    auto* label = new QLabel(tr("Cash &tendered"));
    label->setBuddy(m_tendered);
    form->addRow(label, m_tendered);
    form->addRow(quick);
    form->addRow(m_change);
    form->addRow(m_takeCash);
    return page;
}

QWidget* TenderDialog::buildCard() {
    auto* page = new QWidget;
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("cardReference"));
    m_reference->setAccessibleName(tr("Terminal approval reference"));
    m_reference->setMaxLength(32);
    m_reference->setPlaceholderText(tr("As printed on the terminal's slip"));
    // The slip's barcode may be scanned straight into it.
    m_reference->setProperty(ScannerGuard::kAcceptsScans, true);
    m_cardAmount = new MoneyEdit(m_due.currency());
    m_cardAmount->setObjectName(QStringLiteral("cardAmount"));
    m_cardAmount->setAccessibleName(tr("Amount paid by card"));
    m_takeCard = makeButton(tr("Record card payment (Enter)"), "takeCard", page);
    connect(m_takeCard, &QPushButton::clicked, this, &TenderDialog::takeCard);
    connect(m_reference, &QLineEdit::returnPressed, this, &TenderDialog::takeCard);
    connect(m_cardAmount, &QLineEdit::returnPressed, this, &TenderDialog::takeCard);
    auto* form = new QFormLayout(page);
    auto* referenceLabel = new QLabel(tr("Approval &reference"));
    referenceLabel->setBuddy(m_reference);
    auto* amountLabel = new QLabel(tr("A&mount"));
    amountLabel->setBuddy(m_cardAmount);
    form->addRow(referenceLabel, m_reference);
    form->addRow(amountLabel, m_cardAmount);
    form->addRow(m_takeCard);
    return page;
}

QWidget* TenderDialog::buildFinancing() {
    auto* page = new QWidget;
    auto* note = new QLabel(tr("Sends a ChargeAfter checkout link for the whole sale. The sale "
                               "then waits, visible and safe across a restart, until you record "
                               "the customer's approval, or goes back to payment if declined."));
    note->setWordWrap(true);
    m_takeFinancing = makeButton(tr("Send a financing link (Enter)"), "takeFinancing", page);
    connect(m_takeFinancing, &QPushButton::clicked, this, &TenderDialog::takeFinancing);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_takeFinancing);
    return page;
}

void TenderDialog::setMode(Mode mode) {
    m_mode = mode;
    m_cashButton->setChecked(mode == Mode::Cash);
    m_cardButton->setChecked(mode == Mode::Card);
    m_financingButton->setChecked(mode == Mode::Financing);
    m_pages->setCurrentIndex(static_cast<int>(mode));
    // Enter presses the current choice's action, and only that one.
    for (QPushButton* b : {m_takeCash, m_takeCard, m_takeFinancing})
        b->setDefault(false);
    if (mode == Mode::Cash) {
        m_takeCash->setDefault(true);
        m_tendered->setFocus(Qt::OtherFocusReason);
    } else if (mode == Mode::Card) {
        m_takeCard->setDefault(true);
        if (m_cardAmount->isBlank())
            m_cardAmount->setText(m_remaining.toDecimalString());
        m_reference->setFocus(Qt::OtherFocusReason);
    } else {
        m_takeFinancing->setDefault(true);
        m_takeFinancing->setFocus(Qt::OtherFocusReason);
    }
    m_message->clear();
}

void TenderDialog::updateCash() {
    const auto tendered = m_tendered->amount();
    if (!tendered.ok() || m_tendered->isBlank()) {
        m_change->setText(QString());
        return;
    }
    const auto change = tendered.value->minus(m_remaining);
    if (change && !change->isNegative())
        m_change->setText(tr("Change: %1").arg(change->toDisplayString()));
    else
        m_change->setText(tr("Still to pay after this: %1")
                              .arg(change ? change->toDisplayString().remove(u'-') : QString()));
}

void TenderDialog::updateRemaining() {
    m_remainingLabel->setText(tr("To pay: %1").arg(m_remaining.toDisplayString()));
    QStringList paid;
    for (const Payment& p : std::as_const(m_payments)) {
        paid << (p.tender == Tender::Cash
                     ? tr("Cash %1").arg(p.amount.toDisplayString())
                     : tr("Card %1 (ref. %2)").arg(p.amount.toDisplayString(), p.reference));
    }
    m_paidLabel->setText(paid.isEmpty() ? QString() : tr("Paid so far: %1").arg(paid.join(u", ")));
    const QList<Money> amounts = quickAmounts(m_remaining);
    for (qsizetype i = 0; i < m_quick.size(); ++i) {
        QPushButton* b = m_quick.at(i);
        b->setVisible(i < amounts.size());
        if (i < amounts.size()) {
            b->setText(amounts.at(i).toDisplayString());
            b->setProperty("amount", amounts.at(i).toDecimalString());
        }
    }
    // Financing is for a whole sale: not once part of it is paid.
    m_financingButton->setEnabled(m_payments.isEmpty());
    m_takeFinancing->setEnabled(m_payments.isEmpty());
    m_tendered->clear();
    m_cardAmount->setText(m_remaining.toDecimalString());
    m_reference->clear();
    updateCash();
}

void TenderDialog::say(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(palette::statusStyleSheet(isError));
}

void TenderDialog::takeCash() {
    const auto tendered = m_tendered->amount();
    if (!tendered.ok() || m_tendered->isBlank() || !tendered.value->minus(m_remaining)) {
        say(tendered.ok() ? tr("Type the amount the customer hands over.") : tendered.error, true);
        return;
    }
    const Money given = *tendered.value;
    if (given.isNegative() || given.isZero()) {
        say(tr("The amount handed over must be more than zero."), true);
        return;
    }
    const bool covers = !given.minus(m_remaining)->isNegative();
    // Over-tendered cash pays what is left; the rest is change.
    add({Tender::Cash, covers ? m_remaining : given, given, {}});
}

void TenderDialog::takeCard() {
    const auto amount = m_cardAmount->amount();
    if (!amount.ok()) {
        say(amount.error, true);
        return;
    }
    const Money paid = *amount.value;
    const auto left = m_remaining.minus(paid);
    if (paid.isNegative() || paid.isZero() || !left || left->isNegative()) {
        say(tr("A card pays between 0.01 and what is left to pay (%1).")
                .arg(m_remaining.toDisplayString()),
            true);
        return;
    }
    const QString reference = m_reference->text().trimmed();
    if (const QString why = cardReferenceProblem(reference); !why.isEmpty()) {
        say(why, true);
        m_reference->setFocus(Qt::OtherFocusReason);
        m_reference->selectAll();
        return;
    }
    add({Tender::Card, paid, paid, reference});
}

void TenderDialog::takeFinancing() {
    if (!m_payments.isEmpty())
        return;
    m_financing = true;
    accept();
}

void TenderDialog::add(const Payment& payment) {
    const auto left = m_remaining.minus(payment.amount);
    if (!left || left->isNegative())
        return;
    m_payments.append(payment);
    m_remaining = *left;
    if (m_remaining.isZero()) {
        accept();
        return;
    }
    updateRemaining();
    say(tr("%1 taken; %2 still to pay. Take the next payment.")
            .arg(payment.amount.toDisplayString(), m_remaining.toDisplayString()),
        false);
    setMode(m_mode);
}

void TenderDialog::refuseScan(const QString& code) {
    say(tr("A scan (%1) was not added: finish or cancel the payment first.").arg(code), true);
}

void TenderDialog::reject() {
    if (!m_payments.isEmpty()) {
        // Money already changed hands: cancelling means giving it back.
        const auto answer = dialogs::question(
            this, tr("Cancel the payment?"),
            tr("%n payment(s) were already taken for this sale. Cancel anyway? Give back the "
               "cash and void the card payments on the terminal.",
               nullptr, static_cast<int>(m_payments.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

QString TenderDialog::tenderWords(Tender tender) {
    switch (tender) {
    case Tender::Cash:
        return tr("cash");
    case Tender::Card:
        return tr("card");
    case Tender::Financing:
        return tr("ChargeAfter financing");
    }
    return {};
}

QString TenderDialog::completedWords(const QString& saleNumber, const Money& total,
                                     const QList<Payment>& payments) {
    QStringList tenders;
    for (const Payment& p : payments)
        tenders << tenderWords(p.tender);
    tenders.removeDuplicates();
    const QString paid =
        tr("Sale %1 completed: %2 paid by %3.")
            .arg(saleNumber, total.toDisplayString(), tenders.join(QStringLiteral(" + ")));
    const std::optional<Money> change = changeDue(payments);
    // Said large in the dialog, and again here for the cashier counting it out.
    if (change && !change->isZero())
        return paid + u' ' + tr("Change due: %1.").arg(change->toDisplayString());
    return paid;
}

QList<Money> TenderDialog::quickAmounts(const Money& due) {
    QList<Money> out;
    for (const qint64 step : {500LL, 1000LL, 2000LL, 5000LL, 10000LL}) {
        const qint64 minor = due.minorUnits();
        if (minor <= 0 || minor > std::numeric_limits<qint64>::max() - step)
            break;
        const qint64 next = (minor / step + 1) * step;
        const Money m = Money::fromMinor(next, due.currency());
        if (!out.contains(m) && out.size() < 3)
            out.append(m);
    }
    return out;
}

void TenderDialog::setNextAnswer(Answer answer) {
    g_nextAnswer = answer;
}

void TenderDialog::clearNextAnswer() {
    g_nextAnswer.reset();
}

TenderDialog* TenderDialog::ask(QWidget* parent, const Money& due, const QString& saleNumber,
                                QObject* context, std::function<void(std::optional<Result>)> done) {
    if (g_nextAnswer) {
        const Answer answer = *g_nextAnswer;
        g_nextAnswer.reset();
        switch (answer) {
        case Answer::Cash:
            done(Result{{Payment{Tender::Cash, due, due, {}}}, false});
            break;
        case Answer::Card:
            done(Result{{Payment{Tender::Card, due, due, QStringLiteral("TEST-0001")}}, false});
            break;
        case Answer::Financing:
            done(Result{{}, true});
            break;
        case Answer::Cancel:
            done(std::nullopt);
            break;
        }
        return nullptr;
    }
    auto* dialog = new TenderDialog(due, saleNumber, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [dialog, done = std::move(done)](int result) {
        if (result != QDialog::Accepted)
            done(std::nullopt);
        else
            done(Result{dialog->m_payments, dialog->m_financing});
    });
    dialog->open();
    return dialog;
}

} // namespace checkstand
