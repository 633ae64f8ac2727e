// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "totalspanel.h"

#include "aifi/pricingreply.h"
#include "aifi/taxrate.h"
#include "sale/salesession.h"
#include "settings/appsettings.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// Fixed colours, as the rest of the Sale page: a warning must look the same under every theme.
const QString kStaleBanner = QStringLiteral(
    "background-color: #fff4e5; color: #8a4b00; border: 1px solid #e0a040; padding: 4px;");
const QString kUnconfirmedAmount = QStringLiteral("color: #757575; font-style: italic;");
const QString kQuiet = QStringLiteral("color: #757575;");

QLabel* amountLabel(const QString& name) {
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// True when `pricing` priced exactly the lines of `ticket`, at their quantities.
bool pricingCovers(const aifi::PricedCart& pricing, const Ticket& ticket) {
    qsizetype priced = 0;
    for (const aifi::PricedLine& l : pricing.lines)
        priced += l.isDeposit ? 0 : 1;
    if (priced != ticket.lines.size())
        return false;
    for (const TicketLine& line : ticket.lines) {
        const aifi::PricedLine* p = pricing.line(line.lineId);
        if (!p || p->quantity != line.quantity)
            return false;
    }
    return true;
}

QString dash(const std::optional<Money>& m) {
    return m ? m->toDisplayString() : QStringLiteral("—");
}

} // namespace

TotalsPanel::TotalsPanel(const SaleSession& session, const AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings) {
    setObjectName(QStringLiteral("totalsPanel"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setMinimumWidth(260);

    m_stale = new QLabel;
    m_stale->setObjectName(QStringLiteral("pricingStale"));
    m_stale->setWordWrap(true);
    m_stale->setTextFormat(Qt::PlainText);
    m_stale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stale->setStyleSheet(kStaleBanner);
    m_stale->hide();

    m_busy = new QLabel(tr("Pricing…"));
    m_busy->setObjectName(QStringLiteral("pricingBusy"));
    m_busy->setStyleSheet(kQuiet);
    m_busy->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Shown and hidden on every change: the totals below must not jump up and down with it.
    QSizePolicy keep = m_busy->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keep);
    m_busy->hide();

    m_subtotal = amountLabel(QStringLiteral("subtotal"));
    m_tax = amountLabel(QStringLiteral("tax"));
    m_deposits = amountLabel(QStringLiteral("deposits"));
    m_discount = amountLabel(QStringLiteral("discountTotal"));
    m_freight = amountLabel(QStringLiteral("freightTotal"));
    m_total = amountLabel(QStringLiteral("total"));
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_total->setFont(big);

    m_breakdownBox = new QWidget;
    m_breakdownBox->setObjectName(QStringLiteral("taxBreakdown"));
    m_breakdownGrid = new QGridLayout(m_breakdownBox);
    m_breakdownGrid->setContentsMargins(12, 0, 0, 0);
    m_breakdownGrid->setVerticalSpacing(0);
    m_breakdownGrid->setColumnStretch(0, 1);
    m_breakdownBox->hide();

    m_subtotalCaption = new QLabel(tr("Subtotal"));
    m_taxCaption = new QLabel(tr("Tax"));
    m_totalCaption = new QLabel(tr("Total"));
    m_totalCaption->setFont(big);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 1);
    m_grid->addWidget(m_subtotalCaption, 0, 0);
    m_grid->addWidget(m_subtotal, 0, 1);
    m_grid->addWidget(m_breakdownBox, 1, 0, 1, 2);
    m_grid->addWidget(m_taxCaption, 2, 0);
    m_grid->addWidget(m_tax, 2, 1);
    m_grid->addWidget(new QLabel(tr("Deposits")), 3, 0);
    m_grid->addWidget(m_deposits, 3, 1);
    m_grid->addWidget(new QLabel(tr("Discount")), 4, 0);
    m_grid->addWidget(m_discount, 4, 1);
    m_grid->addWidget(new QLabel(tr("Freight")), 5, 0);
    m_grid->addWidget(m_freight, 5, 1);
    m_grid->addWidget(m_totalCaption, 6, 0);
    m_grid->addWidget(m_total, 6, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stale);
    layout->addWidget(m_busy);
    layout->addLayout(m_grid);

    connect(&m_session, &SaleSession::ticketChanged, this, &TotalsPanel::refresh);
    connect(&m_session, &SaleSession::pricingChanged, this, &TotalsPanel::refresh);
    connect(&m_settings, &AppSettings::changed, this, [this](const QString& key) {
        if (key == settingskey::priceIncludesTax)
            refresh();
    });
    refresh();
}

QString TotalsPanel::percentText(const QString& rate) {
    const auto parsed = aifi::TaxRate::parse(rate);
    if (!parsed)
        return rate;
    // Exact: parts per million, so 0.0825 is 82500 and 8.25 % is 82500 / 10000.
    const qint64 whole = parsed->ppm / 10000;
    QString fraction = QStringLiteral("%1").arg(parsed->ppm % 10000, 4, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = QLocale().toString(whole);
    if (!fraction.isEmpty())
        text += QLocale().decimalPoint() + fraction;
    return tr("%1 %").arg(text);
}

QStringList TotalsPanel::breakdown() const {
    QStringList rows;
    for (qsizetype i = 0; i < m_breakdownTitles.size(); ++i) {
        if (m_breakdownTitles.at(i)->isHidden())
            break;
        rows.append(m_breakdownTitles.at(i)->text() + QStringLiteral("  ") +
                    m_breakdownAmounts.at(i)->text());
    }
    return rows;
}

void TotalsPanel::setBreakdownRows(int count) {
    while (m_breakdownTitles.size() < count) {
        const int row = static_cast<int>(m_breakdownTitles.size());
        auto* title = new QLabel;
        title->setObjectName(QStringLiteral("taxBreakdownTitle"));
        title->setTextFormat(Qt::PlainText);
        auto* amount = amountLabel(QStringLiteral("taxBreakdownAmount"));
        m_breakdownGrid->addWidget(title, row, 0);
        m_breakdownGrid->addWidget(amount, row, 1);
        m_breakdownTitles.append(title);
        m_breakdownAmounts.append(amount);
    }
    for (qsizetype i = 0; i < m_breakdownTitles.size(); ++i) {
        m_breakdownTitles.at(i)->setVisible(i < count);
        m_breakdownAmounts.at(i)->setVisible(i < count);
    }
}

void TotalsPanel::setRowVisible(QLabel* amount, bool visible) {
    int row = 0;
    int column = 0;
    int rowSpan = 0;
    int columnSpan = 0;
    m_grid->getItemPosition(m_grid->indexOf(amount), &row, &column, &rowSpan, &columnSpan);
    if (QLayoutItem* caption = m_grid->itemAtPosition(row, 0)) {
        if (QWidget* w = caption->widget())
            w->setVisible(visible);
    }
    amount->setVisible(visible);
}

void TotalsPanel::refresh() {
    const Ticket& t = m_session.ticket();
    const std::optional<aifi::PricedCart> pricing = m_session.pricing();
    const bool stale = m_session.isPricingStale();
    const bool inclusive = m_settings.value(settingskey::priceIncludesTax).toBool();

    // Subtotal + tax + deposits = the priced cart's total. A deposit's own tax, if the service
    // charges any, is in Tax and in the breakdown, so Deposits counts the deposits before tax.
    if (pricing) {
        Money deposits = Money::fromMinor(0, t.currency);
        for (const aifi::PricedLine& l : pricing->lines) {
            if (l.isDeposit)
                deposits = deposits.plus(l.subtotal).value_or(deposits);
        }
        m_subtotalCaption->setText(tr("Subtotal"));
        m_subtotal->setText(dash(pricing->subtotal.minus(deposits)));
        m_taxCaption->setText(inclusive ? tr("Tax (included)") : tr("Tax"));
        m_tax->setText(pricing->tax.toDisplayString());
        m_deposits->setText(deposits.toDisplayString());

        const QList<aifi::PricedCart::TaxGroup> groups = pricing->taxBreakdown();
        setBreakdownRows(static_cast<int>(groups.size()));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const aifi::PricedCart::TaxGroup& g = groups.at(i);
            m_breakdownTitles.at(i)->setText(
                tr("%1 %2").arg(g.title.isEmpty() ? tr("Tax") : g.title, percentText(g.rate)));
            m_breakdownAmounts.at(i)->setText(g.amount.toDisplayString());
        }
        m_breakdownBox->setVisible(!groups.isEmpty());
    } else {
        // The local figures only: no tax, no deposits.
        m_subtotalCaption->setText(tr("Items"));
        m_subtotal->setText(dash(t.itemsTotal()));
        setBreakdownRows(0);
        m_breakdownBox->hide();
    }
    setRowVisible(m_tax, pricing.has_value());
    setRowVisible(m_deposits, pricing.has_value());

    const auto off = t.discountAmount();
    QString discount = QStringLiteral("—");
    if (off)
        discount = off->isZero() ? off->toDisplayString() : tr("-%1").arg(off->toDisplayString());
    if (t.discountMode.compare(QLatin1String("PERCENTAGE"), Qt::CaseInsensitive) == 0 &&
        !t.discount.isZero())
        discount = tr("%1 (%2 %)").arg(discount, t.discount.toDecimalString());
    m_discount->setText(discount);
    m_freight->setText(t.freightCost.toDisplayString());
    m_total->setText(dash(m_session.payableTotal()));

    // Refused pricing: say why, and grey what came from the last good reply (or, with none, the
    // local prices) so nobody reads them as confirmed.
    if (stale) {
        QString amounts = tr("The amounts below are local prices, without tax.");
        if (pricing && pricingCovers(*pricing, t))
            amounts = tr("The amounts below are the last confirmed ones.");
        else if (pricing)
            amounts = tr("The amounts below are the last confirmed ones, from before the latest "
                         "changes to the cart.");
        m_stale->setText(tr("Prices not confirmed: %1\n%2").arg(m_session.pricingError(), amounts));
        m_totalCaption->setText(pricing ? tr("Total (last confirmed)") : tr("Total (local)"));
    } else {
        m_stale->clear();
        m_totalCaption->setText(tr("Total"));
    }
    m_stale->setVisible(stale);
    const QString amountStyle = stale ? kUnconfirmedAmount : QString();
    for (QLabel* amount : {m_subtotal, m_tax, m_deposits, m_total})
        amount->setStyleSheet(amountStyle);
    for (QLabel* amount : std::as_const(m_breakdownAmounts))
        amount->setStyleSheet(amountStyle);
    m_busy->setVisible(m_session.isPricingBusy());
}

} // namespace checkstand
