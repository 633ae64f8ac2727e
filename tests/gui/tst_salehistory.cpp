// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sale history page as a cashier uses it: sales finished over real HTTP to the embedded
// sandbox, searched by number, date and amount, the receipt shown and reprinted (a real PDF,
// read back with pdftotext), returns of part of a sale and then of the rest, a scanner burst
// that changes nothing, the return opened from the Sale page, and the window on a 1024x768
// till screen remembering its size.
#include "salepagefixture.h"

#include "dialogs.h"
#include "pages/historypage.h"
#include "receipt/receipt.h"
#include "widgets/moneyedit.h"
#include "widgets/receiptoutput.h"
#include "widgets/returndialog.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using Page = MainWindow::Page;

class TestSaleHistory : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init();
    void cleanup();

    void listsNewestFirstAndSearches();
    void wrongAmountSearchesNothing();
    void selectedSaleShowsItsReceiptAndReprints();
    void returnOfPartThenOnlyTheRest();
    void scanInTheReturnDialogChangesNothing();
    void salePageOpensTheReturn();
    void windowFitsATillScreenAndRemembersItsSize();

private:
    HistoryPage* history() const { return m_window->historyPage(); }
    // Finishes a sale of `codes` (each scanned once; `quantity` for the first line) through a
    // detached session, as checkstand-ctl does; `minute` after the fixed test time.
    void recordSale(const QStringList& codes, int minute, CompletedSale* out, qint64 quantity = 1);
    void showHistory();
    QString number(int row) const { return history()->model()->index(row, 0).data().toString(); }
    int rowCount() const { return history()->model()->rowCount(); }
    void searchFor(QLineEdit* field, const QString& text);
    static QString pdfText(const QString& path);

    QTemporaryDir m_receipts;
};

void TestSaleHistory::init() {
    SalePageFixture::init();
    QVERIFY(m_receipts.isValid());
    ui::setReceiptOutputDirectoryForTesting(m_receipts.path());
}

void TestSaleHistory::cleanup() {
    ui::setReceiptOutputDirectoryForTesting(QString());
    dialogs::resetForTesting();
    SalePageFixture::cleanup();
}

void TestSaleHistory::recordSale(const QStringList& codes, int minute, CompletedSale* out,
                                 qint64 quantity) {
    Runtime& runtime = *m_env->runtime;
    runtime.setClock(Clock::fixed(testing::fixedNow().addSecs(60 * minute)));
    SaleSession session(runtime.saleServices(), SaleSession::Persistence::Detached);
    session.newSale();
    for (const QString& code : codes)
        QVERIFY2(session.scan(code).added, qPrintable(code));
    if (quantity != 1)
        QVERIFY(session.setQuantity(session.ticket().lines.first().lineId, quantity));
    QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), kTimeout);

    bool decided = false;
    bool allowed = false;
    connect(&session, &SaleSession::finalisationDecided, this,
            [&](const orderchecker::Decision& decision) {
                decided = true;
                allowed = decision.allowed;
            });
    std::optional<CompletedSale> completed;
    connect(&session, &SaleSession::saleCompleted, this,
            [&](const CompletedSale& sale) { completed = sale; });
    session.requestFinalisation();
    QTRY_VERIFY_WITH_TIMEOUT(decided, kTimeout);
    QVERIFY(allowed);
    QVERIFY(session.complete(Tender::Cash));
    QVERIFY(completed.has_value());
    *out = *completed;
}

void TestSaleHistory::showHistory() {
    m_window->showPage(Page::History);
    QVERIFY(m_window->currentPage() == Page::History);
    QTRY_VERIFY_WITH_TIMEOUT(history()->isVisible(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(history()->numberField()), kTimeout);
}

void TestSaleHistory::searchFor(QLineEdit* field, const QString& text) {
    field->setFocus(Qt::OtherFocusReason);
    field->clear();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString TestSaleHistory::pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

void TestSaleHistory::listsNewestFirstAndSearches() {
    CompletedSale coffee, mug, both;
    recordSale({kCoffee}, 1, &coffee);
    recordSale({kMug}, 2, &mug);
    recordSale({kCoffee, kMug}, 3, &both);
    // As priced: 8.99 + 0.18 tax + 12.50 + 1.03 tax.
    QCOMPARE(both.total, Money::fromMinor(2270));
    showHistory();

    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 3, kTimeout);
    QCOMPARE(number(0), both.ticket.retailerOrderId);
    QCOMPARE(number(1), mug.ticket.retailerOrderId);
    QCOMPARE(number(2), coffee.ticket.retailerOrderId);
    QCOMPARE(history()->model()->index(0, 4).data().toString(), QStringLiteral("$22.70"));
    QCOMPARE(history()->model()->index(0, 3).data().toString(), QStringLiteral("Cash"));

    // Part of a number: the last digits, as printed under the barcode.
    const QString part = mug.ticket.retailerOrderId.right(6);
    searchFor(history()->numberField(), part);
    QCOMPARE(rowCount(), 1);
    QCOMPARE(number(0), mug.ticket.retailerOrderId);
    QVERIFY(history()->messageText().isEmpty());
    searchFor(history()->numberField(), QString());
    QCOMPARE(rowCount(), 3);

    // A range that ends before today finds none, and says so in words.
    history()->fromField()->setDate(QDate(2026, 3, 1));
    history()->toField()->setDate(QDate(2026, 3, 14));
    history()->search();
    QCOMPARE(rowCount(), 0);
    QCOMPARE(history()->messageText(), QStringLiteral("No sale matches."));
    history()->toField()->setDate(QDate(2026, 3, 15));
    history()->search();
    QCOMPARE(rowCount(), 3);

    // An amount: exactly that total.
    searchFor(history()->amountField(), QStringLiteral("22.70"));
    QCOMPARE(rowCount(), 1);
    QCOMPARE(number(0), both.ticket.retailerOrderId);
    searchFor(history()->amountField(), QStringLiteral("22.71"));
    QCOMPARE(rowCount(), 0);
    QCOMPARE(history()->messageText(), QStringLiteral("No sale matches."));
}

void TestSaleHistory::wrongAmountSearchesNothing() {
    CompletedSale sale;
    recordSale({kMug}, 1, &sale);
    showHistory();
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 1, kTimeout);
    searchFor(history()->amountField(), QStringLiteral("12.345") /* more decimals than USD has */);
    // An error in red, and the list is not replaced by one for another amount.
    QVERIFY2(history()->messageText().startsWith(QStringLiteral("Amount: ")),
             qPrintable(history()->messageText()));
    QVERIFY(history()
                ->findChild<QLabel*>(QStringLiteral("historyMessage"))
                ->styleSheet()
                .contains(QStringLiteral("#b00020")));
    QCOMPARE(rowCount(), 1);
}

void TestSaleHistory::selectedSaleShowsItsReceiptAndReprints() {
    CompletedSale sale;
    recordSale({kCoffee, kMug}, 1, &sale);
    const QString saleNumber = sale.ticket.retailerOrderId;
    showHistory();
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 1, kTimeout);
    QVERIFY(history()->receiptPreview().isEmpty());
    // Keyboard only: Down from the number field goes to the results and picks the newest.
    history()->numberField()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(history()->numberField(), Qt::Key_Down);
    QVERIFY(history()->table()->hasFocus());
    QCOMPARE(history()->selectedSaleId(), sale.ticket.id);
    QVERIFY2(history()->receiptPreview().contains(saleNumber),
             qPrintable(history()->receiptPreview()));
    QVERIFY(history()->receiptPreview().contains(QStringLiteral("22.70")));

    // F8 reprints (through the output seam: a PDF instead of the print dialog).
    history()->table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(history()->table(), Qt::Key_F8);
    const QString pdf = ui::lastReceiptPdfForTesting();
    QVERIFY2(!pdf.isEmpty(), qPrintable(history()->messageText()));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(history()->messageText().contains(saleNumber));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(saleNumber), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("REPRINT")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TRAINING")), qPrintable(text));
}

void TestSaleHistory::returnOfPartThenOnlyTheRest() {
    CompletedSale sale;
    recordSale({kCoffee, kMug}, 1, &sale, 3); // 3 coffee, 1 mug
    showHistory();
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 1, kTimeout);
    history()->table()->selectRow(0);
    QVERIFY(history()->model()->index(0, 5).data().toString().isEmpty());

    QTest::keyClick(history()->table(), Qt::Key_F9);
    ReturnDialog* dialog = history()->returnDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
    QCOMPARE(dialog->plan().lines.size(), 2);
    // No default button: Enter in a quantity or the reason records nothing.
    QVERIFY(!dialog->recordButton()->isDefault());
    int coffeeRow = -1;
    for (int row = 0; row < dialog->plan().lines.size(); ++row) {
        if (dialog->plan().lines.at(row).sku == QStringLiteral("COF-250"))
            coffeeRow = row;
    }
    QVERIFY(coffeeRow >= 0);
    QSpinBox* coffee = dialog->quantityBox(coffeeRow);
    QCOMPARE(coffee->maximum(), 3);
    QCOMPARE(dialog->quantityBox(1 - coffeeRow)->maximum(), 1);
    QVERIFY(!coffee->accessibleName().isEmpty());
    QVERIFY(!dialog->reasonField()->accessibleName().isEmpty());
    coffee->setValue(1);
    QVERIFY2(dialog->refundText() != QStringLiteral("Refund: $0.00"),
             qPrintable(dialog->refundText()));

    // No reason: said in the dialog, nothing written.
    dialog->recordButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("reason")),
             qPrintable(dialog->messageText()));
    QVERIFY(m_env->runtime->sales().returnsOf(sale.ticket.id).isEmpty());
    QVERIFY(ui::lastReceiptPdfForTesting().isEmpty());

    // Enter in a quantity never records.
    dialog->reasonField()->setText(QStringLiteral("Wrong roast"));
    coffee->setFocus(Qt::OtherFocusReason);
    QTest::keyPress(coffee, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_env->runtime->sales().returnsOf(sale.ticket.id).isEmpty());

    // Enter on the focused Record button records it, prints its receipt and closes.
    QSignalSpy recorded(dialog, &ReturnDialog::returnRecorded);
    dialog->recordButton()->setFocus(Qt::OtherFocusReason);
    QTest::keyPress(dialog->recordButton(), Qt::Key_Return);
    QCOMPARE(recorded.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!history()->returnDialog(), kTimeout);
    const QList<SaleReturn> returns = m_env->runtime->sales().returnsOf(sale.ticket.id);
    QCOMPARE(returns.size(), 1);
    QCOMPARE(returns.first().lines.size(), 1);
    QCOMPARE(returns.first().lines.first().sku, QStringLiteral("COF-250"));
    QCOMPARE(returns.first().lines.first().quantity, 1);
    QCOMPARE(returns.first().reason, QStringLiteral("Wrong roast"));
    QVERIFY(!ui::lastReceiptPdfForTesting().isEmpty());

    // The list shows what was refunded, and the sale's returns are listed with it.
    QTRY_COMPARE_WITH_TIMEOUT(history()->model()->index(0, 5).data().toString(),
                              returns.first().total.toDisplayString(), kTimeout);
    QVERIFY(history()->messageText().contains(returns.first().number));
    QCOMPARE(history()->selectedSaleId(), sale.ticket.id);
    auto* listed = history()->findChild<QListWidget*>(QStringLiteral("historyReturns"));
    QCOMPARE(listed->count(), 1);
    QVERIFY(listed->item(0)->text().contains(returns.first().number));

    // A second return takes at most what is left.
    dialog = history()->returnSelected();
    QVERIFY(dialog);
    QCOMPARE(dialog->quantityBox(coffeeRow)->maximum(), 2);
    QCOMPARE(dialog->quantityBox(1 - coffeeRow)->maximum(), 1);
    QCOMPARE(dialog->plan().lines.at(coffeeRow).returned, 1);
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!history()->returnDialog(), kTimeout);
    QCOMPARE(m_env->runtime->sales().returnsOf(sale.ticket.id).size(), 1);
}

void TestSaleHistory::scanInTheReturnDialogChangesNothing() {
    CompletedSale sale;
    recordSale({kCoffee}, 1, &sale, 2);
    showHistory();
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), 1, kTimeout);
    history()->table()->selectRow(0);
    ReturnDialog* dialog = history()->returnSelected();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
    QSpinBox* quantity = dialog->quantityBox(0);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(quantity),
                              kTimeout);

    // A barcode burst into the quantity: back to what it was, the code said, nothing recorded.
    QTest::keyClicks(quantity, kMug, Qt::NoModifier, 5);
    QTest::keyClick(quantity, Qt::Key_Return, Qt::NoModifier, 5);
    QCOMPARE(quantity->value(), 0);
    QVERIFY2(dialog->messageText().contains(kMug), qPrintable(dialog->messageText()));
    QVERIFY(dialog->isVisible());

    // And into the reason: its text is taken out again.
    dialog->reasonField()->setFocus(Qt::OtherFocusReason);
    dialog->reasonField()->setText(QStringLiteral("Damaged"));
    QTest::keyClicks(dialog->reasonField(), kCoffee, Qt::NoModifier, 5);
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return, Qt::NoModifier, 5);
    QCOMPARE(dialog->reasonField()->text(), QStringLiteral("Damaged"));
    QVERIFY(dialog->isVisible());
    QVERIFY(m_env->runtime->sales().returnsOf(sale.ticket.id).isEmpty());

    // F10 is the deliberate key.
    quantity->setValue(2);
    QTest::keyPress(dialog, Qt::Key_F10);
    QTRY_VERIFY_WITH_TIMEOUT(!history()->returnDialog(), kTimeout);
    const QList<SaleReturn> returns = m_env->runtime->sales().returnsOf(sale.ticket.id);
    QCOMPARE(returns.size(), 1);
    QCOMPARE(returns.first().lines.first().quantity, 2);
}

void TestSaleHistory::salePageOpensTheReturn() {
    CompletedSale sale;
    recordSale({kMug}, 1, &sale);
    const QString saleNumber = sale.ticket.retailerOrderId;
    QVERIFY(m_window->currentPage() == Page::Sale);

    Q_EMIT page()->returnRequested(saleNumber);
    QVERIFY(m_window->currentPage() == Page::History);
    ReturnDialog* dialog = history()->returnDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
    QCOMPARE(dialog->plan().sale.ticket.retailerOrderId, saleNumber);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeModalWidget(), static_cast<QWidget*>(dialog),
                              kTimeout);
    QCOMPARE(history()->selectedSaleId(), sale.ticket.id);
    QCOMPARE(history()->numberField()->text(), saleNumber);
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!history()->returnDialog(), kTimeout);

    // A number this terminal never sold: said in words, no dialog.
    m_window->showPage(Page::Sale);
    Q_EMIT page()->returnRequested(QStringLiteral("store-999-000001"));
    QVERIFY(m_window->currentPage() == Page::History);
    QVERIFY(!history()->returnDialog());
    QVERIFY2(history()->messageText().contains(QStringLiteral("store-999-000001")),
             qPrintable(history()->messageText()));
}

void TestSaleHistory::windowFitsATillScreenAndRemembersItsSize() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    // main() gives the offscreen platform a till's 1024x768 screen.
    QCOMPARE(screen->geometry().size(), QSize(1024, 768));
    const QRect available = screen->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())));
    QVERIFY(m_window->minimumWidth() <= 1000);
    QVERIFY(m_window->minimumHeight() <= 700);

    // Ctrl+6: the history page.
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QVERIFY(m_window->currentPage() == Page::History);

    // The size the operator chose comes back at the next start.
    m_window->resize(900, 640);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), QSize(900, 640), kTimeout);
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    QCOMPARE(m_window->size(), QSize(900, 640));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(available.contains(m_window->frameGeometry()));

    // And so does maximised.
    m_window->showMaximized();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isMaximized(), kTimeout);
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->isMaximized());
}

// QTEST_MAIN, with the offscreen platform given a 1024x768 screen (its default is 800x600).
int main(int argc, char** argv) {
    QTemporaryDir screenDir;
    if (!screenDir.isValid())
        return 1;
    const QString config = screenDir.filePath(QStringLiteral("screen.json"));
    QJsonObject screen{{QStringLiteral("name"), QStringLiteral("till")},
                       {QStringLiteral("x"), 0},
                       {QStringLiteral("y"), 0},
                       {QStringLiteral("width"), 1024},
                       {QStringLiteral("height"), 768},
                       {QStringLiteral("logicalDpi"), 96},
                       {QStringLiteral("logicalBaseDpi"), 96},
                       {QStringLiteral("dpr"), 1}};
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson()) <
            0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));

    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QApplication::setQuitOnLastWindowClosed(false);
    TestSaleHistory test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_salehistory.moc"
