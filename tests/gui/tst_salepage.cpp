// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sale page, driven as a cashier would: a scanner typing digits and Enter, the + - Delete
// keys, Ctrl+Z, F6/F7/F12, with the Order Checker answering over real HTTP from the embedded
// sandbox. Keys go to whichever widget has the focus, so every test also shows that the scan
// field has it after each action. The sandbox's pricing service prices every cart (tax at 2 % on
// Grocery and 8.25 % on the rest, a 0.60 deposit per pack of WATER-6), so totals include tax.

#include "salepagefixture.h"

class TestSalePage : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init() { SalePageFixture::init(); }
    void cleanup() { SalePageFixture::cleanup(); }

    void opensOnTheSalePageWithTheScanFieldFocused();
    void scannerBurstGivesOneLinePerScan();
    void wrongCheckDigitAddsNothingAndKeepsTheTextSelected();
    void unknownBarcodeSaysSo();
    void typingANameOffersCompletion();
    void plusMinusDeleteAndUndo();
    void quantityIsEditableInPlace();
    void parkAndRecallRoundTrip();
    void customerFieldsCommitWhenLeft();
    void importReportsSkippedRowsByLine();
    void closingWithAnOpenEditorIsSafe();
    void keysOnADepositRowActOnItsLine();
    void screenshotOfAStockError();
};

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
    // Priced first, so the Recall list shows what the customer pays (tax included).
    waitForPass();
    const std::optional<Money> payable = session().payableTotal();
    QVERIFY(payable && session().pricing());
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
    QCOMPARE(list->item(0, 3)->text(), payable->toDisplayString());
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
    // The mug (12.50): the 10.00 the sandbox gives for SAVE10 must not exceed the sale.
    scan(kMug);
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
QTEST_MAIN(TestSalePage)
#include "tst_salepage.moc"
