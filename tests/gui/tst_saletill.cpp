// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The till around a sale, as a cashier runs it on the training sandbox: financing that waits for
// ChargeAfter's answer (and survives a restart), a declined sale parked with its link, voids,
// receipts after a sale, a receipt scan that starts a return, and the screen at 1024x768.
#include "salepagefixture.h"

#include "dialogs.h"
#include "usecases/financingwait.h"
#include "widgets/awaitingfinancingdialog.h"
#include "widgets/orderpanel.h"
#include "widgets/receiptoutput.h"
#include "widgets/voiddialog.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

namespace {

// "store-001-000042" -> "store-001-000043": the number the next sale must get.
QString numberAfter(const QString& number) {
    const qsizetype dash = number.lastIndexOf(u'-');
    const QString digits = number.mid(dash + 1);
    return number.left(dash + 1) +
           QString::number(digits.toLongLong() + 1).rightJustified(digits.size(), u'0');
}

} // namespace

class TestSaleTill : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init() {
        dialogs::resetForTesting();
        SalePageFixture::init();
    }
    void cleanup() {
        ui::setReceiptOutputDirectoryForTesting(QString());
        dialogs::resetForTesting();
        SalePageFixture::cleanup();
    }

    void financingWaitsForApprovalAcrossARestart();
    void declinedSaleIsParkedAndAsksBeforeASecondLink();
    void voidNeedsAReasonAndKeepsTheNumbering();
    void receiptPrintsAfterACashSale();
    void receiptScanOnAnEmptySaleStartsItsReturn();
    void layoutFitsA1024x768Window();

private:
    // Rings up a sofa, takes financing and sends its link as the window does; the sale waits.
    void sendToFinancing(const QString& trackingId, QString* number, Money* payable);
    // Closes the window and the Runtime, and opens both again on the same data directory.
    void restart();
    AwaitingFinancingDialog* openAwaiting();
    QPushButton* button(const char* name) const {
        return page()->findChild<QPushButton*>(QLatin1String(name));
    }
    // Types as a person does: too slow to be taken for a scanner burst.
    static void type(QWidget* target, const QString& text) {
        QTest::keyClicks(target, text, Qt::NoModifier, 60);
    }
};

void TestSaleTill::sendToFinancing(const QString& trackingId, QString* number, Money* payable) {
    scan(kSofa);
    waitForPass();
    QVERIFY(session().pricing());
    const std::optional<Money> due = session().payableTotal();
    QVERIFY(due);
    *payable = *due;
    *number = session().ticket().retailerOrderId;
    TenderDialog::setNextAnswer(TenderDialog::Answer::Financing);
    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isAwaitingFinancing(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), MainWindow::Page::Financing, kTimeout);
    // Handed over is not sent: nothing waits yet.
    QVERIFY(m_env->runtime->sales().awaitingFinancing().isEmpty());
    QCOMPARE(lines()->lineCount(), 1);

    // What MainWindow does once the Financing page sent the sale's link.
    page()->financingLinkSent(trackingId, *number);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().awaitingFinancing().size(), 1, kTimeout);
    m_window->showPage(MainWindow::Page::Sale);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSaleTill::restart() {
    m_window.reset();
    m_env->runtime.reset();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    waitForCheck();
}

AwaitingFinancingDialog* TestSaleTill::openAwaiting() {
    pressKey(Qt::Key_F9);
    AwaitingFinancingDialog* dialog = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<AwaitingFinancingDialog*>()) &&
                                     dialog->isVisible(),
                                 kTimeout);
    }();
    return dialog;
}

void TestSaleTill::financingWaitsForApprovalAcrossARestart() {
    QString number;
    Money payable;
    sendToFinancing(QStringLiteral("CA-TEST-1"), &number, &payable);
    if (QTest::currentTestFailed())
        return;

    // The sale left the till: a new one is on screen, and nothing is journalled yet.
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(session().ticket().retailerOrderId != number);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    const AwaitingFinancing waiting = m_env->runtime->sales().awaitingFinancing().first();
    QCOMPARE(waiting.ticket.retailerOrderId, number);
    QCOMPARE(waiting.trackingId, QStringLiteral("CA-TEST-1"));
    QCOMPARE(waiting.total, payable);
    const QString said = label("scanMessage")->text();
    QVERIFY2(said.contains(number) && said.contains(QStringLiteral("CA-TEST-1")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("approval")), qPrintable(said));
    QVERIFY(button("awaitingFinancingButton")->text().contains(QStringLiteral("(1)")));

    // It waits across a restart, as a parked sale does.
    restart();
    QVERIFY(button("awaitingFinancingButton")->text().contains(QStringLiteral("(1)")));
    QVERIFY(button("awaitingFinancingButton")->isEnabled());

    AwaitingFinancingDialog* dialog = openAwaiting();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), number);
    QCOMPARE(dialog->table()->item(0, 2)->text(), payable.toDisplayString());
    QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("CA-TEST-1"));
    QCOMPARE(dialog->selectedNumber(), number);
    QLineEdit* reference = dialog->referenceEdit();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(reference),
                              kTimeout);

    // Not a reference: said under the field, nothing asked, nothing recorded.
    type(reference, QStringLiteral("12"));
    QTest::keyPress(reference, Qt::Key_Return);
    const QString problem = FinancingWait::referenceProblem(QStringLiteral("12"));
    QVERIFY(!problem.isEmpty());
    QCOMPARE(dialog->errorText(), problem);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialogs::askedForTesting().isEmpty());
    QCOMPARE(m_env->runtime->sales().awaitingFinancing().size(), 1);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());

    // ChargeAfter's reference, confirmed: the sale is completed, paid by financing.
    reference->clear();
    type(reference, QStringLiteral("CA-APPROVED-1"));
    QVERIFY(dialog->errorText().isEmpty());
    dialogs::setNextAnswerForTesting(QMessageBox::Yes);
    QTest::keyPress(reference, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 1, kTimeout);
    QCOMPARE(dialogs::askedForTesting().size(), 1);
    QCOMPARE(dialogs::askedForTesting().first().objectName,
             QStringLiteral("confirmFinancingApproved"));
    const CompletedSale sale = m_env->runtime->sales().journal().first();
    QCOMPARE(sale.ticket.retailerOrderId, number);
    QVERIFY(sale.tender == Tender::Financing);
    QCOMPARE(sale.total, payable);
    QCOMPARE(sale.payments.size(), 1);
    QVERIFY(sale.payments.first().tender == Tender::Financing);
    QCOMPARE(sale.payments.first().amount, payable);
    QCOMPARE(sale.payments.first().reference, QStringLiteral("CA-APPROVED-1"));
    QVERIFY(m_env->runtime->sales().awaitingFinancing().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<AwaitingFinancingDialog*>(), kTimeout);
    const QString done = label("scanMessage")->text();
    QVERIFY2(done.contains(number) && done.contains(QStringLiteral("CA-APPROVED-1")),
             qPrintable(done));
    QVERIFY2(done.contains(QStringLiteral("F8")), qPrintable(done));
    QTRY_VERIFY_WITH_TIMEOUT(
        button("awaitingFinancingButton")->text().contains(QStringLiteral("(0)")), kTimeout);
    QVERIFY(page()->lastSale());
    QCOMPARE(page()->lastSale()->ticket.retailerOrderId, number);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSaleTill::declinedSaleIsParkedAndAsksBeforeASecondLink() {
    QString number;
    Money payable;
    sendToFinancing(QStringLiteral("CA-TEST-2"), &number, &payable);
    if (QTest::currentTestFailed())
        return;

    AwaitingFinancingDialog* dialog = openAwaiting();
    QVERIFY(dialog);
    // "No" to the question keeps it waiting.
    dialogs::setNextAnswerForTesting(QMessageBox::No);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("financingDeclined")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialogs::askedForTesting().size(), 1, kTimeout);
    QCOMPARE(m_env->runtime->sales().awaitingFinancing().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QPushButton*>(QStringLiteral("financingDeclined"))->isEnabled(),
        kTimeout);

    dialogs::setNextAnswerForTesting(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("financingDeclined")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_env->runtime->sales().awaitingFinancing().isEmpty(), kTimeout);
    QCOMPARE(dialogs::askedForTesting().last().objectName,
             QStringLiteral("confirmFinancingDeclined"));
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    const QList<ParkedSale> parked = m_env->runtime->sales().parked();
    QCOMPARE(parked.size(), 1);
    QCOMPARE(parked.first().retailerOrderId, number);
    const QString said = label("scanMessage")->text();
    QVERIFY2(said.contains(number) && said.contains(QStringLiteral("declined")), qPrintable(said));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    // Recalled, it remembers its link.
    pressKey(Qt::Key_F7);
    RecallDialog* recall = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((recall = page()->findChild<RecallDialog*>()) && recall->isVisible(),
                             kTimeout);
    QTest::keyClick(recall->table(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(session().ticket().retailerOrderId, number, kTimeout);
    QCOMPARE(session().ticket().financingLinks, QStringList{QStringLiteral("CA-TEST-2")});
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    waitForPass();

    // Financing it again asks first, naming the earlier link; "No" sends nothing.
    const qsizetype asked = dialogs::askedForTesting().size();
    dialogs::setNextAnswerForTesting(QMessageBox::No);
    TenderDialog::setNextAnswer(TenderDialog::Answer::Financing);
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(dialogs::askedForTesting().size(), asked + 1, kTimeout);
    const dialogs::Message again = dialogs::askedForTesting().last();
    QCOMPARE(again.objectName, QStringLiteral("financingAgain"));
    QVERIFY2(again.text.contains(QStringLiteral("CA-TEST-2")), qPrintable(again.text));
    QVERIFY(!page()->isAwaitingFinancing());
    QVERIFY(m_window->currentPage() == MainWindow::Page::Sale);
    QCOMPARE(session().ticket().retailerOrderId, number);
    QCOMPARE(lines()->lineCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    // "Yes" hands it to the Financing page again.
    dialogs::setNextAnswerForTesting(QMessageBox::Yes);
    TenderDialog::setNextAnswer(TenderDialog::Answer::Financing);
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentPage(), MainWindow::Page::Financing, kTimeout);
    QVERIFY(page()->isAwaitingFinancing());
}

void TestSaleTill::voidNeedsAReasonAndKeepsTheNumbering() {
    // An empty sale has nothing to void.
    QVERIFY(!button("voidButton")->isEnabled());
    pressKey(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!page()->findChild<VoidDialog*>());

    scan(kMug);
    scan(kCoffee);
    waitForPass();
    const QString number = session().ticket().retailerOrderId;
    QVERIFY(button("voidButton")->isEnabled());
    pressKey(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    VoidDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<VoidDialog*>()) && dialog->isVisible(),
                             kTimeout);
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("voidConfirm"));
    QLineEdit* reason = dialog->reasonEdit();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(reason), kTimeout);
    // No reason, no void: Enter does nothing.
    QVERIFY(!confirm->isEnabled());
    QTest::keyPress(reason, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_env->runtime->sales().voids().isEmpty());

    const QString why = QStringLiteral("Scanned twice by accident");
    type(reason, why);
    QVERIFY(confirm->isEnabled());
    QTest::keyPress(reason, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().voids().size(), 1, kTimeout);
    const VoidedSale voided = m_env->runtime->sales().voids().first();
    QCOMPARE(voided.ticket.retailerOrderId, number);
    QCOMPARE(voided.reason, why);
    QCOMPARE(voided.ticket.lines.size(), 2);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    QVERIFY(m_env->runtime->sales().parked().isEmpty());
    QCOMPARE(lines()->rowCount(), 0);
    // The next sale takes the next number: the voided one is accounted for, not reused.
    QCOMPARE(session().ticket().retailerOrderId, numberAfter(number));
    QCOMPARE(label("scanMessage")->text(), QStringLiteral("Sale %1 voided: %2.").arg(number, why));
    QVERIFY(!button("voidButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSaleTill::receiptPrintsAfterACashSale() {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir out;
    QVERIFY(out.isValid());
    ui::setReceiptOutputDirectoryForTesting(out.path());
    QVERIFY(!button("receiptButton")->isEnabled()); // no sale yet

    scan(kMug);
    waitForPass();
    const QString number = session().ticket().retailerOrderId;
    pressKey(Qt::Key_F12);
    TenderDialog* tender = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((tender = page()->findChild<TenderDialog*>()) && tender->isVisible(),
                             kTimeout);
    auto* tendered = tender->findChild<QLineEdit*>(QStringLiteral("cashTendered"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(tendered),
                              kTimeout);
    type(tendered, QStringLiteral("20"));
    QTest::keyPress(tendered, Qt::Key_Return, Qt::NoModifier, 60);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 1, kTimeout);
    QVERIFY2(label("scanMessage")->text().contains(QStringLiteral("F8 prints the receipt")),
             qPrintable(label("scanMessage")->text()));
    // Not printed unless asked (the store's setting is off).
    QVERIFY(ui::lastReceiptPdfForTesting().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    QVERIFY(button("receiptButton")->isEnabled());

    pressKey(Qt::Key_F8);
    QTRY_VERIFY_WITH_TIMEOUT(!ui::lastReceiptPdfForTesting().isEmpty(), kTimeout);
    const QString pdf = ui::lastReceiptPdfForTesting();
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY2(label("scanMessage")->text().contains(QStringLiteral("printed")),
             qPrintable(label("scanMessage")->text()));
    QProcess extract;
    extract.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(extract.waitForFinished(30000));
    QCOMPARE(extract.exitCode(), 0);
    const QString text = QString::fromUtf8(extract.readAllStandardOutput());
    QVERIFY2(text.contains(number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Change")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TRAINING")), qPrintable(text));

    // With "print after every sale" on, the next sale's receipt comes out at once.
    m_env->runtime->settings().setValue(settingskey::receiptPrintAfterSale, true);
    scan(kCoffee);
    waitForPass();
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(ui::lastReceiptPdfForTesting() != pdf, kTimeout);
    QVERIFY(QFileInfo(ui::lastReceiptPdfForTesting()).size() > 0);
    QVERIFY2(label("scanMessage")->text().contains(QStringLiteral("Receipt printed")),
             qPrintable(label("scanMessage")->text()));
}

void TestSaleTill::receiptScanOnAnEmptySaleStartsItsReturn() {
    scan(kMug);
    waitForPass();
    const QString number = session().ticket().retailerOrderId;
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    QSignalSpy returns(page(), &SalePage::returnRequested);

    // In the middle of a sale, a sale number is no item, and no return starts.
    scan(kCoffee);
    scan(number);
    QCOMPARE(returns.count(), 0);
    QCOMPARE(lines()->lineCount(), 1);
    QVERIFY(label("scanMessage")->styleSheet().contains(QStringLiteral("#b00020")));
    scanField()->clear(); // Delete acts on the line once the field is empty
    pressKey(Qt::Key_Delete);
    QCOMPARE(lines()->lineCount(), 0);

    // A number that is no sale is a bad scan, as before.
    scan(QStringLiteral("store-001-999999"));
    QCOMPARE(returns.count(), 0);

    // The receipt's Code 128 barcode, as a scanner types it, on an empty sale.
    scanField()->clear();
    scan(number);
    QTRY_COMPARE_WITH_TIMEOUT(returns.count(), 1, kTimeout);
    QCOMPARE(returns.first().first().toString(), number);
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(!label("scanMessage")->text().contains(QStringLiteral("No product")));
}

void TestSaleTill::layoutFitsA1024x768Window() {
    // Training mode: the banner is there, and must not force the window wider.
    QVERIFY(m_env->runtime->isSandbox());
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("sandboxBanner")));
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY2(m_window->minimumSize().width() <= 1024,
             qPrintable(QString::number(m_window->minimumSize().width())));
    m_window->resize(1024, 768);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), QSize(1024, 768), kTimeout);

    // Empty: the customer and order fields are folded away, the cart has the room.
    auto* panel = page()->findChild<OrderPanel*>(QStringLiteral("orderPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isFolded());
    QVERIFY(!panel->isVisible());

    const auto onScreen = [this](QWidget* w) {
        if (!w || !w->isVisible() || w->width() <= 0 || w->height() <= 0)
            return false;
        const QRect r(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
        return m_window->rect().contains(r);
    };
    const auto checkAll = [&](const char* when) {
        QVERIFY2(onScreen(button("finishButton")), when);
        QVERIFY2(onScreen(label("total")), when);
        QVERIFY2(onScreen(label("scanMessage")), when);
        QVERIFY2(onScreen(label("finalizeReason")), when);
        QVERIFY2(onScreen(m_window->statusBar()), when);
    };

    // A long sale: the table scrolls, the totals and Finish stay.
    for (int i = 0; i < 6; ++i) {
        scan(kWater);
        scan(kMug);
        scan(kCoffee);
    }
    waitForPass();
    scan(kUnknown); // a message in the status line
    QVERIFY(!label("scanMessage")->text().isEmpty());
    QApplication::processEvents();
    checkAll("folded");

    // Opened by the cashier (Alt+C): still everything on screen.
    auto* toggle = page()->findChild<QToolButton*>(QStringLiteral("orderPanelToggle"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!panel->isFolded());
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
    QApplication::processEvents();
    checkAll("unfolded");
    QVERIFY(onScreen(edit("customerName")));
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));

    // A customer's name keeps the panel open on the next change; a new sale folds it again.
    refocusScanField();
    QLineEdit* name = edit("customerName");
    name->setFocus(Qt::OtherFocusReason);
    type(name, QStringLiteral("Jane"));
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(session().ticket().customer.name, QStringLiteral("Jane"));
    QVERIFY(!panel->isFolded());
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    refocusScanField();
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 0, kTimeout);
    QVERIFY(panel->isFolded());
    QApplication::processEvents();
    QVERIFY(onScreen(button("finishButton")));
}

QTEST_MAIN(TestSaleTill)
#include "tst_saletill.moc"
