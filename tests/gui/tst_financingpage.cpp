// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ChargeAfter send-link form, driven as an operator would (keystrokes, clicks, Enter),
// sending over real HTTP to the embedded sandbox.

#include "guitestenvironment.h"

#include "chargeafter/linkhistory.h"
#include "models/cartitemsmodel.h"
#include "models/linkhistorymodel.h"
#include "pages/financingpage.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "widgets/carteditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

class TestFinancingPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendStaysDisabledUntilTheFormIsValid();
    void callCenterApplySendsToTheSandbox();
    void invalidEmailShowsItsErrorAndDisablesSend();
    void untouchedFieldsShowNoErrorUntilEnter();
    void expiredIdIsShownNextToTheField();
    void callCenterForcesTheCustomersDevice();
    void merchantsDeviceNeedsNoContact();
    void billingAddressAppearsWhenNotSameAsShipping();
    void checkoutComputesTheTotalAndSendsIt();
    void cartPriceThatIsNotAnAmountIsShownUnderTheCart();
    void settingsErrorIsShownInTheSummary();
    void serverErrorIsShownInPlainWords();
    void sendingStateWhileTheServiceIsSlow();
    void historyGetsARowPerAttempt();
    void copyButtonPutsTheTrackingIdOnTheClipboard();
    void tabFollowsTheForm();
    void newLinkClearsTheCustomer();

private:
    template <typename T> T* find(const char* name) const {
        return m_page->findChild<T*>(QLatin1String(name));
    }
    QLineEdit* edit(const char* name) const { return find<QLineEdit>(name); }
    QLabel* label(const char* name) const { return find<QLabel>(name); }
    QPushButton* sendButton() const { return find<QPushButton>("send"); }
    void fillCustomer(const QString& email = QStringLiteral("jane@example.com"));
    // The operator leaves `field` with Tab (its error, if any, shows then).
    void leaveWithTab(QLineEdit* field);
    QJsonObject lastSandboxBody() const;

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<FinancingPage> m_page;
};

void TestFinancingPage::initTestCase() {
    testing::useUsEnglish();
}

void TestFinancingPage::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_page = std::make_unique<FinancingPage>(*m_env->runtime);
    m_page->resize(1000, 1400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFinancingPage::cleanup() {
    m_page.reset();
    m_env.reset();
}

void TestFinancingPage::fillCustomer(const QString& email) {
    QTest::keyClicks(edit("firstName"), QStringLiteral("Jane"));
    QTest::keyClicks(edit("lastName"), QStringLiteral("Doe"));
    QTest::keyClicks(edit("email"), email);
    QTest::keyClicks(edit("phone"), QStringLiteral("2124445555"));
}

void TestFinancingPage::leaveWithTab(QLineEdit* field) {
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    field->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Tab);
    QTRY_VERIFY(!field->hasFocus());
}

QJsonObject TestFinancingPage::lastSandboxBody() const {
    const auto requests = m_env->runtime->sandboxServer()->requests(service::chargeAfter);
    if (requests.isEmpty())
        return {};
    return QJsonDocument::fromJson(requests.last().request.body).object();
}

void TestFinancingPage::sendStaysDisabledUntilTheFormIsValid() {
    QVERIFY(!sendButton()->isEnabled());
    QTest::keyClicks(edit("firstName"), QStringLiteral("Jane"));
    QTest::keyClicks(edit("lastName"), QStringLiteral("Doe"));
    QVERIFY(!sendButton()->isEnabled());
    QTest::keyClicks(edit("email"), QStringLiteral("jane@example.com"));
    QVERIFY(!sendButton()->isEnabled());
    QTest::keyClicks(edit("phone"), QStringLiteral("2124445555"));
    QVERIFY(sendButton()->isEnabled());
    QVERIFY(m_page->errors().isEmpty());
}

void TestFinancingPage::callCenterApplySendsToTheSandbox() {
    fillCustomer();
    QVERIFY(sendButton()->isEnabled());

    QTest::keyClick(edit("phone"), Qt::Key_Return);
    QLineEdit* trackingId = edit("trackingId");
    QVERIFY(trackingId);
    QTRY_VERIFY_WITH_TIMEOUT(!trackingId->text().isEmpty(), 15000);
    QVERIFY(trackingId->isReadOnly());
    QVERIFY(label("resultMessage")->text().contains(QStringLiteral("Link sent")));

    const auto requests = m_env->runtime->sandboxServer()->requests(service::chargeAfter);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().status, 200);
    const QJsonObject body = lastSandboxBody();
    QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("call_center"));
    QCOMPARE(body.value(QStringLiteral("flow")).toString(), QStringLiteral("apply"));
    QCOMPARE(body.value(QStringLiteral("runFlowOnCustomersDevice")).toBool(false), true);
    QCOMPARE(body.value(QStringLiteral("sendUsing")).toString(), QStringLiteral("email"));
    const QJsonObject consumer = body.value(QStringLiteral("consumerDetails")).toObject();
    QCOMPARE(consumer.value(QStringLiteral("email")).toString(),
             QStringLiteral("jane@example.com"));
    QCOMPARE(consumer.value(QStringLiteral("mobilePhoneNumber")).toString(),
             QStringLiteral("2124445555"));
    QVERIFY(!body.contains(QStringLiteral("cartDetails")));
    QVERIFY(!body.contains(QStringLiteral("idVerificationEvidence")));
    // Runtime::completeSendLink ran at send time: a fresh auth key and the sandbox postback.
    QVERIFY(!body.value(QStringLiteral("postbackAuthKey")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("finalPostbackURL")).toString().isEmpty());
    QVERIFY(sendButton()->isEnabled());
}

void TestFinancingPage::invalidEmailShowsItsErrorAndDisablesSend() {
    fillCustomer(QStringLiteral("jane@example"));
    QLabel* emailError = label("emailError");
    QVERIFY(emailError);
    // Typed but not left yet: no red while typing.
    QVERIFY(!emailError->isVisible());
    leaveWithTab(edit("email"));
    QVERIFY(emailError->isVisible());
    QVERIFY(emailError->text().contains(QStringLiteral("e-mail address")));
    QVERIFY(!sendButton()->isEnabled());

    QTest::keyClicks(edit("email"), QStringLiteral(".com"));
    QVERIFY(!emailError->isVisible());
    QVERIFY(sendButton()->isEnabled());
}

void TestFinancingPage::untouchedFieldsShowNoErrorUntilEnter() {
    QLabel* firstNameError = label("firstNameError");
    QVERIFY(firstNameError);
    QVERIFY(!firstNameError->isVisible());
    QVERIFY(!label("emailError")->isVisible());
    QVERIFY(!label("formErrors")->text().isEmpty());

    // Enter on an incomplete form sends nothing and reveals what is missing.
    QTest::keyClick(edit("firstName"), Qt::Key_Return);
    QVERIFY(firstNameError->isVisible());
    QVERIFY(firstNameError->text().contains(QStringLiteral("first name")));
    QVERIFY(label("emailError")->isVisible());
    QVERIFY(m_env->runtime->sandboxServer()->requests(service::chargeAfter).isEmpty());
}

void TestFinancingPage::expiredIdIsShownNextToTheField() {
    QVERIFY(edit("idExpiry"));
    QVERIFY(!edit("idExpiry")->isVisible()); // call center: no ID evidence

    find<QComboBox>("channel")->setCurrentIndex(1); // In store
    QVERIFY(edit("idExpiry")->isVisible());
    fillCustomer();
    QTest::keyClicks(edit("cardIssuer"), QStringLiteral("JP Morgan"));
    QTest::keyClicks(edit("cardExpiry"), QStringLiteral("01/31"));
    QTest::keyClicks(edit("idExpiry"), QStringLiteral("2020-01-01"));

    QLabel* idExpiryError = label("idExpiryError");
    QVERIFY(!idExpiryError->isVisible()); // typed, not left yet
    leaveWithTab(edit("idExpiry"));
    QVERIFY(idExpiryError->isVisible());
    QVERIFY2(idExpiryError->text().contains(QStringLiteral("expired")),
             qPrintable(idExpiryError->text()));
    QVERIFY(!sendButton()->isEnabled());

    // A valid ID, judged against the fixed 2026 clock, makes the form sendable.
    edit("idExpiry")->clear();
    QTest::keyClicks(edit("idExpiry"), QStringLiteral("2030-06-30"));
    QVERIFY(!idExpiryError->isVisible());
    QVERIFY(sendButton()->isEnabled());
    QCOMPARE(m_page->request().idVerificationEvidence->idType, QStringLiteral("driversLicense"));
}

void TestFinancingPage::callCenterForcesTheCustomersDevice() {
    auto* channel = find<QComboBox>("channel");
    auto* device = find<QComboBox>("device");
    auto* sendUsing = find<QComboBox>("sendUsing");
    QVERIFY(!device->isEnabled());
    QVERIFY(device->currentData().toBool());

    channel->setCurrentIndex(1); // In store
    QVERIFY(device->isEnabled());
    device->setCurrentIndex(1); // Merchant's device
    QVERIFY(!sendUsing->isEnabled());

    channel->setCurrentIndex(0); // back to call center
    QVERIFY(!device->isEnabled());
    QVERIFY(device->currentData().toBool());
    QVERIFY(sendUsing->isEnabled());
    QVERIFY(m_page->request().runFlowOnCustomersDevice);
}

void TestFinancingPage::merchantsDeviceNeedsNoContact() {
    find<QComboBox>("channel")->setCurrentIndex(1);
    find<QComboBox>("device")->setCurrentIndex(1);
    QTest::keyClicks(edit("idExpiry"), QStringLiteral("2030-06-30"));
    QTest::keyClicks(edit("cardIssuer"), QStringLiteral("JP Morgan"));
    QTest::keyClicks(edit("cardExpiry"), QStringLiteral("01/31"));
    QVERIFY2(sendButton()->isEnabled(), qPrintable(m_page->errors().value(0).message));
    QVERIFY(!m_page->request().consumerDetails);
    QVERIFY(m_page->request().sendUsing == chargeafter::SendUsing::Unset);

    sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!edit("trackingId")->text().isEmpty(), 15000);
    QCOMPARE(lastSandboxBody().value(QStringLiteral("runFlowOnCustomersDevice")).toBool(true),
             false);
}

void TestFinancingPage::billingAddressAppearsWhenNotSameAsShipping() {
    auto* billingSame = find<QCheckBox>("billingSame");
    QVERIFY(billingSame->isChecked());
    QVERIFY(!edit("billLine1")->isVisible());

    fillCustomer();
    QTest::keyClicks(edit("shipLine1"), QStringLiteral("3 My Street"));
    QTest::keyClicks(edit("shipCity"), QStringLiteral("New York"));
    QTest::keyClicks(edit("shipZip"), QStringLiteral("10019"));
    QTest::keyClicks(edit("shipState"), QStringLiteral("NY"));
    QVERIFY(sendButton()->isEnabled());
    QCOMPARE(m_page->request().consumerDetails->billingAddress.city, QStringLiteral("New York"));

    billingSame->click();
    QVERIFY(edit("billLine1")->isVisible());
    QVERIFY(m_page->request().consumerDetails->billingAddress.isEmpty());
    QTest::keyClicks(edit("billLine1"), QStringLiteral("1 Other Road"));
    QVERIFY(!sendButton()->isEnabled()); // a started billing address needs its city, ZIP, state
    QVERIFY(label("billCityError")->isVisible() == false); // untouched: not shown yet
    QTest::keyClick(edit("billLine1"), Qt::Key_Return);
    QVERIFY(label("billCityError")->isVisible());
}

void TestFinancingPage::checkoutComputesTheTotalAndSendsIt() {
    find<QComboBox>("flow")->setCurrentIndex(1); // Checkout
    auto* table = find<QTableView>("cartItems");
    QVERIFY(table);
    QVERIFY(table->isVisible());
    fillCustomer();

    // Typed into the table's own editor, the way an operator adds a line.
    find<QPushButton>("addItem")->click();
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Awesome Product"));
    QTest::keyClick(editor, Qt::Key_Return);

    CartItemsModel* model = m_page->cartEditor()->model();
    QCOMPARE(model->rowCount(), 1);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(model->index(0, CartItemsModel::Name).data().toString(),
                 QStringLiteral("Awesome Product"));
    const auto set = [model](int column, const QVariant& value) {
        QVERIFY(model->setData(model->index(0, column), value));
    };
    set(CartItemsModel::Sku, QStringLiteral("AWSMPRDCT"));
    set(CartItemsModel::Category, QStringLiteral("Product category"));
    set(CartItemsModel::Price, QStringLiteral("1999.00"));
    set(CartItemsModel::Quantity, 2);
    QVERIFY(
        model->setData(model->index(0, CartItemsModel::Leasable), Qt::Checked, Qt::CheckStateRole));
    set(CartItemsModel::WarrantyName, QStringLiteral("Awesome Warranty"));
    set(CartItemsModel::WarrantySku, QStringLiteral("AWSMWRNTY"));
    set(CartItemsModel::WarrantyPrice, QStringLiteral("100.00"));
    QTest::keyClicks(edit("discountName"), QStringLiteral("Birthday discount"));
    QTest::keyClicks(edit("discountAmount"), QStringLiteral("20"));
    QTest::keyClicks(edit("tax"), QStringLiteral("199"));
    QTest::keyClicks(edit("shipping"), QStringLiteral("19"));

    QVERIFY2(label("cartTotal")->text().contains(QStringLiteral("4,296.00")),
             qPrintable(label("cartTotal")->text()));
    QVERIFY2(sendButton()->isEnabled(), qPrintable(m_page->errors().value(0).message));

    sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!edit("trackingId")->text().isEmpty(), 15000);
    const auto requests = m_env->runtime->sandboxServer()->requests(service::chargeAfter);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().status, 200); // the sandbox re-adds the cart on its own
    const QJsonObject cart = lastSandboxBody().value(QStringLiteral("cartDetails")).toObject();
    QCOMPARE(cart.value(QStringLiteral("totalAmount")).toDouble(), 4296.0);
    QCOMPARE(cart.value(QStringLiteral("taxAmount")).toDouble(), 199.0);
    const QJsonObject item = cart.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("price")).toDouble(), 1999.0);
    QCOMPARE(item.value(QStringLiteral("quantity")).toInt(), 2);
    QCOMPARE(item.value(QStringLiteral("leasable")).toBool(), true);
    QCOMPARE(cart.value(QStringLiteral("discounts")).toArray().size(), 1);
}

void TestFinancingPage::cartPriceThatIsNotAnAmountIsShownUnderTheCart() {
    find<QComboBox>("flow")->setCurrentIndex(1);
    fillCustomer();
    QVERIFY(!sendButton()->isEnabled()); // a checkout needs an item

    find<QPushButton>("addItem")->click();
    CartItemsModel* model = m_page->cartEditor()->model();
    QVERIFY(model->setData(model->index(0, CartItemsModel::Name), QStringLiteral("Chair")));
    QVERIFY(model->setData(model->index(0, CartItemsModel::Sku), QStringLiteral("CH-1")));
    QVERIFY(model->setData(model->index(0, CartItemsModel::Price), QStringLiteral("12.345")));

    QLabel* cartError = label("cartItemsError");
    QVERIFY(cartError->isVisible());
    QVERIFY2(cartError->text().startsWith(QStringLiteral("Item 1:")),
             qPrintable(cartError->text()));
    QVERIFY(cartError->text().contains(QStringLiteral("decimals")));
    QVERIFY(!model->index(0, CartItemsModel::Price).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!sendButton()->isEnabled());
    QCOMPARE(label("cartTotal")->text(), QStringLiteral("—"));

    QVERIFY(model->setData(model->index(0, CartItemsModel::Price), QStringLiteral("12.34")));
    QVERIFY(!cartError->isVisible());
    QVERIFY(label("cartTotal")->text().contains(QStringLiteral("12.34")));
    QVERIFY(sendButton()->isEnabled());
}

void TestFinancingPage::settingsErrorIsShownInTheSummary() {
    // Live mode: no sandbox postback to fall back on.
    cleanup();
    m_env = std::make_unique<GuiTestEnvironment>();
    RuntimeOptions live;
    live.endpointOverrides.insert(service::chargeAfter,
                                  QUrl(QStringLiteral("https://api.example.invalid/send-link")));
    QVERIFY(m_env->start(live));
    m_page = std::make_unique<FinancingPage>(*m_env->runtime);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

    find<QComboBox>("flow")->setCurrentIndex(1);
    fillCustomer();
    find<QPushButton>("addItem")->click();
    CartItemsModel* model = m_page->cartEditor()->model();
    QVERIFY(model->setData(model->index(0, CartItemsModel::Name), QStringLiteral("Chair")));
    QVERIFY(model->setData(model->index(0, CartItemsModel::Sku), QStringLiteral("CH-1")));
    QVERIFY(model->setData(model->index(0, CartItemsModel::Price), QStringLiteral("80")));

    QLabel* summary = label("formErrors");
    QVERIFY2(summary->text().contains(QStringLiteral("final postback URL")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("Settings")));
    QVERIFY(!sendButton()->isEnabled());

    // Fixing it in Settings takes effect on the open form at once.
    m_env->runtime->settings().setValue(settingskey::finalPostbackUrl,
                                        QStringLiteral("https://shop.example.com/ca/final"));
    QVERIFY(summary->text().isEmpty());
    QVERIFY(sendButton()->isEnabled());
}

void TestFinancingPage::serverErrorIsShownInPlainWords() {
    m_env->runtime->sandboxServer()->setScenario(service::chargeAfter,
                                                 sandbox::Scenario::ServerError);
    fillCustomer();
    sendButton()->click();
    QLabel* message = label("resultMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("HTTP 500")), 15000);
    QVERIFY(message->text().contains(QStringLiteral("not sent")));
    QVERIFY(edit("trackingId")->text().isEmpty());
    QVERIFY(sendButton()->isEnabled()); // the operator may try again
}

void TestFinancingPage::sendingStateWhileTheServiceIsSlow() {
    sandbox::SandboxServer* server = m_env->runtime->sandboxServer();
    server->setSlowDelay(std::chrono::milliseconds(600));
    server->setScenario(service::chargeAfter, sandbox::Scenario::Slow);
    fillCustomer();

    QSignalSpy finished(m_page.get(), &FinancingPage::sendFinished);
    sendButton()->click();
    // The event loop keeps running: the button already says what is going on.
    QVERIFY(m_page->isSending());
    QVERIFY(!sendButton()->isEnabled());
    QVERIFY(sendButton()->text().contains(QStringLiteral("Sending")));
    QVERIFY(label("resultMessage")->text().contains(QStringLiteral("Sending")));
    // A second Enter while sending does not send twice.
    QTest::keyClick(edit("phone"), Qt::Key_Return);

    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(server->requests(service::chargeAfter).size(), 1);
    QVERIFY(sendButton()->isEnabled());
}

void TestFinancingPage::historyGetsARowPerAttempt() {
    LinkHistoryModel* history = m_page->historyModel();
    auto* view = find<QTableView>("history");
    QVERIFY(view);
    QCOMPARE(view->model(), history);
    QCOMPARE(history->rowCount(), 0);

    fillCustomer();
    sendButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 1, 15000);
    QCOMPARE(history->index(0, LinkHistoryModel::Customer).data().toString(),
             QStringLiteral("Jane Doe"));
    QCOMPARE(history->index(0, LinkHistoryModel::Contact).data().toString(),
             QStringLiteral("ja***@example.com"));
    QCOMPARE(history->index(0, LinkHistoryModel::Channel).data().toString(),
             QStringLiteral("Call center"));
    QCOMPARE(history->index(0, LinkHistoryModel::TrackingId).data().toString(),
             edit("trackingId")->text());
    QCOMPARE(history->index(0, LinkHistoryModel::Result).data().toString(), QStringLiteral("Sent"));

    // A failed attempt is recorded too, with its reason.
    m_env->runtime->sandboxServer()->setScenario(service::chargeAfter,
                                                 sandbox::Scenario::Unauthorized);
    sendButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 2, 15000);
    const QString failure = history->index(0, LinkHistoryModel::Result).data().toString();
    QVERIFY2(failure.contains(QStringLiteral("401")), qPrintable(failure));
}

void TestFinancingPage::copyButtonPutsTheTrackingIdOnTheClipboard() {
    fillCustomer();
    sendButton()->click();
    QLineEdit* trackingId = edit("trackingId");
    QTRY_VERIFY_WITH_TIMEOUT(!trackingId->text().isEmpty(), 15000);
    find<QPushButton>("copyTrackingId")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), trackingId->text());
}

void TestFinancingPage::tabFollowsTheForm() {
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    edit("firstName")->setFocus(Qt::TabFocusReason);
    QVERIFY(edit("firstName")->hasFocus());
    for (const char* next : {"lastName", "email", "phone", "merchantConsumerId", "shipLine1"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(next));
    }
    // Hidden groups (ID, cart) are skipped: from the last address field to the billing box.
    edit("shipState")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("billingSame"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("merchantOrderId"));
}

void TestFinancingPage::newLinkClearsTheCustomer() {
    fillCustomer();
    sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!edit("trackingId")->text().isEmpty(), 15000);
    find<QPushButton>("newLink")->click();
    QVERIFY(edit("firstName")->text().isEmpty());
    QVERIFY(edit("email")->text().isEmpty());
    QVERIFY(edit("trackingId")->text().isEmpty());
    QVERIFY(!label("firstNameError")->isVisible());
    QVERIFY(!sendButton()->isEnabled());
    QCOMPARE(m_page->historyModel()->rowCount(), 1); // the history keeps the sent link
}

QTEST_MAIN(TestFinancingPage)
#include "tst_financingpage.moc"
