#include "quotedocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace checkstand {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("checkstand::QuoteDocument", text);
}

QString paymentMethodName(const QString& method) {
    if (method == QLatin1String("CreditCard"))
        return tr("Credit card");
    if (method == QLatin1String("GiftCard"))
        return tr("Gift card");
    return method;
}

} // namespace

QString maskedLastFour(const QString& lastFour) {
    if (lastFour.isEmpty())
        return {};
    // Never more than four characters of a card number, whatever the reply said.
    return QStringLiteral("•••• ") + lastFour.right(4);
}

QString describeOperation(const acme::MembershipOperation& op) {
    if (op.itemType == QLatin1String("MembershipCancel"))
        return tr("Cancel membership %1").arg(op.membershipId);
    if (op.itemType == QLatin1String("MembershipDowngrade"))
        return tr("Downgrade membership %1 to %2").arg(op.membershipId, op.targetLevel);
    if (op.itemType == QLatin1String("MembershipPurchase"))
        return op.membershipId.isEmpty()
                   ? tr("Purchase a %1 membership").arg(op.targetLevel)
                   : tr("Purchase membership %1 (%2)").arg(op.membershipId, op.targetLevel);
    return op.itemType;
}

std::unique_ptr<QTextDocument> buildQuoteDocument(const QuoteSummary& s) {
    const auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Membership refund quote")));
    html += QStringLiteral("<p><b>%1</b> %2<br/>%3 %4</p>")
                .arg(esc(tr("Member:")), esc(s.memberName), esc(tr("Date:")),
                     esc(QLocale().toString(s.quotedAt, QLocale::LongFormat)));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Operations")));
    for (const acme::MembershipOperation& op : s.operations)
        html += QStringLiteral("<li>%1</li>").arg(esc(describeOperation(op)));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<table cellpadding='4'>");
    const auto row = [&html, &esc](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(esc(label), esc(value));
    };
    row(tr("Net amount"), s.quote.netAmount.toDisplayString());
    row(tr("Payment amount"), s.quote.paymentAmount.toDisplayString());
    row(tr("Refund amount"), s.quote.refundAmount.toDisplayString());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Refunded to")));
    if (s.quote.details.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing is refunded.")));
    } else {
        html += QStringLiteral("<table cellpadding='4'>");
        for (const acme::RefundDetail& d : s.quote.details) {
            QString method = paymentMethodName(d.paymentMethod);
            if (!d.lastFour.isEmpty())
                method += u' ' + maskedLastFour(d.lastFour);
            row(method, d.amount.toDisplayString());
        }
        html += QStringLiteral("</table>");
    }
    if (!s.quote.detailsAddUp)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Warning: the refund details do not add up to the refund "
                                "amount. Check with ACME before telling the member.")));
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
                *error = tr("The PDF could not be written to %1: %2")
                             .arg(QFileInfo(path).absoluteFilePath(), probe.errorString());
            return false;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(tr("Membership refund quote"));
    printQuote(summary, &printer);
    if (QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace checkstand
