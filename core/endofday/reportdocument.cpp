// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "receipt/textlayout.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS, so lupdate files the texts under the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::ReportDocument)
};

QString when(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString amount(const Money& m) {
    return m.toDisplayString();
}

// Money that leaves the till (discounts, refunds, pay-outs), shown with a minus.
QString outgoing(const Money& m) {
    return m.isZero() ? m.toDisplayString() : QStringLiteral("-") + m.toDisplayString();
}

QString signedAmount(const Money& m) {
    return m.isNegative() || m.isZero() ? m.toDisplayString()
                                        : QStringLiteral("+") + m.toDisplayString();
}

// "0.0825" -> "8.25%", moving the decimal point in the text so the digits stay as the pricing
// service sent them; anything else is shown as it came.
QString percent(const QString& rate) {
    static const QRegularExpression decimal(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch match = decimal.match(rate.trimmed());
    if (!match.hasMatch())
        return rate.trimmed();
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += u'0';
    QString whole = match.captured(1) + fraction.left(2);
    fraction = fraction.mid(2);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return (fraction.isEmpty() ? whole : whole + u'.' + fraction) + u'%';
}

QString tenderName(Tender tender) {
    switch (tender) {
    case Tender::Cash:
        return Tr::tr("Cash");
    case Tender::Card:
        return Tr::tr("Card");
    case Tender::Financing:
        return Tr::tr("Financing");
    }
    return {};
}

} // namespace

ReportDocument reportDocument(const DayReport& r, const StoreInfo& store, bool training,
                              bool reprint, const QLocale& locale) {
    using Row = ReportDocument::Row;
    ReportDocument d;
    d.training = training;
    d.reprint = reprint && r.isZ();
    d.store = store;
    d.title = r.isZ() ? Tr::tr("Z report No. %1").arg(r.number) : Tr::tr("X report");
    d.fileName = r.isZ() ? QStringLiteral("z-report-%1.pdf").arg(r.number)
                         : QStringLiteral("x-report-%1.pdf")
                               .arg(r.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    d.header << Tr::tr("From %1 to %2").arg(when(r.from), when(r.to));
    d.header
        << Tr::tr("Made by %1").arg(r.operatorName.isEmpty() ? Tr::tr("(nobody)") : r.operatorName);
    d.header << (r.shiftId > 0 ? Tr::tr("Shift %1 opened %2 by %3")
                                     .arg(r.shiftId)
                                     .arg(when(r.shiftOpenedAt), r.shiftOpenedBy)
                               : Tr::tr("No shift is open"));
    const auto count = [&locale](qint64 n) {
        return locale.toString(n);
    };

    d.sections.append(
        ReportDocument::Section{Tr::tr("Sales"),
                                {Row{Tr::tr("Sales"), count(r.salesCount)},
                                 Row{Tr::tr("Gross (before discounts)"), amount(r.gross)},
                                 Row{Tr::tr("Discounts"), outgoing(r.discounts)},
                                 Row{Tr::tr("Net sales"), amount(r.netSales), true}}});
    d.sections.append(ReportDocument::Section{Tr::tr("Returns and voids"),
                                              {Row{Tr::tr("Returns"), count(r.returnsCount)},
                                               Row{Tr::tr("Refunded"), outgoing(r.refunded)},
                                               Row{Tr::tr("Voided sales"), count(r.voidsCount)}}});

    ReportDocument::Section taxes{Tr::tr("Taxes (as sold)"), {}};
    for (const TaxTotal& t : r.taxes) {
        const QString rate = percent(t.rate);
        const QString title = t.title.isEmpty() ? Tr::tr("Tax") : t.title;
        taxes.rows.append(Row{rate.isEmpty() ? title : title + u' ' + rate, amount(t.amount)});
    }
    if (r.taxes.isEmpty())
        taxes.rows.append(Row{Tr::tr("No tax"), amount(Money::fromMinor(0, r.currency))});
    taxes.rows.append(Row{Tr::tr("Deposits"), amount(r.deposits)});
    d.sections.append(taxes);

    ReportDocument::Section tenders{Tr::tr("Tenders (sales less refunds)"), {}};
    for (const DayReport::TenderTotal& t : r.tenders) {
        tenders.rows.append(Row{tenderName(t.tender), amount(t.net)});
        tenders.rows.append(Row{Tr::tr("  sales"), amount(t.sales)});
        tenders.rows.append(Row{Tr::tr("  refunds"), outgoing(t.refunds)});
    }
    d.sections.append(tenders);

    ReportDocument::Section operators{Tr::tr("Operators"), {}};
    for (const DayReport::OperatorTotal& o : r.operators)
        operators.rows.append(
            Row{Tr::tr("%1 (%2 sales)")
                    .arg(o.name.isEmpty() ? Tr::tr("(no operator)") : o.name, count(o.sales)),
                amount(o.total)});
    if (r.operators.isEmpty())
        operators.rows.append(Row{Tr::tr("No sales"), QString()});
    d.sections.append(operators);

    ReportDocument::Section drawer{Tr::tr("Cash drawer"), {}};
    drawer.rows.append(Row{Tr::tr("Float"), amount(r.shiftFloat)});
    drawer.rows.append(Row{Tr::tr("Cash sales"), amount(r.cashSales)});
    drawer.rows.append(Row{Tr::tr("Cash refunds"), outgoing(r.cashRefunds)});
    drawer.rows.append(Row{Tr::tr("Pay-ins (%1)").arg(count(r.payInsCount)), amount(r.payIns)});
    drawer.rows.append(
        Row{Tr::tr("Pay-outs (%1)").arg(count(r.payOutsCount)), outgoing(r.payOuts)});
    drawer.rows.append(Row{Tr::tr("Expected cash"), amount(r.expectedCash), true});
    if (r.countedCash)
        drawer.rows.append(Row{Tr::tr("Counted cash"), amount(*r.countedCash)});
    if (r.overShort)
        drawer.rows.append(Row{r.overShort->isNegative() ? Tr::tr("Short")
                               : r.overShort->isZero()   ? Tr::tr("Over/short")
                                                         : Tr::tr("Over"),
                               signedAmount(*r.overShort), true});
    d.sections.append(drawer);

    if (!r.cashMoves.isEmpty()) {
        ReportDocument::Section moves{Tr::tr("Pay-ins and pay-outs"), {}};
        for (const CashMove& m : r.cashMoves) {
            const bool in = m.kind == CashMove::Kind::PayIn;
            moves.rows.append(
                Row{Tr::tr("%1 %2: %3 (%4)")
                        .arg(m.at.toLocalTime().toString(QStringLiteral("HH:mm")),
                             in ? Tr::tr("pay-in") : Tr::tr("pay-out"), m.reason, m.operatorName),
                    in ? amount(m.amount) : outgoing(m.amount)});
        }
        d.sections.append(moves);
    }

    if (r.isZ()) {
        d.notes << Tr::tr("The day is closed: these figures cannot change.");
        d.notes << Tr::tr("Audit journal head: %1").arg(r.journalHead);
        if (d.reprint)
            d.notes << Tr::tr("Reprinted from the figures stored when the report was made.");
    } else {
        d.notes << Tr::tr("X report: nothing is closed; the figures run on until the next Z "
                          "report.");
    }
    return d;
}

QString reportText(const ReportDocument& document, int width) {
    using namespace textlayout;
    width = qMax(20, width);
    QStringList out;
    const QString trainingMark = Tr::tr("*** TRAINING — NOT A REAL DAY ***");
    // A report drops empty lines (Blank::Drop), where a receipt keeps them.
    out << heading(document.store, document.title, width, Blank::Drop,
                   document.training ? trainingMark : QString(),
                   document.reprint ? Tr::tr("REPRINT") : QString(),
                   document.store.storeId.isEmpty()
                       ? QString()
                       : Tr::tr("Store %1").arg(document.store.storeId));
    for (const QString& line : document.header)
        out << wrap(line, width, Blank::Drop);
    for (const ReportDocument::Section& section : document.sections) {
        out << QString();
        out << wrap(section.title.toUpper(), width, Blank::Drop);
        out << QString(width, u'-');
        for (const ReportDocument::Row& row : section.rows) {
            if (row.strong)
                out << QString(width, u'=');
            out << leftRight(row.label, row.amount, width, Blank::Drop);
        }
    }
    if (!document.notes.isEmpty()) {
        out << QString();
        for (const QString& note : document.notes)
            out << wrap(note, width, Blank::Drop);
    }
    if (document.training) {
        out << QString();
        out << centred(trainingMark, width);
    }
    return out.join(u'\n') + u'\n';
}

} // namespace checkstand
