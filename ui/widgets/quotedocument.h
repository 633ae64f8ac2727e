// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/refundquote.h"
#include "acme/refundrequest.h"
#include "receipt/receipt.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace checkstand {

// What a printed refund quote shows the member: their name, the operations, the amounts and
// the refund details. It holds no card data but the last four digits the reply names.
// The store and the quote's reference (its x-acme-request-uuid, which ACME knows it by) let the
// member show it to anyone and the store find it again.
struct QuoteSummary {
    StoreInfo store;
    QString reference;
    QString memberName;
    QString paymentId;
    QList<acme::MembershipOperation> operations;
    acme::RefundQuote quote;
    QDateTime quotedAt;
};

// "•••• 4242", or an empty string when there are no last four.
QString maskedLastFour(const QString& lastFour);
// "Credit card" for the contract's "CreditCard"; other values as they came.
QString paymentMethodName(const QString& method);
// A plain-words name of an operation, e.g. "Downgrade M-1001 to Bronze".
QString describeOperation(const acme::MembershipOperation& operation);

std::unique_ptr<QTextDocument> buildQuoteDocument(const QuoteSummary& summary);
// Prints to `printer` as set up (a real printer or a PDF file).
void printQuote(const QuoteSummary& summary, QPrinter* printer);
// Writes the quote to a PDF file; false with a reason in plain words when it could not.
bool writeQuotePdf(const QuoteSummary& summary, const QString& path, QString* error);

} // namespace checkstand
