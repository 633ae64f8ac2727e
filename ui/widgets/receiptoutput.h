// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/receiptprinter.h"
#include "receipt/receipt.h"

#include <QString>

class QWidget;

namespace checkstand::ui {

// Where a receipt goes from the window: the system printer through Qt Print Support (the
// print dialog, page size from print::pageSizeFor) or a PDF file the operator picks. Both say
// what went wrong in words (no printer, a file that cannot be written) and return false.
bool printReceipt(QWidget* parent, const Receipt& receipt, print::Paper paper,
                  QString* error = nullptr);
bool saveReceiptPdf(QWidget* parent, const Receipt& receipt, print::Paper paper,
                    QString* error = nullptr);

// Tests (offscreen, no printer, no dialogs): every printReceipt() and saveReceiptPdf() writes
// a PDF into `directory` instead ("receipt-1.pdf", "receipt-2.pdf", ... in order), and
// lastReceiptPdfForTesting() names the latest. An empty directory turns the seam off.
void setReceiptOutputDirectoryForTesting(const QString& directory);
QString lastReceiptPdfForTesting();

} // namespace checkstand::ui
