// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Till menu's shift and end-of-day dialogs, driven from the keyboard offscreen on the
// training sandbox: opening a shift (a blank or malformed float is refused under the field and
// nothing is opened), a pay-in that needs its reason, an X report refused by the permit and
// then shown with the float and saved as a PDF, the day closed with a Z report, and the Z
// reprinted.
#include "guitestenvironment.h"

#include "endofday/endofday.h"
#include "operators/operatorsession.h"
#include "storage/salesstore.h"
#include "widgets/moneyedit.h"
#include "widgets/reportdialog.h"
#include "widgets/tilldialogs.h"
#include "widgets/tillmenu.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

namespace {

constexpr int kTimeout = 15000;

} // namespace

class TestEndOfDay : public QObject {
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<QWidget> m_window;
    QMenu* m_menu = nullptr;
    QList<Action> m_asked;
    bool m_permit = true;
    QTemporaryDir m_pdfs;

    Runtime& runtime() const { return *m_env->runtime; }
    QAction* action(const char* name) const {
        return m_menu->findChild<QAction*>(QLatin1String(name));
    }
    void refreshMenu() { Q_EMIT m_menu->aboutToShow(); }
    template <typename T> T* dialog(const char* name) const {
        return m_window->findChild<T*>(QLatin1String(name));
    }
    ReportDialog* report() const { return m_window->findChild<ReportDialog*>(); }

    // Types `text` into the field and presses Enter, as a cashier does.
    static void typeAndEnter(QLineEdit* field, const QString& text) {
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    void closeReport() {
        ReportDialog* shown = report();
        QVERIFY(shown);
        QTest::keyClick(shown, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(report() == nullptr, kTimeout);
    }

private Q_SLOTS:
    void initTestCase() {
        testing::useUsEnglish();
        QVERIFY(m_pdfs.isValid());
    }

    void init() {
        m_env = std::make_unique<GuiTestEnvironment>();
        QVERIFY(m_env->start());
        // Sam Supervisor, a demo operator of the training sandbox (docs/operators.md).
        const SignIn in = runtime().session().signIn(QStringLiteral("2"), "1470");
        QVERIFY2(in.ok(), qPrintable(in.message));
        m_window = std::make_unique<QWidget>();
        m_window->resize(800, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_asked.clear();
        m_permit = true;
        m_menu = createTillMenu(
            runtime(),
            [this](Action a, QWidget*) {
                m_asked.append(a);
                return m_permit;
            },
            m_window.get());
        QVERIFY(m_menu);
        setReportOutputDirectoryForTesting(m_pdfs.path());
    }

    void cleanup() {
        setReportOutputDirectoryForTesting(QString());
        m_window.reset();
        m_env.reset();
    }

    void shiftXReportAndZ() {
        refreshMenu();
        QVERIFY(action("openShiftAction")->isEnabled());
        QVERIFY(!action("payInAction")->isEnabled());
        QVERIFY(!action("closeDayAction")->isEnabled());

        // Open shift: blank and malformed floats are refused under the field.
        action("openShiftAction")->trigger();
        QVERIFY(m_asked == QList<Action>{Action::OpenShift});
        auto* open = dialog<CashAmountDialog>("openShiftDialog");
        QVERIFY(open);
        QVERIFY(QTest::qWaitForWindowActive(open));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                                  static_cast<QWidget*>(open->amountEdit()), kTimeout);
        QTest::keyClick(open->amountEdit(), Qt::Key_Return);
        QVERIFY(open->isVisible());
        QVERIFY(!open->errorLabel()->isHidden());
        QVERIFY2(open->errorLabel()->text().contains(QStringLiteral("amount")),
                 qPrintable(open->errorLabel()->text()));
        typeAndEnter(open->amountEdit(), QStringLiteral("1.234"));
        QVERIFY(open->isVisible());
        QVERIFY(!open->errorLabel()->isHidden());
        QVERIFY(!runtime().endOfDay().currentShift().has_value()); // nothing was opened
        typeAndEnter(open->amountEdit(), QStringLiteral("100.00"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog<CashAmountDialog>("openShiftDialog") == nullptr, kTimeout);
        const std::optional<Shift> shift = runtime().endOfDay().currentShift();
        QVERIFY(shift.has_value());
        QCOMPARE(shift->cashFloat.toDecimalString(), QStringLiteral("100.00"));
        QCOMPARE(shift->openedBy, QStringLiteral("Sam Supervisor"));
        refreshMenu();
        QVERIFY(!action("openShiftAction")->isEnabled());
        QVERIFY(action("payInAction")->isEnabled());

        // Pay in: the reason is required; Enter on the amount asks for it.
        action("payInAction")->trigger();
        auto* payIn = dialog<CashAmountDialog>("payInDialog");
        QVERIFY(payIn);
        typeAndEnter(payIn->amountEdit(), QStringLiteral("20.00"));
        QVERIFY(payIn->isVisible());
        QVERIFY(!payIn->errorLabel()->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                                  static_cast<QWidget*>(payIn->reasonEdit()), kTimeout);
        typeAndEnter(payIn->reasonEdit(), QStringLiteral("change from the bank"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog<CashAmountDialog>("payInDialog") == nullptr, kTimeout);

        // The permit says no: no report at all.
        m_permit = false;
        action("xReportAction")->trigger();
        QVERIFY(m_asked.last() == Action::XReport);
        QVERIFY(report() == nullptr);
        m_permit = true;

        // The X report, with the float and the pay-in, saved as a PDF.
        action("xReportAction")->trigger();
        ReportDialog* x = report();
        QVERIFY(x);
        QTRY_VERIFY_WITH_TIMEOUT(x->isVisible(), kTimeout);
        const QString xText = x->textView()->toPlainText();
        QVERIFY2(xText.contains(QStringLiteral("X report")), qPrintable(xText));
        QVERIFY2(xText.contains(QStringLiteral("$100.00")), qPrintable(xText));
        QVERIFY2(xText.contains(QStringLiteral("$20.00")), qPrintable(xText));
        QVERIFY2(xText.contains(QStringLiteral("$120.00")), qPrintable(xText)); // expected
        QTest::mouseClick(x->savePdfButton(), Qt::LeftButton);
        QVERIFY(!lastReportPdfForTesting().isEmpty());
        QVERIFY(QFileInfo(lastReportPdfForTesting()).size() > 0);
        QVERIFY(runtime().endOfDay().currentShift().has_value()); // an X closes nothing
        closeReport();

        // Close the day: the counted cash, then the Z report.
        action("closeDayAction")->trigger();
        QVERIFY(m_asked.last() == Action::ZReport);
        auto* close = dialog<CashAmountDialog>("closeDayDialog");
        QVERIFY(close);
        typeAndEnter(close->amountEdit(), QStringLiteral("118.50"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog<CashAmountDialog>("closeDayDialog") == nullptr, kTimeout);
        ReportDialog* z = report();
        QVERIFY(z);
        const QString zText = z->textView()->toPlainText();
        QVERIFY2(zText.contains(QStringLiteral("Z report No. 1")), qPrintable(zText));
        QVERIFY2(zText.contains(QStringLiteral("$118.50")), qPrintable(zText));
        QVERIFY2(zText.contains(QStringLiteral("-$1.50")), qPrintable(zText)); // short
        QVERIFY2(!zText.contains(QStringLiteral("REPRINT")), qPrintable(zText));
        const std::optional<StoredZReport> stored = runtime().sales().zReport();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->number, qint64(1));
        QCOMPARE(stored->counted.toDecimalString(), QStringLiteral("118.50"));
        QVERIFY(!runtime().endOfDay().currentShift().has_value());
        closeReport();
        refreshMenu();
        QVERIFY(!action("payInAction")->isEnabled());
        QVERIFY(!action("closeDayAction")->isEnabled());

        // Reprint: the latest number is offered; Enter prints it again.
        action("reprintZAction")->trigger();
        QVERIFY(m_asked.last() == Action::Reprint);
        auto* which = dialog<ZNumberDialog>("zNumberDialog");
        QVERIFY(which);
        QCOMPARE(which->number(), qint64(1));
        QTest::keyClick(which->numberBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(report() != nullptr, kTimeout);
        const QString again = report()->textView()->toPlainText();
        QVERIFY2(again.contains(QStringLiteral("REPRINT")), qPrintable(again));
        QVERIFY2(again.contains(QStringLiteral("Z report No. 1")), qPrintable(again));
        QVERIFY2(again.contains(QStringLiteral("$118.50")), qPrintable(again));
    }
};

QTEST_MAIN(TestEndOfDay)
#include "tst_endofday.moc"
