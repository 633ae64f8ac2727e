// The Sale page, driven as a cashier would: a scanner typing digits and Enter, the + - Delete
// keys, Ctrl+Z, F6/F7/F12, with the Order Checker answering over real HTTP from the embedded
// sandbox. Keys go to whichever widget has the focus, so every test also shows that the scan
// field has it after each action. The sandbox's pricing service prices every cart (tax at 2 % on
// Grocery and 8.25 % on the rest, a 0.60 deposit per pack of WATER-6), so totals include tax.

#include "guitestenvironment.h"

#include "catalog/catalog.h"
#include "mainwindow.h"
#include "models/cartitemsmodel.h"
#include "models/ticketlinesmodel.h"
#include "pages/financingpage.h"
#include "pages/salepage.h"
#include "sale/salesession.h"
#include "sandbox/orderchecksandbox.h"
#include "sandbox/pricingsandbox.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "widgets/carteditor.h"
#include "widgets/recalldialog.h"
#include "widgets/scanfield.h"
#include "widgets/tenderdialog.h"
#include "widgets/totalspanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using CheckState = SaleSession::CheckState;

namespace {

constexpr int kTimeout = 15000;

const QString kCoffee = QStringLiteral("4006381333931");  // COF-250, $8.99
const QString kMug = QStringLiteral("0012345678905");     // MUG-01, $12.50
const QString kMugUpcA = QStringLiteral("012345678905");  // the same mug as UPC-A
const QString kSofa = QStringLiteral("5901234123457");    // SOFA-3, $899.00, leasable
const QString kWater = QStringLiteral("7622210449283");   // WATER-6, $4.49
const QString kUnknown = QStringLiteral("9780201379624"); // valid EAN-13, not in the catalog

} // namespace

class TestSalePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheSalePageWithTheScanFieldFocused();
    void scannerBurstGivesOneLinePerScan();
    void wrongCheckDigitAddsNothingAndKeepsTheTextSelected();
    void unknownBarcodeSaysSo();
    void typingANameOffersCompletion();
    void plusMinusDeleteAndUndo();
    void quantityIsEditableInPlace();
    void parkAndRecallRoundTrip();
    void customerFieldsCommitWhenLeft();
    void blockedFinaliseShowsItsReason();
    void allowedFinaliseClearsTheScreen();
    void tenderDialogTakesAKey();
    void apiDownBlocksUnlessAllowed();
    void orderErrorsAndNoticesAreShown();
    void shippingOptionsAndGiftLines();
    void financingHandsTheCartToTheFinancingPage();
    void importReportsSkippedRowsByLine();
    void closingWithAnOpenEditorIsSafe();
    void withoutACheckerTheSaleStillFinishes();
    void pricedCartShowsTaxesAndDeposits();
    void keysOnADepositRowActOnItsLine();
    void refusedPricingIsStaleAndBlocksUnlessAllowed();
    void pricingUnderWayIsShown();
    void screenshotOfAStockError();
    void screenshotOfAPricedSale();

private:
    SalePage* page() const { return m_window->salePage(); }
    SaleSession& session() const { return page()->session(); }
    ScanField* scanField() const { return page()->scanField(); }
    TicketLinesModel* lines() const { return page()->linesModel(); }
    QTableView* table() const {
        return page()->findChild<QTableView*>(QStringLiteral("cartTable"));
    }
    QLabel* label(const char* name) const {
        return page()->findChild<QLabel*>(QLatin1String(name));
    }
    QLineEdit* edit(const char* name) const {
        return page()->findChild<QLineEdit*>(QLatin1String(name));
    }
    sandbox::SandboxServer& sandbox() const { return *m_env->runtime->sandboxServer(); }
    QWidget* focused() const { return QApplication::focusWidget(); }
    void refocusScanField() { scanField()->setFocus(Qt::OtherFocusReason); }

    // Types into the focused widget, which must be the scan field, as a scanner does.
    void scan(const QString& code);
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Waits until the Order Checker has answered for the cart as it is now.
    void waitForCheck();
    // Waits until the whole pass (check, then pricing) for the cart as it is now is over.
    void waitForPass();
    TotalsPanel* totalsPanel() const {
        return page()->findChild<TotalsPanel*>(QStringLiteral("totalsPanel"));
    }
    QString cell(int row, int column) const {
        return lines()->index(row, column).data().toString();
    }
    QString statusOf(int row) const {
        return lines()->index(row, TicketLinesModel::Status).data().toString();
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestSalePage::initTestCase() {
    testing::useUsEnglish();
}

void TestSalePage::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    waitForCheck();
}

void TestSalePage::cleanup() {
    TenderDialog::clearNextAnswer();
    m_window.reset();
    m_env.reset();
}

void TestSalePage::scan(const QString& code) {
    QWidget* target = focused();
    QCOMPARE(target, static_cast<QWidget*>(scanField()));
    QTest::keyClicks(target, code, Qt::NoModifier, 5);
    QTest::keyClick(target, Qt::Key_Return, Qt::NoModifier, 5);
}

void TestSalePage::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = focused();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void TestSalePage::waitForCheck() {
    QTRY_VERIFY_WITH_TIMEOUT(session().checkState() == CheckState::Checked ||
                                 session().checkState() == CheckState::Failed,
                             kTimeout);
}

void TestSalePage::waitForPass() {
    QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), kTimeout);
}

void TestSalePage::opensOnTheSalePageWithTheScanFieldFocused() {
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Sale);
    QVERIFY(page()->isVisible());
    QCOMPARE(scanField()->objectName(), QStringLiteral("scanField"));
    QCOMPARE(lines()->rowCount(), 0);
    QCOMPARE(label("checkStatus")->text(), QStringLiteral("Order checked"));
    QVERIFY(label("finalizeReason")->isVisible());
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("empty")));
    QCOMPARE(label("total")->text(), QStringLiteral("$0.00"));
}

void TestSalePage::scannerBurstGivesOneLinePerScan() {
    const QStringList codes = {kCoffee, kMug, kMugUpcA, kSofa, kWater};
    const QStringList skus = {QStringLiteral("COF-250"), QStringLiteral("MUG-01"),
                              QStringLiteral("MUG-01"), QStringLiteral("SOFA-3"),
                              QStringLiteral("WATER-6")};
    QStringList expected;
    for (int i = 0; i < 20; ++i) {
        scan(codes.at(i % codes.size()));
        if (QTest::currentTestFailed())
            return;
        expected.append(skus.at(i % skus.size()));
    }
    const QList<TicketLine>& ticketLines = session().ticket().lines;
    QCOMPARE(lines()->lineCount(), 20);
    QCOMPARE(ticketLines.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(ticketLines.at(i).sku, expected.at(i));
        QCOMPARE(ticketLines.at(i).quantity, 1);
        QCOMPARE(lines()->line(lines()->rowOf(ticketLines.at(i).lineId)).sku, expected.at(i));
    }
    QVERIFY(scanField()->text().isEmpty());
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
    // The last scan is the selected line.
    QCOMPARE(lines()->lineId(table()->currentIndex().row()), ticketLines.constLast().lineId);

    // The verdict follows the latest cart, whatever the replies did meanwhile.
    waitForPass();
    waitForCheck();
    QCOMPARE(session().checkState(), CheckState::Checked);
    // Each of the four packs of water has its deposit row under it.
    QCOMPARE(lines()->lineCount(), 20);
    QCOMPARE(lines()->rowCount(), 24);
    QCOMPARE(table()->model()->rowCount(), 24);
    int deposits = 0;
    for (int row = 0; row < lines()->rowCount(); ++row) {
        if (!lines()->isDeposit(row))
            continue;
        ++deposits;
        QCOMPARE(lines()->lineRow(row), row - 1);
        QCOMPARE(lines()->line(row).sku, QStringLiteral("WATER-6"));
    }
    QCOMPARE(deposits, 4);
    // Pricing the cart did not move the selection off the last scan.
    QCOMPARE(lines()->lineId(table()->currentIndex().row()),
             session().ticket().lines.constLast().lineId);
    // 4 x (8.99 + 0.18 + 2 x (12.50 + 1.03) + 899.00 + 74.17 + 4.49 + 0.09 + 0.60) = 4058.32
    QCOMPARE(label("total")->text(), QStringLiteral("$4,058.32"));
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("Ready to finish")));
}

void TestSalePage::wrongCheckDigitAddsNothingAndKeepsTheTextSelected() {
    scan(QStringLiteral("4006381333932"));
    QCOMPARE(lines()->rowCount(), 0);
    const QString message = label("scanMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("check digit")), qPrintable(message));
    QVERIFY(label("scanMessage")->isVisible());
    QCOMPARE(scanField()->selectedText(), QStringLiteral("4006381333932"));

    // The rescan replaces the selected text instead of running on from it.
    scan(kCoffee);
    QCOMPARE(lines()->rowCount(), 1);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("COF-250"));
    QVERIFY(scanField()->text().isEmpty());
}

void TestSalePage::unknownBarcodeSaysSo() {
    scan(kUnknown);
    QCOMPARE(lines()->rowCount(), 0);
    const QString message = label("scanMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("No product has the barcode 9780201379624")),
             qPrintable(message));
    QCOMPARE(scanField()->selectedText(), kUnknown);

    scan(QStringLiteral("NO-SUCH-SKU"));
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(label("scanMessage")->text().contains(QStringLiteral("No product matches")));
}

void TestSalePage::typingANameOffersCompletion() {
    QAbstractItemView* popup = scanField()->productCompleter()->popup();
    // Digits never open the popup: a scanner is not slowed or caught by it.
    QTest::keyClicks(focused(), QStringLiteral("4006"));
    QVERIFY(!popup->isVisible());
    scanField()->clear();

    QTest::keyClicks(focused(), QStringLiteral("Coffee"));
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kTimeout);
    QCOMPARE(scanField()->candidates().size(), 1);
    QVERIFY(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("COF-250")));
    // The keyboard goes to the popup while it is up, as with a real keyboard grab.
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 1, kTimeout);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("COF-250"));
    QVERIFY(!popup->isVisible());
    QVERIFY(scanField()->text().isEmpty());
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));

    // Part of a name that matches one product: Enter adds it.
    QTest::keyClicks(focused(), QStringLiteral("lamp"));
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kTimeout);
    QTest::keyClick(scanField(), Qt::Key_Return);
    QCOMPARE(lines()->rowCount(), 2);
    QCOMPARE(lines()->line(1).sku, QStringLiteral("LAMP-D"));

    // Clicking a completion adds it too.
    QTest::keyClicks(focused(), QStringLiteral("HDMI"));
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kTimeout);
    const QModelIndex first = popup->model()->index(0, 0);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 3, kTimeout);
    QCOMPARE(lines()->line(2).sku, QStringLiteral("CABLE-HD"));
}

void TestSalePage::plusMinusDeleteAndUndo() {
    scan(kCoffee);
    scan(kMug);
    QCOMPARE(lines()->rowCount(), 2);
    QCOMPARE(table()->currentIndex().row(), 1);

    // In the empty scan field, + and - act on the selected line (the mug, scanned last).
    pressKey(Qt::Key_Plus);
    pressKey(Qt::Key_Plus);
    QCOMPARE(lines()->line(1).quantity, 3);
    pressKey(Qt::Key_Minus);
    QCOMPARE(lines()->line(1).quantity, 2);
    // Priced: 8.99 + 0.18 (2 %) + 25.00 + 2.06 (8.25 %).
    QTRY_COMPARE_WITH_TIMEOUT(label("total")->text(), QStringLiteral("$36.23"), kTimeout);

    // In the table, on the selected row; the focus goes back to the scan field after.
    table()->setFocus(Qt::OtherFocusReason);
    table()->setCurrentIndex(lines()->index(0, TicketLinesModel::Quantity));
    QTest::keyClick(table(), Qt::Key_Plus);
    QCOMPARE(lines()->line(0).quantity, 2);
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));

    // Minus stops at one and says how to remove the line.
    pressKey(Qt::Key_Minus);
    pressKey(Qt::Key_Minus);
    QCOMPARE(lines()->line(0).quantity, 1);
    QVERIFY(label("scanMessage")->text().contains(QStringLiteral("Delete")));

    table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(lines()->rowCount(), 1);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("MUG-01"));
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));

    // Ctrl+Z in the scan field undoes the sale's last change, not the field's typing.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines()->rowCount(), 2);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("COF-250"));
    QCOMPARE(lines()->line(0).quantity, 1);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines()->line(0).quantity, 2);

    // Delete in the empty scan field removes the selected line as well.
    const int before = lines()->rowCount();
    pressKey(Qt::Key_Delete);
    QCOMPARE(lines()->rowCount(), before - 1);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines()->rowCount(), before);
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
}

void TestSalePage::quantityIsEditableInPlace() {
    scan(kWater);
    // Let the pass (check, price, deposit row) land first, so this tests the editor alone.
    waitForPass();
    const QModelIndex quantity = lines()->index(0, TicketLinesModel::Quantity);
    table()->setFocus(Qt::OtherFocusReason);
    table()->setCurrentIndex(quantity);
    // Typing a digit on the selected line opens the quantity editor with it.
    QTest::keyClick(table(), Qt::Key_6);
    auto* editor = table()->findChild<QSpinBox*>(QStringLiteral("quantityEditor"));
    QVERIFY(editor);
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasFocus(), kTimeout);
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits the editor from the event loop, after the editor had the key.
    QTRY_COMPARE_WITH_TIMEOUT(lines()->line(0).quantity, 6, kTimeout);
    QCOMPARE(session().ticket().lines.at(0).quantity, 6);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    // A quantity change is one undo step.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines()->line(0).quantity, 1);
}

void TestSalePage::parkAndRecallRoundTrip() {
    scan(kCoffee);
    scan(kMug);
    scan(kSofa);
    QLineEdit* name = edit("customerName");
    QVERIFY(name);
    name->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(name, QStringLiteral("Jane"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(session().ticket().customer.name, QStringLiteral("Jane"));
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
    const QString parkedNumber = session().ticket().retailerOrderId;
    const QList<TicketLine> parkedLines = session().ticket().lines;

    pressKey(Qt::Key_F6);
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(name->text().isEmpty());
    QVERIFY(session().ticket().retailerOrderId != parkedNumber);
    QVERIFY(label("scanMessage")->text().contains(parkedNumber));
    QCOMPARE(m_env->runtime->sales().parked().size(), 1);
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));

    // Another customer meanwhile.
    scan(kWater);
    const QString otherNumber = session().ticket().retailerOrderId;

    pressKey(Qt::Key_F7);
    RecallDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<RecallDialog*>()) && dialog->isVisible(),
                             kTimeout);
    QTableWidget* list = dialog->table();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 0)->text(), parkedNumber);
    QCOMPARE(list->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(list->item(0, 3)->text(), QStringLiteral("$920.49"));
    QCOMPARE(list->item(0, 4)->text(), QStringLiteral("Jane"));
    QTest::keyClick(list, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 3, kTimeout);
    QCOMPARE(session().ticket().retailerOrderId, parkedNumber);
    QCOMPARE(session().ticket().lines, parkedLines);
    QCOMPARE(name->text(), QStringLiteral("Jane"));
    // The sale that was on screen was parked, not lost.
    const QList<ParkedSale> parked = m_env->runtime->sales().parked();
    QCOMPARE(parked.size(), 1);
    QCOMPARE(parked.first().retailerOrderId, otherNumber);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSalePage::customerFieldsCommitWhenLeft() {
    scan(kCoffee);
    waitForCheck();
    QLineEdit* email = edit("customerEmail");
    email->setFocus(Qt::OtherFocusReason);
    const quint64 revision = session().revision();
    QTest::keyClicks(email, QStringLiteral("jane@example.com"));
    // Not one change (and one check) per keystroke.
    QCOMPARE(session().revision(), revision);
    QVERIFY(session().ticket().customer.email.isEmpty());

    QTest::keyClick(email, Qt::Key_Tab);
    QCOMPARE(session().ticket().customer.email, QStringLiteral("jane@example.com"));
    QCOMPARE(session().revision(), revision + 1);

    edit("coupon")->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(edit("coupon"), QStringLiteral("SAVE10"));
    QTest::keyClick(edit("coupon"), Qt::Key_Return);
    QCOMPARE(session().ticket().coupon, QStringLiteral("SAVE10"));
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));

    // The sandbox answers SAVE10 with a discount of 10.00, which the page shows.
    QTRY_COMPARE_WITH_TIMEOUT(edit("discount")->text(), QStringLiteral("10.00"), kTimeout);
    QCOMPARE(label("discountTotal")->text(), QStringLiteral("-$10.00"));
    const auto requests = sandbox().requests(service::orderChecker);
    const QJsonObject body = QJsonDocument::fromJson(requests.last().request.body).object();
    QCOMPARE(body.value(QStringLiteral("coupon")).toString(), QStringLiteral("SAVE10"));
    QCOMPARE(body.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")),
             QJsonValue(QStringLiteral("jane@example.com")));
}

void TestSalePage::blockedFinaliseShowsItsReason() {
    sandbox().orderChecker().setOutOfStock(QStringLiteral("COF-250"), true);
    scan(kCoffee);
    waitForCheck();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(0).contains(QStringLiteral("Out of stock")), kTimeout);
    const QModelIndex status = lines()->index(0, TicketLinesModel::Status);
    QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    // Before anyone presses Finish, the verdict is already on screen.
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("blocks")));

    const int before = static_cast<int>(sandbox().requests(service::orderChecker).size());
    pressKey(Qt::Key_F12);
    // The final check is a request of its own, on this exact cart.
    QTRY_VERIFY_WITH_TIMEOUT(sandbox().requests(service::orderChecker).size() > before, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!session().isFinalising(), kTimeout);
    const QString reason = label("finalizeReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("Out of stock")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("blocks")), qPrintable(reason));
    QVERIFY(label("finalizeReason")->isVisible());
    QVERIFY(label("finalizeReason")->styleSheet().contains(QStringLiteral("#b00020")));
    // No window popped up, and nothing was cleared or journaled.
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!page()->findChild<TenderDialog*>());
    QCOMPARE(lines()->rowCount(), 1);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));

    // Removing the item that is out of stock lets the sale finish.
    scan(kMug);
    pressKey(Qt::Key_Up);
    pressKey(Qt::Key_Delete);
    QCOMPARE(lines()->rowCount(), 1);
    waitForCheck();
    QTRY_VERIFY_WITH_TIMEOUT(
        label("finalizeReason")->text().contains(QStringLiteral("Ready to finish")), kTimeout);
}

void TestSalePage::allowedFinaliseClearsTheScreen() {
    scan(kCoffee);
    scan(kMug);
    edit("customerName")->setText(QStringLiteral("Jane"));
    const QString number = session().ticket().retailerOrderId;
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);

    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 0, kTimeout);
    const QList<CompletedSale> journal = m_env->runtime->sales().journal();
    QCOMPARE(journal.size(), 1);
    QCOMPARE(toString(journal.first().tender), toString(Tender::Cash));
    // As priced at finalisation: 8.99 + 0.18 tax + 12.50 + 1.03 tax.
    QCOMPARE(journal.first().total, Money::fromMinor(2270));
    QCOMPARE(journal.first().ticket.retailerOrderId, number);
    // Typed but not yet committed when F12 was pressed: the journal still has it.
    QCOMPARE(journal.first().ticket.customer.name, QStringLiteral("Jane"));

    QVERIFY(session().ticket().retailerOrderId != number);
    QVERIFY(edit("customerName")->text().isEmpty());
    QCOMPARE(label("total")->text(), QStringLiteral("$0.00"));
    QVERIFY(label("scanMessage")->text().contains(QStringLiteral("completed")));
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("empty")));
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
}

void TestSalePage::tenderDialogTakesAKey() {
    scan(kWater);
    pressKey(Qt::Key_F12);
    TenderDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<TenderDialog*>()) && dialog->isVisible(),
                             kTimeout);
    // What the customer pays: 4.49 + 0.09 tax + 0.60 deposit.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tenderTotal"))
                ->text()
                .contains(QStringLiteral("$5.18")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("tenderCash"))->isDefault());
    // Escape cancels: the sale stays.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<TenderDialog*>(), kTimeout);
    QCOMPARE(lines()->lineCount(), 1);
    QCOMPARE(lines()->rowCount(), 2); // the water and its deposit
    QVERIFY(label("scanMessage")->text().contains(QStringLiteral("cancelled")));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<TenderDialog*>()) && dialog->isVisible(),
                             kTimeout);
    QTest::keyClick(dialog, Qt::Key_2);
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 0, kTimeout);
    const QList<CompletedSale> journal = m_env->runtime->sales().journal();
    QCOMPARE(journal.size(), 1);
    QCOMPARE(toString(journal.first().tender), toString(Tender::Card));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSalePage::apiDownBlocksUnlessAllowed() {
    AppSettings& settings = m_env->runtime->settings();
    settings.setValue(settingskey::allowSalesOnApiErrors, false);
    sandbox().setScenario(service::orderChecker, sandbox::Scenario::ServerError);
    scan(kCoffee);
    QTRY_COMPARE_WITH_TIMEOUT(session().checkState(), CheckState::Failed, kTimeout);
    QVERIFY2(label("checkStatus")->text().startsWith(QStringLiteral("Order checker unavailable: ")),
             qPrintable(label("checkStatus")->text()));
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("could not be checked")));

    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(!session().isFinalising(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        label("finalizeReason")->text().contains(QStringLiteral("could not be checked")), kTimeout);
    QCOMPARE(lines()->rowCount(), 1);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());

    // The store's switch: sell anyway. The verdict says so at once, and Finish goes through.
    settings.setValue(settingskey::allowSalesOnApiErrors, true);
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("Ready to finish")));
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("without an order check")));
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 0, kTimeout);
    QCOMPARE(m_env->runtime->sales().journal().size(), 1);
}

void TestSalePage::orderErrorsAndNoticesAreShown() {
    QLabel* errors = label("orderErrors");
    QLabel* notices = label("notices");
    QVERIFY(!errors->isVisible());
    QVERIFY(!notices->isVisible());
    sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::OrderError, true);
    sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::Notice, true);
    scan(kMug);
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), kTimeout);
    QCOMPARE(errors->text(), QStringLiteral("The order is not valid"));
    QVERIFY(notices->isVisible());
    QCOMPARE(notices->text(), QStringLiteral("This order has a gift"));
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("The order is not valid")));

    sandbox().orderChecker().clearExtras();
    pressKey(Qt::Key_Plus);
    QTRY_VERIFY_WITH_TIMEOUT(!errors->isVisible(), kTimeout);
    QVERIFY(!notices->isVisible());
}

void TestSalePage::shippingOptionsAndGiftLines() {
    sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::ShippingOptions, true);
    sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::Gift, true);
    sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::Freight, true);
    scan(kSofa);
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 2, kTimeout);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("SOFA-3"));
    QVERIFY(lines()->line(1).isGift);
    QCOMPARE(statusOf(1), QStringLiteral("Gift"));
    QCOMPARE(lines()->index(1, TicketLinesModel::Name).data().toString(),
             QStringLiteral("Kit Brinde Teste"));
    QTRY_COMPARE_WITH_TIMEOUT(edit("freight")->text(), QStringLiteral("10.00"), kTimeout);
    QCOMPARE(label("freightTotal")->text(), QStringLiteral("$10.00"));
    // Passing through the field the reply filled is not an edit: nothing is sent back.
    const quint64 revision = session().revision();
    edit("freight")->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit("freight"), Qt::Key_Tab);
    QCOMPARE(session().revision(), revision);
    QCOMPARE(session().ticket().freightCost, Money::fromMinor(1000));
    refocusScanField();

    const QModelIndex shipping = lines()->index(0, TicketLinesModel::Shipping);
    QVERIFY(shipping.flags() & Qt::ItemIsEditable);
    QVERIFY(shipping.data().toString().startsWith(QStringLiteral("PAC")));
    table()->setCurrentIndex(shipping);
    table()->edit(shipping);
    auto* combo = table()->findChild<QComboBox*>(QStringLiteral("shippingEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("PAC"));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(session().ticket().lines.at(0).shippingMethod, QStringLiteral("Expresso"));
    QVERIFY(lines()
                ->index(0, TicketLinesModel::Shipping)
                .data()
                .toString()
                .startsWith(QStringLiteral("Expresso")));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSalePage::financingHandsTheCartToTheFinancingPage() {
    scan(kSofa);
    scan(kCoffee);
    scan(kCoffee);
    const auto fill = [this](const char* name, const QString& text) {
        QLineEdit* e = edit(name);
        e->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Tab);
    };
    fill("customerName", QStringLiteral("Jane"));
    fill("customerLastName", QStringLiteral("Doe"));
    fill("customerEmail", QStringLiteral("jane@example.com"));
    fill("customerPhoneArea", QStringLiteral("212"));
    fill("customerPhone", QStringLiteral("4445555"));
    fill("freight", QStringLiteral("7.50"));
    QCOMPARE(session().ticket().freightCost, Money::fromMinor(750));
    const QString number = session().ticket().retailerOrderId;

    TenderDialog::setNextAnswer(TenderDialog::Answer::Financing);
    QTest::keyClick(scanField(), Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), MainWindow::Page::Financing, kTimeout);
    QVERIFY(page()->isAwaitingFinancing());
    QCOMPARE(lines()->rowCount(), 3); // not completed before the link is sent

    FinancingPage* financing = m_window->financingPage();
    const chargeafter::SendLinkRequest request = financing->request();
    QCOMPARE(chargeafter::toString(request.flow), QStringLiteral("checkout"));
    QVERIFY(request.cartDetails);
    const QList<chargeafter::CartItem> items = request.cartDetails->items;
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).sku, QStringLiteral("SOFA-3"));
    QCOMPARE(items.at(0).name, QStringLiteral("Three-seat sofa"));
    QCOMPARE(items.at(0).price, Money::fromMinor(89900));
    QCOMPARE(items.at(0).productCategory, QStringLiteral("Furniture"));
    QVERIFY(items.at(0).leasable);
    QCOMPARE(items.at(1).sku, QStringLiteral("COF-250"));
    QVERIFY(!items.at(1).leasable);
    QCOMPARE(request.cartDetails->shippingAmount, Money::fromMinor(750));
    QCOMPARE(request.cartDetails->computeTotal(),
             std::optional(Money::fromMinor(89900 + 2 * 899 + 750)));
    QCOMPARE(request.merchantOrderId, number);
    QCOMPARE(request.consumerDetails->email, QStringLiteral("jane@example.com"));
    QVERIFY2(financing->errors().isEmpty(),
             qPrintable(financing->errors().isEmpty() ? QString()
                                                      : financing->errors().first().message));

    // A link for another order is not this sale's payment.
    page()->financingLinkSent(QStringLiteral("OTHER-TRACKING"), QStringLiteral("someone-else"));
    QCOMPARE(lines()->rowCount(), 3);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());

    auto* send = financing->findChild<QPushButton*>(QStringLiteral("send"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 1, kTimeout);
    const CompletedSale sale = m_env->runtime->sales().journal().first();
    QCOMPARE(toString(sale.tender), toString(Tender::Financing));
    QCOMPARE(sale.ticket.retailerOrderId, number);
    QVERIFY(!sale.financingTrackingId.isEmpty());
    QCOMPARE(sale.financingTrackingId, financing->lastTrackingId());
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(!page()->isAwaitingFinancing());
}

void TestSalePage::importReportsSkippedRowsByLine() {
    const QString path = m_env->dir.filePath(QStringLiteral("catalog.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sku,barcode,name,price,category,leasable,variant_key,seller_id,weight,height,"
               "length,width,cost\n"
               "PEN-1,,Ballpoint pen,1.20,Office,false,,,0,0,0,0,\n"
               "BAD-1,,Broken row,not-a-price,Office,false,,,0,0,0,0,\n"
               "PAD-1,,Writing pad,3.50,Office,false,,,0,0,0,0,\n");
    file.close();

    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("importCatalog")));
    const ImportReport report = page()->importCatalogFile(path);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 3);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = page()->findChild<QMessageBox*>(QStringLiteral("importReport"))) && box->isVisible(),
        kTimeout);
    QVERIFY2(box->text().contains(QStringLiteral("2 product")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Line 3:")),
             qPrintable(box->informativeText()));
    box->accept();

    // The new products scan by SKU at once.
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    scan(QStringLiteral("PEN-1"));
    QCOMPARE(lines()->rowCount(), 1);
    QCOMPARE(lines()->line(0).name, QStringLiteral("Ballpoint pen"));
}

void TestSalePage::closingWithAnOpenEditorIsSafe() {
    scan(kCoffee);
    table()->setFocus(Qt::OtherFocusReason);
    table()->setCurrentIndex(lines()->index(0, TicketLinesModel::Quantity));
    QTest::keyClick(table(), Qt::Key_3);
    QVERIFY(table()->findChild<QSpinBox*>(QStringLiteral("quantityEditor")));

    // The editor commits while the window is torn down; the page must not be reached then.
    m_window.reset();
    const auto saved = m_env->runtime->sales().loadCurrent();
    QVERIFY(saved);
    QCOMPARE(saved->lines.size(), 1);

    // The next start resumes the sale that was on screen.
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    QCOMPARE(m_window->salePage()->linesModel()->rowCount(), 1);
    QCOMPARE(m_window->salePage()->session().ticket().id, saved->id);
}

void TestSalePage::withoutACheckerTheSaleStillFinishes() {
    // Live mode with only ChargeAfter configured: no Order Checker, no demo catalog.
    cleanup();
    m_env = std::make_unique<GuiTestEnvironment>();
    RuntimeOptions live;
    live.endpointOverrides.insert(service::chargeAfter,
                                  QUrl(QStringLiteral("https://api.example.invalid/send-link")));
    QVERIFY(m_env->start(live));
    QVERIFY(!m_env->runtime->isSandbox());
    QCOMPARE(
        m_env->runtime->catalog().importCsv(Catalog::demoCsv(), QStringLiteral("USD")).imported, 8);
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    scan(kMug);
    QCOMPARE(session().checkState(), CheckState::Disabled);
    QCOMPARE(label("checkStatus")->text(), QStringLiteral("No order checker configured"));
    // No pricing service either: the local figures only, shown as the real ones.
    QVERIFY(!session().pricing());
    QVERIFY(!label("tax")->isVisible());
    QVERIFY(!label("deposits")->isVisible());
    QVERIFY(!label("pricingStale")->isVisible());
    QVERIFY(totalsPanel()->breakdown().isEmpty());
    QCOMPARE(label("subtotal")->text(), QStringLiteral("$12.50"));
    QCOMPARE(label("total")->text(), QStringLiteral("$12.50"));
    QCOMPARE(cell(0, TicketLinesModel::Total), QStringLiteral("$12.50"));
    QVERIFY(cell(0, TicketLinesModel::Tax).isEmpty());
    QVERIFY(!lines()->index(0, TicketLinesModel::Total).data(Qt::FontRole).isValid());
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("Ready to finish")));
    TenderDialog::setNextAnswer(TenderDialog::Answer::Card);
    pressKey(Qt::Key_F12);
    QCOMPARE(lines()->rowCount(), 0);
    QCOMPARE(m_env->runtime->sales().journal().size(), 1);
}

void TestSalePage::pricedCartShowsTaxesAndDeposits() {
    scan(kWater);
    scan(kMug);
    waitForPass();
    QVERIFY(session().pricing());
    QVERIFY(!session().isPricingStale());

    // The water, its deposit right under it, the mug.
    QCOMPARE(lines()->rowCount(), 3);
    QCOMPARE(lines()->lineCount(), 2);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("WATER-6"));
    QVERIFY(!lines()->isDeposit(0));
    QVERIFY(lines()->isDeposit(1));
    QCOMPARE(lines()->line(1).sku, QStringLiteral("WATER-6")); // the line it belongs to
    QVERIFY(cell(1, TicketLinesModel::Name).contains(QStringLiteral("Deposit")));
    QCOMPARE(cell(1, TicketLinesModel::Total), QStringLiteral("$0.60"));
    QCOMPARE(cell(1, TicketLinesModel::Tax), QStringLiteral("$0.00"));
    QVERIFY(cell(1, TicketLinesModel::Quantity).isEmpty());
    QCOMPARE(lines()->line(2).sku, QStringLiteral("MUG-01"));
    QVERIFY(!lines()->isDeposit(2));

    // Each line shows its priced tax and total (2 % on Grocery, 8.25 % on the mug).
    QCOMPARE(cell(0, TicketLinesModel::Tax), QStringLiteral("$0.09"));
    QCOMPARE(cell(0, TicketLinesModel::Total), QStringLiteral("$4.58"));
    QCOMPARE(cell(2, TicketLinesModel::Tax), QStringLiteral("$1.03"));
    QCOMPARE(cell(2, TicketLinesModel::Total), QStringLiteral("$13.53"));
    QVERIFY(
        lines()->index(2, TicketLinesModel::Total).data(TicketLinesModel::IsPricedRole).toBool());
    QVERIFY(!lines()->index(2, TicketLinesModel::Total).data(Qt::ForegroundRole).isValid());
    QCOMPARE(lines()->headerData(TicketLinesModel::Tax, Qt::Horizontal).toString(),
             QStringLiteral("Tax"));

    // A deposit row is shown, never selected nor edited.
    for (int column = 0; column < TicketLinesModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = lines()->index(1, column).flags();
        QVERIFY(flags & Qt::ItemIsEnabled);
        QVERIFY(!(flags & Qt::ItemIsSelectable));
        QVERIFY(!(flags & Qt::ItemIsEditable));
    }
    QVERIFY(!lines()->setData(lines()->index(1, TicketLinesModel::Quantity), 5));
    // The deposit arriving with the pricing reply did not take the selection from the mug.
    QCOMPARE(table()->currentIndex().row(), 2);

    // The totals panel: subtotal, a breakdown row per rate, tax, deposits, total.
    TotalsPanel* panel = totalsPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(label("subtotal")->text(), QStringLiteral("$16.99"));
    QCOMPARE(label("tax")->text(), QStringLiteral("$1.12")); // 0.09 + 1.03
    QVERIFY(label("tax")->isVisible());
    QCOMPARE(label("deposits")->text(), QStringLiteral("$0.60"));
    QVERIFY(label("deposits")->isVisible());
    QCOMPARE(label("discountTotal")->text(), QStringLiteral("$0.00"));
    QCOMPARE(label("freightTotal")->text(), QStringLiteral("$0.00"));
    QCOMPARE(label("total")->text(), QStringLiteral("$18.71"));
    QCOMPARE(label("total")->text(), session().payableTotal()->toDisplayString());
    const QStringList breakdown = panel->breakdown();
    QCOMPARE(breakdown.size(), 2);
    QVERIFY2(breakdown.contains(QStringLiteral("Sales tax 2 %  $0.09")),
             qPrintable(breakdown.join(u'|')));
    QVERIFY2(breakdown.contains(QStringLiteral("Sales tax 8.25 %  $1.03")),
             qPrintable(breakdown.join(u'|')));
    const QList<QLabel*> titles = panel->findChildren<QLabel*>(QStringLiteral("taxBreakdownTitle"));
    QCOMPARE(titles.size(), 2);
    for (QLabel* title : titles)
        QVERIFY(title->isVisible());
    QVERIFY(!label("pricingStale")->isVisible());
    QVERIFY(!label("pricingBusy")->isVisible());
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("Ready to finish")));

    // A discount and freight come off and on top of the priced total.
    QLineEdit* freight = edit("freight");
    freight->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(freight, QStringLiteral("5.00"));
    QTest::keyClick(freight, Qt::Key_Return);
    waitForPass();
    QCOMPARE(label("freightTotal")->text(), QStringLiteral("$5.00"));
    QCOMPARE(label("total")->text(), QStringLiteral("$23.71"));

    // The service's figures follow the quantity: two packs, two deposits.
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
    pressKey(Qt::Key_Up);
    QCOMPARE(table()->currentIndex().row(), 0); // stepped over the deposit row
    pressKey(Qt::Key_Plus);
    QCOMPARE(session().ticket().lines.at(0).quantity, 2);
    // Until the cart is priced again (no event has been processed since the key), the line
    // shows its local figure as unconfirmed, and its deposit as last confirmed.
    QCOMPARE(cell(0, TicketLinesModel::Total), QStringLiteral("$8.98"));
    QVERIFY(lines()->index(0, TicketLinesModel::Total).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(
        !lines()->index(1, TicketLinesModel::Total).data(TicketLinesModel::IsPricedRole).toBool());
    waitForPass();
    QCOMPARE(lines()->rowCount(), 3);
    QCOMPARE(cell(0, TicketLinesModel::Total), QStringLiteral("$9.16")); // 8.98 + 0.18
    QCOMPARE(cell(1, TicketLinesModel::Total), QStringLiteral("$1.20"));
    QCOMPARE(label("deposits")->text(), QStringLiteral("$1.20"));
    QCOMPARE(label("tax")->text(), QStringLiteral("$1.21"));
    QCOMPARE(label("total")->text(), QStringLiteral("$28.89")); // 9.16 + 1.20 + 13.53 + 5.00
}

void TestSalePage::keysOnADepositRowActOnItsLine() {
    scan(kWater);
    scan(kMug);
    waitForPass();
    QCOMPARE(lines()->rowCount(), 3);

    // A click on the deposit row selects the line it belongs to.
    const QModelIndex deposit = lines()->index(1, TicketLinesModel::Total);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                      table()->visualRect(deposit).center());
    QTRY_COMPARE_WITH_TIMEOUT(table()->currentIndex().row(), 0, kTimeout);
    QVERIFY(table()->selectionModel()->isRowSelected(0, {}));
    QVERIFY(!table()->selectionModel()->isRowSelected(1, {}));

    // Even while the deposit row is current, + - and Delete act on its line.
    table()->setFocus(Qt::OtherFocusReason);
    table()->setCurrentIndex(deposit);
    QTest::keyClick(table(), Qt::Key_Plus);
    QCOMPARE(session().ticket().lines.at(0).quantity, 2);
    QCOMPARE(session().ticket().lines.at(1).quantity, 1);
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
    waitForPass();
    QCOMPARE(cell(1, TicketLinesModel::Total), QStringLiteral("$1.20"));

    table()->setFocus(Qt::OtherFocusReason);
    table()->setCurrentIndex(lines()->index(1, TicketLinesModel::Name));
    QTest::keyClick(table(), Qt::Key_Delete);
    // The line goes, and its deposit with it; the mug is what is left, and selected.
    QCOMPARE(session().ticket().lines.size(), 1);
    QCOMPARE(lines()->rowCount(), 1);
    QCOMPARE(lines()->line(0).sku, QStringLiteral("MUG-01"));
    QCOMPARE(table()->currentIndex().row(), 0);
    waitForPass();
    QCOMPARE(label("deposits")->text(), QStringLiteral("$0.00"));
    QCOMPARE(label("total")->text(), QStringLiteral("$13.53"));
    QVERIFY(totalsPanel()->breakdown() == QStringList{QStringLiteral("Sales tax 8.25 %  $1.03")});

    // Undo brings the water back; its deposit follows once the cart is priced again.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines()->lineCount(), 2);
    waitForPass();
    QCOMPARE(lines()->rowCount(), 3);
    QVERIFY(lines()->isDeposit(1));
    QCOMPARE(label("total")->text(), QStringLiteral("$23.89")); // 9.16 + 1.20 + 13.53
}

void TestSalePage::refusedPricingIsStaleAndBlocksUnlessAllowed() {
    AppSettings& settings = m_env->runtime->settings();
    settings.setValue(settingskey::allowLocalPrices, false);
    scan(kWater);
    scan(kMug);
    waitForPass();
    QCOMPARE(label("total")->text(), QStringLiteral("$18.71"));
    QVERIFY(!label("pricingStale")->isVisible());

    sandbox().pricing().setFault(sandbox::PricingSandbox::Fault::InconsistentTotals);
    scan(kCoffee);
    waitForPass();
    QVERIFY(session().isPricingStale());
    QVERIFY(!session().pricingError().isEmpty());

    // The warning says why, in words.
    QLabel* stale = label("pricingStale");
    QVERIFY(stale->isVisible());
    const QString warning = stale->text();
    QVERIFY2(warning.startsWith(QStringLiteral("Prices not confirmed: ")), qPrintable(warning));
    QVERIFY2(warning.contains(session().pricingError()), qPrintable(warning));
    QVERIFY2(warning.size() > QStringLiteral("Prices not confirmed: ").size() + 5,
             qPrintable(warning));
    // The coffee was scanned after the last good pricing: the amounts do not include it.
    QVERIFY2(warning.contains(QStringLiteral("before the latest changes")), qPrintable(warning));
    // The amounts are the last confirmed ones, and look it.
    QCOMPARE(label("tax")->text(), QStringLiteral("$1.12"));
    QCOMPARE(label("total")->text(), session().payableTotal()->toDisplayString());
    QVERIFY(label("total")->styleSheet().contains(QStringLiteral("italic")));
    QVERIFY(label("tax")->styleSheet().contains(QStringLiteral("italic")));
    bool captionSaysSo = false;
    for (QLabel* l : totalsPanel()->findChildren<QLabel*>())
        captionSaysSo = captionSaysSo || l->text() == QStringLiteral("Total (last confirmed)");
    QVERIFY(captionSaysSo);
    // In the table: the new line has only its local price, unconfirmed; the others their last
    // confirmed figures, greyed.
    QCOMPARE(lines()->rowCount(), 4);
    QCOMPARE(lines()->line(3).sku, QStringLiteral("COF-250"));
    const QModelIndex coffeeTotal = lines()->index(3, TicketLinesModel::Total);
    QCOMPARE(coffeeTotal.data().toString(), QStringLiteral("$8.99"));
    QVERIFY(!coffeeTotal.data(TicketLinesModel::IsPricedRole).toBool());
    QVERIFY(coffeeTotal.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(coffeeTotal.data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0x75, 0x75, 0x75));
    QCOMPARE(cell(2, TicketLinesModel::Total), QStringLiteral("$13.53"));
    QCOMPARE(
        lines()->index(2, TicketLinesModel::Total).data(Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0x75, 0x75, 0x75));
    QVERIFY(lines()
                ->index(2, TicketLinesModel::Total)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Last confirmed")));

    // The sale cannot finish on those prices: the verdict says so before and after F12.
    QString reason = label("finalizeReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("could not be confirmed")), qPrintable(reason));
    QVERIFY(label("finalizeReason")->styleSheet().contains(QStringLiteral("#b00020")));
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(!session().isFinalising(), kTimeout);
    reason = label("finalizeReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("could not be confirmed")), qPrintable(reason));
    QCOMPARE(lines()->lineCount(), 3);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    TenderDialog::clearNextAnswer();

    // The store allows local prices: the verdict lets the sale finish.
    settings.setValue(settingskey::allowLocalPrices, true);
    reason = label("finalizeReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("Ready to finish")), qPrintable(reason));
    QVERIFY(stale->isVisible()); // still not confirmed, and still said

    // The service is right again: the next change is priced, and nothing is stale.
    settings.setValue(settingskey::allowLocalPrices, false);
    sandbox().pricing().setFault(sandbox::PricingSandbox::Fault::None);
    pressKey(Qt::Key_Plus);
    waitForPass();
    QVERIFY(!session().isPricingStale());
    QVERIFY(!stale->isVisible());
    QVERIFY(
        lines()->index(3, TicketLinesModel::Total).data(TicketLinesModel::IsPricedRole).toBool());
    QCOMPARE(cell(3, TicketLinesModel::Total), QStringLiteral("$18.34")); // 17.98 + 0.36
    QCOMPARE(label("total")->text(), QStringLiteral("$37.05"));           // 18.71 + 18.34
    QVERIFY(label("total")->styleSheet().isEmpty());
    QVERIFY(label("finalizeReason")->text().contains(QStringLiteral("Ready to finish")));
}

void TestSalePage::pricingUnderWayIsShown() {
    sandbox().setSlowDelay(std::chrono::milliseconds(1500));
    sandbox().setScenario(service::aifi, sandbox::Scenario::Slow);
    scan(kMug);
    QTRY_VERIFY_WITH_TIMEOUT(session().isPricingBusy(), kTimeout);
    QVERIFY(label("pricingBusy")->isVisible());
    QCOMPARE(label("pricingBusy")->text(), QStringLiteral("Pricing…"));
    // Not priced yet: the local figure, marked as such.
    QCOMPARE(cell(0, TicketLinesModel::Total), QStringLiteral("$12.50"));
    QCOMPARE(cell(0, TicketLinesModel::Tax), QStringLiteral("—"));
    QVERIFY(lines()->index(0, TicketLinesModel::Total).data(Qt::FontRole).value<QFont>().italic());
    waitForPass();
    QVERIFY(!label("pricingBusy")->isVisible());
    QCOMPARE(cell(0, TicketLinesModel::Total), QStringLiteral("$13.53"));
    QCOMPARE(label("total")->text(), QStringLiteral("$13.53"));
}

// Not a check: with CHECKSTAND_SCREENSHOT_DIR set, saves the README's picture of a sale with a
// stock error on a line (sale-stock-error.png).
void TestSalePage::screenshotOfAStockError() {
    const QString dir = qEnvironmentVariable("CHECKSTAND_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CHECKSTAND_SCREENSHOT_DIR to save the screenshot");
    m_window->resize(1280, 760);
    sandbox().orderChecker().setOutOfStock(QStringLiteral("COF-250"), true);
    sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::ShippingOptions, true);
    scan(kSofa);
    scan(kCoffee);
    scan(kMug);
    pressKey(Qt::Key_Plus);
    edit("customerName")->setText(QStringLiteral("Jane"));
    edit("customerLastName")->setText(QStringLiteral("Doe"));
    edit("customerEmail")->setText(QStringLiteral("jane@example.com"));
    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(label("finalizeReason")->text().contains(QStringLiteral("blocks")),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(1).contains(QStringLiteral("Out of stock")), kTimeout);
    const QString path = dir + QStringLiteral("/sale-stock-error.png");
    QVERIFY(m_window->grab().save(path));
    qInfo("saved %s", qPrintable(path));
}

// Not a check: with CHECKSTAND_SCREENSHOT_DIR set, saves the README's pictures of a sale priced
// by the pricing service (sale-pricing.png: taxes, a deposit, the breakdown) and of the same
// sale when a pricing reply was refused (sale-pricing-stale.png).
void TestSalePage::screenshotOfAPricedSale() {
    const QString dir = qEnvironmentVariable("CHECKSTAND_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CHECKSTAND_SCREENSHOT_DIR to save the screenshots");
    m_window->resize(1280, 760);
    scan(kWater);
    scan(kMug);
    scan(kCoffee);
    waitForPass();
    QVERIFY(session().pricing());
    const QString priced = dir + QStringLiteral("/sale-pricing.png");
    QVERIFY(m_window->grab().save(priced));
    qInfo("saved %s", qPrintable(priced));

    sandbox().pricing().setFault(sandbox::PricingSandbox::Fault::InconsistentTotals);
    pressKey(Qt::Key_Plus);
    waitForPass();
    QTRY_VERIFY_WITH_TIMEOUT(label("pricingStale")->isVisible(), kTimeout);
    const QString stale = dir + QStringLiteral("/sale-pricing-stale.png");
    QVERIFY(m_window->grab().save(stale));
    qInfo("saved %s", qPrintable(stale));
}

QTEST_MAIN(TestSalePage)
#include "tst_salepage.moc"
