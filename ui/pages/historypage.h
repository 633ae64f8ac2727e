// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/receiptprinter.h"
#include "storage/salesstore.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace checkstand {

class HistoryModel;
class MoneyEdit;
class ReturnDialog;
class Runtime;

// Sale history: the completed sales of this terminal, searched by number, date and amount,
// newest first; the selected sale's receipt as text with its earlier returns, and what a till
// does with a past sale: reprint its receipt, save it as PDF, start a return. A query that
// fails says so in red; it never looks like "no sales".
class HistoryPage : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(Runtime& runtime, QWidget* parent = nullptr);

    QLineEdit* numberField() const { return m_number; }
    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    MoneyEdit* amountField() const { return m_amount; }
    QTableView* table() const { return m_table; }
    // Number, Date, Items, Tender, Total, Returned; newest first.
    QAbstractItemModel* model() const;
    // The page's line of feedback: "No sale matches.", a storage failure, "Return ... recorded".
    QString messageText() const;
    QString receiptPreview() const;
    // The ticket id of the selected sale; empty when none is selected.
    QString selectedSaleId() const;
    bool selectSale(const QString& saleId);
    // The return dialog while it is open; null otherwise.
    ReturnDialog* returnDialog() const;

public Q_SLOTS:
    // Runs the search the fields describe (an amount that is not one gives an error instead).
    void search();
    // Finds the sale by its number (whatever its date) and opens its return dialog; says in
    // words when this terminal has no such sale.
    void openReturn(const QString& saleNumber);
    void reprintSelected();
    void saveSelectedPdf();
    ReturnDialog* returnSelected();
    void reprintSelectedReturn();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSearchRow();
    QWidget* buildDetail();
    void showDetail();
    void updateActions();
    // `fromSearch`: a message about the search itself, replaced by the next search.
    void say(const QString& text, bool isError, bool fromSearch = false);
    std::optional<CompletedSale> selectedSale();
    // May a receipt made by `madeBy` be printed again? A supervisor is asked for another
    // operator's; `authorisedBy` gets " Authorised by ..." for the page's words.
    bool mayReprint(const QString& madeBy, QString* authorisedBy);
    print::Paper paper() const;

    Runtime& m_runtime;
    HistoryModel* m_model = nullptr;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    MoneyEdit* m_amount = nullptr;
    QPushButton* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_receipt = nullptr;
    QListWidget* m_returns = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reprintReturn = nullptr;
    QList<SaleReturn> m_shownReturns; // of the selected sale, as listed
    QPointer<ReturnDialog> m_returnDialog;
    // Typing in a field searches after a short pause; Enter searches at once.
    QTimer* m_searchSoon = nullptr;
    // New sales and returns arrive in bursts of signals: one reload for them.
    QTimer* m_reloadSoon = nullptr;
    // The To date the page chose itself (today when built); moved on to a new day when shown.
    QDate m_defaultTo;
    bool m_messageFromSearch = false;
};

} // namespace checkstand
