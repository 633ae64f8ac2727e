// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The membership refund quote page, driven as an operator would, over real HTTP to the
// embedded ACME sandbox, and checked for card data left anywhere afterwards.

#include "guitestenvironment.h"

#include "acme/card.h"
#include "pages/membershipspage.h"
#include "sandbox/acmesandbox.h"
#include "sandbox/sandboxserver.h"
#include "widgets/membershipoperationseditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

namespace {

const QString kPan = QStringLiteral("4242424242424242");

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    {
        const QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                           message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString allLogs() {
    const QMutexLocker lock(&logMutex);
    return capturedLog.join(u'\n');
}

} // namespace

class TestMembershipsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void cardNumberIsMaskedWhenTheFieldLosesFocus();
    void cardDataCannotBeCopied();
    void luhnErrorIsShownInWords();
    void brandMismatchIsShown();
    void cvcLengthFollowsTheBrand();
    void expiredCardIsRefused();
    void sendStaysDisabledUntilTheFormIsValid();
    void wholeQuoteLeavesNoCardDataBehind();
    void splitRefundShowsTwoDetails();
    void retryReusesTheRequestUuid();
    void hidingThePageWipesTheCardData();
    void tabGoesThroughTheOperationBeforeAdd();
    void quoteIsADocumentTheMemberCanKeep();

private:
    template <typename T> T* find(const char* name) const {
        return m_page->findChild<T*>(QLatin1String(name));
    }
    QLineEdit* edit(const char* name) const { return find<QLineEdit>(name); }
    QLabel* label(const char* name) const { return find<QLabel>(name); }
    QPushButton* quoteButton() const { return find<QPushButton>("quoteButton"); }
    void leaveField() { edit("lastName")->setFocus(Qt::TabFocusReason); }
    void typeCardNumber(const QString& digits);
    void chooseBrand(const char* contractName);
    void fillContact();
    void setOperation(const char* type, const QString& id, const char* level = "");
    void fillCard(const QString& cvc = QStringLiteral("123"));

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MembershipsPage> m_page;
};

void TestMembershipsPage::initTestCase() {
    testing::useUsEnglish();
    QLoggingCategory::setFilterRules(QStringLiteral("checkstand.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestMembershipsPage::cleanupTestCase() {
    qInstallMessageHandler(previousHandler);
}

void TestMembershipsPage::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_page = std::make_unique<MembershipsPage>(*m_env->runtime);
    m_page->resize(1000, 1400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestMembershipsPage::cleanup() {
    m_page.reset();
    m_env.reset();
}

void TestMembershipsPage::typeCardNumber(const QString& digits) {
    QLineEdit* number = edit("cardNumber");
    number->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(number, digits);
}

void TestMembershipsPage::chooseBrand(const char* contractName) {
    auto* brand = find<QComboBox>("brand");
    const int index = brand->findData(QLatin1String(contractName));
    QVERIFY(index > 0);
    brand->setCurrentIndex(index);
    Q_EMIT brand->activated(index);
}

void TestMembershipsPage::fillContact() {
    QTest::keyClicks(edit("firstName"), QStringLiteral("Jane"));
    QTest::keyClicks(edit("lastName"), QStringLiteral("Doe"));
    QTest::keyClicks(edit("email"), QStringLiteral("jane@example.com"));
}

void TestMembershipsPage::setOperation(const char* type, const QString& id, const char* level) {
    auto* typeCombo = find<QComboBox>("operationType0");
    QVERIFY(typeCombo);
    typeCombo->setCurrentIndex(typeCombo->findData(QLatin1String(type)));
    QTest::keyClicks(edit("membershipId0"), id);
    auto* levelCombo = find<QComboBox>("membershipLevel0");
    levelCombo->setCurrentIndex(qMax(0, levelCombo->findData(QLatin1String(level))));
}

void TestMembershipsPage::fillCard(const QString& cvc) {
    typeCardNumber(kPan);
    QTest::keyClicks(edit("expDate"), QStringLiteral("0829"));
    QTest::keyClicks(edit("cvc"), cvc);
}

void TestMembershipsPage::cardNumberIsMaskedWhenTheFieldLosesFocus() {
    typeCardNumber(kPan);
    QCOMPARE(edit("cardNumber")->text(), kPan); // readable while typing
    leaveField();
    QTRY_VERIFY_WITH_TIMEOUT(!edit("cardNumber")->hasFocus(), 15000);
    const QString shown = edit("cardNumber")->text();
    QVERIFY(!shown.contains(kPan));
    QVERIFY(shown.endsWith(QLatin1String("4242")));
    QVERIFY(shown.contains(u'•'));
    QCOMPARE(shown, acme::maskedNumber(kPan));
    QCOMPARE(edit("lastFour")->text(), QStringLiteral("4242"));
    QCOMPARE(find<QComboBox>("brand")->currentData().toString(), QStringLiteral("Visa"));
    QVERIFY(label("cardNumberError")->isHidden());

    // Back in the field, the digits can be checked again (still only in memory).
    edit("cardNumber")->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE_WITH_TIMEOUT(edit("cardNumber")->text(), kPan, 15000);
}

void TestMembershipsPage::cardDataCannotBeCopied() {
    QGuiApplication::clipboard()->setText(QStringLiteral("nothing"));
    typeCardNumber(kPan);
    QLineEdit* number = edit("cardNumber");
    QCOMPARE(number->contextMenuPolicy(), Qt::NoContextMenu);
    QVERIFY(!number->dragEnabled());
    number->selectAll();
    QTest::keySequence(number, QKeySequence::Copy);
    QTest::keySequence(number, QKeySequence::Cut);
    QCOMPARE(number->text(), kPan);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("nothing"));

    QLineEdit* cvc = edit("cvc");
    QCOMPARE(cvc->echoMode(), QLineEdit::Password);
    QCOMPARE(cvc->contextMenuPolicy(), Qt::NoContextMenu);
    QTest::keyClicks(cvc, QStringLiteral("123"));
    cvc->selectAll();
    QTest::keySequence(cvc, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("nothing"));
}

void TestMembershipsPage::luhnErrorIsShownInWords() {
    typeCardNumber(QStringLiteral("4242424242424241"));
    leaveField();
    QTRY_VERIFY_WITH_TIMEOUT(label("cardNumberError")->isVisible(), 15000);
    QVERIFY(label("cardNumberError")->text().contains(QLatin1String("not valid")));
    QVERIFY(!quoteButton()->isEnabled());
}

void TestMembershipsPage::brandMismatchIsShown() {
    chooseBrand("MasterCard");
    typeCardNumber(kPan);
    leaveField();
    QTRY_VERIFY_WITH_TIMEOUT(label("cardNumberError")->isVisible(), 15000);
    QCOMPARE(label("cardNumberError")->text(),
             QStringLiteral("This is not a MasterCard card number."));
    // The chosen brand is the operator's: a number does not override it.
    QCOMPARE(find<QComboBox>("brand")->currentData().toString(), QStringLiteral("MasterCard"));
}

void TestMembershipsPage::cvcLengthFollowsTheBrand() {
    chooseBrand("AmericanExpress");
    QCOMPARE(find<QComboBox>("brand")->currentText(), QStringLiteral("American Express"));
    QCOMPARE(edit("cvc")->maxLength(), 4);
    QTest::keyClicks(edit("cvc"), QStringLiteral("12345"));
    QCOMPARE(edit("cvc")->text().size(), 4);
    QVERIFY(label("cvcError")->isHidden());

    edit("cvc")->clear();
    chooseBrand("Visa");
    QCOMPARE(edit("cvc")->maxLength(), 3);
    QTest::keyClicks(edit("cvc"), QStringLiteral("12"));
    QTRY_VERIFY_WITH_TIMEOUT(label("cvcError")->isVisible(), 15000);
    QCOMPARE(label("cvcError")->text(), QStringLiteral("The security code has 3 digits."));
}

void TestMembershipsPage::expiredCardIsRefused() {
    fillContact();
    setOperation("MembershipCancel", QStringLiteral("M-1001"));
    typeCardNumber(kPan);
    QTest::keyClicks(edit("cvc"), QStringLiteral("123"));
    QTest::keyClicks(edit("expDate"), QStringLiteral("0125")); // January 2025; today is 2026
    QTRY_VERIFY_WITH_TIMEOUT(label("expDateError")->isVisible(), 15000);
    QVERIFY(label("expDateError")->text().contains(QLatin1String("expired")));
    QVERIFY(!quoteButton()->isEnabled());

    edit("expDate")->clear();
    QTest::keyClicks(edit("expDate"), QStringLiteral("0326")); // valid to the end of March 2026
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
}

void TestMembershipsPage::sendStaysDisabledUntilTheFormIsValid() {
    QVERIFY(!quoteButton()->isEnabled());
    // Fresh form: no wall of red.
    QVERIFY(label("firstNameError")->isHidden());
    fillContact();
    setOperation("MembershipDowngrade", QStringLiteral("M-1001"));
    fillCard();
    QVERIFY(!quoteButton()->isEnabled()); // a downgrade needs its target level
    find<QComboBox>("membershipLevel0")
        ->setCurrentIndex(find<QComboBox>("membershipLevel0")->findData(QStringLiteral("Bronze")));
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);

    edit("email")->clear();
    QVERIFY(!quoteButton()->isEnabled());
    // Enter shows what is missing instead of sending.
    QTest::keyClick(edit("firstName"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(label("emailError")->isVisible(), 15000);
    QVERIFY(m_env->runtime->sandboxServer()->requests(QStringLiteral("acme")).isEmpty());
}

void TestMembershipsPage::wholeQuoteLeavesNoCardDataBehind() {
    sandbox::SandboxServer* sandbox = m_env->runtime->sandboxServer();
    QVERIFY(sandbox);
    sandbox->acme().setToday(QDate(2026, 10, 1));
    QGuiApplication::clipboard()->clear();

    fillContact();
    setOperation("MembershipCancel", QStringLiteral("57742a012095d87d690c39bc"));
    fillCard(QStringLiteral("123"));
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
    // Enter sends.
    QTest::keyClick(edit("email"), Qt::Key_Return);

    auto* view = find<QWidget>("quoteView");
    QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && !m_page->isSending(), 15000);
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("refundAmount"))->text(),
             QStringLiteral("$29.92"));
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("netAmount"))->text().isEmpty(), false);
    auto* details = view->findChild<QTableWidget*>(QStringLiteral("refundDetails"));
    QCOMPARE(details->rowCount(), 1);
    QCOMPARE(details->item(0, 0)->text(), QStringLiteral("$29.92"));
    QCOMPARE(details->item(0, 2)->text(), QStringLiteral("•••• 4242"));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("detailsWarning"))->isHidden());
    QVERIFY(label("resultMessage")->text().contains(QLatin1String("$29.92")));
    // The PAN really went out (so the scan below means something), once.
    QCOMPARE(sandbox->acme().requestsWithCardNumber(), 1);

    // Card data is gone from the form once the request finished.
    QVERIFY(edit("cardNumber")->text().isEmpty());
    QVERIFY(edit("cvc")->text().isEmpty());
    QCOMPARE(edit("lastFour")->text(), QStringLiteral("4242"));

    QTemporaryDir pdfDir;
    QVERIFY(pdfDir.isValid());
    const QString pdfPath = pdfDir.filePath(QStringLiteral("quote.pdf"));
    QVERIFY(find<QPushButton>("pdfButton")->isEnabled());
    QVERIFY(find<QPushButton>("printButton")->isEnabled());
    QVERIFY(m_page->saveQuotePdf(pdfPath));

    QStringList files{pdfPath, m_env->dir.filePath(QStringLiteral("settings.ini"))};
    QDirIterator it(m_env->runtime->dataDirectory(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QDirIterator tmp(m_env->dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (tmp.hasNext())
        files.append(tmp.next());
    files.removeDuplicates();

    const QByteArray panUtf8 = kPan.toUtf8();
    const QByteArray panUtf16(reinterpret_cast<const char*>(kPan.utf16()), kPan.size() * 2);
    int scanned = 0;
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++scanned;
        QVERIFY2(!bytes.contains(panUtf8), qPrintable(QStringLiteral("PAN in ") + path));
        QVERIFY2(!bytes.contains(panUtf16), qPrintable(QStringLiteral("PAN in ") + path));
        QVERIFY2(!bytes.contains("\"cvc\":\"123\""), qPrintable(QStringLiteral("CVC in ") + path));
        QVERIFY2(!bytes.contains("\"cvc\": \"123\""), qPrintable(QStringLiteral("CVC in ") + path));
    }
    QVERIFY(scanned >= 2);
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));

    const QString logs = allLogs();
    // The log was really captured; the body with the card data is never written to it.
    QVERIFY(logs.contains(QLatin1String("checkout/charges")));
    QVERIFY(logs.contains(QLatin1String("with card data, not logged")));
    QVERIFY(!logs.contains(kPan));
    QVERIFY(!logs.contains(QLatin1String("\"cvc\":\"123\"")));
    QVERIFY(!logs.contains(QLatin1String("\"cvc\": \"123\"")));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(kPan));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(QLatin1String("123")));
}

void TestMembershipsPage::splitRefundShowsTwoDetails() {
    fillContact();
    setOperation("MembershipDowngrade", QStringLiteral("M-SPLIT"), "Bronze");
    fillCard();
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
    QTest::mouseClick(quoteButton(), Qt::LeftButton);

    auto* view = find<QWidget>("quoteView");
    QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && !m_page->isSending(), 15000);
    QCOMPARE(view->findChild<QLabel*>(QStringLiteral("refundAmount"))->text(),
             QStringLiteral("$70.00"));
    auto* details = view->findChild<QTableWidget*>(QStringLiteral("refundDetails"));
    QCOMPARE(details->rowCount(), 2);
    QCOMPARE(details->item(0, 0)->text(), QStringLiteral("$35.00"));
    QCOMPARE(details->item(0, 2)->text(), QStringLiteral("•••• 4242"));
    QCOMPARE(details->item(1, 0)->text(), QStringLiteral("$35.00"));
    QCOMPARE(details->item(1, 1)->text(), QStringLiteral("Gift card"));
    QVERIFY(details->item(1, 2)->text().isEmpty());
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("detailsWarning"))->isHidden());
}

void TestMembershipsPage::retryReusesTheRequestUuid() {
    sandbox::SandboxServer* sandbox = m_env->runtime->sandboxServer();
    fillContact();
    setOperation("MembershipCancel", QStringLiteral("M-1001"));
    fillCard();
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
    QTest::mouseClick(quoteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("quoteView")->isVisible() && !m_page->isSending(),
                             15000);
    const QString firstUuid = m_page->requestUuid();
    QVERIFY(!firstUuid.isEmpty());

    // The same quote again (the operator types the CVC again, as after a timeout).
    QVERIFY(edit("cvc")->text().isEmpty());
    QTest::keyClicks(edit("cvc"), QStringLiteral("123"));
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
    QTest::mouseClick(quoteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->isSending() &&
            label("resultMessage")->text().contains(QLatin1String("Already submitted")),
        15000);
    QVERIFY(!label("resultMessage")->styleSheet().contains(QLatin1String("#b00020")));
    QVERIFY(edit("cvc")->text().isEmpty());

    const auto requests = sandbox->requests(QStringLiteral("acme"));
    QVERIFY(requests.size() >= 2);
    const auto& last = requests.at(requests.size() - 1);
    const auto& previous = requests.at(requests.size() - 2);
    QCOMPARE(previous.request.header("x-acme-request-uuid"), firstUuid.toLatin1());
    QCOMPARE(last.request.header("x-acme-request-uuid"), firstUuid.toLatin1());
    QCOMPARE(previous.status, 200);
    QCOMPARE(last.status, 409);

    // Any edit makes a new quote with a new id.
    QTest::keyClicks(edit("notes"), QStringLiteral("Called on Monday"));
    QTest::keyClicks(edit("cvc"), QStringLiteral("123"));
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
    QTest::mouseClick(quoteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_page->isSending() && sandbox->requests(QStringLiteral("acme")).size() == 3, 15000);
    QVERIFY(m_page->requestUuid() != firstUuid);
    QCOMPARE(sandbox->requests(QStringLiteral("acme")).last().request.header("x-acme-request-uuid"),
             m_page->requestUuid().toLatin1());
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>("quoteView")->isVisible(), 15000);
}

void TestMembershipsPage::hidingThePageWipesTheCardData() {
    typeCardNumber(kPan);
    QTest::keyClicks(edit("cvc"), QStringLiteral("123"));
    QVERIFY(!edit("cardNumber")->text().isEmpty());
    m_page->hide();
    QVERIFY(edit("cardNumber")->text().isEmpty());
    QVERIFY(edit("cvc")->text().isEmpty());
}

QTEST_MAIN(TestMembershipsPage)
void TestMembershipsPage::tabGoesThroughTheOperationBeforeAdd() {
    // Payment id -> the operation's fields -> Add operation (the button used to come first).
    // (A cancel has no target level, and a single row no Remove: both are skipped.)
    QLineEdit* paymentId = edit("paymentId");
    paymentId->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(paymentId->hasFocus(), 15000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QComboBox>("operationType0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("membershipId0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QPushButton>("addOperation"));
    // A row added later still comes before the button, and after the first row.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(),
                              static_cast<QWidget*>(find<QComboBox>("operationType1")), 15000);
    // A layout shows a new row's widgets from the event loop, as it would between two keys.
    QTRY_VERIFY_WITH_TIMEOUT(edit("membershipId1")->isVisible(), 15000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("membershipId1"));
    for (int i = 0; i < 3 && QApplication::focusWidget() != find<QPushButton>("addOperation"); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // its level and Remove
    QCOMPARE(QApplication::focusWidget(), find<QPushButton>("addOperation"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QVERIFY(find<QWidget>("operations")->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(QApplication::focusWidget() != edit("membershipId0"));
}

void TestMembershipsPage::quoteIsADocumentTheMemberCanKeep() {
    m_env->runtime->sandboxServer()->acme().setToday(QDate(2026, 10, 1));
    fillContact();
    setOperation("MembershipCancel", QStringLiteral("57742a012095d87d690c39bc"));
    typeCardNumber(kPan);
    // The expiry as printed on the card, like Financing asks for it.
    QTest::keyClicks(edit("expDate"), QStringLiteral("08/29"));
    QTest::keyClicks(edit("cvc"), QStringLiteral("123"));
    QTRY_VERIFY_WITH_TIMEOUT(quoteButton()->isEnabled(), 15000);
    QTest::mouseClick(quoteButton(), Qt::LeftButton);
    auto* view = find<QWidget>("quoteView");
    QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && !m_page->isSending(), 15000);
    QVERIFY(label("resultMessage")->text().contains(QLatin1String("Quote received")));
    // No red "complete the form" beside the green result: the card fields were wiped, not missed.
    QVERIFY2(!label("formErrors")->text().contains(QLatin1String("Complete the form")),
             qPrintable(label("formErrors")->text()));
    QCOMPARE(edit("expDate")->text(), QStringLiteral("08/29"));
    auto* details = view->findChild<QTableWidget*>(QStringLiteral("refundDetails"));
    QCOMPARE(details->item(0, 1)->text(), QStringLiteral("Credit card"));
    // Headers fit: each column at least as wide as its header text.
    QHeaderView* header = details->horizontalHeader();
    for (int c = 0; c < 2; ++c) {
        const QString title = details->horizontalHeaderItem(c)->text();
        QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }

    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("quote.pdf"));
    QVERIFY(m_page->saveQuotePdf(pdfPath));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!pdftotext.waitForStarted(15000))
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(pdftotext.waitForFinished(30000));
    // NFKC: ligatures in the PDF ("ﬁ") read as the letters they are.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC);
    const QString store = m_env->runtime->storeInfo().name;
    QVERIFY(!store.isEmpty());
    for (const QString& expected :
         {store, QStringLiteral("Main Street"), QStringLiteral("Membership refund quote"),
          m_page->requestUuid(), QStringLiteral("Jane Doe"),
          QStringLiteral("57742a012095d87d690c39bc"), QStringLiteral("Cancel"),
          QStringLiteral("$29.92"), QStringLiteral("Credit card"), QStringLiteral("4242"),
          QStringLiteral("not a refund")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + text));
    }
    QVERIFY(!text.contains(kPan));
}

#include "tst_membershipspage.moc"
