// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::QuoteDocument)
};

QString operationName(const acme::MembershipOperation& op) {
    if (op.itemType == QLatin1String("MembershipCancel"))
        return QCoreApplication::translate("checkstand::QuoteDocument", "Cancel");
    if (op.itemType == QLatin1String("MembershipDowngrade"))
        return QCoreApplication::translate("checkstand::QuoteDocument", "Downgrade to %1")
            .arg(op.targetLevel);
    if (op.itemType == QLatin1String("MembershipPurchase"))
        return QCoreApplication::translate("checkstand::QuoteDocument", "Purchase %1")
            .arg(op.targetLevel);
    return op.itemType;
}

} // namespace

QString paymentMethodName(const QString& method) {
    if (method == QLatin1String("CreditCard"))
        return Tr::tr("Credit card");
    if (method == QLatin1String("GiftCard"))
        return Tr::tr("Gift card");
    if (method == QLatin1String("Cash"))
        return Tr::tr("Cash");
    if (method == QLatin1String("Check"))
        return Tr::tr("Check");
    return method;
}

QString maskedLastFour(const QString& lastFour) {
    if (lastFour.isEmpty())
        return {};
    // Never more than four characters of a card number, whatever the reply said.
    return QStringLiteral("•••• ") + lastFour.right(4);
}

QString describeOperation(const acme::MembershipOperation& op) {
    if (op.itemType == QLatin1String("MembershipCancel"))
        return Tr::tr("Cancel membership %1").arg(op.membershipId);
    if (op.itemType == QLatin1String("MembershipDowngrade"))
        return Tr::tr("Downgrade membership %1 to %2").arg(op.membershipId, op.targetLevel);
    if (op.itemType == QLatin1String("MembershipPurchase"))
        return op.membershipId.isEmpty()
                   ? Tr::tr("Purchase a %1 membership").arg(op.targetLevel)
                   : Tr::tr("Purchase membership %1 (%2)").arg(op.membershipId, op.targetLevel);
    return op.itemType;
}

std::unique_ptr<QTextDocument> buildQuoteDocument(const QuoteSummary& s) {
    // Laid out as a letter the member keeps: who issued it, which quote, for whom and what,
    // the amounts, where the money goes, and what the quote is (and is not).
    const auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    const QLocale locale;
    QString html = QStringLiteral("<html><body style='font-size: 10pt;'>");
    QString address = esc(s.store.address);
    address.replace(QStringLiteral(", "), QStringLiteral("<br/>"));
    html += QStringLiteral("<table width='100%' cellpadding='0' cellspacing='0'><tr>"
                           "<td valign='top'><b style='font-size: 14pt;'>%1</b><br/>%2</td>"
                           "<td valign='top' align='right'><b style='font-size: 14pt;'>%3</b>"
                           "<br/>%4 %5<br/>%6 %7</td></tr></table><hr/>")
                .arg(esc(s.store.name), address, esc(Tr::tr("Membership refund quote")),
                     esc(Tr::tr("Reference:")), esc(s.reference), esc(Tr::tr("Date:")),
                     esc(locale.toString(s.quotedAt, QLocale::LongFormat)));
    html += QStringLiteral("<p><b>%1</b> %2").arg(esc(Tr::tr("Member:")), esc(s.memberName));
    if (!s.paymentId.isEmpty())
        html +=
            QStringLiteral("<br/><b>%1</b> %2").arg(esc(Tr::tr("Payment id:")), esc(s.paymentId));
    html += QStringLiteral("</p>");

    html +=
        QStringLiteral("<h3>%1</h3><table width='100%' cellpadding='4' border='1' "
                       "cellspacing='0'><tr><th align='left'>%2</th><th align='left'>%3</th>"
                       "</tr>")
            .arg(esc(Tr::tr("Operations")), esc(Tr::tr("Membership")), esc(Tr::tr("Operation")));
    for (const acme::MembershipOperation& op : s.operations)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(esc(op.membershipId.isEmpty() ? Tr::tr("(new)") : op.membershipId),
                         esc(operationName(op)));
    html += QStringLiteral("</table>");

    const auto row = [&html, &esc](const QString& label, const QString& value, bool strong) {
        const QString cell = strong ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(cell.arg(esc(label)), cell.arg(esc(value)));
    };
    html += QStringLiteral("<h3>%1</h3><table width='60%' cellpadding='4'>")
                .arg(esc(Tr::tr("Amounts")));
    row(Tr::tr("Net amount"), s.quote.netAmount.toDisplayString(), false);
    row(Tr::tr("Payment amount"), s.quote.paymentAmount.toDisplayString(), false);
    row(Tr::tr("Refund amount"), s.quote.refundAmount.toDisplayString(), true);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Refunded to")));
    if (s.quote.details.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Nothing is refunded.")));
    } else {
        html += QStringLiteral("<table width='60%' cellpadding='4'>");
        for (const acme::RefundDetail& d : s.quote.details) {
            QString method = paymentMethodName(d.paymentMethod);
            if (!d.lastFour.isEmpty())
                method += u' ' + maskedLastFour(d.lastFour);
            row(method, d.amount.toDisplayString(), false);
        }
        html += QStringLiteral("</table>");
    }
    if (!s.quote.detailsAddUp)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(Tr::tr("Warning: the refund details do not add up to the refund "
                                    "amount. Check with ACME before telling the member.")));
    // ACME's reply carries no expiry: the figures are those of the moment of the quote.
    html +=
        QStringLiteral("<hr/><p>%1</p><p>%2</p>")
            .arg(esc(Tr::tr("This is a quote, not a refund: nothing has been charged or refunded "
                            "yet. The amounts are ACME's on %1; a quote asked for on another day "
                            "may differ.")
                         .arg(locale.toString(s.quotedAt.date(), QLocale::LongFormat))),
                 esc(Tr::tr("Quote reference %1 — give it when asking about this quote.")
                         .arg(s.reference)));
    html += QStringLiteral("</body></html>");
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html);
    return doc;
}

void printQuote(const QuoteSummary& summary, QPrinter* printer) {
    const auto doc = buildQuoteDocument(summary);
    doc->print(printer);
}

bool writeQuotePdf(const QuoteSummary& summary, const QString& path, QString* error) {
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = Tr::tr("The PDF could not be written to %1: %2")
                             .arg(QFileInfo(path).absoluteFilePath(), probe.errorString());
            return false;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(Tr::tr("Membership refund quote"));
    printQuote(summary, &printer);
    if (QFileInfo(path).size() == 0) {
        if (error)
            *error = Tr::tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace checkstand
