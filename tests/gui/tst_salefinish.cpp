// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sale page finishing sales as a cashier would: F12, the final check, tender, financing, over
// real HTTP to the embedded sandbox. Pricing with taxes and deposits: tst_salepricing.cpp.
#include "salepagefixture.h"

class TestSaleFinish : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init() { SalePageFixture::init(); }
    void cleanup() { SalePageFixture::cleanup(); }

    void blockedFinaliseShowsItsReason();
    void allowedFinaliseClearsTheScreen();
    void tenderDialogTakesAKey();
    void apiDownBlocksUnlessAllowed();
    void scanWhilePayingCompletesNothing();
    void scanInACustomerFieldAddsTheItem();
    void cashGivesChangeAndSplitPaysTheRest();
    void orderErrorsAndNoticesAreShown();
    void shippingOptionsAndGiftLines();
    void financingHandsTheCartToTheFinancingPage();
    void withoutACheckerTheSaleStillFinishes();
};

void TestSaleFinish::blockedFinaliseShowsItsReason() {
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

void TestSaleFinish::allowedFinaliseClearsTheScreen() {
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

void TestSaleFinish::tenderDialogTakesAKey() {
    scan(kWater);
    pressKey(Qt::Key_F12);
    TenderDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<TenderDialog*>()) && dialog->isVisible(),
                             kTimeout);
    // What the customer pays: 4.49 + 0.09 tax + 0.60 deposit.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tenderTotal"))
                ->text()
                .contains(QStringLiteral("$5.18")));
    // Cash is chosen first; Enter takes the cash typed, never a bare digit choosing a tender.
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("tenderCash"))->isChecked());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("takeCash"))->isDefault());
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
    // A bare digit picks nothing: it only types into the cash amount.
    QTest::keyClick(dialog, Qt::Key_2);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    // F3: card; its terminal reference (never a card number), then Enter.
    QTest::keyClick(dialog, Qt::Key_F3);
    auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("cardReference"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(reference),
                              kTimeout);
    QTest::keyClicks(reference, QStringLiteral("4242424242424242"));
    QTest::keyClick(reference, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // refused: that is a card number
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tenderMessage"))
                ->text()
                .contains(QStringLiteral("card number")));
    reference->clear();
    QTest::keyClicks(reference, QStringLiteral("AUTH-8812"));
    QTest::keyPress(reference, Qt::Key_Return); // the dialog goes on it
    QTRY_COMPARE_WITH_TIMEOUT(lines()->rowCount(), 0, kTimeout);
    const QList<CompletedSale> journal = m_env->runtime->sales().journal();
    QCOMPARE(journal.size(), 1);
    QCOMPARE(toString(journal.first().tender), toString(Tender::Card));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSaleFinish::apiDownBlocksUnlessAllowed() {
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

void TestSaleFinish::orderErrorsAndNoticesAreShown() {
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

void TestSaleFinish::shippingOptionsAndGiftLines() {
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

void TestSaleFinish::financingHandsTheCartToTheFinancingPage() {
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
    // A 10 % discount too: the financed total must carry it, the tax and the freight.
    fill("discount", QStringLiteral("10"));
    auto* mode = page()->findChild<QComboBox*>(QStringLiteral("discountMode"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("PERCENTAGE")));
    Q_EMIT mode->activated(mode->currentIndex());
    QCOMPARE(session().ticket().discountMode, QStringLiteral("PERCENTAGE"));
    waitForPass();
    QVERIFY(session().pricing());
    const std::optional<Money> payable = session().payableTotal();
    QVERIFY(payable);

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
    // As priced: the tax is there, and the financed total is what the till would take.
    QVERIFY(!request.cartDetails->taxAmount.isZero());
    QCOMPARE(request.cartDetails->discounts.size(), 1);
    QCOMPARE(request.cartDetails->computeTotal(), payable);
    QVERIFY(*payable != Money::fromMinor(89900 + 2 * 899 + 750));
    QCOMPARE(request.merchantOrderId, number);
    QCOMPARE(request.consumerDetails->email, QStringLiteral("jane@example.com"));
    // In store, as the sale is: the ID evidence is asked for before the link can go.
    QVERIFY(request.channel == chargeafter::Channel::InStore);
    const auto fillFinancing = [financing](const char* name, const QString& text) {
        auto* e = financing->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY(e);
        e->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Tab);
    };
    fillFinancing("idExpiry", QStringLiteral("2030-01-01"));
    fillFinancing("cardIssuer", QStringLiteral("JP Morgan"));
    fillFinancing("cardExpiry", QStringLiteral("01/31"));
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
    // Sent is not paid: the sale leaves the till and waits for ChargeAfter's approval.
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().awaitingFinancing().size(), 1, kTimeout);
    const AwaitingFinancing waiting = m_env->runtime->sales().awaitingFinancing().first();
    QCOMPARE(waiting.ticket.retailerOrderId, number);
    QVERIFY(!waiting.trackingId.isEmpty());
    QCOMPARE(waiting.trackingId, financing->lastTrackingId());
    QCOMPARE(waiting.total, *payable);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    QCOMPARE(lines()->rowCount(), 0);
    QVERIFY(session().ticket().retailerOrderId != number);
    QVERIFY(!page()->isAwaitingFinancing());
    const QString said = label("scanMessage")->text();
    QVERIFY2(said.contains(number) && said.contains(waiting.trackingId), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("approval")), qPrintable(said));
}

void TestSaleFinish::withoutACheckerTheSaleStillFinishes() {
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

void TestSaleFinish::scanWhilePayingCompletesNothing() {
    scan(kWater);
    waitForPass();
    pressKey(Qt::Key_F12);
    TenderDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<TenderDialog*>()) && dialog->isVisible(),
                             kTimeout);
    auto* tendered = dialog->findChild<QLineEdit*>(QStringLiteral("cashTendered"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(tendered),
                              kTimeout);
    // A scanner burst into the open Payment dialog: its digits and its Enter pick nothing.
    QTest::keyClicks(tendered, kMug, Qt::NoModifier, 5);
    // Press only: were the Enter taken as "take cash", the dialog would be gone before a release.
    QTest::keyPress(tendered, Qt::Key_Return, Qt::NoModifier, 5);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
    QCOMPARE(tendered->text(), QString()); // the burst's digits are taken out again
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tenderMessage"))
                ->text()
                .contains(QStringLiteral("not added")));
    QCOMPARE(lines()->lineCount(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<TenderDialog*>(), kTimeout);
    // Nothing of the scan reaches the sale either.
    QCOMPARE(lines()->lineCount(), 1);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());
}

void TestSaleFinish::scanInACustomerFieldAddsTheItem() {
    QLineEdit* name = edit("customerName");
    name->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(name, QStringLiteral("Jane"), Qt::NoModifier, 200); // a person typing
    QTest::keyClicks(name, kMug, Qt::NoModifier, 5);                     // then a scanner
    QTest::keyClick(name, Qt::Key_Return, Qt::NoModifier, 5);
    QCOMPARE(name->text(), QStringLiteral("Jane"));
    QCOMPARE(lines()->lineCount(), 1);
    QCOMPARE(session().ticket().lines.first().sku, QStringLiteral("MUG-01"));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

void TestSaleFinish::cashGivesChangeAndSplitPaysTheRest() {
    scan(kMug);
    waitForPass();
    const std::optional<Money> due = session().payableTotal();
    QVERIFY(due);
    pressKey(Qt::Key_F12);
    TenderDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<TenderDialog*>()) && dialog->isVisible(),
                             kTimeout);
    // The quick amounts are the next round amounts above what is due.
    const QList<Money> quick = TenderDialog::quickAmounts(*due);
    QVERIFY(!quick.isEmpty());
    QVERIFY(!quick.first().minus(*due)->isNegative());
    auto* tendered = dialog->findChild<QLineEdit*>(QStringLiteral("cashTendered"));
    // 5.00 in cash first (typed as a person types): part of the sale, no change.
    QTest::keyClicks(tendered, QStringLiteral("5"), Qt::NoModifier, 60);
    QTest::keyClick(tendered, Qt::Key_Return, Qt::NoModifier, 60);
    QVERIFY(dialog->isVisible());
    const Money rest = *due->minus(Money::fromMinor(500));
    QCOMPARE(dialog->remaining(), rest);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tenderRemaining"))
                ->text()
                .contains(rest.toDisplayString()));
    // The rest by card, with the terminal's reference.
    QTest::keyClick(dialog, Qt::Key_F3);
    auto* reference = dialog->findChild<QLineEdit*>(QStringLiteral("cardReference"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(reference),
                              kTimeout);
    QTest::keyClicks(reference, QStringLiteral("AUTH-5521"), Qt::NoModifier, 60);
    // Press only: the dialog closes (and goes) on it, before any release could reach it.
    QTest::keyPress(reference, Qt::Key_Return, Qt::NoModifier, 60);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 1, kTimeout);
    const CompletedSale split = m_env->runtime->sales().journal().first();
    QCOMPARE(split.total, *due);
    QCOMPARE(split.payments.size(), 2);
    QCOMPARE(toString(split.payments.at(0).tender), QStringLiteral("cash"));
    QCOMPARE(split.payments.at(0).amount, Money::fromMinor(500));
    QCOMPARE(toString(split.payments.at(1).tender), QStringLiteral("card"));
    QCOMPARE(split.payments.at(1).amount, rest);
    QCOMPARE(split.payments.at(1).reference, QStringLiteral("AUTH-5521"));

    // Cash with change: 20.00 handed over for the next sale.
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    scan(kMug);
    waitForPass();
    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page()->findChild<TenderDialog*>()) && dialog->isVisible(),
                             kTimeout);
    tendered = dialog->findChild<QLineEdit*>(QStringLiteral("cashTendered"));
    QTest::keyClicks(tendered, QStringLiteral("20"), Qt::NoModifier, 60);
    const Money change = *Money::fromMinor(2000).minus(*due);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("cashChange"))
                ->text()
                .contains(change.toDisplayString()));
    QTest::keyPress(tendered, Qt::Key_Return, Qt::NoModifier, 60);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 2, kTimeout);
    // Both sales have the test's fixed time: find the second by its id.
    const QList<CompletedSale> both = m_env->runtime->sales().journal();
    const CompletedSale cash =
        both.first().ticket.id == split.ticket.id ? both.last() : both.first();
    QCOMPARE(cash.payments.size(), 1);
    QCOMPARE(cash.payments.first().tendered, Money::fromMinor(2000));
    QCOMPARE(cash.payments.first().amount, *due);
    QCOMPARE(changeDue(cash.payments), std::optional(change));
    QVERIFY(label("scanMessage")->text().contains(change.toDisplayString()));
}

QTEST_MAIN(TestSaleFinish)
#include "tst_salefinish.moc"
