#pragma once

#include "chargeafter/sendlinkrequest.h"
#include "widgets/tenderdialog.h"

#include <QPointer>

#include "catalog/catalog.h"
#include "orderchecker/finalisationpolicy.h"
#include "storage/salesstore.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace checkstand {

class CartTable;
class OrderPanel;
class Runtime;
class SaleSession;
class ScanField;
class ScannerGuard;
class TicketLinesModel;
class TotalsPanel;

// The cashier's main screen. It owns the SaleSession (started at once, so the sale that was on
// screen when the app stopped comes back) and only shows and drives it: every rule about the
// sale lives in the session. The scan field has the focus after every action, so a scanner and
// the keys below run a whole sale:
//   Enter scan / search   + - Delete  the selected line   Up Down  select a line
//   Ctrl+Z undo   F6 park   F7 recall   F12 finish (then 1 cash, 2 card, 3 financing)
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
    // True while a sale waits for its ChargeAfter link to be sent.
    bool isAwaitingFinancing() const { return m_financingSaleId.has_value(); }

    // Imports `path` into the catalog and shows the report (count, and each skipped row with
    // its line number) in a window that does not block.
    ImportReport importCatalogFile(const QString& path);

public Q_SLOTS:
    void finish();
    void park();
    void recall();
    void newSale();
    void undo();
    // Asks for a CSV or JSON file, then importCatalogFile().
    void importCatalog();
    // The Financing page sent a link: when it is the checkout link of the sale handed to it
    // (its merchant order id is that sale's number), complete the sale with the link's
    // tracking id. Any other link is ignored.
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

    Runtime& m_runtime;
    SaleSession* m_session;
    TicketLinesModel* m_lines;
    QString m_ticketId; // the sale on screen, to tell a new sale from an edit of this one

    // The last "no" from Finish, shown while the cart is the one it was about.
    std::optional<orderchecker::Decision> m_blocked;
    quint64 m_blockedRevision = 0;
    std::optional<QString> m_financingSaleId;

    QLabel* m_saleNumber = nullptr;
    ScanField* m_scan = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_orderErrors = nullptr;
    QLabel* m_notices = nullptr;
    CartTable* m_table = nullptr;
    OrderPanel* m_orderPanel = nullptr;
    TotalsPanel* m_totals = nullptr;
    QLabel* m_checkStatus = nullptr;
    QLabel* m_verdict = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_parkButton = nullptr;
    QPushButton* m_recallButton = nullptr;
    QPushButton* m_newSaleButton = nullptr;
    QPushButton* m_finishButton = nullptr;
    QAction* m_importAction = nullptr;
    ScannerGuard* m_scanner = nullptr;
    QPointer<TenderDialog> m_tender; // while the payment is being taken
};

} // namespace checkstand
