// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiddialog.h"

#include "sale/salesession.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace checkstand {

VoidDialog::VoidDialog(const QString& saleNumber, const QString& total, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("voidDialog"));
    setWindowTitle(tr("Void sale %1").arg(saleNumber));

    auto* text = new QLabel(tr("Void sale %1 (%2)? Its items are given up and nothing is paid; "
                               "the void is recorded with its reason.")
                                .arg(saleNumber, total),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    // The usual reasons are offered as the cashier types; their own words are as good.
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("Why is the sale voided?"));
    auto* usual =
        new QCompleter(QStringList{tr("Customer changed their mind"), tr("Rung up by mistake"),
                                   tr("Customer left without paying"), tr("Training")},
                       m_reason);
    usual->setCaseSensitivity(Qt::CaseInsensitive);
    m_reason->setCompleter(usual);
    auto* label = new QLabel(tr("&Reason"), this);
    label->setBuddy(m_reason);

    // Parented at once: a default button must know its dialog (see RecallDialog).
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_void = buttons->addButton(tr("&Void sale"), QDialogButtonBox::AcceptRole);
    m_void->setObjectName(QStringLiteral("voidConfirm"));
    m_void->setDefault(true);
    m_void->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_void->setEnabled(!reason().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    m_reason->setFocus(Qt::OtherFocusReason);
}

QString VoidDialog::reason() const {
    return m_reason->text().trimmed();
}

void VoidDialog::accept() {
    // Enter in the reason field reaches here too: never without a reason.
    if (reason().isEmpty())
        return;
    QDialog::accept();
}

void VoidDialog::voidOpenSale(QWidget* parent, SaleSession& session, QObject* context,
                              std::function<void(const QString& words, bool isError)> done,
                              const QString& suggestedReason) {
    const Ticket& t = session.ticket();
    if (t.lines.isEmpty()) {
        done(tr("Nothing to void: the sale is empty."), true);
        return;
    }
    const std::optional<Money> total = session.payableTotal();
    auto* dialog = new VoidDialog(t.retailerOrderId,
                                  total ? total->toDisplayString() : tr("total unknown"), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!suggestedReason.trimmed().isEmpty()) {
        dialog->m_reason->setText(suggestedReason.trimmed());
        dialog->m_reason->selectAll();
    }
    const QString saleId = t.id;
    connect(dialog, &QDialog::finished, context,
            [&session, dialog, saleId, done = std::move(done)](int result) {
                // Only the sale the cashier was asked about (a recall meanwhile voids nothing).
                if (result != QDialog::Accepted || session.ticket().id != saleId) {
                    done({}, false);
                    return;
                }
                const QString number = session.ticket().retailerOrderId;
                const QString reason = dialog->reason();
                if (const QString why = session.voidSale(reason); !why.isEmpty())
                    done(tr("Sale %1 was not voided: %2").arg(number, why), true);
                else
                    done(tr("Sale %1 voided: %2.").arg(number, reason), false);
            });
    dialog->open();
}

} // namespace checkstand
