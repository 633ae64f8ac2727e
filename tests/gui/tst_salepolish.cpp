// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sale page's rough edges from issues #16 and #11, as a cashier or a trainer meets them on
// the training sandbox: the Recall list's payable total, gap-free sale numbers, verdicts that
// name the item, "Check again" after an Order Checker failure, Ctrl+N, and the training
// banner's "out of stock".
#include "salepagefixture.h"

#include "widgets/salebottombar.h"
#include "widgets/sandboxbanner.h"

#include <QInputDialog>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>

namespace {

// "store-001-000042" -> "store-001-000043".
QString numberAfter(const QString& number) {
    const qsizetype dash = number.lastIndexOf(u'-');
    const QString digits = number.mid(dash + 1);
    return number.left(dash + 1) +
           QString::number(digits.toLongLong() + 1).rightJustified(digits.size(), u'0');
}

} // namespace

class TestSalePolish : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init() { SalePageFixture::init(); }
    void cleanup() { SalePageFixture::cleanup(); }

    void recallListShowsThePayableTotal();
    void recallOverAnEmptySaleLeavesNoGap();
    void spareNumberSurvivesARestartAndIsHandedOutOnce();
    void checkerFailureOffersCheckAgain();
    void ctrlNStartsANewSale();
    void bannerMarksAnItemOutOfStockAndTheVerdictNamesIt();

private:
    QPushButton* button(const char* name) const {
        return page()->findChild<QPushButton*>(QLatin1String(name));
    }
    RecallDialog* openRecall() {
        pressKey(Qt::Key_F7);
        RecallDialog* dialog = nullptr;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = page()->findChild<RecallDialog*>()) && dialog->isVisible(), kTimeout);
        }();
        return dialog;
    }
    QString verdict() const { return label("finalizeReason")->text(); }
};

void TestSalePolish::recallListShowsThePayableTotal() {
    scan(kCoffee);
    scan(kWater);
    waitForPass();
    QVERIFY(session().pricing());
    const std::optional<Money> payable = session().payableTotal();
    QVERIFY(payable);
    const std::optional<Money> items = session().ticket().total();
    QVERIFY(items);
    // The case of the issue: tax (and a deposit) make what the customer pays differ.
    QVERIFY(*payable != *items);
    const QString pricedNumber = session().ticket().retailerOrderId;
    pressKey(Qt::Key_F6);
    QCOMPARE(lines()->rowCount(), 0);

    // A sale parked before the pricing service answered has no payable total: it says so.
    sandbox().setScenario(service::aifi, sandbox::Scenario::ServerError);
    scan(kMug);
    waitForPass();
    QVERIFY(!session().pricing());
    const QString unpricedNumber = session().ticket().retailerOrderId;
    pressKey(Qt::Key_F6);

    RecallDialog* dialog = openRecall();
    QVERIFY(dialog);
    QTableWidget* list = dialog->table();
    QCOMPARE(list->rowCount(), 2);
    // Both parked at the test's fixed time: found by number, whatever their order.
    QHash<QString, QString> totals;
    for (int row = 0; row < list->rowCount(); ++row)
        totals.insert(list->item(row, 0)->text(), list->item(row, 3)->text());
    QCOMPARE(totals.value(pricedNumber), payable->toDisplayString());
    QCOMPARE(totals.value(unpricedNumber), QStringLiteral("$12.50 before tax"));
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<RecallDialog*>(), kTimeout);
}

void TestSalePolish::recallOverAnEmptySaleLeavesNoGap() {
    scan(kCoffee);
    const QString parkedNumber = session().ticket().retailerOrderId;
    pressKey(Qt::Key_F6);
    const QString emptyNumber = session().ticket().retailerOrderId;
    QCOMPARE(emptyNumber, numberAfter(parkedNumber));
    QVERIFY(session().ticket().lines.isEmpty());

    RecallDialog* dialog = openRecall();
    QVERIFY(dialog);
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(session().ticket().retailerOrderId, parkedNumber, kTimeout);
    waitForPass();

    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), 1, kTimeout);
    // The number the empty sale had is the next sale's, not the one after it.
    QTRY_COMPARE_WITH_TIMEOUT(session().ticket().retailerOrderId, emptyNumber, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    // And it was given out once: the sale after it continues the sequence.
    scan(kMug);
    pressKey(Qt::Key_F6);
    QCOMPARE(session().ticket().retailerOrderId, numberAfter(emptyNumber));
}

void TestSalePolish::spareNumberSurvivesARestartAndIsHandedOutOnce() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sales.db"));
    const QString store = QStringLiteral("s");
    {
        SalesStore sales;
        QVERIFY(sales.open(path));
        QCOMPARE(sales.nextRetailerOrderId(store), QStringLiteral("s-000001"));
        QCOMPARE(sales.nextRetailerOrderId(store), QStringLiteral("s-000002"));
        // Never given out: refused.
        QVERIFY(!sales.returnUnusedOrderId(QStringLiteral("s-000003")));
        QVERIFY(!sales.returnUnusedOrderId(QStringLiteral("not a number")));
        // A number still on a record (here a parked sale) is not unused.
        const Ticket parked = Ticket::create(QStringLiteral("s-000001"), QStringLiteral("USD"),
                                             QDateTime::currentDateTime());
        QVERIFY(sales.park(parked, QDateTime::currentDateTime()));
        QVERIFY(!sales.returnUnusedOrderId(QStringLiteral("s-000001")));
        QVERIFY(sales.returnUnusedOrderId(QStringLiteral("s-000002")));
        // One spare at most: a second give-back is refused, never a number kept twice.
        QVERIFY(!sales.returnUnusedOrderId(QStringLiteral("s-000002")));
        QVERIFY(!sales.lastError().failed());
    }
    SalesStore sales;
    QVERIFY(sales.open(path));
    QCOMPARE(sales.nextRetailerOrderId(store), QStringLiteral("s-000002"));
    QCOMPARE(sales.nextRetailerOrderId(store), QStringLiteral("s-000003"));
    const QList<ParkedSale> parked = sales.parked();
    QCOMPARE(parked.size(), 1);
    QVERIFY(!parked.first().totalIsPayable); // parked without a payable total
}

void TestSalePolish::checkerFailureOffersCheckAgain() {
    AppSettings& settings = m_env->runtime->settings();
    settings.setValue(settingskey::allowSalesOnApiErrors, false);
    sandbox().setScenario(service::orderChecker, sandbox::Scenario::ServerError);
    QPushButton* again = button("checkAgainButton");
    QVERIFY(again);
    scan(kCoffee);
    QTRY_VERIFY_WITH_TIMEOUT(session().checkState() == CheckState::Failed, kTimeout);
    QVERIFY(again->isVisible());
    QVERIFY2(verdict().contains(QStringLiteral("The sale cannot finish until the check works.")),
             qPrintable(verdict()));
    settings.setValue(settingskey::allowSalesOnApiErrors, true);
    QVERIFY2(verdict().contains(QStringLiteral("The store allows finishing without the check.")),
             qPrintable(verdict()));
    settings.setValue(settingskey::allowSalesOnApiErrors, false);

    // The checker is back: "Check again" sends the same cart, and the sale can finish.
    waitForPass();
    sandbox().setScenario(service::orderChecker, sandbox::Scenario::Normal);
    const qsizetype before = sandbox().requests(service::orderChecker).size();
    const quint64 revision = session().revision();
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sandbox().requests(service::orderChecker).size() > before, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(session().checkState() == CheckState::Checked, kTimeout);
    QCOMPARE(session().revision(), revision); // the cart itself did not change
    QTRY_VERIFY_WITH_TIMEOUT(verdict().contains(QStringLiteral("Ready to finish")), kTimeout);
    QVERIFY(!again->isVisible());
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
}

void TestSalePolish::ctrlNStartsANewSale() {
    QVERIFY(button("newSaleButton")->text().contains(QStringLiteral("Ctrl+N")));
    // On a sale with no items it keeps the number: no gap.
    const QString first = session().ticket().retailerOrderId;
    const QString firstId = session().ticket().id;
    pressKey(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(label("scanMessage")->text(), QStringLiteral("New sale started."));
    QCOMPARE(session().ticket().retailerOrderId, first);
    QVERIFY(session().ticket().id != firstId);

    // With items, it parks the sale first, as the New sale button does.
    scan(kMug);
    pressKey(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(lines()->rowCount(), 0);
    QCOMPARE(m_env->runtime->sales().parked().size(), 1);
    QCOMPARE(m_env->runtime->sales().parked().first().retailerOrderId, first);
    QVERIFY(label("scanMessage")->text().contains(QStringLiteral("parked")));
    QCOMPARE(session().ticket().retailerOrderId, numberAfter(first));
    QCOMPARE(focused(), static_cast<QWidget*>(scanField()));
}

void TestSalePolish::bannerMarksAnItemOutOfStockAndTheVerdictNamesIt() {
    SandboxBanner* banner = m_window->sandboxBanner();
    QVERIFY(banner);
    auto* extras = banner->findChild<QToolButton*>(QStringLiteral("sandboxOrderCheckerExtras"));
    QVERIFY(extras && extras->menu());
    QAction* outOfStock = extras->menu()->findChild<QAction*>(QStringLiteral("sandboxOutOfStock"));
    QVERIFY(outOfStock);
    outOfStock->trigger();
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = banner->findChild<QInputDialog*>(QStringLiteral("sandboxOutOfStockDialog"))) &&
            dialog->isVisible(),
        kTimeout);
    dialog->setTextValue(QStringLiteral(" COF-250 "));
    dialog->accept();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* summary = banner->findChild<QLabel*>(QStringLiteral("sandboxScenarioSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("COF-250")), qPrintable(summary->text()));

    refocusScanField();
    scan(kMug);
    scan(kCoffee);
    scan(kCoffee);
    waitForCheck();
    waitForPass();
    const QString coffee = session().ticket().lines.at(1).name;
    const QString mug = session().ticket().lines.at(0).name;
    QCOMPARE(session().ticket().lines.at(1).sku, QStringLiteral("COF-250"));
    // The verdict names the item (each of its lines), not only "Out of stock".
    const QString named = QStringLiteral("Out of stock: %1 (1 wanted), %1 (1 wanted)").arg(coffee);
    QTRY_VERIFY_WITH_TIMEOUT(verdict().contains(named), kTimeout);
    QVERIFY2(verdict().contains(QStringLiteral("blocks")), qPrintable(verdict()));
    QVERIFY2(!verdict().contains(mug), qPrintable(verdict()));

    // The final check says the same.
    pressKey(Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(!session().isFinalising(), kTimeout);
    QVERIFY2(verdict().contains(named), qPrintable(verdict()));
    QVERIFY(m_env->runtime->sales().journal().isEmpty());

    // Back in stock: the next check lets the sale finish.
    QAction* back = extras->menu()->findChild<QAction*>(QStringLiteral("sandboxBackInStock"));
    QVERIFY(back);
    back->trigger();
    QVERIFY(!summary->text().contains(QStringLiteral("COF-250")));
    QVERIFY(session().setQuantity(session().ticket().lines.at(0).lineId, 2));
    waitForPass();
    QTRY_VERIFY_WITH_TIMEOUT(verdict().contains(QStringLiteral("Ready to finish")), kTimeout);
}

QTEST_MAIN(TestSalePolish)
#include "tst_salepolish.moc"
