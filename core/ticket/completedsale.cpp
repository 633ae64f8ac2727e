// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "completedsale.h"

#include "validation/luhn.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Payment)
};

} // namespace

std::optional<Tender> tenderFromString(const QString& name) {
    for (Tender t : {Tender::Cash, Tender::Card, Tender::Financing}) {
        if (toString(t) == name)
            return t;
    }
    return std::nullopt;
}

std::optional<Money> Payment::change() const {
    if (tender != Tender::Cash)
        return Money::fromMinor(0, amount.currency());
    return tendered.minus(amount);
}

QJsonObject Payment::toJson() const {
    QJsonObject o{{QStringLiteral("tender"), toString(tender)},
                  {QStringLiteral("amount"), amount.toDecimalString()}};
    if (tender == Tender::Cash)
        o.insert(QStringLiteral("tendered"), tendered.toDecimalString());
    if (!reference.isEmpty())
        o.insert(QStringLiteral("reference"), reference);
    return o;
}

std::optional<Payment> Payment::fromJson(const QJsonObject& json, const QString& currency) {
    Payment p;
    const auto tender = tenderFromString(json.value(QLatin1String("tender")).toString());
    const auto amount = Money::fromJson(json.value(QLatin1String("amount")), currency);
    if (!tender || !amount.ok())
        return std::nullopt;
    p.tender = *tender;
    p.amount = *amount.value;
    p.tendered = p.amount;
    if (json.contains(QLatin1String("tendered"))) {
        const auto tendered = Money::fromJson(json.value(QLatin1String("tendered")), currency);
        if (!tendered.ok())
            return std::nullopt;
        p.tendered = *tendered.value;
    }
    p.reference = json.value(QLatin1String("reference")).toString();
    return p;
}

QString cardReferenceProblem(const QString& reference) {
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]{4,32}$"));
    if (!shape.match(reference).hasMatch())
        return Tr::tr("Enter the card terminal's approval reference (4 to 32 letters, digits or "
                      "dashes), as printed on the terminal's slip.");
    QString digits = reference;
    digits.remove(u'-');
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]{13,19}$"));
    if (allDigits.match(digits).hasMatch() && luhnValid(digits))
        return Tr::tr("That looks like a card number. Never type the card number here: enter the "
                      "terminal's approval reference.");
    return {};
}

QString paymentsProblem(const QList<Payment>& payments, const Money& due) {
    if (payments.isEmpty())
        return Tr::tr("No payment was taken.");
    std::optional<Money> paid = Money::fromMinor(0, due.currency());
    for (const Payment& p : payments) {
        if (p.amount.currency() != due.currency() || p.tendered.currency() != due.currency())
            return Tr::tr("A payment is in another currency than the sale.");
        if (p.amount.isNegative() || p.amount.isZero())
            return Tr::tr("Every payment must be more than zero.");
        if (p.tender == Tender::Cash) {
            const auto change = p.tendered.minus(p.amount);
            if (!change || change->isNegative())
                return Tr::tr("The cash handed over is less than the amount it pays.");
        } else if (p.tendered != p.amount) {
            return Tr::tr("Only cash can be handed over in excess (change is given in cash).");
        }
        if (p.tender == Tender::Card) {
            if (const QString why = cardReferenceProblem(p.reference); !why.isEmpty())
                return why;
        }
        paid = paid ? paid->plus(p.amount) : std::nullopt;
        if (!paid)
            return Tr::tr("The payments are too large to add up.");
    }
    if (*paid != due)
        return Tr::tr("The payments add up to %1, but the sale is %2.")
            .arg(paid->toDisplayString(), due.toDisplayString());
    return {};
}

std::optional<Money> changeDue(const QList<Payment>& payments) {
    if (payments.isEmpty())
        return std::nullopt;
    std::optional<Money> change = Money::fromMinor(0, payments.first().amount.currency());
    for (const Payment& p : payments) {
        const std::optional<Money> own = p.change();
        change = change && own ? change->plus(*own) : std::nullopt;
    }
    return change;
}

} // namespace checkstand
