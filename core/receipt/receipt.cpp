// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"

#include "receipt/textlayout.h"
#include "validation/luhn.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::Receipt)
};

qint64 pow10(int digits) {
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// The amount in `locale`'s currency format, exactly: the digits come from the integer minor
// units (never through a double, which could round a large amount), and only the placement of
// the symbol is taken from the locale's own currency format.
QString money(const Money& amount, const QLocale& locale, bool negate = false) {
    const int digits = Money::minorDigits(amount.currency());
    const qint64 minor = amount.minorUnits();
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(pow10(digits));
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (digits > 0)
        number += locale.decimalPoint() +
                  QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    const bool negative = (minor < 0) != negate && minor != 0;
    // A locale with no currency of its own (C, POSIX: a till whose LANG is unset) prints what
    // the screen shows, so the receipt and the till read the same ("$4.00", not "USD 4.00").
    if (locale.currencySymbol(QLocale::CurrencyIsoCode).isEmpty() &&
        magnitude <= quint64(std::numeric_limits<qint64>::max())) {
        const QString shown =
            Money::fromMinor(qint64(magnitude), amount.currency()).toDisplayString();
        return negative ? QStringLiteral("-") + shown : shown;
    }
    if (amount.currency() != locale.currencySymbol(QLocale::CurrencyIsoCode)) {
        // Another currency than the locale's: its ISO code, set apart ("USD 4.00"), as the
        // locale's own symbol would name the wrong money.
        const QString iso = amount.currency() + QChar(0x00A0) + number;
        return negative ? locale.negativeSign() + iso : iso;
    }
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    // The locale's pattern for a whole amount ("$7", "7 €"), with our exact number put where
    // its 7 is: the locale places the symbol, the digits stay ours.
    QString text = locale.toCurrencyString(qlonglong(7), symbol);
    const QString seven = locale.toString(7);
    const qsizetype at = text.indexOf(seven);
    if (at >= 0)
        text.replace(at, seven.size(), number);
    else
        text = symbol + number;
    return negative ? locale.negativeSign() + text : text;
}

// "0.0825" -> "8.25%": the decimal point moved two places in the text itself, so the digits
// the pricing service sent are kept exactly. Anything that is not a plain decimal is shown
// as it came.
QString percent(const QString& rate, const QLocale& locale) {
    static const QRegularExpression decimal(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?$"));
    const auto match = decimal.match(rate.trimmed());
    if (!match.hasMatch())
        return rate.trimmed();
    QString whole = match.captured(1);
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += u'0';
    whole += fraction.left(2);
    fraction = fraction.mid(2);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = whole;
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text + u'%';
}

// A run of 13-19 digits passing the Luhn check, as last four. Nothing Checkstand stores is a
// card number, but references and names come from vendors and people: a receipt must never
// print one whatever arrives. Digits grouped by spaces or dashes count as one run.
QString maskCardNumbers(const QString& text) {
    static const QRegularExpression run(QStringLiteral("[0-9](?:[ -]?[0-9])*"));
    QString out;
    qsizetype last = 0;
    auto it = run.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString digits = m.captured();
        digits.remove(u' ');
        digits.remove(u'-');
        const bool card = digits.size() >= 13 && digits.size() <= 19 && luhnValid(digits);
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (card)
            out += QStringLiteral("•••• ") + digits.right(4);
        else
            out += m.captured();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    // A grouped run may hide a contiguous one next to other digits ("12 4242424242424242").
    static const QRegularExpression contiguous(QStringLiteral("[0-9]{13,19}"));
    if (!contiguous.match(out).hasMatch())
        return out;
    static const QRegularExpression bare(QStringLiteral("[0-9]+"));
    QString second;
    last = 0;
    auto it2 = bare.globalMatch(out);
    while (it2.hasNext()) {
        const auto m = it2.next();
        const QString digits = m.captured();
        second += QStringView(out).mid(last, m.capturedStart() - last);
        if (digits.size() >= 13 && digits.size() <= 19 && luhnValid(digits))
            second += QStringLiteral("•••• ") + digits.right(4);
        else
            second += digits;
        last = m.capturedEnd();
    }
    second += QStringView(out).mid(last);
    return second;
}

Receipt::Row row(const QString& label, const QString& amount, bool strong = false) {
    return Receipt::Row{label, amount, strong};
}

QString lineDetail(const BreakdownLine& line, const QLocale& locale) {
    QStringList parts;
    if (line.quantity > 1)
        parts << Tr::tr("%1 × %2").arg(locale.toString(line.quantity),
                                       money(line.unitPrice, locale));
    if (line.isGift)
        parts << Tr::tr("gift");
    if (!line.deposit.isZero())
        parts << Tr::tr("deposit %1").arg(money(line.deposit, locale));
    return parts.join(QStringLiteral(", "));
}

QString taxLabel(const TaxTotal& tax, const QLocale& locale) {
    const QString title = tax.title.isEmpty() ? Tr::tr("Tax") : maskCardNumbers(tax.title);
    if (tax.rate.trimmed().isEmpty())
        return title;
    return title + u' ' + percent(tax.rate, locale);
}

void addTenders(Receipt& receipt, const CompletedSale& sale, const QLocale& locale) {
    for (const Payment& p : sale.payments) {
        const QString reference = maskCardNumbers(p.reference);
        switch (p.tender) {
        case Tender::Cash: {
            receipt.tenders << row(Tr::tr("Cash"), money(p.amount, locale));
            const std::optional<Money> change = p.tendered.minus(p.amount);
            if (!change) {
                receipt.tenders << row(Tr::tr("Change"), Tr::tr("not computable"));
                receipt.notes << Tr::tr("The change could not be computed: count it by hand.");
            } else if (change->minorUnits() > 0) {
                receipt.tenders << row(Tr::tr("Cash tendered"), money(p.tendered, locale))
                                << row(Tr::tr("Change"), money(*change, locale));
            }
            break;
        }
        case Tender::Card:
            receipt.tenders << row(
                reference.isEmpty() ? Tr::tr("Card") : Tr::tr("Card (approval %1)").arg(reference),
                money(p.amount, locale));
            break;
        case Tender::Financing: {
            receipt.tenders << row(reference.isEmpty()
                                       ? Tr::tr("ChargeAfter financing")
                                       : Tr::tr("ChargeAfter financing (ref %1)").arg(reference),
                                   money(p.amount, locale));
            if (!sale.financingTrackingId.isEmpty() && sale.financingTrackingId != p.reference)
                receipt.tenders << row(Tr::tr("ChargeAfter tracking id %1")
                                           .arg(maskCardNumbers(sale.financingTrackingId)),
                                       QString());
            break;
        }
        }
    }
}

void addFooter(Receipt& receipt) {
    if (!receipt.store.footer.trimmed().isEmpty())
        receipt.notes << receipt.store.footer.trimmed();
}

StoreInfo cleanStore(const StoreInfo& store) {
    return StoreInfo{maskCardNumbers(store.name), maskCardNumbers(store.address),
                     maskCardNumbers(store.storeId), maskCardNumbers(store.footer)};
}

} // namespace

Receipt saleReceipt(const CompletedSale& sale, const StoreInfo& store, bool training, bool reprint,
                    const QLocale& locale) {
    Receipt r;
    r.kind = Receipt::Kind::Sale;
    r.training = training;
    r.reprint = reprint;
    r.store = cleanStore(store);
    r.title = Tr::tr("Sales receipt");
    r.number = sale.ticket.retailerOrderId.isEmpty() ? sale.ticket.id : sale.ticket.retailerOrderId;
    r.at = sale.completedAt.toLocalTime();
    r.operatorName = maskCardNumbers(sale.operatorName);

    const SaleBreakdown& b = sale.breakdown;
    for (const BreakdownLine& line : b.lines)
        r.lines << Receipt::Line{maskCardNumbers(line.name), lineDetail(line, locale),
                                 money(line.amount, locale)};

    r.totals << row(Tr::tr("Subtotal"), money(b.subtotal, locale));
    if (!b.discount.isZero())
        r.totals << row(Tr::tr("Discount"), money(b.discount, locale, true));
    if (!b.freight.isZero())
        r.totals << row(Tr::tr("Freight"), money(b.freight, locale));
    if (!b.deposits.isZero())
        r.totals << row(Tr::tr("Deposits"), money(b.deposits, locale));
    for (const TaxTotal& tax : b.taxes)
        r.totals << row(taxLabel(tax, locale), money(tax.amount, locale));
    r.totals << row(Tr::tr("Total"), money(b.total, locale), true);

    if (!b.priced)
        r.notes << Tr::tr("Prices as shown at the till; tax not itemised.");
    addTenders(r, sale, locale);
    addFooter(r);
    return r;
}

Receipt returnReceipt(const SaleReturn& saleReturn, const StoreInfo& store, bool training,
                      bool reprint, const QLocale& locale) {
    Receipt r;
    r.kind = Receipt::Kind::Return;
    r.training = training;
    r.reprint = reprint;
    r.store = cleanStore(store);
    r.title = Tr::tr("Return receipt");
    r.number = saleReturn.number.isEmpty() ? saleReturn.id : saleReturn.number;
    r.originalNumber = saleReturn.saleNumber.isEmpty() ? saleReturn.saleId : saleReturn.saleNumber;
    r.at = saleReturn.createdAt.toLocalTime();
    r.operatorName = maskCardNumbers(saleReturn.operatorName);

    for (const ReturnLine& line : saleReturn.lines)
        r.lines << Receipt::Line{maskCardNumbers(line.name),
                                 Tr::tr("%1 returned").arg(locale.toString(line.quantity)),
                                 money(line.refund, locale)};
    r.totals << row(Tr::tr("Total refunded"), money(saleReturn.total, locale), true);

    for (const Payment& p : saleReturn.refunds) {
        const QString reference = maskCardNumbers(p.reference);
        const QString amount = money(p.amount, locale);
        switch (p.tender) {
        case Tender::Cash:
            r.tenders << row(Tr::tr("Cash paid out"), amount);
            r.notes << Tr::tr("Pay %1 out of the drawer to the customer.").arg(amount);
            break;
        case Tender::Card:
            r.tenders << row(reference.isEmpty()
                                 ? Tr::tr("Card refund")
                                 : Tr::tr("Card refund (approval %1)").arg(reference),
                             amount);
            r.notes << (reference.isEmpty()
                            ? Tr::tr("Refund %1 on the store's card terminal.").arg(amount)
                            : Tr::tr("Refund %1 on the store's card terminal against approval %2.")
                                  .arg(amount, reference));
            break;
        case Tender::Financing:
            r.tenders << row(Tr::tr("ChargeAfter: cancel financing"), amount);
            r.notes << (reference.isEmpty()
                            ? Tr::tr("Cancel the financing of %1 at ChargeAfter; no money is paid "
                                     "out at the till.")
                                  .arg(amount)
                            : Tr::tr("Cancel the financing of %1 at ChargeAfter (ref %2); no money "
                                     "is paid out at the till.")
                                  .arg(amount, reference));
            break;
        }
    }
    if (!saleReturn.reason.trimmed().isEmpty())
        r.notes << Tr::tr("Reason: %1").arg(maskCardNumbers(saleReturn.reason.trimmed()));
    addFooter(r);
    return r;
}

QString receiptText(const Receipt& receipt, int width) {
    using namespace textlayout;
    width = qMax(20, width);
    QStringList out;
    const QString rule(width, u'-');
    const QString trainingMark = Tr::tr("*** TRAINING — NOT A SALE ***");
    // A receipt keeps the empty lines the store typed (Blank::Keep); a report drops them.
    out << heading(receipt.store, receipt.title, width, Blank::Keep,
                   receipt.training ? trainingMark : QString(),
                   receipt.reprint ? Tr::tr("REPRINT") : QString(),
                   receipt.store.storeId.isEmpty() ? QString()
                                                   : Tr::tr("Store %1").arg(receipt.store.storeId));
    out << leftRight(Tr::tr("No. %1").arg(receipt.number), QString(), width, Blank::Keep);
    if (!receipt.originalNumber.isEmpty())
        out << leftRight(Tr::tr("Return of sale %1").arg(receipt.originalNumber), QString(), width,
                         Blank::Keep);
    if (receipt.at.isValid())
        out << QLocale().toString(receipt.at.toLocalTime(), QLocale::ShortFormat); // as on screen
    if (!receipt.operatorName.isEmpty())
        out << leftRight(Tr::tr("Operator: %1").arg(receipt.operatorName), QString(), width,
                         Blank::Keep);
    out << rule;

    for (const Receipt::Line& line : receipt.lines) {
        out << leftRight(line.name, line.amount, width, Blank::Keep);
        if (!line.detail.isEmpty())
            out << leftRight(line.detail, QString(), width, Blank::Keep, 2);
    }
    out << rule;
    for (const Receipt::Row& r : receipt.totals) {
        if (r.strong)
            out << QString(width, u'=');
        out << leftRight(r.label, r.amount, width, Blank::Keep);
    }
    if (!receipt.tenders.isEmpty()) {
        out << rule;
        for (const Receipt::Row& r : receipt.tenders)
            out << leftRight(r.label, r.amount, width, Blank::Keep);
    }
    if (!receipt.notes.isEmpty()) {
        out << rule;
        for (const QString& note : receipt.notes)
            out << wrap(note, width, Blank::Keep);
    }
    if (receipt.training) {
        out << QString();
        out << centred(trainingMark, width);
    }
    return out.join(u'\n') + u'\n';
}

} // namespace checkstand
