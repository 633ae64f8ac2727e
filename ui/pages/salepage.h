// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/sendlinkrequest.h"
#include "widgets/tenderdialog.h"

#include <QPointer>

#include "catalog/catalog.h"
#include "orderchecker/finalisationpolicy.h"
#include "storage/salesstore.h"
#include "ticket/completedsale.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace checkstand {

class CartTable;
class LastReceipt;
class OrderPanel;
class Runtime;
class SaleBottomBar;
class SaleFinancing;
class SaleSession;
class ScanField;
class ScannerGuard;
class TicketLinesModel;

// The cashier's main screen. It owns the SaleSession (started at once, so the sale that was on
// screen when the app stopped comes back) and only shows and drives it: every rule about the
// sale lives in the session. The scan field has the focus after every action, so a scanner and
// the keys below run a whole sale:
//   Enter scan / search   + - Delete  the selected line   Up Down  select a line
//   Ctrl+Z undo   F6 park   F7 recall   Ctrl+N new sale
//   F12 finish (then F2 cash, F3 card, F4 financing)
//   F8 print the last sale's receipt   F9 sales awaiting financing   Ctrl+Shift+V void
// A financed sale leaves the till once its ChargeAfter link is sent and waits for the answer
// (SaleFinancing); a receipt's barcode scanned on an empty sale starts its return.
// The signed-in operator is recorded with every sale and void. What their role may not do (a
// void, a discount beyond the limit, a reprint of another operator's sale, a catalog import,
// letting a blocked sale through once) asks for a supervisor on the spot (askPermission), and
// is journalled with who authorised it.
// The pricing service's deposit lines show as rows under their line; they are never selected
// (a click on one selects its line, Up and Down step over them), so + - Delete always act on a
// cart line, and the deposit follows its line when the service prices the cart again.
class SalePage : public QWidget {
    Q_OBJECT
public:
    explicit SalePage(Runtime& runtime, QWidget* parent = nullptr);
    ~SalePage() override;

    SaleSession& session() const { return *m_session; }
    TicketLinesModel* linesModel() const { return m_lines; }
    ScanField* scanField() const { return m_scan; }
    // "Import catalog…", for the window's File menu.
    QAction* importCatalogAction() const { return m_importAction; }
    // True while the sale on screen waits for its ChargeAfter link to be sent (then it leaves
    // the till to wait for the approval: SalesStore::awaitingFinancing()).
    bool isAwaitingFinancing() const;
    // The last sale completed here (any tender, or a financing approval), for F8.
    std::optional<CompletedSale> lastSale() const;

    // Imports `path` into the catalog and shows the report (count, and each skipped row with
    // its line number) in a window that does not block.
    ImportReport importCatalogFile(const QString& path);

public Q_SLOTS:
    void finish();
    void park();
    void recall();
    void newSale();
    void undo();
    // Asks for a reason (VoidDialog), then gives up the open sale.
    void voidSale();
    // Prints the last completed sale's receipt (F8).
    void printReceipt();
    // The sales awaiting ChargeAfter's answer (F9).
    void openAwaitingFinancing();
    // Asks for a CSV or JSON file, then importCatalogFile().
    void importCatalog();
    // A supervisor lets the sale the last final check refused (the Order Checker blocked it, or
    // its prices could not be confirmed) finish once, with a reason; then finishes it.
    void allowBlockedSaleOnce();
    // The Financing page sent a link: when it is the checkout link of the sale handed to it
    // (its merchant order id is that sale's number), the sale waits for ChargeAfter's approval
    // with the link's tracking id, and a new sale starts. Any other link is ignored.
    void financingLinkSent(const QString& trackingId, const QString& merchantOrderId);

Q_SIGNALS:
    // The customer pays with ChargeAfter: the window shows the Financing page with this cart.
    void financingRequested(const checkstand::Ticket& ticket,
                            const checkstand::chargeafter::CartDetails& cart);
    // A receipt's barcode (a sale number of this terminal) was scanned on an empty sale: the
    // window opens the return of that sale (Sale history's return dialog).
    void returnRequested(const QString& saleNumber);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildBottomBar();
    void buildActions();
    void afterSale(const CompletedSale& sale, const QString& words);
    void updateAwaitingCount();

    void onSubmitted(const QString& text);
    void onProductChosen(const Product& product);
    void onLineKey(int key);
    void onTicketChanged();
    void onFinalisationDecided(const orderchecker::Decision& decision);
    void onTender(const QString& saleId, const std::optional<TenderDialog::Result>& result);
    void onScannedElsewhere(const QString& code);
    void badScanSignal();
    void commitFields();
    void showTicket(bool newTicket);
    void updateCheckStatus();
    void updateVerdict();
    void updateButtons();
    void setMessage(const QString& text, bool isError);
    void selectRow(int row);
    int currentRow() const;
    void refocus();
    void refocusAfterDialog();
    // salepage_actions.cpp: the operator on the sale, the discount limit, the journal.
    void followOperator();
    QString approveDiscount(const Ticket& discounted);
    void journalVoid(const VoidedSale& voided);
    void journalDiscount(const Money& discount, const QString& mode);

    Runtime& m_runtime;
    SaleSession* m_session;
    TicketLinesModel* m_lines;
    QString m_ticketId; // the sale on screen, to tell a new sale from an edit of this one

    // The last "no" from Finish, shown while the cart is the one it was about.
    std::optional<orderchecker::Decision> m_blocked;
    quint64 m_blockedRevision = 0;
    LastReceipt* m_receipt = nullptr;
    SaleFinancing* m_financing = nullptr;

    QLabel* m_saleNumber = nullptr;
    ScanField* m_scan = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_orderErrors = nullptr;
    QLabel* m_notices = nullptr;
    CartTable* m_table = nullptr;
    OrderPanel* m_orderPanel = nullptr;
    SaleBottomBar* m_bar = nullptr;
    QLabel* m_checkStatus = nullptr;
    QAction* m_voidAction = nullptr;
    QAction* m_importAction = nullptr;
    ScannerGuard* m_scanner = nullptr;
    QPointer<TenderDialog> m_tender; // while the payment is being taken
    // Who authorised the void or discount under way (empty: the operator's role allowed it),
    // and what the journal said when it could not be written.
    QString m_voidAuthorisedBy;
    QString m_discountAuthorisedBy;
    QString m_importAuthorisedBy;
    QString m_journalNote;
    bool m_askingDiscount = false;
};

} // namespace checkstand
