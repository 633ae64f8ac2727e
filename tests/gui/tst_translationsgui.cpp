// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Brazilian Portuguese, as a store there starts it: every page shows Portuguese
// (a known text of each page, and no text left in English that the .ts translates), amounts are
// written with a decimal comma, and Settings offers the languages by their own names.

#include "guitestenvironment.h"

#include "i18n/language.h"
#include "mainwindow.h"
#include "money/money.h"
#include "operators/operatorsession.h"
#include "widgets/moneyedit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using Page = MainWindow::Page;

namespace {

// What the .ts says, for telling an English text that should have been translated.
struct Catalogue {
    // English source -> true while every translation of it differs from it (false: the same
    // words in Portuguese somewhere, such as "PIN", so seeing them proves nothing).
    QHash<QString, bool> translatedAway;
    QSet<QString> translations;
};

Catalogue readCatalogue(const QString& path) {
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    const auto add = [&c, &source](const QString& text) {
        if (text.isEmpty())
            return;
        c.translations.insert(text);
        const auto it = c.translatedAway.find(source);
        const bool away = text != source;
        if (it == c.translatedAway.end())
            c.translatedAway.insert(source, away);
        else
            *it = *it && away;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"message")
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        else if (name == u"source")
            source = xml.readElementText(QXmlStreamReader::SkipChildElements);
        else if (name == u"translation" && !numerus)
            add(xml.readElementText(QXmlStreamReader::SkipChildElements));
        else if (name == u"numerusform")
            add(xml.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return c;
}

// Every text a page shows as words of its own (not data typed or loaded into it).
QStringList textsOf(const QWidget* root) {
    QStringList texts;
    for (const QLabel* l : root->findChildren<QLabel*>())
        texts << l->text();
    for (const QAbstractButton* b : root->findChildren<QAbstractButton*>())
        texts << b->text();
    for (const QGroupBox* g : root->findChildren<QGroupBox*>())
        texts << g->title();
    for (const QLineEdit* e : root->findChildren<QLineEdit*>())
        texts << e->placeholderText();
    for (const QComboBox* c : root->findChildren<QComboBox*>()) {
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    }
    for (const QTabWidget* t : root->findChildren<QTabWidget*>()) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
    }
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        for (const QAction* a : w->actions())
            texts << a->text();
    }
    for (const QAction* a : root->actions())
        texts << a->text();
    texts.removeAll(QString());
    return texts;
}

QString pageName(Page page) {
    return QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page)));
}

} // namespace

class TestTranslationsGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyPageShowsPortuguese();
    void noEnglishLeftOnAnyPage();
    void amountsHaveADecimalComma();
    void amountsAreTypedWithADecimalComma();
    void settingsOffersTheLanguagesByTheirOwnNames();

private:
    QWidget* showPage(Page page);

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestTranslationsGui::initTestCase() {
    // Before any widget, as main() does.
    QVERIFY(i18n::applyLanguage(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QCOMPARE(QLocale().name(), QStringLiteral("pt_BR"));
}

void TestTranslationsGui::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start()); // signs the demo administrator in (Settings needs one)
    QVERIFY(m_env->runtime->session().isSignedIn());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->resize(1280, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->isLocked());
}

void TestTranslationsGui::cleanup() {
    m_window.reset();
    m_env.reset();
}

void TestTranslationsGui::cleanupTestCase() {
    i18n::applyLanguage(*QCoreApplication::instance(), QStringLiteral("en_US"));
}

QWidget* TestTranslationsGui::showPage(Page page) {
    m_window->showPage(page);
    return m_window->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
}

void TestTranslationsGui::everyPageShowsPortuguese() {
    // One text each page is built with, by the context its code looks it up in.
    struct Known {
        Page page;
        const char* context;
        const char* english;
    };
    const QList<Known> known = {
        {Page::Sale, "checkstand::TotalsPanel", "Freight"},
        {Page::Financing, "checkstand::FinancingPage", "Cha&nnel"},
        {Page::Memberships, "checkstand::MembershipsPage", "Firs&t name"},
        {Page::Outbox, "checkstand::OutboxPage", "&Retry now"},
        {Page::Settings, "checkstand::SettingsPage", "&Save"},
        {Page::History, "checkstand::HistoryPage", "&Search"},
    };
    // Every page is in the list.
    QCOMPARE(known.size(), QMetaEnum::fromType<Page>().keyCount());
    for (const Known& k : known) {
        const QString portuguese = QCoreApplication::translate(k.context, k.english);
        QVERIFY2(portuguese != QString::fromUtf8(k.english),
                 qPrintable(QStringLiteral("no pt_BR for ") + QString::fromUtf8(k.english)));
        QWidget* page = showPage(k.page);
        QVERIFY(page);
        QVERIFY2(page->isVisible(), qPrintable(pageName(k.page)));
        const QStringList texts = textsOf(page);
        QVERIFY2(texts.contains(portuguese),
                 qPrintable(pageName(k.page) + QStringLiteral(": no \"") + portuguese +
                            QStringLiteral("\" among: ") + texts.join(QStringLiteral(" | "))));
        QVERIFY2(!texts.contains(QString::fromUtf8(k.english)), qPrintable(pageName(k.page)));
    }
}

void TestTranslationsGui::noEnglishLeftOnAnyPage() {
    // An English text the .ts translates, still shown in English, was looked up in another
    // context than lupdate filed it under (or not looked up at all).
    const Catalogue catalogue =
        readCatalogue(QStringLiteral(CHECKSTAND_TS_DIR) + QStringLiteral("/checkstand_pt_BR.ts"));
    QVERIFY(catalogue.translatedAway.size() > 100);
    QStringList problems;
    const auto check = [&](const QString& where, const QStringList& texts) {
        for (const QString& t : texts) {
            if (catalogue.translatedAway.value(t, false) && !catalogue.translations.contains(t))
                problems << where + QStringLiteral(": \"") + t + u'"';
        }
    };
    const QMetaEnum pages = QMetaEnum::fromType<Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const auto page = Page(pages.value(i));
        check(pageName(page), textsOf(showPage(page)));
    }
    // The window's own: the navigation list and the menus.
    QStringList own;
    for (const QListWidget* list : m_window->findChildren<QListWidget*>()) {
        for (int i = 0; i < list->count(); ++i)
            own << list->item(i)->text();
    }
    for (const QAction* menu : m_window->menuBar()->actions()) {
        own << menu->text();
        if (menu->menu()) {
            for (const QAction* a : menu->menu()->actions())
                own << a->text();
        }
    }
    own.removeAll(QString());
    QVERIFY(!own.isEmpty());
    check(QStringLiteral("window"), own);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslationsGui::amountsHaveADecimalComma() {
    QWidget* sale = showPage(Page::Sale);
    // "$0,00", "$1.234,56": a comma before the cents, points between thousands.
    static const QRegularExpression portuguese(
        QStringLiteral("^-?\\$\\d{1,3}(\\.\\d{3})*,\\d{2}$"));
    static const QRegularExpression english(QStringLiteral("\\$\\d{1,3}(,\\d{3})*\\.\\d{2}\\b"));
    QStringList amounts;
    for (const QLabel* l : sale->findChildren<QLabel*>()) {
        if (portuguese.match(l->text()).hasMatch())
            amounts << l->text();
        QVERIFY2(!english.match(l->text()).hasMatch(), qPrintable(l->text()));
    }
    QVERIFY2(!amounts.isEmpty(), "no amount on the Sale page");
    QCOMPARE(Money::fromMinor(123456).toDisplayString(), QStringLiteral("$1.234,56"));
}

// A Brazilian cashier types amounts as the screen shows them; both points are read exactly.
void TestTranslationsGui::amountsAreTypedWithADecimalComma() {
    MoneyEdit edit(QStringLiteral("USD"));
    QCOMPARE(edit.placeholderText(), QStringLiteral("0,00"));
    QTest::keyClicks(&edit, QStringLiteral("10,50"));
    QCOMPARE(edit.text(), QStringLiteral("10,50"));
    QVERIFY(edit.amount().ok());
    QCOMPARE(edit.amount().value->minorUnits(), qint64(1050));
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("7.25"));
    QCOMPARE(edit.amount().value->minorUnits(), qint64(725));
    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("1.234,5")); // no thousands separator: refused
    QVERIFY(edit.text() != QStringLiteral("1.234,5"));
}

void TestTranslationsGui::settingsOffersTheLanguagesByTheirOwnNames() {
    QWidget* settings = showPage(Page::Settings);
    auto* language = settings->findChild<QComboBox*>(QStringLiteral("uiLanguage"));
    QVERIFY(language);
    QCOMPARE(language->count(), int(i18n::availableLanguages().size()));
    for (int i = 0; i < language->count(); ++i)
        QCOMPARE(language->itemData(i).toString(), i18n::availableLanguages().at(i));
    // The languages by their own names, the system's choice in the current language.
    QCOMPARE(language->itemText(1), QStringLiteral("English"));
    QCOMPARE(language->itemText(2), QStringLiteral("Português (Brasil)"));
    QVERIFY2(language->itemText(0) != QStringLiteral("The system's language"),
             qPrintable(language->itemText(0)));
    QCOMPARE(language->currentIndex(), 0); // nothing saved: the system's

    // The wheel passing over it while the page scrolls changes nothing (see WheelGuard).
    QCOMPARE(language->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!language->hasFocus());
    const QPointF local(language->width() / 2.0, language->height() / 2.0);
    QWheelEvent wheel(local, language->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(language, &wheel);
    QCOMPARE(language->currentIndex(), 0);
}

QTEST_MAIN(TestTranslationsGui)
#include "tst_translationsgui.moc"
