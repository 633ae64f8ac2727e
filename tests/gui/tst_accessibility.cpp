// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader access: every input named, every mnemonic reaching its input and
// none clashing, Help (F1), the shortcut overview and About; Financing shows a field's error
// only once the operator left it or pressed Send.

#include "guitestenvironment.h"

#include "chargeafter/sendlinkrequest.h"
#include "mainwindow.h"
#include "pages/financingpage.h"
#include "pages/historypage.h"
#include "pages/membershipspage.h"
#include "pages/outboxpage.h"
#include "pages/salepage.h"
#include "pages/settingspage.h"
#include "sandbox/sandboxserver.h"
#include "ticket/ticket.h"
#include "widgets/helpdialog.h"
#include "widgets/sandboxbanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using Page = MainWindow::Page;

namespace {

constexpr int kTimeout = 5000;

const QList<Page> kAllPages = {Page::Sale,   Page::Financing, Page::Memberships,
                               Page::Outbox, Page::Settings,  Page::History};

// The letter after a single '&' ("E-&mail" -> 'm'), or a null QChar.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool isInput(QWidget* w) {
    // The line edit inside a combo box or spin box is named through its owner.
    if (qobject_cast<QComboBox*>(w->parentWidget()) ||
        qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
        return false;
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QSpinBox*>(w) || qobject_cast<QDateEdit*>(w) ||
           qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QCheckBox*>(w);
}

bool canTakeFocus(const QWidget* w) {
    if (w->focusPolicy() != Qt::NoFocus)
        return true;
    return w->focusProxy() && w->focusProxy()->focusPolicy() != Qt::NoFocus;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyInputOnEveryPageIsNamed();
    void cardFieldsAndOperationsAreNamed();
    void mnemonicBuddiesTakeFocus_data();
    void mnemonicBuddiesTakeFocus();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
    void altLetterMovesFocusToTheFinancingInput();
    void f1OpensTheHelpOfEachPage();
    void shortcutOverviewListsEverySaleAction();
    void aboutNamesTheLicence();

    void financingShowsNoErrorOnAFreshPage();
    void financingShowsAFieldsErrorOnceItWasLeft();
    void financingSendOnAnIncompleteFormShowsAllAndFocusesTheFirst();
    void financingFromTheTillShowsNoRedBeforeTyping();

private:
    QWidget* pageWidget(Page page) const;
    void show(Page page);
    // Every group and optional block of the page on screen at once, so nothing escapes a check.
    void revealEverything(Page page);
    QList<QLabel*> mnemonicLabels(QWidget* root) const;
    // Mnemonic letter -> what uses it, for the page, the menu bar and the training banner.
    QMultiHash<QChar, QString> mnemonics(QWidget* page) const;
    bool activateWindow();
    template <typename T> T* financing(const char* name) const {
        return m_window->financingPage()->findChild<T*>(QLatin1String(name));
    }

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase() {
    testing::useUsEnglish();
}

void TestAccessibility::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(activateWindow());
}

void TestAccessibility::cleanup() {
    m_window.reset();
    m_env.reset();
}

bool TestAccessibility::activateWindow() {
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

QWidget* TestAccessibility::pageWidget(Page page) const {
    switch (page) {
    case Page::Sale:
        return m_window->salePage();
    case Page::Financing:
        return m_window->financingPage();
    case Page::Memberships:
        return m_window->membershipsPage();
    case Page::Outbox:
        return m_window->outboxPage();
    case Page::Settings:
        return m_window->settingsPage();
    case Page::History:
        return m_window->historyPage();
    }
    return nullptr;
}

void TestAccessibility::show(Page page) {
    m_window->showPage(page);
    QVERIFY(m_window->currentPage() == page);
}

void TestAccessibility::revealEverything(Page page) {
    if (page == Page::Financing) {
        financing<QComboBox>("channel")->setCurrentIndex(1); // in store: the ID evidence
        financing<QComboBox>("flow")->setCurrentIndex(1);    // checkout: the cart
        financing<QCheckBox>("billingSame")->setChecked(false);
    } else if (page == Page::Memberships) {
        m_window->membershipsPage()
            ->findChild<QCheckBox*>(QStringLiteral("billingSame"))
            ->setChecked(false);
    }
}

QList<QLabel*> TestAccessibility::mnemonicLabels(QWidget* root) const {
    QList<QLabel*> labels;
    const QList<QLabel*> all = root->findChildren<QLabel*>();
    for (QLabel* label : all) {
        if (label->isVisibleTo(m_window.get()) && !mnemonicOf(label->text()).isNull())
            labels.append(label);
    }
    return labels;
}

QMultiHash<QChar, QString> TestAccessibility::mnemonics(QWidget* page) const {
    QMultiHash<QChar, QString> letters;
    const auto collect = [this, &letters](QWidget* root) {
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(m_window.get()))
                continue;
            QString text;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                text = label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                text = button->text();
            if (const QChar letter = mnemonicOf(text); !letter.isNull())
                letters.insert(letter, text);
        }
    };
    collect(page);
    if (SandboxBanner* banner = m_window->sandboxBanner())
        collect(banner);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    for (const QAction* menu : menus) {
        if (const QChar letter = mnemonicOf(menu->text()); !letter.isNull())
            letters.insert(letter, menu->text());
    }
    return letters;
}

void TestAccessibility::everyInputOnEveryPageIsNamed() {
    for (Page page : kAllPages) {
        show(page);
        QWidget* root = pageWidget(page);
        QVERIFY(root);
        revealEverything(page);
        QSet<const QWidget*> buddies;
        const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QStringList unnamed;
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!isInput(w) || !w->isVisibleTo(root) || !w->isEnabled())
                continue;
            // A check box is read out by its own text.
            const auto* box = qobject_cast<QCheckBox*>(w);
            const bool named = !w->accessibleName().trimmed().isEmpty() || buddies.contains(w) ||
                               (box && !box->text().trimmed().isEmpty());
            if (!named)
                unnamed.append(w->objectName().isEmpty()
                                   ? QString::fromLatin1(w->metaObject()->className())
                                   : w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(root->objectName() + QStringLiteral(": ") +
                                               unnamed.join(QStringLiteral(", "))));
    }
}

void TestAccessibility::cardFieldsAndOperationsAreNamed() {
    show(Page::Memberships);
    MembershipsPage* page = m_window->membershipsPage();
    const auto name = [page](const char* objectName) {
        auto* w = page->findChild<QWidget*>(QLatin1String(objectName));
        return w ? w->accessibleName() : QStringLiteral("<missing>");
    };
    QCOMPARE(name("cardNumber"), QStringLiteral("Card number"));
    QCOMPARE(name("cvc"), QStringLiteral("Security code (CVC)"));
    QCOMPARE(name("email"), QStringLiteral("E-mail"));
    QCOMPARE(name("billingEmail"), QStringLiteral("Billing contact: E-mail"));
    QCOMPARE(name("operationType0"), QStringLiteral("Operation 1"));
    QCOMPARE(name("membershipId0"), QStringLiteral("Membership id of operation 1"));
    QCOMPARE(name("membershipLevel0"), QStringLiteral("Target level of operation 1"));

    show(Page::Financing);
    FinancingPage* fin = m_window->financingPage();
    QCOMPARE(fin->findChild<QWidget*>(QStringLiteral("billCity"))->accessibleName(),
             QStringLiteral("Billing address: City"));
    QCOMPARE(fin->findChild<QWidget*>(QStringLiteral("shipCity"))->accessibleName(),
             QStringLiteral("Shipping address: City"));
    QCOMPARE(fin->findChild<QWidget*>(QStringLiteral("email"))->accessibleName(),
             QStringLiteral("E-mail"));
}

void TestAccessibility::mnemonicBuddiesTakeFocus_data() {
    QTest::addColumn<int>("page");
    QTest::newRow("Financing") << static_cast<int>(Page::Financing);
    QTest::newRow("Memberships") << static_cast<int>(Page::Memberships);
}

void TestAccessibility::mnemonicBuddiesTakeFocus() {
    QFETCH(int, page);
    show(static_cast<Page>(page));
    revealEverything(static_cast<Page>(page));
    const QList<QLabel*> labels = mnemonicLabels(pageWidget(static_cast<Page>(page)));
    QVERIFY(labels.size() >= 8);
    for (const QLabel* label : labels) {
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        QVERIFY2(canTakeFocus(label->buddy()), qPrintable(label->text()));
    }
}

void TestAccessibility::mnemonicsDoNotClash_data() {
    mnemonicBuddiesTakeFocus_data();
}

void TestAccessibility::mnemonicsDoNotClash() {
    QFETCH(int, page);
    show(static_cast<Page>(page));
    revealEverything(static_cast<Page>(page));
    QVERIFY(m_window->sandboxBanner()); // training mode: the banner is part of the window
    const QMultiHash<QChar, QString> letters = mnemonics(pageWidget(static_cast<Page>(page)));
    QVERIFY(letters.size() >= 10);
    QStringList clashes;
    const QList<QChar> keys = letters.uniqueKeys();
    for (const QChar letter : keys) {
        if (letters.count(letter) > 1)
            clashes.append(QString(letter) + QStringLiteral(": ") +
                           letters.values(letter).join(QStringLiteral(" / ")));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestAccessibility::altLetterMovesFocusToTheFinancingInput() {
    show(Page::Financing);
    revealEverything(Page::Financing);
    const QList<QLabel*> labels = mnemonicLabels(m_window->financingPage());
    int tried = 0;
    for (const QLabel* label : labels) {
        QWidget* input = label->buddy();
        QVERIFY2(input, qPrintable(label->text()));
        if (!input->isEnabled())
            continue;
        const QChar letter = mnemonicOf(label->text()).toUpper();
        const auto key = static_cast<Qt::Key>(letter.unicode());
        QTest::keyClick(m_window.get(), key, Qt::AltModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(QApplication::focusWidget() == input, qPrintable(label->text()),
                                  kTimeout);
        ++tried;
    }
    QVERIFY(tried >= 10);
}

void TestAccessibility::f1OpensTheHelpOfEachPage() {
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    for (Page page : kAllPages) {
        show(page);
        QVERIFY(activateWindow());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->helpDialog() && m_window->helpDialog()->isVisible(),
                                 kTimeout);
        HelpDialog* help = m_window->helpDialog();
        QVERIFY(!help->isModal());
        QCOMPARE(help->title(), navigation->item(static_cast<int>(page))->text());
        QVERIFY(!help->listedKeys().isEmpty());
        help->close();
    }
}

void TestAccessibility::shortcutOverviewListsEverySaleAction() {
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->shortcutsDialog() && m_window->shortcutsDialog()->isVisible(), kTimeout);
    const QStringList listed = m_window->shortcutsDialog()->listedKeys();
    // The Sale page's own actions are the keys a cashier uses most: none may be missing.
    const QList<QAction*> actions = m_window->salePage()->actions();
    int checked = 0;
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(key), qPrintable(action->text() + u' ' + key));
        ++checked;
    }
    QVERIFY(checked >= 7);
    // Sale history's keys are in the same table.
    QVERIFY(listed.contains(QStringLiteral("Down")));
    m_window->shortcutsDialog()->close();

    QVERIFY(activateWindow());
    QTest::keyClick(m_window.get(), Qt::Key_F1, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->shortcutsDialog()->isVisible(), kTimeout);
}

void TestAccessibility::aboutNamesTheLicence() {
    auto* about = m_window->findChild<QAction*>(QStringLiteral("aboutCheckstand"));
    QVERIFY(about);
    about->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->aboutDialog() && m_window->aboutDialog()->isVisible(),
                             kTimeout);
    const QString text = m_window->aboutDialog()->text();
    QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("QtKeychain — BSD-3-Clause")));
    QVERIFY(text.contains(QStringLiteral("SQLite — public domain")));
    QVERIFY(text.contains(QStringLiteral("free software")));
    QVERIFY(text.contains(QCoreApplication::applicationVersion()));
}

void TestAccessibility::financingShowsNoErrorOnAFreshPage() {
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage() == Page::Financing, kTimeout);
    FinancingPage* page = m_window->financingPage();
    QVERIFY(!page->errors().isEmpty()); // the form is incomplete, it just is not red yet
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    int errorLabels = 0;
    for (const QLabel* label : labels) {
        if (!label->objectName().endsWith(QLatin1String("Error")))
            continue;
        ++errorLabels;
        QVERIFY2(!label->isVisible(), qPrintable(label->objectName()));
    }
    QVERIFY(errorLabels >= 10);
    // Walking into the page with the keyboard is not leaving a field.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage() == Page::Financing, kTimeout);
    QVERIFY(!financing<QLabel>("firstNameError")->isVisible());
}

void TestAccessibility::financingShowsAFieldsErrorOnceItWasLeft() {
    show(Page::Financing);
    auto* email = financing<QLineEdit>("email");
    email->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(email->hasFocus(), kTimeout);
    QTest::keyClicks(email, QStringLiteral("jane@"));
    QTest::keyClick(email, Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(!email->hasFocus(), kTimeout);
    QVERIFY(financing<QLabel>("emailError")->isVisible());
    QVERIFY(!financing<QLabel>("firstNameError")->isVisible());
    QVERIFY(!financing<QLabel>("lastNameError")->isVisible());

    // Only passing through with Tab, nothing typed: left once, so its error shows.
    auto* firstName = financing<QLineEdit>("firstName");
    firstName->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(firstName->hasFocus(), kTimeout);
    QTest::keyClick(firstName, Qt::Key_Tab);
    QVERIFY(financing<QLabel>("firstNameError")->isVisible());
    QVERIFY(!financing<QLabel>("phoneError")->isVisible());
}

void TestAccessibility::financingSendOnAnIncompleteFormShowsAllAndFocusesTheFirst() {
    show(Page::Financing);
    auto* send = financing<QAbstractButton>("send");
    QVERIFY(!send->isEnabled()); // disabled while invalid, as before
    auto* phone = financing<QLineEdit>("phone");
    phone->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(phone->hasFocus(), kTimeout);
    QTest::keyPress(phone, Qt::Key_Return);
    QVERIFY(financing<QLabel>("firstNameError")->isVisible());
    QVERIFY(financing<QLabel>("lastNameError")->isVisible());
    QVERIFY(financing<QLabel>("emailError")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() == financing<QLineEdit>("firstName"),
                             kTimeout);
    QVERIFY(m_env->runtime->sandboxServer()->requests(service::chargeAfter).isEmpty());
}

void TestAccessibility::financingFromTheTillShowsNoRedBeforeTyping() {
    Ticket ticket;
    ticket.retailerOrderId = QStringLiteral("store-001-000042");
    ticket.customer.name = QStringLiteral("Jane");
    chargeafter::CartDetails cart;
    Q_EMIT m_window->salePage()->financingRequested(ticket, cart);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentPage() == Page::Financing, kTimeout);
    FinancingPage* page = m_window->financingPage();
    QVERIFY(!page->errors().isEmpty());
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->objectName().endsWith(QLatin1String("Error")))
            QVERIFY2(!label->isVisible(), qPrintable(label->objectName()));
    }
    // The keyboard is on the first thing missing, not on the page's first combo box.
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(page->isAncestorOf(focus));
    QVERIFY(focus != financing<QComboBox>("channel"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
