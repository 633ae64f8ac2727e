// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace checkstand {

class AppSettings;
class SaleSession;

// The sale's totals, read from the SaleSession whenever its ticket or pricing changes:
//
//   Subtotal                    the priced lines before tax, deposits apart
//   Sales tax 8.25 %   $1.03    one row per tax line title and rate the service used
//   Tax                         all of it ("Tax (included)" with tax-inclusive prices)
//   Deposits                    bottle deposits and the like
//   Discount, Freight           the order's
//   Total                       what the customer pays: SaleSession::payableTotal()
//
// Subtotal + tax + deposits is the priced cart's total. Without a pricing service (no pricing
// and none refused) only the local figures show: items, discount, freight and total. When the
// last pricing reply was refused, a warning says why and the amounts are greyed as the last
// confirmed ones; while a pricing request is under way, a quiet "Pricing…".
//
// Object names, for tests and style sheets: totalsPanel, subtotal, taxBreakdownTitle and
// taxBreakdownAmount (one pair per rate), tax, deposits, discountTotal, freightTotal, total,
// pricingStale, pricingBusy.
class TotalsPanel : public QWidget {
    Q_OBJECT
public:
    TotalsPanel(const SaleSession& session, const AppSettings& settings, QWidget* parent = nullptr);

    // The breakdown rows as shown, "Sales tax 8.25 %  $1.03".
    QStringList breakdown() const;
    // "8.25 %" for "0.0825"; the rate as written when it is not a decimal fraction.
    static QString percentText(const QString& rate);

public Q_SLOTS:
    void refresh();

private:
    void setBreakdownRows(int count);
    void setRowVisible(QLabel* amount, bool visible);

    const SaleSession& m_session;
    const AppSettings& m_settings;
    QGridLayout* m_grid = nullptr;
    QLabel* m_stale = nullptr;
    QLabel* m_busy = nullptr;
    QLabel* m_subtotalCaption = nullptr;
    QLabel* m_subtotal = nullptr;
    QWidget* m_breakdownBox = nullptr;
    QGridLayout* m_breakdownGrid = nullptr;
    QList<QLabel*> m_breakdownTitles;
    QList<QLabel*> m_breakdownAmounts;
    QLabel* m_taxCaption = nullptr;
    QLabel* m_tax = nullptr;
    QLabel* m_deposits = nullptr;
    QLabel* m_discount = nullptr;
    QLabel* m_freight = nullptr;
    QLabel* m_totalCaption = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace checkstand
