// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/completedsale.h"

#include <QObject>

#include <optional>

class QWidget;

namespace checkstand {

class Runtime;

// The receipt of the last sale completed at the till (any tender, or a financing approval):
// kept for F8, and printed at once when the store's setting "print after every sale" is on.
// The receipt is built from the journal's record (receipt/receipt.h), marked TRAINING in
// training mode, on the paper the settings choose.
class LastReceipt : public QObject {
    Q_OBJECT
public:
    LastReceipt(Runtime& runtime, QWidget* parent);

    std::optional<CompletedSale> sale() const { return m_sale; }
    void setSale(const CompletedSale& sale) { m_sale = sale; }

    // The sale `words` describe was just completed: keeps it and returns what to show (with
    // "F8 prints the receipt", or the outcome of printing it at once). `isError` is set when
    // printing failed.
    QString completed(const CompletedSale& sale, const QString& words, bool* isError);
    // F8: prints the last sale's receipt; what happened, in words.
    QString print(bool* isError);

private:
    bool printNow(QString* error);

    Runtime& m_runtime;
    QWidget* m_parent;
    std::optional<CompletedSale> m_sale;
};

} // namespace checkstand
