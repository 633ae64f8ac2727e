// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and dialog walked with the keyboard only, offscreen, on the training sandbox: where
// the keyboard lands after Ctrl+1..Ctrl+6, a sign-in, a dialog or an error, what Tab, Enter and
// Escape do. Each test is named after what a cashier tripped over before it was fixed.

#include "salepagefixture.h"

#include "dialogs.h"
#include "endofday/endofday.h"
#include "models/outboxmodel.h"
#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "pages/historypage.h"
#include "pages/membershipspage.h"
#include "pages/outboxpage.h"
#include "pages/settingspage.h"
#include "palette.h"
#include "secrets/memorysecretstore.h"
#include "ticket/completedsale.h"
#include "widgets/discarddialog.h"
#include "widgets/lockscreen.h"
#include "widgets/moneyedit.h"
#include "widgets/overridedialog.h"
#include "widgets/reportdialog.h"
#include "widgets/returndialog.h"
#include "widgets/tilldialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QScrollArea>
#include <QToolButton>

namespace {

// A variant Elevate's feed does not have: the sandbox rejects its notification (HTTP 400).
const QString kNotInFeed = QStringLiteral("not-in-feed");

} // namespace

class TestKeyboardWalk : public SalePageFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SalePageFixture::initTestCase(); }
    void init() { SalePageFixture::init(); }
    void cleanup();

    void financingErrorShowsOnlyOnceTheFieldIsLeft();
    void pageShortcutLandsInTheFirstFieldNotOnTheScrollArea();
    void signInLandsInThePagesFirstField();
    void settingsFirstTabAndFailedSaveReachTheFields();
    void tabFromTheCartReachesTheCustomerFields();
    void paymentDialogTabFollowsTheDialog();
    void outboxTableSelectsItsRowAndKeepsTheKeyboard();
    void overrideEnterGoesOnToTheNextField();
    void importFromAnotherPageLeavesTheKeyboardThere();
    void tillDialogsGiveTheKeyboardBack();
    void returnDialogEnterAndErrorsMoveTheKeyboard();
    void enterOnMembershipsScrollsToTheFirstError();

private:
    // Ctrl+digit, as the cashier presses it, wherever the focus is.
    void goTo(Qt::Key digit) { QTest::keyClick(m_window.get(), digit, Qt::ControlModifier); }
    static QWidget* child(const QWidget* root, const char* name) {
        return root->findChild<QWidget*>(QLatin1String(name));
    }
    QWidget* financing(const char* name) const { return child(m_window->financingPage(), name); }
    outbox::State stateOf(qint64 id) const {
        const std::optional<outbox::Entry> e = m_env->runtime->outbox().entry(id);
        return e ? e->state : outbox::State::Queued;
    }
};

void TestKeyboardWalk::cleanup() {
    dialogs::resetForTesting();
    DiscardDialog::clearNextAnswer();
    OverrideDialog::clearNextAnswer();
    SalePageFixture::cleanup();
}

// Memberships: Enter put the keyboard in the first field with an error (the card, below the
// fold at 1024x768) without scrolling to it, so the cashier typed into a field not on screen.
void TestKeyboardWalk::enterOnMembershipsScrollsToTheFirstError() {
    m_window->resize(1024, 768);
    goTo(Qt::Key_3);
    QWidget* page = m_window->membershipsPage();
    auto* first = qobject_cast<QLineEdit*>(child(page, "firstName"));
    QVERIFY(first);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(first), kTimeout);
    auto* area = page->findChild<QScrollArea*>();
    QVERIFY(area && area->widget());
    QWidget* cvc = child(page, "cvc");
    QVERIFY(cvc);
    const auto inView = [area](QWidget* w) {
        const QRect r(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
        return area->viewport()->rect().contains(r);
    };
    area->ensureWidgetVisible(first);
    QVERIFY2(!inView(cvc), "the CVC field must start below the fold for this test to mean much");
    // Focused by the code, not by Tab (as Enter on the form does for the first error).
    cvc->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), cvc, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(inView(cvc), kTimeout);
}

// Financing: the e-mail turned red while it was still being typed.
void TestKeyboardWalk::financingErrorShowsOnlyOnceTheFieldIsLeft() {
    goTo(Qt::Key_2);
    auto* email = qobject_cast<QLineEdit*>(financing("email"));
    auto* error = qobject_cast<QLabel*>(financing("emailError"));
    QVERIFY(email && error);
    email->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(email), kTimeout);

    // A fresh form is unfinished, not wrong: its hint is not in the error colour.
    auto* summary = qobject_cast<QLabel*>(financing("formErrors"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("Complete the form")),
             qPrintable(summary->text()));
    QVERIFY2(!summary->styleSheet().contains(palette::errorColor().name(), Qt::CaseInsensitive),
             qPrintable(summary->styleSheet()));

    // In the field, typing: no red, however unfinished the address is.
    QTest::keyClicks(email, QStringLiteral("jane@example"));
    QVERIFY(!error->isVisible());
    // Left with Tab: now it says what is wrong.
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
    QVERIFY2(error->text().contains(QStringLiteral("e-mail address")), qPrintable(error->text()));

    // Back in it: the error goes as soon as the address is right...
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), static_cast<QWidget*>(email));
    QTest::keyClick(email, Qt::Key_End);
    QTest::keyClicks(email, QStringLiteral(".com"));
    QVERIFY(!error->isVisible());
    // ...and typing it wrong again stays quiet until the field is left.
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("jane@"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
}

// Ctrl+2, Ctrl+3: the keyboard went to the page's scroll area (a Tab stop that shows nothing),
// so the first key typed went nowhere.
void TestKeyboardWalk::pageShortcutLandsInTheFirstFieldNotOnTheScrollArea() {
    goTo(Qt::Key_2);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), financing("channel"), kTimeout);
    goTo(Qt::Key_3);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), child(m_window->membershipsPage(), "firstName"), kTimeout);
    goTo(Qt::Key_4);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), child(m_window->outboxPage(), "outboxTable"), kTimeout);
    goTo(Qt::Key_6);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), child(m_window->historyPage(), "historyNumber"), kTimeout);
    goTo(Qt::Key_1);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

// After signing in on the lock screen, the page on screen gets the keyboard in its first field.
void TestKeyboardWalk::signInLandsInThePagesFirstField() {
    goTo(Qt::Key_2);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), financing("channel"), kTimeout);
    financing("email")->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), financing("email"), kTimeout);

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), kTimeout);
    LockScreen* lock = m_window->lockScreen();
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(lock->numberField()), kTimeout);
    QTest::keyClicks(lock->numberField(), testing::kAdminNumber);
    QTest::keyClick(lock->numberField(), Qt::Key_Return);
    QCOMPARE(focused(), static_cast<QWidget*>(lock->pinField()));
    QTest::keyClicks(lock->pinField(), QString::fromLatin1(testing::kAdminPin));
    QTest::keyClick(lock->pinField(), Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), kTimeout);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Financing);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), financing("channel"), kTimeout);
}

// Settings: the first Tab stop was the scroll area; a Save refused for a field in red left the
// keyboard where it was, the field possibly scrolled out of sight.
void TestKeyboardWalk::settingsFirstTabAndFailedSaveReachTheFields() {
    MemorySecretStore keychain;
    SettingsPage settings(*m_env->runtime, keychain);
    settings.resize(900, 900);
    settings.show();
    QVERIFY(QTest::qWaitForWindowActive(&settings));

    settings.setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(settings.hasFocus(), kTimeout);
    QTest::keyClick(&settings, Qt::Key_Tab);
    QCOMPARE(focused(), child(&settings, "storeId"));

    auto* storeName = qobject_cast<QLineEdit*>(child(&settings, "storeName"));
    QVERIFY(storeName);
    storeName->clear();
    QWidget* elsewhere = child(&settings, "storeAddress");
    elsewhere->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), elsewhere, kTimeout);
    // Leaving Settings, the operator answers Save: nothing is saved, the keyboard is in the field.
    dialogs::setNextAnswerForTesting(QMessageBox::Save);
    QVERIFY(!settings.confirmLeave());
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(storeName), kTimeout);
    QVERIFY(child(&settings, "storeNameError")->isVisible());
    QCOMPARE(m_env->runtime->settings().storeName(), QStringLiteral("Main Street"));
}

// Sale page: Tab from the cart went to the customer panel's scroll area, not to its first field.
void TestKeyboardWalk::tabFromTheCartReachesTheCustomerFields() {
    auto* toggle = page()->findChild<QToolButton*>(QStringLiteral("orderPanelToggle"));
    QVERIFY(toggle);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QWidget* name = child(page(), "customerName");
    QTRY_VERIFY_WITH_TIMEOUT(name->isVisible(), kTimeout);

    refocusScanField();
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget*>(table()));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), name);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child(page(), "customerLastName"));
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), static_cast<QWidget*>(table()));
}

// Payment: Tab went from the cash amount straight to Cancel, and Shift+Tab down to Take cash.
void TestKeyboardWalk::paymentDialogTabFollowsTheDialog() {
    TenderDialog dialog(Money::fromMinor(1234), QStringLiteral("store-001-000042"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QWidget* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), child(&dialog, "cashTendered"), kTimeout);

    for (const char* next : {"cashExact", "cashQuick1", "cashQuick2", "cashQuick3", "takeCash"}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QLatin1String(next));
    }
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), cancel);
    // Up from the amount: the ways to pay, above it.
    child(&dialog, "cashTendered")->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), child(&dialog, "cashTendered"), kTimeout);
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("tenderFinancing"));

    // Card (F3): the reference, the amount, Record card payment, then Cancel.
    QTest::keyClick(focused(), Qt::Key_F3);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), child(&dialog, "cardReference"), kTimeout);
    for (const char* next : {"cardAmount", "takeCard"}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QLatin1String(next));
    }
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape); // nothing taken: it just closes
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kTimeout);
}

// Outbox: Ctrl+4 put the keyboard on the table with no row selected, so Retry, View and Discard
// stayed off; after Discard (Tab to it, Space) its button went off under the keyboard, which
// then fell out of the page.
void TestKeyboardWalk::outboxTableSelectsItsRowAndKeepsTheKeyboard() {
    Runtime& runtime = *m_env->runtime;
    // The outbox judges "due" by the real clock (see tst_outboxpage).
    runtime.setClock(Clock());
    const QDateTime now = QDateTime::currentDateTime();
    CompletedSale sale;
    sale.ticket = Ticket::create(QStringLiteral("store-001-000031"), QStringLiteral("USD"), now);
    TicketLine line;
    line.sku = kNotInFeed;
    line.variantKey = kNotInFeed;
    line.unitPrice = Money::fromMinor(899);
    sale.ticket.lines.append(line);
    sale.total = *sale.ticket.total();
    sale.completedAt = now;
    QVERIFY(runtime.sales().recordCompleted(sale));
    QTRY_VERIFY_WITH_TIMEOUT(!runtime.outbox().entries().isEmpty(), kTimeout);
    const qint64 id = runtime.outbox().entries().first().id;
    runtime.deliveryWorker().flush([](int) {});
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == outbox::State::Rejected, kTimeout);

    OutboxPage* outbox = m_window->outboxPage();
    QTRY_COMPARE_WITH_TIMEOUT(outbox->model()->rowCount(), 1, kTimeout);
    goTo(Qt::Key_4);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(outbox->table()), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->selectedId(), id, kTimeout);
    auto* discard = qobject_cast<QPushButton*>(child(outbox, "discardButton"));
    QVERIFY(discard && discard->isEnabled());

    for (const char* next : {"retryButton", "viewBodyButton", "discardButton"}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QLatin1String(next));
    }
    DiscardDialog::setNextReason(QStringLiteral("Test sale, reported to Elevate by phone"));
    QTest::keyClick(discard, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == outbox::State::Discarded, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!discard->isEnabled(), kTimeout);
    QCOMPARE(focused(), static_cast<QWidget*>(outbox->table()));
    QCOMPARE(outbox->selectedId(), id);
}

// Supervisor override: Enter after the number (or the PIN) said in red what was missing, where
// the lock screen goes on to the next field.
void TestKeyboardWalk::overrideEnterGoesOnToTheNextField() {
    OverrideDialog dialog(m_env->runtime->session(), Action::Void,
                          QStringLiteral("Void sale store-001-000042."), QString(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(dialog.numberField()), kTimeout);

    QTest::keyClicks(dialog.numberField(), testing::kSupervisorNumber);
    QTest::keyClick(dialog.numberField(), Qt::Key_Return);
    QCOMPARE(focused(), static_cast<QWidget*>(dialog.pinField()));
    QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));
    QTest::keyClicks(dialog.pinField(), QString::fromLatin1(testing::kSupervisorPin));
    QTest::keyClick(dialog.pinField(), Qt::Key_Return);
    QCOMPARE(focused(), static_cast<QWidget*>(dialog.reasonField()));
    QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.grant());

    QTest::keyClicks(dialog.reasonField(), QStringLiteral("Rung up twice"));
    QTest::keyClick(dialog.reasonField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), kTimeout);
    QVERIFY(dialog.grant());
    QCOMPARE(dialog.grant()->supervisor.name, QStringLiteral("Sam Supervisor"));
}

// File > Import catalog on another page put the keyboard into the hidden Sale page's scan field:
// what was typed next went into a field nobody saw (and Enter there rang it up).
void TestKeyboardWalk::importFromAnotherPageLeavesTheKeyboardThere() {
    goTo(Qt::Key_2);
    QWidget* firstName = financing("firstName");
    firstName->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), firstName, kTimeout);

    const QString path = m_env->dir.filePath(QStringLiteral("catalog.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sku,barcode,name,price,category,leasable,variant_key,seller_id,weight,height,"
               "length,width,cost\n"
               "PEN-1,,Ballpoint pen,1.20,Office,false,,,0,0,0,0,\n");
    file.close();
    dialogs::setNextFileNameForTesting(path);
    dialogs::setNextAnswerForTesting(QMessageBox::Ok); // the import report
    page()->importCatalogAction()->trigger();
    QCOMPARE(focused(), firstName);
    // The report is answered on the next event-loop turn; the keyboard stays put after it too.
    QTRY_COMPARE_WITH_TIMEOUT(dialogs::askedForTesting().size(), qsizetype(1), kTimeout);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(focused(), firstName);
    QVERIFY(!scanField()->hasFocus());

    goTo(Qt::Key_1);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

// Till menu: once Open shift or the X report closed, the window did not get the keyboard back
// (nothing gives it back offscreen, nor on some window managers): the next scan went nowhere.
void TestKeyboardWalk::tillDialogsGiveTheKeyboardBack() {
    auto* openShift = m_window->findChild<QAction*>(QStringLiteral("openShiftAction"));
    QVERIFY(openShift);
    openShift->trigger();
    CashAmountDialog* shift = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (shift = m_window->findChild<CashAmountDialog*>(QStringLiteral("openShiftDialog"))) &&
            shift->isVisible(),
        kTimeout);
    QVERIFY(QTest::qWaitForWindowActive(shift));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(shift->amountEdit()), kTimeout);
    QTest::keyClicks(shift->amountEdit(), QStringLiteral("100.00"));
    QTest::keyClick(shift->amountEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_window->findChild<CashAmountDialog*>(QStringLiteral("openShiftDialog")), kTimeout);
    QVERIFY(m_env->runtime->endOfDay().currentShift().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);

    m_window->findChild<QAction*>(QStringLiteral("xReportAction"))->trigger();
    ReportDialog* report = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((report = m_window->findChild<ReportDialog*>()) && report->isVisible(),
                             kTimeout);
    QVERIFY(QTest::qWaitForWindowActive(report));
    QTRY_VERIFY_WITH_TIMEOUT(focused() && report->isAncestorOf(focused()), kTimeout);
    QTest::keyClick(report, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<ReportDialog*>(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
}

// Return: Enter in a quantity did nothing at all; "Nothing to return" left the keyboard in the
// reason; once the dialog closed, the history list did not get the keyboard back.
void TestKeyboardWalk::returnDialogEnterAndErrorsMoveTheKeyboard() {
    scan(kCoffee);
    waitForPass();
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    pressKey(Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), qsizetype(1), kTimeout);

    goTo(Qt::Key_6);
    HistoryPage* history = m_window->historyPage();
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(history->numberField()), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, kTimeout);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(focused(), static_cast<QWidget*>(history->table()));
    QTest::keyClick(focused(), Qt::Key_F9);
    ReturnDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = history->returnDialog()) && dialog->isVisible(), kTimeout);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QSpinBox* quantity = dialog->quantityBox(0);
    QVERIFY(quantity);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(quantity), kTimeout);

    // Enter in the (only) quantity goes on to the reason; nothing is recorded.
    QTest::keyClick(quantity, Qt::Key_Return);
    QCOMPARE(focused(), static_cast<QWidget*>(dialog->reasonField()));
    QVERIFY(dialog->isVisible());
    // F10 with nothing chosen: said, and the keyboard goes where the quantities are chosen.
    QTest::keyClick(focused(), Qt::Key_F10);
    QVERIFY2(dialog->messageText().contains(QStringLiteral("Nothing to return")),
             qPrintable(dialog->messageText()));
    QCOMPARE(focused(), static_cast<QWidget*>(quantity));

    // Escape: nothing recorded, and the keyboard is back on the list it came from.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!history->returnDialog(), kTimeout);
    QVERIFY(m_env->runtime->sales()
                .returnsOf(m_env->runtime->sales().journal().first().ticket.id)
                .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(history->table()), kTimeout);
}

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
