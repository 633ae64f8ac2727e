// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastreceipt.h"

#include "receipt/receipt.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "widgets/receiptoutput.h"

#include <QWidget>

namespace checkstand {

LastReceipt::LastReceipt(Runtime& runtime, QWidget* parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_parent(parent) {}

QString LastReceipt::completed(const CompletedSale& sale, const QString& words, bool* isError) {
    m_sale = sale;
    *isError = false;
    if (!m_runtime.settings().value(settingskey::receiptPrintAfterSale).toBool())
        return tr("%1 F8 prints the receipt.").arg(words);
    QString error;
    if (printNow(&error))
        return tr("%1 Receipt printed.").arg(words);
    *isError = true;
    return tr("%1 The receipt was not printed: %2 F8 tries again.").arg(words, error);
}

QString LastReceipt::print(bool* isError) {
    *isError = true;
    if (!m_sale)
        return tr("No sale was completed here yet: reprint an earlier receipt from Sale "
                  "history.");
    QString error;
    if (!printNow(&error))
        return tr("The receipt was not printed: %1 F8 tries again.").arg(error);
    *isError = false;
    return tr("Receipt of sale %1 printed.").arg(m_sale->ticket.retailerOrderId);
}

bool LastReceipt::printNow(QString* error) {
    const print::Paper paper = m_runtime.settings().value(settingskey::receiptA4).toBool()
                                   ? print::Paper::A4
                                   : print::Paper::Roll80mm;
    const Receipt receipt =
        saleReceipt(*m_sale, m_runtime.storeInfo(), m_runtime.isSandbox(), false);
    if (ui::printReceipt(m_parent, receipt, paper, error))
        return true;
    if (error->isEmpty())
        *error = tr("printing was cancelled.");
    return false;
}

} // namespace checkstand
