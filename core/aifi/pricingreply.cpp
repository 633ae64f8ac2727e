// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricingreply.h"

#include <cmath>

#include "net/redaction.h"
#include "ticket/ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace checkstand::aifi {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::aifi)
};

// Where an amount sits, named only when something is wrong with it: a 1,000-line reply would
// otherwise look up and format a thousand translated labels that are never shown.
struct Where {
    qsizetype line = -1; // -1: the order itself
    bool taxLine = false;

    QString text() const {
        if (line < 0)
            return Tr::tr("order");
        const QString l = Tr::tr("line %1").arg(line + 1);
        return taxLine ? l + Tr::tr(" tax line") : l;
    }
};

std::optional<Money> amount(const QJsonObject& o, const char* key, const QString& currency,
                            const Where& where, QString* error) {
    const auto m = Money::fromJson(o.value(QLatin1String(key)), currency);
    if (!m.ok()) {
        *error = Tr::tr("%1 %2: %3").arg(where.text(), QLatin1String(key), m.error);
        return std::nullopt;
    }
    // Prices, taxes and totals are never negative: a reply that says so is refused, not shown.
    if (m.value->isNegative()) {
        *error = Tr::tr("%1 %2 is negative (%3)")
                     .arg(where.text(), QLatin1String(key), m.value->toDecimalString());
        return std::nullopt;
    }
    return m.value;
}

bool adds(const Money& subtotal, const Money& tax, const Money& total) {
    const auto sum = subtotal.plus(tax);
    return sum && *sum == total;
}

} // namespace

const PricedLine* PricedCart::line(const QString& lineId) const {
    for (const PricedLine& l : lines) {
        if (!l.isDeposit && l.id == lineId)
            return &l;
    }
    return nullptr;
}

QList<const PricedLine*> PricedCart::depositsOf(const QString& lineId) const {
    QList<const PricedLine*> out;
    for (const PricedLine& l : lines) {
        if (l.isDeposit && l.parentLineId == lineId)
            out << &l;
    }
    return out;
}

QList<PricedCart::TaxGroup> PricedCart::taxBreakdown() const {
    QList<TaxGroup> groups;
    for (const PricedLine& l : lines) {
        for (const TaxLine& t : l.taxLines) {
            auto it = std::find_if(groups.begin(), groups.end(), [&](const TaxGroup& g) {
                return g.title == t.title && g.rate == t.rate;
            });
            if (it == groups.end())
                groups.append({t.title, t.rate, t.amount});
            else if (const auto sum = it->amount.plus(t.amount))
                it->amount = *sum; // cannot fail: every tax line was summed with checks when read
        }
    }
    return groups;
}

std::optional<PricedCart> parsePricedCart(const QJsonValue& reply, const Ticket& ticket,
                                          QString* error) {
    const QString cur = ticket.currency;
    if (!reply.isObject()) {
        *error = Tr::tr("the reply is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = reply.toObject();
    PricedCart cart;
    const auto total = amount(o, "totalPrice", cur, {}, error);
    if (!total)
        return std::nullopt;
    const auto subtotal = amount(o, "subtotalPrice", cur, {}, error);
    if (!subtotal)
        return std::nullopt;
    const auto tax = amount(o, "totalTax", cur, {}, error);
    if (!tax)
        return std::nullopt;
    cart.total = *total;
    cart.subtotal = *subtotal;
    cart.tax = *tax;
    // AiFi's order id: a whole number a JSON double holds exactly; anything else (1e22, -1,
    // 1.5, a string) is no id at all, never a cast out of range (found by fuzzing).
    const double id = o.value(QLatin1String("orderId")).toDouble();
    cart.orderId = std::isfinite(id) && id >= 0 && id <= 9007199254740991.0 && id == std::floor(id)
                       ? qint64(id)
                       : 0;
    if (!adds(cart.subtotal, cart.tax, cart.total)) {
        *error = Tr::tr("the order's subtotal %1 + tax %2 is not its total %3")
                     .arg(cart.subtotal.toDecimalString(), cart.tax.toDecimalString(),
                          cart.total.toDecimalString());
        return std::nullopt;
    }
    const QJsonArray lines = o.value(QLatin1String("cart")).toArray();
    if (lines.size() > 2 * ticket.lines.size() + 10) {
        *error = Tr::tr("the reply has %1 lines for a cart of %2")
                     .arg(lines.size())
                     .arg(ticket.lines.size());
        return std::nullopt;
    }
    // Lookups by line id through one index, not a scan of the cart per reply line: a 1,000-line
    // cart would otherwise cost a million string compares per pricing pass.
    QHash<QString, qsizetype> cartIndex;
    cartIndex.reserve(ticket.lines.size());
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        if (!cartIndex.contains(ticket.lines.at(i).lineId)) // the first, as indexOfLine()
            cartIndex.insert(ticket.lines.at(i).lineId, i);
    }
    QList<bool> seen(ticket.lines.size(), false);
    // Tax titles repeat on every line and every pass ("Sales tax"): each made safe once per
    // thread (vendorText() is a pure function, and its patterns cost more than the lookup).
    thread_local QHash<QString, QString> safeTitles;
    if (safeTitles.size() > 256)
        safeTitles.clear(); // a vendor that names every tax line differently: no growth
    Money sum = Money::fromMinor(0, cur);
    Money sumSubtotal = Money::fromMinor(0, cur);
    Money sumTax = Money::fromMinor(0, cur);
    QList<PricedLine> parsed;
    parsed.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject lo = lines.at(i).toObject();
        const Where where{i, false};
        PricedLine l;
        l.id = lo.value(QLatin1String("id")).toString();
        l.externalId = lo.value(QLatin1String("externalId")).toString();
        l.isDeposit = lo.value(QLatin1String("isDeposit")).toBool();
        const QJsonValue q = lo.value(QLatin1String("quantity"));
        if (!q.isDouble() || q.toDouble() < 0 || q.toDouble() > 1e6 ||
            q.toDouble() != double(qint64(q.toDouble()))) {
            *error = Tr::tr("%1 has no whole quantity").arg(where.text());
            return std::nullopt;
        }
        l.quantity = qint64(q.toDouble());
        const auto lt = amount(lo, "totalPrice", cur, where, error);
        const auto ls = lt ? amount(lo, "subtotalPrice", cur, where, error) : std::nullopt;
        const auto lx = ls ? amount(lo, "totalTax", cur, where, error) : std::nullopt;
        if (!lt || !ls || !lx)
            return std::nullopt;
        l.total = *lt;
        l.subtotal = *ls;
        l.tax = *lx;
        if (!adds(l.subtotal, l.tax, l.total)) {
            *error = Tr::tr("%1: subtotal %2 + tax %3 is not its total %4")
                         .arg(where.text(), l.subtotal.toDecimalString(), l.tax.toDecimalString(),
                              l.total.toDecimalString());
            return std::nullopt;
        }
        Money lineTaxes = Money::fromMinor(0, cur);
        const QJsonArray taxLines = lo.value(QLatin1String("taxLines")).toArray();
        for (const QJsonValue& tv : taxLines) {
            const QJsonObject to = tv.toObject();
            const auto ta = amount(to, "amount", cur, {i, true}, error);
            if (!ta)
                return std::nullopt;
            // Titles are shown on the totals panel: vendor text, made safe.
            const QString title = to.value(QLatin1String("title")).toString();
            auto safe = safeTitles.constFind(title);
            if (safe == safeTitles.constEnd())
                safe = safeTitles.insert(title, redaction::vendorText(title, {}, 80));
            l.taxLines.append(
                {*safe, redaction::withoutControls(to.value(QLatin1String("rate")).toString(), 20),
                 *ta, redaction::withoutControls(to.value(QLatin1String("taxId")).toString(), 80)});
            const auto nextTaxes = lineTaxes.plus(*ta);
            if (!nextTaxes) {
                *error = Tr::tr("%1: its tax lines overflow").arg(where.text());
                return std::nullopt;
            }
            lineTaxes = *nextTaxes;
        }
        if (!taxLines.isEmpty() && lineTaxes != l.tax) {
            *error = Tr::tr("%1: its tax lines add up to %2, not its tax %3")
                         .arg(where.text(), lineTaxes.toDecimalString(), l.tax.toDecimalString());
            return std::nullopt;
        }
        if (l.isDeposit) {
            // A deposit belongs to the cart line whose id it carries as externalId.
            if (!cartIndex.contains(l.externalId)) {
                *error =
                    Tr::tr("%1 is a deposit for a line the cart does not have").arg(where.text());
                return std::nullopt;
            }
            l.parentLineId = l.externalId;
        } else {
            const qsizetype index = cartIndex.value(l.id, -1);
            if (index < 0) {
                *error = Tr::tr("%1 prices \"%2\", which is not in the cart")
                             .arg(where.text(), l.id.left(60));
                return std::nullopt;
            }
            if (seen.at(index)) {
                *error = Tr::tr("%1 prices a cart line twice").arg(where.text());
                return std::nullopt;
            }
            seen[index] = true;
            if (l.quantity != ticket.lines.at(index).quantity) {
                *error = Tr::tr("%1 changed the quantity of \"%2\" from %3 to %4")
                             .arg(where.text(), ticket.lines.at(index).name)
                             .arg(ticket.lines.at(index).quantity)
                             .arg(l.quantity);
                return std::nullopt;
            }
        }
        const auto next = sum.plus(l.total);
        const auto nextSubtotal = sumSubtotal.plus(l.subtotal);
        const auto nextTax = sumTax.plus(l.tax);
        if (!next || !nextSubtotal || !nextTax) {
            *error = Tr::tr("the line totals overflow");
            return std::nullopt;
        }
        sum = *next;
        sumSubtotal = *nextSubtotal;
        sumTax = *nextTax;
        parsed.append(std::move(l));
    }
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        if (!seen.at(i)) {
            *error = Tr::tr("the reply leaves out \"%1\"").arg(ticket.lines.at(i).name);
            return std::nullopt;
        }
    }
    if (sum != cart.total || sumSubtotal != cart.subtotal || sumTax != cart.tax) {
        *error = Tr::tr("the lines add up to %1 (tax %2) but the order says %3 (tax %4)")
                     .arg(sum.toDecimalString(), sumTax.toDecimalString(),
                          cart.total.toDecimalString(), cart.tax.toDecimalString());
        return std::nullopt;
    }
    // Keep cart order, each line followed by its deposits (in the order the reply gave them).
    QList<qsizetype> lineAt(ticket.lines.size(), -1);
    QHash<QString, QList<qsizetype>> deposits;
    for (qsizetype p = 0; p < parsed.size(); ++p) {
        const PricedLine& l = parsed.at(p);
        if (l.isDeposit)
            deposits[l.parentLineId].append(p);
        else
            lineAt[cartIndex.value(l.id)] = p;
    }
    cart.lines.reserve(parsed.size());
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        cart.lines.append(parsed.at(lineAt.at(i)));
        for (const qsizetype p : deposits.value(ticket.lines.at(i).lineId))
            cart.lines.append(parsed.at(p));
    }
    return cart;
}

} // namespace checkstand::aifi
