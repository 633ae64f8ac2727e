// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recalldialog.h"

#include "widgets/saletable.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace checkstand {

RecallDialog::RecallDialog(const QList<ParkedSale>& parked, QWidget* parent)
    : QDialog(parent)
    , m_parked(parked)
    , m_table(
          saletable::create(QStringLiteral("parkedSales"),
                            {tr("Sale"), tr("Parked at"), tr("Lines"), tr("Total"), tr("Customer")},
                            static_cast<int>(parked.size()), this)) {
    setObjectName(QStringLiteral("recallDialog"));
    setWindowTitle(tr("Recall a parked sale"));

    const QLocale locale;
    for (int row = 0; row < m_parked.size(); ++row) {
        const ParkedSale& p = m_parked.at(row);
        const auto cell = [this, row](int column, const QString& text,
                                      saletable::Align align = saletable::Align::Left) {
            saletable::setCell(*m_table, row, column, text, align);
        };
        cell(0, p.retailerOrderId);
        cell(1, locale.toString(p.parkedAt, QLocale::ShortFormat));
        cell(2, QString::number(p.lines), saletable::Align::Right);
        // Sales parked before the payable total was kept show their items' total, and say so.
        cell(3,
             p.totalIsPayable ? p.total.toDisplayString()
                              : tr("%1 before tax").arg(p.total.toDisplayString()),
             saletable::Align::Right);
        cell(4, p.customerName.isEmpty() ? tr("(no customer)") : p.customerName);
    }
    if (!m_parked.isEmpty())
        m_table->selectRow(static_cast<int>(m_parked.size()) - 1); // the one parked last

    // Parented at once: a default button must know its dialog, or the dialog picks the first
    // button (Cancel) as the one Enter presses.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* recall = buttons->addButton(tr("&Recall"), QDialogButtonBox::AcceptRole);
    recall->setObjectName(QStringLiteral("recallSelected"));
    recall->setDefault(true);
    recall->setEnabled(!m_parked.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 320);
    m_table->setFocus(Qt::OtherFocusReason);
}

QString RecallDialog::selectedId() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_parked.size())
        return {};
    return m_parked.at(row).id;
}

} // namespace checkstand
