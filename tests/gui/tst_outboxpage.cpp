// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Outbox page and the outbox counts in the status bar, with the delivery worker sending to
// the embedded Elevate sandbox over real HTTP: delivered, paused on 403 and resumed, rejected
// on 400, retried, discarded with a reason, and the body shown.

#include "guitestenvironment.h"

#include "dialogs.h"

#include "mainwindow.h"
#include "models/outboxmodel.h"
#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "pages/outboxpage.h"
#include "sandbox/elevatesandbox.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "widgets/discarddialog.h"
#include "widgets/notificationbodydialog.h"
#include "widgets/outboxstatus.h"

#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using outbox::State;
using Page = MainWindow::Page;

namespace {

constexpr int kTimeout = 15000;

const QString kCoffee = QStringLiteral("cof-250-v");
const QString kMug = QStringLiteral("mug-01-v");
const QString kUnknown = QStringLiteral("not-in-feed");

} // namespace

class TestOutboxPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void durationsInWords();
    void emptyOutbox();
    void paidSaleIsListedThenDelivered();
    void statusBarOpensTheOutboxPage();
    void forbiddenPausesUntilResumed();
    void unknownVariantIsRejectedWithTheReason();
    void retryingARejectedOneAsksFirst();
    void discardKeepsTheReason();
    void discardDialogNeedsAReason();
    void viewBodyShowsPrettyJson();

private:
    // A paid sale of one of each variant key, completed `age` seconds before the test's now.
    CompletedSale paidSale(const QStringList& variantKeys, const QString& number, qint64 age = 0);
    // Records the sale and returns its outbox id once the page lists it.
    qint64 record(const CompletedSale& sale);
    int flush();
    // The text of `column` in the row of outbox id `id`.
    QString cell(qint64 id, int column) const;
    // The state the page shows for outbox id `id`, as outbox::toString() names it.
    QString stateShown(qint64 id) const;
    QString stateStored(qint64 id) const;
    QPushButton* button(const char* name) const;

    OutboxPage* page() const { return m_window->outboxPage(); }
    OutboxModel* model() const { return page()->model(); }
    OutboxStatus* status() const { return m_window->outboxStatus(); }
    outbox::Outbox& box() const { return m_env->runtime->outbox(); }
    QFrame* pausedBanner() const {
        return page()->findChild<QFrame*>(QStringLiteral("pausedBanner"));
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestOutboxPage::initTestCase() {
    testing::useUsEnglish();
}

void TestOutboxPage::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    // The outbox and the worker judge "due" and "today" by the real clock; so does the page here
    // (the environment's fixed day would make every age negative). Sales are dated from m_now.
    m_env->runtime->setClock(Clock());
    m_now = QDateTime::currentDateTime();
    m_env->runtime->settings().setValue(settingskey::timeout(service::elevate), 5);
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(Page::Outbox);
}

void TestOutboxPage::cleanup() {
    DiscardDialog::clearNextAnswer();
    dialogs::resetForTesting();
    m_window.reset();
    m_env.reset();
}

CompletedSale TestOutboxPage::paidSale(const QStringList& variantKeys, const QString& number,
                                       qint64 age) {
    const QDateTime at = m_now.addSecs(-age);
    CompletedSale s;
    s.ticket = Ticket::create(number, QStringLiteral("USD"), at);
    for (const QString& key : variantKeys) {
        TicketLine l;
        l.sku = key;
        l.variantKey = key;
        l.unitPrice = Money::fromMinor(899);
        s.ticket.lines.append(l);
    }
    s.total = *s.ticket.total();
    s.completedAt = at;
    return s;
}

qint64 TestOutboxPage::record(const CompletedSale& sale) {
    const int before = model()->rowCount();
    if (!m_env->runtime->sales().recordCompleted(sale))
        return 0;
    if (!QTest::qWaitFor([&] { return model()->rowCount() == before + 1; }, kTimeout))
        return 0;
    return box().entries().first().id;
}

int TestOutboxPage::flush() {
    int left = -1;
    m_env->runtime->deliveryWorker().flush([&](int n) { left = n; });
    if (!QTest::qWaitFor([&] { return left >= 0; }, kTimeout))
        qFatal("flush never finished");
    return left;
}

QString TestOutboxPage::cell(qint64 id, int column) const {
    const int row = model()->rowOf(id);
    return row < 0 ? QStringLiteral("(not listed)") : model()->index(row, column).data().toString();
}

QString TestOutboxPage::stateShown(qint64 id) const {
    const int row = model()->rowOf(id);
    if (row < 0)
        return QStringLiteral("(not listed)");
    return outbox::toString(
        static_cast<State>(model()->index(row, 0).data(OutboxModel::StateRole).toInt()));
}

QString TestOutboxPage::stateStored(qint64 id) const {
    const auto e = box().entry(id);
    return e ? outbox::toString(e->state) : QStringLiteral("(missing)");
}

QPushButton* TestOutboxPage::button(const char* name) const {
    return page()->findChild<QPushButton*>(QLatin1String(name));
}

void TestOutboxPage::durationsInWords() {
    QCOMPARE(OutboxModel::durationText(-5), QStringLiteral("under 1 min"));
    QCOMPARE(OutboxModel::durationText(59), QStringLiteral("under 1 min"));
    QCOMPARE(OutboxModel::durationText(12 * 60 + 30), QStringLiteral("12 min"));
    QCOMPARE(OutboxModel::durationText(3 * 3600), QStringLiteral("3 h"));
    QCOMPARE(OutboxModel::durationText(3 * 3600 + 12 * 60 + 59), QStringLiteral("3 h 12 min"));
    QCOMPARE(OutboxModel::durationText(2 * 86400 + 4 * 3600 + 10), QStringLiteral("2 d 4 h"));
}

void TestOutboxPage::emptyOutbox() {
    auto* table = page()->findChild<QTableView*>(QStringLiteral("outboxTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(table->model()->columnCount(), int(OutboxModel::ColumnCount));
    QVERIFY(!pausedBanner()->isVisible());
    for (const char* name : {"retryButton", "viewBodyButton", "discardButton"}) {
        QVERIFY2(button(name), name);
        QVERIFY2(!button(name)->isEnabled(), name);
    }

    auto* shown = m_window->statusBar()->findChild<QToolButton*>(QStringLiteral("outboxStatus"));
    QCOMPARE(shown, status());
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->text(),
             QStringLiteral("Outbox: 0 queued · 0 retrying · 0 rejected · 0 delivered today"));
    QVERIFY(!status()->needsAttention());
}

void TestOutboxPage::paidSaleIsListedThenDelivered() {
    const CompletedSale sale =
        paidSale({kCoffee, kMug}, QStringLiteral("store-001-000042"), 3 * 3600 + 12 * 60 + 5);
    const qint64 id = record(sale);
    QVERIFY(id > 0);

    QCOMPARE(cell(id, OutboxModel::SaleColumn), QStringLiteral("store-001-000042"));
    QCOMPARE(cell(id, OutboxModel::StateColumn), QStringLiteral("Queued"));
    QCOMPARE(cell(id, OutboxModel::AgeColumn), QStringLiteral("3 h 12 min"));
    QCOMPARE(cell(id, OutboxModel::AttemptsColumn), QStringLiteral("0"));
    QCOMPARE(cell(id, OutboxModel::ErrorColumn), QString());
    QCOMPARE(cell(id, OutboxModel::NextAttemptColumn), QStringLiteral("Now"));
    QCOMPARE(cell(id, OutboxModel::AdviceColumn),
             QStringLiteral("Nothing to do: it is sent by itself."));
    QTRY_COMPARE_WITH_TIMEOUT(
        status()->text(),
        QStringLiteral("Outbox: 1 queued · 0 retrying · 0 rejected · 0 delivered today"), kTimeout);

    QVERIFY(page()->select(id));
    QVERIFY(button("retryButton")->isEnabled());
    QVERIFY(button("discardButton")->isEnabled());

    QCOMPARE(flush(), 0);
    QCOMPARE(m_env->runtime->sandboxServer()->elevate().deliveries(sale.ticket.id), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("delivered"), kTimeout);
    QCOMPARE(cell(id, OutboxModel::StateColumn), QStringLiteral("Delivered"));
    QCOMPARE(cell(id, OutboxModel::AttemptsColumn), QStringLiteral("1"));
    QCOMPARE(cell(id, OutboxModel::NextAttemptColumn), QStringLiteral("—"));
    QCOMPARE(cell(id, OutboxModel::AdviceColumn), QStringLiteral("Nothing to do."));
    QTRY_COMPARE_WITH_TIMEOUT(
        status()->text(),
        QStringLiteral("Outbox: 0 queued · 0 retrying · 0 rejected · 1 delivered today"), kTimeout);
    QVERIFY(!status()->needsAttention());
    // Still selected after the reload; nothing left to retry or discard.
    QCOMPARE(page()->selectedId(), id);
    QVERIFY(!button("retryButton")->isEnabled());
    QVERIFY(!button("discardButton")->isEnabled());
    QVERIFY(button("viewBodyButton")->isEnabled());
}

void TestOutboxPage::statusBarOpensTheOutboxPage() {
    m_window->showPage(Page::Sale);
    QTest::mouseClick(status(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), Page::Outbox);
    QVERIFY(page()->isVisible());
}

void TestOutboxPage::forbiddenPausesUntilResumed() {
    m_env->runtime->sandboxServer()->setScenario(service::elevate, sandbox::Scenario::Declined);
    const qint64 id = record(paidSale({kCoffee}, QStringLiteral("store-001-000007")));
    QVERIFY(id > 0);
    QCOMPARE(flush(), 1);
    QVERIFY(box().isPaused());

    QTRY_VERIFY_WITH_TIMEOUT(pausedBanner()->isVisible(), kTimeout);
    auto* reason = pausedBanner()->findChild<QLabel*>(QStringLiteral("pausedReason"));
    QVERIFY(reason);
    QVERIFY2(reason->text().contains(QStringLiteral("HTTP 403")), qPrintable(reason->text()));
    QCOMPARE(reason->text(), box().pauseReason());
    QTRY_VERIFY_WITH_TIMEOUT(status()->needsAttention(), kTimeout);
    QVERIFY(status()->styleSheet().contains(QStringLiteral("#b00020")));
    QVERIFY2(status()->text().endsWith(QStringLiteral("· Elevate paused: credentials rejected")),
             qPrintable(status()->text()));
    QCOMPARE(cell(id, OutboxModel::NextAttemptColumn), QStringLiteral("Paused"));
    QVERIFY(cell(id, OutboxModel::ErrorColumn).contains(QStringLiteral("credentials")));
    QVERIFY(cell(id, OutboxModel::AdviceColumn).contains(QStringLiteral("API key")));

    // The key is fixed (here: the sandbox answers again); the operator resumes.
    m_env->runtime->sandboxServer()->setScenario(service::elevate, sandbox::Scenario::Normal);
    auto* resume = pausedBanner()->findChild<QPushButton*>(QStringLiteral("resumeButton"));
    QVERIFY(resume);
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!box().isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(!pausedBanner()->isVisible(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!status()->needsAttention(), kTimeout);
    QVERIFY(!status()->text().contains(QStringLiteral("paused")));
    QVERIFY(status()->styleSheet().isEmpty());

    QCOMPARE(flush(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("delivered"), kTimeout);
}

void TestOutboxPage::unknownVariantIsRejectedWithTheReason() {
    const qint64 id = record(paidSale({kCoffee, kUnknown}, QStringLiteral("store-001-000009")));
    QVERIFY(id > 0);
    QCOMPARE(flush(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("rejected"), kTimeout);
    QCOMPARE(cell(id, OutboxModel::StateColumn), QStringLiteral("Rejected by Elevate"));
    const QString error = cell(id, OutboxModel::ErrorColumn);
    QVERIFY2(error.contains(QStringLiteral("HTTP 400")), qPrintable(error));
    QVERIFY2(error.contains(kUnknown), qPrintable(error));
    QCOMPARE(cell(id, OutboxModel::NextAttemptColumn), QStringLiteral("Not sent again"));
    QVERIFY(cell(id, OutboxModel::AdviceColumn).startsWith(QStringLiteral("Call Voyado")));
    QVERIFY(cell(id, OutboxModel::AdviceColumn).contains(QStringLiteral("store-001-000009")));
    QTRY_COMPARE_WITH_TIMEOUT(
        status()->text(),
        QStringLiteral("Outbox: 0 queued · 0 retrying · 1 rejected · 0 delivered today"), kTimeout);
    QVERIFY(status()->needsAttention());
    QVERIFY(status()->styleSheet().contains(QStringLiteral("#b00020")));

    // The whole reason, and the risk of sending again, under the table.
    QVERIFY(page()->select(id));
    auto* detail = page()->findChild<QLabel*>(QStringLiteral("outboxDetail"));
    QVERIFY(detail->isVisible());
    QVERIFY2(detail->text().contains(kUnknown), qPrintable(detail->text()));
    QVERIFY(detail->text().contains(QStringLiteral("count them twice")));

    // Retry now, confirmed: queued again, due at once.
    dialogs::setNextAnswerForTesting(QMessageBox::Yes);
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateStored(id), QStringLiteral("queued"), kTimeout);
    QCOMPARE(dialogs::askedForTesting().size(), 1);
    QCOMPARE(dialogs::askedForTesting().constFirst().defaultButton, QMessageBox::Cancel);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("queued"), kTimeout);
    QCOMPARE(cell(id, OutboxModel::StateColumn), QStringLiteral("Queued"));
    QCOMPARE(cell(id, OutboxModel::NextAttemptColumn), QStringLiteral("Now"));
    QTRY_COMPARE_WITH_TIMEOUT(
        status()->text(),
        QStringLiteral("Outbox: 1 queued · 0 retrying · 0 rejected · 0 delivered today"), kTimeout);
    QVERIFY(!status()->needsAttention());
    auto* message = page()->findChild<QLabel*>(QStringLiteral("outboxMessage"));
    QVERIFY(message->text().contains(QStringLiteral("store-001-000009")));
}

void TestOutboxPage::retryingARejectedOneAsksFirst() {
    const qint64 id = record(paidSale({kUnknown}, QStringLiteral("store-001-000010")));
    QVERIFY(id > 0);
    QCOMPARE(flush(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("rejected"), kTimeout);
    QVERIFY(page()->select(id));

    // Declined through the seam: nothing changes.
    dialogs::setNextAnswerForTesting(QMessageBox::Cancel);
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialogs::askedForTesting().size(), 1, kTimeout);
    QCOMPARE(stateStored(id), QStringLiteral("rejected"));

    // The real question, answered Cancel (its default).
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = page()->findChild<QMessageBox*>(QStringLiteral("retryRejectedConfirm"))) &&
            question->isVisible(),
        kTimeout);
    QVERIFY(question->text().contains(QStringLiteral("twice")));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page()->findChild<QMessageBox*>(QStringLiteral("retryRejectedConfirm")), kTimeout);
    QCOMPARE(stateStored(id), QStringLiteral("rejected"));

    // And answered "Send again".
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = page()->findChild<QMessageBox*>(QStringLiteral("retryRejectedConfirm"))) &&
            question->isVisible(),
        kTimeout);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("queued"), kTimeout);
}

void TestOutboxPage::discardKeepsTheReason() {
    const qint64 id = record(paidSale({kUnknown}, QStringLiteral("store-001-000011")));
    QVERIFY(id > 0);
    QCOMPARE(flush(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("rejected"), kTimeout);
    QVERIFY(page()->select(id));

    // Cancelled: nothing happens.
    DiscardDialog::setNextCancel();
    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    QCOMPARE(stateStored(id), QStringLiteral("rejected"));

    const QString reason = QStringLiteral("Demo sale with a test product; told Elevate by phone");
    DiscardDialog::setNextReason(reason);
    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    const auto entry = box().entry(id);
    QVERIFY(entry);
    QCOMPARE(outbox::toString(entry->state), QStringLiteral("discarded"));
    QCOMPARE(entry->discardedReason, reason);

    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("discarded"), kTimeout);
    QCOMPARE(cell(id, OutboxModel::StateColumn), QStringLiteral("Discarded"));
    QVERIFY(cell(id, OutboxModel::ErrorColumn).contains(reason));
    QTRY_COMPARE_WITH_TIMEOUT(
        status()->text(),
        QStringLiteral("Outbox: 0 queued · 0 retrying · 0 rejected · 0 delivered today"), kTimeout);
    QVERIFY(!status()->needsAttention());
    QVERIFY(!button("discardButton")->isEnabled());
    QVERIFY(!button("retryButton")->isEnabled());
}

void TestOutboxPage::discardDialogNeedsAReason() {
    const qint64 id = record(paidSale({kCoffee}, QStringLiteral("store-001-000012")));
    QVERIFY(id > 0);
    QVERIFY(page()->select(id));

    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    DiscardDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = page()->findChild<DiscardDialog*>(QStringLiteral("discardDialog"))) &&
            dialog->isVisible(),
        kTimeout);
    auto* question = dialog->findChild<QLabel*>(QStringLiteral("discardQuestion"));
    QVERIFY(question->text().contains(QStringLiteral("store-001-000012")));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("discardReason"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("discardConfirm"));
    QVERIFY(reason);
    QVERIFY(ok);
    QCOMPARE(reason, dialog->reasonEdit());
    QCOMPARE(ok, dialog->discardButton());
    QVERIFY(reason->text().isEmpty());
    QVERIFY(!ok->isEnabled());

    // Blanks are no reason, and Enter does nothing without one.
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(stateStored(id), QStringLiteral("queued"));

    reason->clear();
    QTest::keyClicks(reason, QStringLiteral("Customer returned everything"));
    QVERIFY(ok->isEnabled());
    reason->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("Customer returned everything"));
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(stateStored(id), QStringLiteral("discarded"));
    QCOMPARE(box().entry(id)->discardedReason, QStringLiteral("Customer returned everything"));
    QTRY_COMPARE_WITH_TIMEOUT(stateShown(id), QStringLiteral("discarded"), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<DiscardDialog*>(), kTimeout);
}

void TestOutboxPage::viewBodyShowsPrettyJson() {
    const qint64 id = record(paidSale({kCoffee, kMug}, QStringLiteral("store-001-000013")));
    QVERIFY(id > 0);
    QVERIFY(!page()->viewSelectedBody()); // nothing selected
    QVERIFY(page()->select(id));
    QTest::mouseClick(button("viewBodyButton"), Qt::LeftButton);

    NotificationBodyDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = page()->findChild<NotificationBodyDialog*>(QStringLiteral("bodyDialog"))) &&
            dialog->isVisible(),
        kTimeout);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("store-001-000013")));
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("bodyText"));
    QVERIFY(text);
    QVERIFY(text->isReadOnly());
    const QString body = text->toPlainText();
    QCOMPARE(body, NotificationBodyDialog::prettyBody(box().entry(id)->body));
    QVERIFY2(body.contains(QStringLiteral("\"variantKey\": \"cof-250-v\"")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("\"variantKey\": \"mug-01-v\"")), qPrintable(body));
    QVERIFY(body.count(QLatin1Char('\n')) > 4); // indented, one key a line
    auto* session = dialog->findChild<QLabel*>(QStringLiteral("bodySessionKey"));
    QCOMPARE(session->text(), box().entry(id)->sessionKey);
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<NotificationBodyDialog*>(), kTimeout);
}

QTEST_MAIN(TestOutboxPage)
#include "tst_outboxpage.moc"
