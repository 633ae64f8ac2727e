// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: the user guide (the README's operator parts, shipped in the program's
// resources and shown beside the console) and About (version, build, environment, and "Copy
// diagnostics": the doctor's report on the clipboard, never a secret).

#include "guitestenvironment.h"

#include "mainwindow.h"
#include "runtime/runtime.h"
#include "sandbox/sandboxserver.h"
#include "services/services.h"
#include "widgets/helpdialog.h"
#include "widgets/userguidedialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

namespace {

constexpr int kTimeout = 5000;
// The doctor connects to each sandbox service and reads each key: generous.
constexpr int kDoctorTimeout = 30000;

const QString kGuide = QStringLiteral(":/help/user-guide.md");

// What an operator does, from the README's "Using it": each has its section.
const QStringList kSections = {
    QStringLiteral("Signing in and locking"), QStringLiteral("Roles: who may do what"),
    QStringLiteral("The Till menu (Alt+Z)"),  QStringLiteral("Sale (Ctrl+1)"),
    QStringLiteral("Taking the payment"),     QStringLiteral("After the sale"),
    QStringLiteral("Financing a sale"),       QStringLiteral("Sale history (Ctrl+6)"),
    QStringLiteral("Memberships (Ctrl+3)"),   QStringLiteral("Outbox (Ctrl+4)"),
    QStringLiteral("Financing (Ctrl+2)"),     QStringLiteral("Settings (Ctrl+5)"),
    QStringLiteral("Training mode"),          QStringLiteral("Help"),
};

// The letter after a single '&', lower case, or a null QChar.
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

} // namespace

class TestHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theGuideIsInTheResources();
    void aBrazilianTillShowsThePortugueseGuide();
    void helpMenuOpensTheGuideBesideTheWindow();
    void theGuideHasEveryOperatorSection();
    void theGuideHasNoDeveloperParts();
    void theSectionListMovesTheGuide();
    void helpMenuMnemonicsDoNotClash();
    void aboutShowsVersionBuildAndEnvironment();
    void copyDiagnosticsPutsTheReportButNoKeyOnTheClipboard();

private:
    QMenu* helpMenu() const;
    UserGuideDialog* openGuide();
    AboutDialog* openAbout();

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelp::initTestCase() {
    testing::useUsEnglish();
}

void TestHelp::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHelp::cleanup() {
    m_window.reset();
    m_env.reset();
}

QMenu* TestHelp::helpMenu() const {
    const QList<QAction*> menus = m_window->menuBar()->actions();
    for (QAction* action : menus) {
        if (action->text() == QLatin1String("&Help"))
            return action->menu();
    }
    return nullptr;
}

UserGuideDialog* TestHelp::openGuide() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("userGuideAction"));
    if (!action)
        return nullptr;
    action->trigger();
    if (!QTest::qWaitFor(
            [this] {
                return m_window->userGuideDialog() && m_window->userGuideDialog()->isVisible();
            },
            kTimeout))
        return nullptr;
    return m_window->userGuideDialog();
}

AboutDialog* TestHelp::openAbout() {
    auto* action = m_window->findChild<QAction*>(QStringLiteral("aboutCheckstand"));
    if (!action)
        return nullptr;
    action->trigger();
    if (!QTest::qWaitFor(
            [this] { return m_window->aboutDialog() && m_window->aboutDialog()->isVisible(); },
            kTimeout))
        return nullptr;
    return m_window->aboutDialog();
}

void TestHelp::theGuideIsInTheResources() {
    // Fails when resources/CMakeLists.txt no longer embeds the guide.
    QVERIFY2(QFile::exists(kGuide), "the user guide is missing from the resources");
    QFile guide(kGuide);
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    QVERIFY2(text.startsWith(QLatin1String("# Checkstand user guide")), qPrintable(text.left(80)));
    // No guide in English under another name: this one is what an English till shows.
    QCOMPARE(UserGuideDialog::guideResource(), kGuide);
}

// The guide in the store's language: every section of the English one, in the same order.
void TestHelp::aBrazilianTillShowsThePortugueseGuide() {
    const auto headings = [](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        int n = 0;
        for (const QByteArray& line : file.readAll().split('\n'))
            if (line.startsWith("## "))
                ++n;
        return n;
    };
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
    const QString portuguese = UserGuideDialog::guideResource();
    QLocale::setDefault(before);
    QCOMPARE(portuguese, QStringLiteral(":/help/user-guide_pt_BR.md"));
    QVERIFY(headings(kGuide) > 5);
    QCOMPARE(headings(portuguese), headings(kGuide));
}

void TestHelp::helpMenuOpensTheGuideBesideTheWindow() {
    QMenu* help = helpMenu();
    QVERIFY(help);
    auto* action = m_window->findChild<QAction*>(QStringLiteral("userGuideAction"));
    QVERIFY(action);
    QVERIFY(help->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&User guide"));
    QVERIFY(!m_window->userGuideDialog()); // built when first asked for

    UserGuideDialog* guide = openGuide();
    QVERIFY(guide);
    QVERIFY(!guide->isModal());
    QVERIFY(guide->hasGuide());
    QVERIFY(guide->headings().contains(QStringLiteral("Checkstand user guide")));
    // The keyboard is in the guide, so Page Down reads on at once.
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget*>(guide->browser()),
                              kTimeout);

    // The console stays usable beside it, and asking again brings the same window back.
    guide->close();
    QTRY_VERIFY_WITH_TIMEOUT(!guide->isVisible(), kTimeout);
    QCOMPARE(openGuide(), guide);
}

void TestHelp::theGuideHasEveryOperatorSection() {
    UserGuideDialog* guide = openGuide();
    QVERIFY(guide);
    const QStringList headings = guide->headings();
    for (const QString& section : kSections)
        QVERIFY2(headings.contains(section), qPrintable(section + QStringLiteral(" not in: ") +
                                                        headings.join(QStringLiteral(" | "))));
    // The list on the left has every section (level 2) of the guide.
    auto* contents = guide->findChild<QListWidget*>(QStringLiteral("userGuideContents"));
    QVERIFY(contents);
    QVERIFY(contents->count() >= 10);
    QVERIFY(!contents->accessibleName().isEmpty());
    for (int row = 0; row < contents->count(); ++row)
        QVERIFY2(headings.contains(contents->item(row)->text()),
                 qPrintable(contents->item(row)->text()));
    // What issue 15 added is in it too.
    const QString text = guide->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("High")));
    QVERIFY(text.contains(QStringLiteral("Copy diagnostics")));
    QVERIFY(text.contains(QStringLiteral("Ctrl+L")));
}

void TestHelp::theGuideHasNoDeveloperParts() {
    UserGuideDialog* guide = openGuide();
    QVERIFY(guide);
    const QString text = guide->browser()->toPlainText();
    QVERIFY(text.size() > 4000);
    // Operator words only: no build, command line, source path or script.
    const QStringList developerWords = {
        QStringLiteral("cmake"),       QStringLiteral("ctest"),    QStringLiteral("checkstand-ctl"),
        QStringLiteral("--sandbox"),   QStringLiteral(".cpp"),     QStringLiteral("docs/"),
        QStringLiteral("tests/"),      QStringLiteral("scripts/"), QStringLiteral("SQLite"),
        QStringLiteral("CHECKSTAND_"), QStringLiteral("apt "),     QStringLiteral("screenshots"),
    };
    for (const QString& word : developerWords)
        QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
}

void TestHelp::theSectionListMovesTheGuide() {
    UserGuideDialog* guide = openGuide();
    QVERIFY(guide);
    QScrollBar* scroll = guide->browser()->verticalScrollBar();
    // Laid out: the guide is longer than its window.
    QTRY_VERIFY_WITH_TIMEOUT(scroll->maximum() > 0, kTimeout);
    QCOMPARE(scroll->value(), 0);

    auto* contents = guide->findChild<QListWidget*>(QStringLiteral("userGuideContents"));
    QVERIFY(contents);
    const QList<QListWidgetItem*> outbox =
        contents->findItems(QStringLiteral("Outbox (Ctrl+4)"), Qt::MatchExactly);
    QCOMPARE(outbox.size(), 1);
    contents->setCurrentItem(outbox.first());
    QTRY_VERIFY_WITH_TIMEOUT(scroll->value() > 0, kTimeout);
    QCOMPARE(guide->browser()->textCursor().block().text(), QStringLiteral("Outbox (Ctrl+4)"));

    // Back to the first section: the view goes back up.
    const int outboxAt = scroll->value();
    contents->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(scroll->value() < outboxAt, kTimeout);
    QVERIFY(!guide->showSection(QStringLiteral("No such section")));
}

void TestHelp::helpMenuMnemonicsDoNotClash() {
    QMenu* help = helpMenu();
    QVERIFY(help);
    QSet<QChar> letters;
    int named = 0;
    const QList<QAction*> actions = help->actions();
    for (const QAction* action : actions) {
        if (action->isSeparator())
            continue;
        const QChar letter = mnemonicOf(action->text());
        QVERIFY2(!letter.isNull(), qPrintable(action->text()));
        QVERIFY2(!letters.contains(letter), qPrintable(action->text()));
        letters.insert(letter);
        ++named;
    }
    QVERIFY(named >= 4); // page help, shortcuts, user guide, About
}

void TestHelp::aboutShowsVersionBuildAndEnvironment() {
    AboutDialog* about = openAbout();
    QVERIFY(about);
    QVERIFY(!about->isModal());
    const QString text = about->text();
    QVERIFY2(text.contains(QStringLiteral("Version: ") + QCoreApplication::applicationVersion()),
             qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("Built with Qt %1, running on Qt %2.")
                          .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))));
    // The compiler this build came from, and its build type.
    const QString compiler = compilerDescription();
    QVERIFY2(compiler.startsWith(QLatin1String("GCC ")) ||
                 compiler.startsWith(QLatin1String("Clang ")) ||
                 compiler.startsWith(QLatin1String("MSVC ")),
             qPrintable(compiler));
    QVERIFY(text.contains(QStringLiteral("Compiler: ") + compiler));
    QVERIFY(!buildTypeDescription().isEmpty());
    QVERIFY(text.contains(QStringLiteral("Build type: ") + buildTypeDescription()));
    QVERIFY(text.contains(QStringLiteral("System: ")));
    QVERIFY(text.contains(QStringLiteral("Environment: ") + m_env->runtime->environmentName()));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
}

void TestHelp::copyDiagnosticsPutsTheReportButNoKeyOnTheClipboard() {
    sandbox::SandboxServer* sandbox = m_env->runtime->sandboxServer();
    QVERIFY(sandbox);
    QGuiApplication::clipboard()->setText(QStringLiteral("nothing yet"));

    AboutDialog* about = openAbout();
    QVERIFY(about);
    auto* copy = about->findChild<QPushButton*>(QStringLiteral("copyDiagnostics"));
    QVERIFY(copy);
    QCOMPARE(copy->text(), QStringLiteral("&Copy diagnostics"));
    QSignalSpy copied(about, &AboutDialog::diagnosticsCopied);
    QTest::mouseClick(copy, Qt::LeftButton);
    // Asynchronous: the button waits for the doctor, and a second click starts nothing.
    QVERIFY(about->isCollecting());
    QVERIFY(!copy->isEnabled());
    about->copyDiagnostics();
    QTRY_COMPARE_WITH_TIMEOUT(copied.count(), 1, kDoctorTimeout);
    QVERIFY(!about->isCollecting());
    QVERIFY(copy->isEnabled());
    auto* status = about->findChild<QLabel*>(QStringLiteral("diagnosticsStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("copied")), qPrintable(status->text()));

    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, copied.first().first().toString());
    QVERIFY2(text.startsWith(QLatin1String("Checkstand diagnostics")), qPrintable(text));
    // The environment, the build and every service's check, as `checkstand-ctl doctor --text`.
    QVERIFY2(text.contains(QStringLiteral("Environment: ") + m_env->runtime->environmentName()),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Built with Qt ")));
    for (const QString& service : service::all())
        QVERIFY2(text.contains(service::displayName(service)), qPrintable(service));
    QVERIFY2(text.contains(QStringLiteral("Its secret is stored")), qPrintable(text));
    // Never a key: not one of the sandbox's, which the doctor did read.
    const QStringList services = sandbox->services();
    QVERIFY(services.size() >= 5);
    for (const QString& service : services) {
        const QString key = sandbox->apiKey(service);
        QVERIFY2(key.size() >= 8, qPrintable(service));
        QVERIFY2(!text.contains(key), qPrintable(service));
    }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
