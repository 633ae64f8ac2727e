// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financingwait.h"

#include "validation/luhn.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::FinancingWait)
};

} // namespace

FinancingWait::FinancingWait(SalesStore& sales, const Clock& clock)
    : m_sales(sales)
    , m_clock(clock) {}

QString FinancingWait::referenceProblem(const QString& reference) {
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{4,64}$"));
    if (!shape.match(reference).hasMatch())
        return Tr::tr("Enter ChargeAfter's approval reference (4 to 64 letters, digits, '-' or "
                      "'_'), as ChargeAfter shows it.");
    // The same guard as a card terminal's reference: a card number never reaches the journal.
    QString digits = reference;
    digits.remove(u'-');
    digits.remove(u'_');
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]{13,19}$"));
    if (allDigits.match(digits).hasMatch() && luhnValid(digits))
        return Tr::tr("That looks like a card number. Never type the card number here: enter "
                      "ChargeAfter's approval reference.");
    return {};
}

FinancingWait::Approved FinancingWait::approve(const QString& idOrNumber, const QString& reference,
                                               const QString& operatorName) {
    const QString ref = reference.trimmed();
    if (const QString why = referenceProblem(ref); !why.isEmpty())
        return {std::nullopt, why};
    const auto waiting = m_sales.awaiting(idOrNumber.trimmed());
    if (!waiting) {
        if (m_sales.lastError().failed())
            return {std::nullopt, m_sales.lastError().message};
        return {std::nullopt,
                Tr::tr("No sale “%1” is awaiting financing.").arg(idOrNumber.trimmed())};
    }
    // Paid by one Financing payment of exactly the link's total, as priced when it went out.
    CompletedSale sale;
    sale.ticket = waiting->ticket;
    sale.tender = Tender::Financing;
    sale.total = waiting->total;
    sale.completedAt = m_clock.now();
    sale.financingTrackingId = waiting->trackingId;
    sale.payments = {Payment{Tender::Financing, waiting->total, waiting->total, ref}};
    sale.breakdown = waiting->breakdown;
    sale.operatorName = operatorName.trimmed();
    if (!m_sales.completeAwaiting(sale))
        return {
            std::nullopt,
            Tr::tr("The financed sale could not be recorded: %1").arg(m_sales.lastError().message)};
    return {sale, {}};
}

QString FinancingWait::decline(const QString& idOrNumber) {
    const auto waiting = m_sales.awaiting(idOrNumber.trimmed());
    if (!waiting) {
        if (m_sales.lastError().failed())
            return m_sales.lastError().message;
        return Tr::tr("No sale “%1” is awaiting financing.").arg(idOrNumber.trimmed());
    }
    if (!m_sales.releaseAwaiting(waiting->ticket.id))
        return Tr::tr("The sale could not be put back to be paid another way: %1")
            .arg(m_sales.lastError().message);
    return {};
}

} // namespace checkstand
