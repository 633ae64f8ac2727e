// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sale page's pricing as a cashier sees it: taxes and deposits per line and in the totals,
// prices the service refused (stale, blocking unless allowed), pricing under way; over real
// HTTP to the embedded sandbox. Finishing a sale: tst_salefinish.cpp.
#include "salepagefixture.h"

class TestSalePricing : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init() { SalePageFixture::init(); }
    void cleanup() { SalePageFixture::cleanup(); }

    void pricedCartShowsTaxesAndDeposits();
    void refusedPricingIsStaleAndBlocksUnlessAllowed();
    void pricingUnderWayIsShown();
    void screenshotOfAPricedSale();
};

void TestSalePricing::pricedCartShowsTaxesAndDeposits() {
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

void TestSalePricing::refusedPricingIsStaleAndBlocksUnlessAllowed() {
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

void TestSalePricing::pricingUnderWayIsShown() {
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
void TestSalePricing::screenshotOfAPricedSale() {
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

QTEST_MAIN(TestSalePricing)
#include "tst_salepricing.moc"
