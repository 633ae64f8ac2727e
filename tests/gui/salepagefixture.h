// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the Sale page GUI tests share: a started training Runtime, the main window on the Sale
// page with the scan field focused, and a cashier's hands (scan, keys, waiting for a pass).
#pragma once

#include "guitestenvironment.h"

#include "catalog/catalog.h"
#include "mainwindow.h"
#include "models/cartitemsmodel.h"
#include "models/ticketlinesmodel.h"
#include "pages/financingpage.h"
#include "pages/salepage.h"
#include "sale/salesession.h"
#include "sandbox/orderchecksandbox.h"
#include "sandbox/pricingsandbox.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "widgets/carteditor.h"
#include "widgets/recalldialog.h"
#include "widgets/scanfield.h"
#include "widgets/tenderdialog.h"
#include "widgets/totalspanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using CheckState = SaleSession::CheckState;

namespace {

constexpr int kTimeout = 15000;

const QString kCoffee = QStringLiteral("4006381333931");  // COF-250, $8.99
const QString kMug = QStringLiteral("0012345678905");     // MUG-01, $12.50
const QString kMugUpcA = QStringLiteral("012345678905");  // the same mug as UPC-A
const QString kSofa = QStringLiteral("5901234123457");    // SOFA-3, $899.00, leasable
const QString kWater = QStringLiteral("7622210449283");   // WATER-6, $4.49
const QString kUnknown = QStringLiteral("9780201379624"); // valid EAN-13, not in the catalog

} // namespace

// No slots here: each test class declares its own, so QTest runs only that file's tests.
class SalePageFixture : public QObject {
protected:
    void initTestCase();
    void init();
    void cleanup();

    SalePage* page() const { return m_window->salePage(); }
    SaleSession& session() const { return page()->session(); }
    ScanField* scanField() const { return page()->scanField(); }
    TicketLinesModel* lines() const { return page()->linesModel(); }
    QTableView* table() const {
        return page()->findChild<QTableView*>(QStringLiteral("cartTable"));
    }
    QLabel* label(const char* name) const {
        return page()->findChild<QLabel*>(QLatin1String(name));
    }
    QLineEdit* edit(const char* name) const {
        return page()->findChild<QLineEdit*>(QLatin1String(name));
    }
    sandbox::SandboxServer& sandbox() const { return *m_env->runtime->sandboxServer(); }
    QWidget* focused() const { return QApplication::focusWidget(); }
    void refocusScanField() { scanField()->setFocus(Qt::OtherFocusReason); }

    // Types into the focused widget, which must be the scan field, as a scanner does.
    void scan(const QString& code);
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Waits until the Order Checker has answered for the cart as it is now.
    void waitForCheck();
    // Waits until the whole pass (check, then pricing) for the cart as it is now is over.
    void waitForPass();
    TotalsPanel* totalsPanel() const {
        return page()->findChild<TotalsPanel*>(QStringLiteral("totalsPanel"));
    }
    QString cell(int row, int column) const {
        return lines()->index(row, column).data().toString();
    }
    QString statusOf(int row) const {
        return lines()->index(row, TicketLinesModel::Status).data().toString();
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

inline void SalePageFixture::initTestCase() {
    testing::useUsEnglish();
}

inline void SalePageFixture::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(focused(), static_cast<QWidget*>(scanField()), kTimeout);
    waitForCheck();
}

inline void SalePageFixture::cleanup() {
    TenderDialog::clearNextAnswer();
    m_window.reset();
    m_env.reset();
}

inline void SalePageFixture::scan(const QString& code) {
    QWidget* target = focused();
    QCOMPARE(target, static_cast<QWidget*>(scanField()));
    QTest::keyClicks(target, code, Qt::NoModifier, 5);
    QTest::keyClick(target, Qt::Key_Return, Qt::NoModifier, 5);
}

inline void SalePageFixture::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = focused();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

inline void SalePageFixture::waitForCheck() {
    QTRY_VERIFY_WITH_TIMEOUT(session().checkState() == CheckState::Checked ||
                                 session().checkState() == CheckState::Failed,
                             kTimeout);
}

inline void SalePageFixture::waitForPass() {
    QTRY_VERIFY_WITH_TIMEOUT(!session().isBusy(), kTimeout);
}
