// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/completedsale.h"
#include "ticket/salereturn.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace checkstand {

// What is printed at the top and bottom of every receipt (Settings: store name, address and
// receipt footer).
struct StoreInfo {
    QString name;
    QString address; // one line or several, ", " or newlines
    QString storeId;
    QString footer; // "Returns within 30 days with this receipt."
};

// A receipt as words and amounts, already formatted in the operator's locale; the printer
// (core/print) only lays it out. Built once from the journal's record, so the first print, a
// reprint, the PDF and `checkstand-ctl receipt` are the same document. It never holds a card
// number: card payments carry only the terminal's approval reference.
struct Receipt {
    enum class Kind { Sale, Return };
    Kind kind = Kind::Sale;
    bool training = false; // printed with a TRAINING mark: not a real sale
    bool reprint = false;  // printed with a REPRINT mark
    StoreInfo store;
    QString title;          // "Sales receipt", "Return receipt"
    QString number;         // the sale's or the return's number; also the barcode's content
    QString originalNumber; // a return: the sale it returns from
    QDateTime at;
    QString operatorName;

    struct Line {
        QString name;
        QString detail; // "2 x $4.00", "deposit $0.10", "gift"
        QString amount; // "$8.00"
    };
    QList<Line> lines;
    struct Row {
        QString label;       // "Subtotal", "Sales tax 8.25%", "Deposits", "Discount", "Freight"
        QString amount;      // "-$2.00" for the discount
        bool strong = false; // the total
    };
    QList<Row> totals;
    QList<Row> tenders; // "Cash tendered", "Change", "Card (approval A1B2C3)", "Financing (...)"
    QStringList notes;  // a return's refund instructions, the footer
};

Receipt saleReceipt(const CompletedSale& sale, const StoreInfo& store, bool training, bool reprint,
                    const QLocale& locale = QLocale());
Receipt returnReceipt(const SaleReturn& saleReturn, const StoreInfo& store, bool training,
                      bool reprint, const QLocale& locale = QLocale());

// The receipt as plain text, `width` characters wide (the layout of the 80 mm roll): for the
// history page's preview, `checkstand-ctl receipt` without --pdf, and tests.
QString receiptText(const Receipt& receipt, int width = 42);

} // namespace checkstand
