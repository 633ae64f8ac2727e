// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilldialogs.h"

#include "palette.h"
#include "widgets/activation.h"
#include "widgets/moneyedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace checkstand {

CashAmountDialog::CashAmountDialog(Setup setup, QWidget* parent)
    : QDialog(parent)
    , m_setup(std::move(setup)) {
    setObjectName(m_setup.objectName);
    setWindowTitle(m_setup.title);

    auto* text = new QLabel(m_setup.text, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    m_amount = new MoneyEdit(m_setup.currency, this);
    m_amount->setObjectName(QStringLiteral("tillAmount"));
    auto* form = new QFormLayout;
    form->addRow(m_setup.amountLabel, m_amount);
    if (m_setup.withReason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("tillReason"));
        m_reason->setMaxLength(200);
        m_reason->setPlaceholderText(tr("Printed on the report and kept in the journal"));
        form->addRow(tr("&Reason"), m_reason);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("tillError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(palette::errorStyleSheet());
    m_error->hide();

    // Parented at once: a default button must know its dialog (see RecallDialog).
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(m_setup.confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("tillConfirm"));
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CashAmountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An error is about what was typed: it goes once the operator types again.
    const auto clear = [this] {
        m_error->hide();
    };
    connect(m_amount, &QLineEdit::textEdited, this, clear);
    if (m_reason)
        connect(m_reason, &QLineEdit::textEdited, this, clear);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
    m_amount->setFocus(Qt::OtherFocusReason);
}

void CashAmountDialog::showProblem(const QString& problem, QWidget* field) {
    m_error->setText(problem);
    m_error->show();
    m_error->setAccessibleDescription(problem);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void CashAmountDialog::accept() {
    // Enter in any field comes here: nothing is written until every field is right.
    if (m_amount->isBlank()) {
        showProblem(tr("Enter the amount."), m_amount);
        return;
    }
    const Money::ParseResult amount = m_amount->amount();
    if (!amount.ok()) {
        showProblem(amount.error, m_amount);
        return;
    }
    if (m_setup.amountProblem) {
        if (const QString why = m_setup.amountProblem(*amount.value); !why.isEmpty()) {
            showProblem(why, m_amount);
            return;
        }
    }
    const QString reason = m_reason ? m_reason->text().trimmed() : QString();
    if (m_reason && m_setup.reasonProblem) {
        if (const QString why = m_setup.reasonProblem(reason); !why.isEmpty()) {
            showProblem(why, m_reason);
            return;
        }
    }
    if (m_setup.submit) {
        m_confirm->setEnabled(false);
        const QString why = m_setup.submit(*amount.value, reason);
        m_confirm->setEnabled(true);
        if (!why.isEmpty()) {
            showProblem(why, m_amount);
            return;
        }
    }
    QDialog::accept();
}

void CashAmountDialog::done(int result) {
    QWidget* behind = parentWidget();
    QDialog::done(result);
    giveActivationBack(behind);
}

ZNumberDialog::ZNumberDialog(qint64 latest, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("zNumberDialog"));
    setWindowTitle(tr("Reprint Z report"));
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("zNumber"));
    m_number->setRange(1, int(qBound(qint64(1), latest, qint64(std::numeric_limits<int>::max()))));
    m_number->setValue(m_number->maximum());
    auto* form = new QFormLayout;
    form->addRow(tr("Z report &number"), m_number);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* reprint = buttons->addButton(tr("&Reprint"), QDialogButtonBox::AcceptRole);
    reprint->setObjectName(QStringLiteral("zReprint"));
    reprint->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_number->setFocus(Qt::OtherFocusReason);
    m_number->selectAll();
}

qint64 ZNumberDialog::number() const {
    return m_number->value();
}

void ZNumberDialog::done(int result) {
    QWidget* behind = parentWidget();
    QDialog::done(result);
    giveActivationBack(behind);
}

} // namespace checkstand
