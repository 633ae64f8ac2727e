// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Operators in the window (issue #13): the window starts locked with its pages out of reach, a
// wrong PIN says how many tries are left, a cashier signs in by typing into the lock screen,
// Ctrl+L and the idle time lock it again (the sale stays), a cashier's void asks a supervisor
// (a wrong PIN is refused, Sam's PIN with a reason lets it through once, and the journal names
// him), Settings are refused to a cashier without an override, the first start asks for an
// administrator, and a completed sale records who rang it up.

#include "guitestenvironment.h"

#include "audit/auditjournal.h"
#include "mainwindow.h"
#include "operators/operatorsession.h"
#include "pages/financingpage.h"
#include "pages/salepage.h"
#include "pages/settingspage.h"
#include "receipt/receipt.h"
#include "sale/salesession.h"
#include "sandbox/orderchecksandbox.h"
#include "sandbox/sandboxserver.h"
#include "services/services.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "widgets/firstadmindialog.h"
#include "widgets/idlelock.h"
#include "widgets/lockscreen.h"
#include "widgets/overridedialog.h"
#include "widgets/scanfield.h"
#include "widgets/tenderdialog.h"
#include "widgets/voiddialog.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using Page = MainWindow::Page;

namespace {

constexpr int kTimeout = 15000;
const QString kMug = QStringLiteral("0012345678905");    // MUG-01 of the demo catalog
const QString kCoffee = QStringLiteral("4006381333931"); // COF-250

} // namespace

class TestSignIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void startsLockedWithThePagesOutOfReach();
    void theWindowComesUpBeforeTheTillOpens();
    void wrongPinSaysHowManyTriesAreLeft();
    void cashierSignsInOnTheLockScreen();
    void ctrlLLocksAndKeepsTheSale();
    void idleTimeLocks();
    void cashiersVoidAsksASupervisorOnce();
    void settingsAreRefusedToACashier();
    void blockedSaleIsAllowedOnceByASupervisor();
    void firstStartCreatesAnAdministrator();
    void unreadableStaffDbNeverOffersTheFirstStart();
    void completedSaleRecordsTheOperator();

private:
    // A started window: signed in as `number` (nobody when empty), in training unless `live`.
    bool open(const QString& number, const QByteArray& pin, bool live = false);
    bool activate();
    LockScreen* lockScreen() const { return m_window->lockScreen(); }
    SalePage* page() const { return m_window->salePage(); }
    QWidget* focused() const { return QApplication::focusWidget(); }
    AuditEntry lastEntry(const QString& kind) const;
    // Types a number and PIN into the real lock screen and presses Enter after each.
    void signInOnTheLockScreen(const QString& number, const QString& pin);
    void scan(const QString& code);
    void scanMug() { scan(kMug); }
    // Runs `act` on the modal T as soon as it is up: the code under test waits in its exec().
    template <typename T> void whenModal(std::function<void(T*)> act);

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignIn::initTestCase() {
    testing::useUsEnglish();
}

void TestSignIn::cleanup() {
    TenderDialog::clearNextAnswer();
    OverrideDialog::clearNextAnswer();
    m_window.reset();
    m_env.reset();
}

bool TestSignIn::open(const QString& number, const QByteArray& pin, bool live) {
    m_env = std::make_unique<GuiTestEnvironment>();
    m_env->signInNumber = number;
    m_env->signInPin = pin;
    RuntimeOptions options;
    if (live)
        options.endpointOverrides.insert(
            service::chargeAfter, QUrl(QStringLiteral("https://api.example.invalid/send-link")));
    else
        options.sandbox = true;
    if (!m_env->start(options))
        return false;
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    return activate();
}

bool TestSignIn::activate() {
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

AuditEntry TestSignIn::lastEntry(const QString& kind) const {
    AuditFilter filter;
    filter.kind = kind;
    const QList<AuditEntry> found = m_env->runtime->audit().list(filter);
    return found.isEmpty() ? AuditEntry() : found.constLast();
}

void TestSignIn::signInOnTheLockScreen(const QString& number, const QString& pin) {
    QLineEdit* numberField = lockScreen()->numberField();
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(numberField), kTimeout);
    QTest::keyClicks(numberField, number);
    QTest::keyClick(numberField, Qt::Key_Return);
    // A number without its PIN: the PIN is next, and nothing was tried.
    QCOMPARE(focused(), static_cast<QWidget*>(lockScreen()->pinField()));
    QTest::keyClicks(lockScreen()->pinField(), pin);
    QTest::keyClick(lockScreen()->pinField(), Qt::Key_Return);
}

void TestSignIn::scan(const QString& code) {
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(page()->scanField()), kTimeout);
    const qsizetype before = page()->session().ticket().lines.size();
    QTest::keyClicks(page()->scanField(), code, Qt::NoModifier, 5);
    QTest::keyClick(page()->scanField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page()->session().ticket().lines.size(), before + 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->session().isBusy(), kTimeout);
}

template <typename T> void TestSignIn::whenModal(std::function<void(T*)> act) {
    auto* poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [poll, act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
    });
    poll->start();
}

// The app's start-up (app/checkstand/main.cpp, issue #14): the window is painted before any
// database exists, takes the operator number typed meanwhile, and signs in once it is ready.
void TestSignIn::theWindowComesUpBeforeTheTillOpens() {
    QTemporaryDir dir;
    RuntimeOptions options;
    options.sandbox = true;
    options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    options.dataDirectory = dir.path();
    Runtime runtime(options);
    runtime.openSettings();
    MainWindow window(runtime);
    bool painted = false;
    bool openedBeforePaint = true;
    window.afterFirstPaint([&] {
        painted = true;
        openedBeforePaint = QFileInfo::exists(dir.filePath(QStringLiteral("sandbox/sales.db"))) ||
                            QFileInfo::exists(dir.filePath(QStringLiteral("sandbox/staff.db")));
    });
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(painted, kTimeout);
    QVERIFY2(!openedBeforePaint, "a database was opened before the window was on screen");
    QVERIFY(!runtime.isStarted());
    QVERIFY(!window.isReady());
    QVERIFY(window.isLocked()); // nothing is reachable before someone signs in
    auto* early = window.findChild<QLineEdit*>(QStringLiteral("startingNumber"));
    QVERIFY(early);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(early), kTimeout);
    QTest::keyClicks(early, testing::kCashierNumber); // typed while the till opens

    QString error;
    QVERIFY2(runtime.start(&error), qPrintable(error));
    window.runtimeStarted();
    QVERIFY(window.isReady());
    QVERIFY(window.isLocked());
    QCOMPARE(window.lockScreen()->numberField()->text(), testing::kCashierNumber);
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(window.lockScreen()->pinField()),
                              kTimeout);
    QTest::keyClicks(window.lockScreen()->pinField(), QString::fromLatin1(testing::kCashierPin));
    QTest::keyClick(window.lockScreen()->pinField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), kTimeout);
    QCOMPARE(runtime.session().current()->number, testing::kCashierNumber);
}

void TestSignIn::startsLockedWithThePagesOutOfReach() {
    QVERIFY(open(QString(), {}));
    QVERIFY(m_window->isLocked());
    QVERIFY(lockScreen()->isVisible());
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(!navigation->isVisible());
    QVERIFY(!page()->isVisible());
    QVERIFY(!m_window->lockAction()->isEnabled());
    auto* status = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("operatorStatus"));
    QVERIFY(status->text().contains(QStringLiteral("Locked")));
    QVERIFY(lockScreen()
                ->findChild<QLabel*>(QStringLiteral("lockEnvironment"))
                ->text()
                .contains(QStringLiteral("SANDBOX")));

    // The keyboard: the page shortcuts do nothing, Tab never leaves the lock screen.
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(lockScreen()->numberField()),
                              kTimeout);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Sale);
    QVERIFY(!m_window->financingPage()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QWidget* now = focused();
        QVERIFY(now);
        QVERIFY2(!navigation->isAncestorOf(now) && now != navigation && !page()->isAncestorOf(now),
                 qPrintable(now->objectName()));
    }
    QVERIFY(m_window->isLocked());
    QVERIFY(!m_env->runtime->session().isSignedIn());
}

void TestSignIn::wrongPinSaysHowManyTriesAreLeft() {
    QVERIFY(open(QString(), {}));
    signInOnTheLockScreen(testing::kCashierNumber, QStringLiteral("4862"));
    QVERIFY(m_window->isLocked());
    const QString said = lockScreen()->messageText();
    QVERIFY2(said.contains(QStringLiteral("Wrong PIN")) &&
                 said.contains(QStringLiteral("2 tries left")),
             qPrintable(said));
    // The PIN is gone from its field; the next try goes there.
    QVERIFY(lockScreen()->pinField()->text().isEmpty());
    QCOMPARE(focused(), static_cast<QWidget*>(lockScreen()->pinField()));
    const AuditEntry failed = lastEntry(QStringLiteral("signInFailed"));
    QCOMPARE(failed.operatorName, QStringLiteral("Casey Cashier"));
    QVERIFY(!QJsonDocument(failed.details).toJson().contains("4862"));

    // Two more: the operator is locked, and the screen says until when.
    for (int i = 0; i < 2; ++i) {
        QTest::keyClicks(lockScreen()->pinField(), QStringLiteral("4862"));
        QTest::keyClick(lockScreen()->pinField(), Qt::Key_Return);
    }
    QVERIFY2(lockScreen()->messageText().contains(QStringLiteral("locked until")),
             qPrintable(lockScreen()->messageText()));
    QVERIFY(m_window->isLocked());
}

void TestSignIn::cashierSignsInOnTheLockScreen() {
    QVERIFY(open(QString(), {}));
    signInOnTheLockScreen(testing::kCashierNumber, QString::fromLatin1(testing::kCashierPin));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), kTimeout);
    QVERIFY(page()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(page()->scanField()), kTimeout);
    QCOMPARE(m_env->runtime->session().operatorName(), QStringLiteral("Casey Cashier"));
    QCOMPARE(int(m_env->runtime->session().role()), int(Role::Cashier));
    auto* status = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("operatorStatus"));
    QCOMPARE(status->text(), QStringLiteral("Casey Cashier · Cashier"));
    QCOMPARE(lastEntry(QStringLiteral("signIn")).operatorName, QStringLiteral("Casey Cashier"));
    QVERIFY(m_window->lockAction()->isEnabled());
    QCOMPARE(page()->session().operatorName(), QStringLiteral("Casey Cashier"));
}

void TestSignIn::ctrlLLocksAndKeepsTheSale() {
    QVERIFY(open(testing::kCashierNumber, testing::kCashierPin));
    QVERIFY(!m_window->isLocked());
    scanMug();
    const QString saleId = page()->session().ticket().id;

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    QVERIFY(!page()->isVisible());
    const AuditEntry out = lastEntry(QStringLiteral("signOut"));
    QCOMPARE(out.operatorName, QStringLiteral("Casey Cashier"));
    QCOMPARE(out.details.value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    QVERIFY(lockScreen()->messageText().contains(QStringLiteral("Casey Cashier")));

    // The next operator finds the sale as it was.
    signInOnTheLockScreen(testing::kSupervisorNumber, QString::fromLatin1(testing::kSupervisorPin));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), kTimeout);
    QCOMPARE(page()->session().ticket().id, saleId);
    QCOMPARE(page()->session().ticket().lines.size(), qsizetype(1));
    QCOMPARE(page()->session().operatorName(), QStringLiteral("Sam Supervisor"));
}

void TestSignIn::idleTimeLocks() {
    QVERIFY(open(testing::kCashierNumber, testing::kCashierPin));
    IdleLock* idle = m_window->idleLock();
    AppSettings& settings = m_env->runtime->settings();

    // 0: never by itself.
    settings.setValue(settingskey::idleLockMinutes, 0);
    QVERIFY(!idle->timer()->isActive());

    // A key restarts the count (one "minute" of 10 s here: nothing locks meanwhile).
    idle->setMinuteLength(std::chrono::seconds(10));
    settings.setValue(settingskey::idleLockMinutes, 1);
    QVERIFY(idle->timer()->isActive());
    QCOMPARE(idle->timer()->interval(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(idle->timer()->remainingTime() < 9800, kTimeout);
    const int before = idle->timer()->remainingTime();
    QTest::keyClick(focused() ? focused() : static_cast<QWidget*>(m_window.get()), Qt::Key_Shift);
    QVERIFY(idle->timer()->remainingTime() > before);

    // A minute of 50 ms: the till locks by itself, journalled as idle.
    idle->setMinuteLength(std::chrono::milliseconds(50));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), kTimeout);
    QCOMPARE(
        lastEntry(QStringLiteral("signOut")).details.value(QStringLiteral("reason")).toString(),
        QStringLiteral("idle"));
    QVERIFY2(lockScreen()->messageText().contains(QStringLiteral("without a key")),
             qPrintable(lockScreen()->messageText()));
    // Locked, nothing counts down.
    QVERIFY(!idle->timer()->isActive());
}

void TestSignIn::cashiersVoidAsksASupervisorOnce() {
    QVERIFY(open(testing::kCashierNumber, testing::kCashierPin));
    scanMug();
    const QString number = page()->session().ticket().retailerOrderId;

    QString refusal;
    bool stayedOpen = false;
    QString heading;
    whenModal<OverrideDialog>([&](OverrideDialog* dialog) {
        heading = dialog->findChild<QLabel*>(QStringLiteral("overrideHeading"))->text();
        QTest::keyClicks(dialog->numberField(), testing::kSupervisorNumber);
        QTest::keyClicks(dialog->pinField(), QStringLiteral("4862"));
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("Rung up twice"));
        QTest::mouseClick(dialog->authoriseButton(), Qt::LeftButton);
        refusal = dialog->messageText();
        stayedOpen = dialog->isVisible();
        QTest::keyClicks(dialog->pinField(), QString::fromLatin1(testing::kSupervisorPin));
        QTest::mouseClick(dialog->authoriseButton(), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject(); // refused: the test goes on, and fails below
    });
    QTest::keyClick(focused(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(heading.contains(QStringLiteral("This needs a supervisor: a void")),
             qPrintable(heading));
    QVERIFY2(refusal.contains(QStringLiteral("Wrong PIN")), qPrintable(refusal));
    QVERIFY(stayedOpen);

    // Authorised: the void itself goes on as before, with its own reason.
    VoidDialog* voidDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (voidDialog = page()->findChild<VoidDialog*>()) && voidDialog->isVisible(), kTimeout);
    // The supervisor's reason is offered, selected: typing replaces it.
    QCOMPARE(voidDialog->reasonEdit()->text(), QStringLiteral("Rung up twice"));
    QCOMPARE(voidDialog->reasonEdit()->selectedText(), QStringLiteral("Rung up twice"));
    QTest::keyClicks(voidDialog->reasonEdit(), QStringLiteral("Customer changed their mind"));
    QTest::mouseClick(voidDialog->findChild<QPushButton*>(QStringLiteral("voidConfirm")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().voids().size(), qsizetype(1), kTimeout);
    const VoidedSale voided = m_env->runtime->sales().voids().first();
    QCOMPARE(voided.ticket.retailerOrderId, number);
    QCOMPARE(voided.operatorName, QStringLiteral("Casey Cashier"));
    const QString said = page()->findChild<QLabel*>(QStringLiteral("scanMessage"))->text();
    QVERIFY2(said.contains(QStringLiteral("Authorised by Sam Supervisor")), qPrintable(said));

    // The journal: the override names Sam and whom it was for; the void who authorised it.
    const AuditEntry grant = lastEntry(QStringLiteral("override"));
    QCOMPARE(grant.operatorName, QStringLiteral("Sam Supervisor"));
    QCOMPARE(grant.details.value(QStringLiteral("action")).toString(), QStringLiteral("void"));
    QCOMPARE(grant.details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Rung up twice"));
    QCOMPARE(grant.details.value(QStringLiteral("forOperator")).toString(),
             QStringLiteral("Casey Cashier"));
    const AuditEntry voidEntry = lastEntry(QStringLiteral("void"));
    QCOMPARE(voidEntry.operatorName, QStringLiteral("Casey Cashier"));
    QCOMPARE(voidEntry.details.value(QStringLiteral("sale")).toString(), number);
    QCOMPARE(voidEntry.details.value(QStringLiteral("authorisedBy")).toString(),
             QStringLiteral("Sam Supervisor"));
    QVERIFY(m_env->runtime->audit().verify().ok);

    // Once: the next void asks again; cancelled, nothing is voided.
    scanMug();
    bool askedAgain = false;
    whenModal<OverrideDialog>([&](OverrideDialog* dialog) {
        askedAgain = true;
        dialog->reject();
    });
    QTest::keyClick(focused(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(askedAgain);
    QVERIFY(!page()->findChild<VoidDialog*>() || !page()->findChild<VoidDialog*>()->isVisible());
    QCOMPARE(m_env->runtime->sales().voids().size(), qsizetype(1));
    QCOMPARE(page()->session().ticket().lines.size(), qsizetype(1));
}

void TestSignIn::settingsAreRefusedToACashier() {
    QVERIFY(open(testing::kCashierNumber, testing::kCashierPin));
    // A supervisor may not open Settings either: refused inline, then cancelled.
    QString refusal;
    whenModal<OverrideDialog>([&](OverrideDialog* dialog) {
        QTest::keyClicks(dialog->numberField(), testing::kSupervisorNumber);
        QTest::keyClicks(dialog->pinField(), QString::fromLatin1(testing::kSupervisorPin));
        QTest::mouseClick(dialog->authoriseButton(), Qt::LeftButton);
        refusal = dialog->messageText();
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QVERIFY2(refusal.contains(QStringLiteral("may not authorise")), qPrintable(refusal));
    QCOMPARE(m_window->currentPage(), Page::Sale);
    QVERIFY(!m_window->settingsPage()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("administrator")));

    // An administrator's override opens them for this visit.
    whenModal<OverrideDialog>([](OverrideDialog* dialog) {
        QTest::keyClicks(dialog->numberField(), testing::kAdminNumber);
        QTest::keyClicks(dialog->pinField(), QString::fromLatin1(testing::kAdminPin));
        QTest::mouseClick(dialog->authoriseButton(), Qt::LeftButton);
        if (dialog->isVisible()) {
            qWarning("override not accepted: %s", qPrintable(dialog->messageText()));
            dialog->reject();
        }
    });
    // The refused dialog took the activation with it: shortcuts go to the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), Page::Settings);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Alex Admin")));
    QCOMPARE(lastEntry(QStringLiteral("override")).operatorName, QStringLiteral("Alex Admin"));
    // Still Casey's session: Settings again next time asks again.
    QVERIFY(!m_env->runtime->session().may(Action::OpenSettings));
}

void TestSignIn::blockedSaleIsAllowedOnceByASupervisor() {
    QVERIFY(open(testing::kCashierNumber, testing::kCashierPin));
    m_env->runtime->sandboxServer()->orderChecker().setOutOfStock(QStringLiteral("COF-250"), true);
    scan(kCoffee);
    auto* allowOnce = page()->findChild<QPushButton*>(QStringLiteral("allowOnceButton"));
    QVERIFY(!allowOnce->isVisible());
    QTest::keyClick(focused(), Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(allowOnce->isVisible(), kTimeout);
    QCOMPARE(page()->session().lastBlocker(), SaleSession::Blocker::OrderChecker);
    QVERIFY(m_env->runtime->sales().journal().isEmpty());

    // Sam, with a reason (none is refused inline first); the sale then finishes at once.
    QString noReason;
    whenModal<OverrideDialog>([&](OverrideDialog* dialog) {
        QTest::keyClicks(dialog->numberField(), testing::kSupervisorNumber);
        QTest::keyClicks(dialog->pinField(), QString::fromLatin1(testing::kSupervisorPin));
        QTest::mouseClick(dialog->authoriseButton(), Qt::LeftButton);
        noReason = dialog->messageText();
        // Nothing was tried: the PIN is still there, the reason is what is missing.
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("Last one, from the back"));
        QTest::mouseClick(dialog->authoriseButton(), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    });
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    QTest::mouseClick(allowOnce, Qt::LeftButton);
    QVERIFY2(noReason.contains(QStringLiteral("Say why")), qPrintable(noReason));
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), qsizetype(1), kTimeout);
    QCOMPARE(m_env->runtime->sales().journal().first().operatorName,
             QStringLiteral("Casey Cashier"));
    const AuditEntry grant = lastEntry(QStringLiteral("override"));
    QCOMPARE(grant.operatorName, QStringLiteral("Sam Supervisor"));
    QCOMPARE(grant.details.value(QStringLiteral("action")).toString(),
             QStringLiteral("overrideCheckerBlock"));
    QCOMPARE(grant.details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Last one, from the back"));

    // Once: the next sale with the same item is blocked again.
    QVERIFY(page()->session().oneTimeOverrides().isEmpty());
    scan(kCoffee);
    QTest::keyClick(focused(), Qt::Key_F12);
    QTRY_VERIFY_WITH_TIMEOUT(allowOnce->isVisible(), kTimeout);
    QCOMPARE(m_env->runtime->sales().journal().size(), qsizetype(1));
}

void TestSignIn::firstStartCreatesAnAdministrator() {
    QVERIFY(open(QString(), {}, true));
    OperatorStore& staff = m_env->runtime->operators();
    QVERIFY(staff.isEmpty());
    FirstAdminDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = lockScreen()->firstAdminDialog()) && dialog->isVisible(),
                             kTimeout);
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Robin Owner"));
    QTest::keyClicks(dialog->numberField(), QStringLiteral("7"));

    // Two different PINs: refused before anything is tried.
    QTest::keyClicks(dialog->pinField(), QStringLiteral("4862"));
    QTest::keyClicks(dialog->pinAgainField(), QStringLiteral("4863"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY2(dialog->messageText().contains(QStringLiteral("differ")),
             qPrintable(dialog->messageText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(staff.isEmpty());

    // A PIN the rules refuse: OperatorStore's words, nothing written.
    QTest::keyClicks(dialog->pinField(), QStringLiteral("1234"));
    QTest::keyClicks(dialog->pinAgainField(), QStringLiteral("1234"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY2(dialog->messageText().contains(QStringLiteral("in a row")),
             qPrintable(dialog->messageText()));
    QVERIFY(staff.isEmpty());

    dialog->pinField()->clear();
    dialog->pinAgainField()->clear();
    QTest::keyClicks(dialog->pinField(), QStringLiteral("4862"));
    QTest::keyClicks(dialog->pinAgainField(), QStringLiteral("4862"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lockScreen()->firstAdminDialog(), kTimeout);
    const QList<Operator> all = staff.list();
    QCOMPARE(all.size(), qsizetype(1));
    QCOMPARE(all.first().name, QStringLiteral("Robin Owner"));
    QCOMPARE(all.first().number, QStringLiteral("7"));
    QCOMPARE(int(all.first().role), int(Role::Administrator));
    // Signed in at once, and journalled.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), kTimeout);
    QCOMPARE(m_env->runtime->session().operatorName(), QStringLiteral("Robin Owner"));
    QCOMPARE(lastEntry(QStringLiteral("operatorChanged")).operatorName,
             QStringLiteral("Robin Owner"));
}

void TestSignIn::unreadableStaffDbNeverOffersTheFirstStart() {
    m_env = std::make_unique<GuiTestEnvironment>();
    m_env->signInNumber.clear();
    RuntimeOptions options;
    options.endpointOverrides.insert(service::chargeAfter,
                                     QUrl(QStringLiteral("https://api.example.invalid/send-link")));
    QVERIFY(m_env->start(options));
    QVERIFY(m_env->runtime->operators().isEmpty());
    // The file can no longer be read: "no operator" cannot be told from "cannot tell".
    m_env->runtime->operators().close();
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(activate());
    QTRY_VERIFY_WITH_TIMEOUT(lockScreen()->messageText().contains(QStringLiteral("could not be "
                                                                                 "read")),
                             kTimeout);
    QVERIFY(!lockScreen()->firstAdminDialog());
    QVERIFY(!lockScreen()->createAdminButton()->isVisible());
    QVERIFY(m_window->isLocked());
}

void TestSignIn::completedSaleRecordsTheOperator() {
    QVERIFY(open(testing::kCashierNumber, testing::kCashierPin));
    scanMug();
    TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
    QTest::keyClick(focused(), Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(m_env->runtime->sales().journal().size(), qsizetype(1), kTimeout);
    const CompletedSale sale = m_env->runtime->sales().journal().first();
    QCOMPARE(sale.operatorName, QStringLiteral("Casey Cashier"));
    const QString receipt =
        receiptText(saleReceipt(sale, m_env->runtime->storeInfo(), true, false));
    QVERIFY2(receipt.contains(QStringLiteral("Operator: Casey Cashier")), qPrintable(receipt));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
