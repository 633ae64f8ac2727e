// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "returns.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Returns)
};

// 128-bit products (GCC and Clang both have it) for amount x quantity, which may pass 2^63.
__extension__ typedef __int128 Wide;

// floor(value x numerator / denominator) for 0 <= numerator <= denominator: never more than
// `value`, so it fits; the product is taken in 128 bits because value x numerator may not.
qint64 proportion(qint64 value, qint64 numerator, qint64 denominator) {
    if (denominator <= 0 || numerator <= 0 || value <= 0)
        return 0;
    const Wide product = static_cast<Wide>(value) * numerator;
    return static_cast<qint64>(product / denominator);
}

// The order discount spread over the lines in proportion to what each line cost, by largest
// remainder, so the shares add up to the discount exactly (no cent lost or made up).
QList<qint64> discountShares(const QList<BreakdownLine>& lines, qint64 discount) {
    QList<qint64> shares(lines.size(), 0);
    qint64 payable = 0;
    for (const BreakdownLine& l : lines) {
        if (l.payable.minorUnits() > std::numeric_limits<qint64>::max() - payable)
            return shares; // cannot happen for a breakdown that passed its checks
        payable += l.payable.minorUnits();
    }
    // A discount above what the lines cost (impossible for a checked sale) takes them to zero.
    discount = qBound<qint64>(0, discount, payable);
    if (payable == 0 || discount == 0)
        return shares;
    QList<std::pair<qint64, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Wide product = static_cast<Wide>(discount) * lines.at(i).payable.minorUnits();
        shares[i] = static_cast<qint64>(product / payable);
        remainders.append({static_cast<qint64>(product % payable), i});
        given += shares.at(i);
    }
    // Largest remainder first; ties go to the earlier line, so the split is reproducible.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype k = 0; given < discount && k < remainders.size(); ++k, ++given)
        ++shares[remainders.at(k).second];
    return shares;
}

QString tenderKey(Tender tender, const QString& reference) {
    return toString(tender) + u'\n' + reference;
}

// The sale's payments; a sale journalled before payments were kept was paid by one tender.
QList<Payment> paymentsOf(const CompletedSale& sale) {
    if (!sale.payments.isEmpty())
        return sale.payments;
    return {Payment{sale.tender, sale.total, sale.total,
                    sale.tender == Tender::Financing ? sale.financingTrackingId : QString()}};
}

} // namespace

Returns::Returns(SalesStore& sales, const Clock& clock, std::function<QString()> storeId)
    : m_sales(sales)
    , m_clock(clock)
    , m_storeId(std::move(storeId)) {}

Returns::Planned Returns::plan(const QString& saleIdOrNumber) const {
    const QString key = saleIdOrNumber.trimmed();
    const auto sale = key.isEmpty() ? std::nullopt : m_sales.sale(key);
    if (!sale) {
        if (m_sales.lastError().failed())
            return {std::nullopt, m_sales.lastError().message};
        return {std::nullopt, Tr::tr("No sale “%1” in this terminal's journal.").arg(key)};
    }
    ReturnPlan plan;
    plan.sale = *sale;
    plan.earlier = m_sales.returnsOf(sale->ticket.id);
    if (m_sales.lastError().failed())
        return {std::nullopt, m_sales.lastError().message};
    QHash<QString, qint64> returned;
    std::optional<Money> refunded = Money::fromMinor(0, sale->total.currency());
    for (const SaleReturn& r : std::as_const(plan.earlier)) {
        for (const ReturnLine& l : r.lines)
            returned[l.lineId] += l.quantity;
        refunded = refunded ? refunded->plus(r.total) : std::nullopt;
    }
    if (!refunded)
        return {std::nullopt, Tr::tr("The earlier refunds of this sale are too large to add up.")};
    plan.refundedSoFar = *refunded;
    const QList<BreakdownLine>& lines = sale->breakdown.lines;
    const QList<qint64> shares = discountShares(lines, sale->breakdown.discount.minorUnits());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const BreakdownLine& l = lines.at(i);
        const auto paid = l.payable.minus(Money::fromMinor(shares.at(i), l.payable.currency()));
        if (!paid)
            return {std::nullopt, Tr::tr("The sale's figures cannot be read for a return.")};
        plan.lines.append({l.lineId, l.sku, l.name, l.quantity, returned.value(l.lineId), *paid});
    }
    return {plan, {}};
}

Returns::Result Returns::preview(const Request& request) const {
    const Planned planned = plan(request.sale);
    if (!planned.plan)
        return {std::nullopt, planned.error, {}};
    const ReturnPlan& plan = *planned.plan;
    const QString reason = request.reason.trimmed();
    if (request.lines.isEmpty())
        return {std::nullopt, Tr::tr("Choose at least one line to return."), {}};
    if (reason.isEmpty())
        return {std::nullopt, Tr::tr("Say why the customer returns it."), {}};

    // How many of each line this return takes; a line may be named by its id or its SKU (a
    // SKU on several lines fills them in order).
    QList<qint64> wanted(plan.lines.size(), 0);
    for (const auto& [key, quantity] : request.lines) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < plan.lines.size() && index < 0; ++i) {
            if (plan.lines.at(i).lineId == key)
                index = i;
        }
        for (qsizetype i = 0; i < plan.lines.size() && index < 0; ++i) {
            const ReturnableLine& l = plan.lines.at(i);
            if (l.sku == key && l.returnable() - wanted.at(i) >= quantity)
                index = i;
        }
        for (qsizetype i = 0; i < plan.lines.size() && index < 0; ++i) {
            if (plan.lines.at(i).sku == key)
                index = i;
        }
        if (index < 0)
            return {
                std::nullopt,
                Tr::tr("“%1” is not a line of sale %2.").arg(key, plan.sale.ticket.retailerOrderId),
                {}};
        const ReturnableLine& line = plan.lines.at(index);
        if (quantity < 1 || quantity > line.sold)
            return {std::nullopt,
                    Tr::tr("Choose how many of “%1” to return (1 to %2).")
                        .arg(line.name)
                        .arg(line.returnable()),
                    {}};
        wanted[index] += quantity;
    }

    const QString currency = plan.sale.total.currency();
    SaleReturn r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.saleId = plan.sale.ticket.id;
    r.saleNumber = plan.sale.ticket.retailerOrderId;
    r.createdAt = m_clock.now();
    r.reason = reason;
    r.operatorName = request.operatorName.trimmed();
    std::optional<Money> total = Money::fromMinor(0, currency);
    for (qsizetype i = 0; i < plan.lines.size(); ++i) {
        const ReturnableLine& l = plan.lines.at(i);
        const qint64 k = wanted.at(i);
        if (k == 0)
            continue;
        if (k > l.returnable())
            return {std::nullopt,
                    l.returnable() == 0
                        ? Tr::tr("All of “%1” has been returned already.").arg(l.name)
                        : Tr::tr("Only %1 of “%2” can still be returned.")
                              .arg(l.returnable())
                              .arg(l.name),
                    {}};
        // The first n units of a line refund floor(paid x n / sold): this return takes the
        // difference, so all returns of a line together give back exactly what it cost.
        const qint64 before = proportion(l.paid.minorUnits(), l.returned, l.sold);
        const qint64 after = proportion(l.paid.minorUnits(), l.returned + k, l.sold);
        const Money refund = Money::fromMinor(after - before, currency);
        r.lines.append({l.lineId, l.sku, l.name, k, refund});
        total = total ? total->plus(refund) : std::nullopt;
    }
    if (!total)
        return {std::nullopt, Tr::tr("The refund is too large to add up."), {}};
    r.total = *total;

    // To the original tenders, in the order they were taken, each at most what it paid less
    // what earlier returns gave back to it.
    QHash<QString, qint64> givenBack;
    for (const SaleReturn& e : plan.earlier) {
        for (const Payment& p : e.refunds)
            givenBack[tenderKey(p.tender, p.reference)] += p.amount.minorUnits();
    }
    qint64 left = r.total.minorUnits();
    for (const Payment& p : paymentsOf(plan.sale)) {
        if (left == 0)
            break;
        qint64& back = givenBack[tenderKey(p.tender, p.reference)];
        const qint64 used = qMin(back, p.amount.minorUnits());
        back -= used;
        const qint64 take = qMin(left, p.amount.minorUnits() - used);
        if (take <= 0)
            continue;
        const Money amount = Money::fromMinor(take, currency);
        r.refunds.append(Payment{p.tender, amount, amount, p.reference});
        left -= take;
    }
    if (left > 0)
        return {
            std::nullopt,
            Tr::tr("The refund of %1 is more than is left to give back on this sale's payments.")
                .arg(r.total.toDisplayString()),
            {}};
    return {r, {}, instructionsFor(r, plan.sale)};
}

Returns::Result Returns::record(const Request& request) {
    Result result = preview(request);
    if (!result.ok())
        return result;
    // The number is taken only for a return that will be written; a failure after it leaves
    // a gap in the return numbers, never two returns with one number.
    const QString number = m_sales.nextReturnNumber(m_storeId ? m_storeId() : QString());
    if (number.isEmpty())
        return {
            std::nullopt, Tr::tr("No return number could be taken: %1").arg(m_sales.error()), {}};
    result.saleReturn->number = number;
    if (!m_sales.recordReturn(*result.saleReturn))
        return {std::nullopt, m_sales.lastError().message, {}};
    return result;
}

QStringList Returns::instructionsFor(const SaleReturn& saleReturn, const CompletedSale& sale) {
    QStringList out;
    for (const Payment& p : saleReturn.refunds) {
        const QString amount = p.amount.toDisplayString();
        switch (p.tender) {
        case Tender::Cash:
            out << Tr::tr("Pay out %1 in cash.").arg(amount);
            break;
        case Tender::Card:
            out << Tr::tr("Refund %1 on the card terminal against approval %2.")
                       .arg(amount, p.reference);
            break;
        case Tender::Financing:
            out << Tr::tr("Cancel %1 of financing at ChargeAfter (link %2).")
                       .arg(amount, sale.financingTrackingId.isEmpty() ? p.reference
                                                                       : sale.financingTrackingId);
            break;
        }
    }
    return out;
}

} // namespace checkstand
