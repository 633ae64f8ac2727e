// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a till's 1024x768 screen, at 100 % and (the second ctest entry,
// CHECKSTAND_LAYOUT_SCALE=2) at 200 %: 2048x1536 pixels scaled by two, so again 1024x768 for
// the layouts. On every page the main action, the page list and the status bar are on screen,
// whole: not pushed out of the window, not cut off by a splitter, a scroll area or the edge.
// The same in high contrast, whose thicker borders take room.

#include "guitestenvironment.h"

#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QScreen>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;
using Page = MainWindow::Page;

namespace {

constexpr int kTimeout = 5000;
constexpr QSize kTillScreen(1024, 768);

// One main action per page (the History page's search and its Return): what the operator
// came to the page to press.
struct PageAction {
    Page page;
    const char* name;
};
const QList<PageAction> kMainActions = {
    {Page::Sale, "finishButton"},       {Page::Financing, "send"},
    {Page::Memberships, "quoteButton"}, {Page::Outbox, "retryButton"},
    {Page::Settings, "saveSettings"},   {Page::History, "historySearch"},
    {Page::History, "historyReturn"},
};
constexpr int kPageCount = 6;

} // namespace

class TestLayoutFit : public QObject {
    Q_OBJECT
public:
    explicit TestLayoutFit(int scale)
        : m_scale(scale) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theScreenIsATills();
    void theWindowFitsTheScreen();
    void everyPageShowsItsMainAction_data();
    void everyPageShowsItsMainAction();
    void everyPageFitsInHighContrast();

private:
    void addPageRows();
    // Empty when `w` is whole on screen; otherwise where it is and what can be seen of it.
    QString whereIs(const QWidget* w) const;
    void checkPage(Page page, const char* name);

    int m_scale;
    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestLayoutFit::initTestCase() {
    testing::useUsEnglish();
    // The look the window's main() gives the program.
    theme::installStyle();
}

void TestLayoutFit::init() {
    m_env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(m_env->start());
    // A first start: the window takes the size it chooses for this screen.
    m_window = std::make_unique<MainWindow>(*m_env->runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLayoutFit::cleanup() {
    theme::setHighContrast(false);
    m_window.reset();
    m_env.reset();
}

void TestLayoutFit::theScreenIsATills() {
    // main() set this up; a wrong screen would make every other check meaningless.
    const QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->geometry().size(), kTillScreen);
    QCOMPARE(qRound(screen->devicePixelRatio() * 100), m_scale * 100);
    QCOMPARE(qRound(m_window->devicePixelRatio() * 100), m_scale * 100);
}

void TestLayoutFit::theWindowFitsTheScreen() {
    const QSize hint = m_window->minimumSizeHint();
    QVERIFY2(hint.width() <= kTillScreen.width() && hint.height() <= kTillScreen.height(),
             qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    const QSize minimum = m_window->minimumSize();
    QVERIFY2(minimum.width() <= kTillScreen.width() && minimum.height() <= kTillScreen.height(),
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    // The size the window opened with leaves room for a frame and a taskbar, and its layout
    // is not squeezed below what it needs.
    const QSize size = m_window->size();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(size.width() <= available.width() && size.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    QVERIFY2(hint.width() <= size.width() && hint.height() <= size.height(),
             qPrintable(QStringLiteral("needs %1x%2, has %3x%4")
                            .arg(hint.width())
                            .arg(hint.height())
                            .arg(size.width())
                            .arg(size.height())));
}

void TestLayoutFit::addPageRows() {
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");
    QSet<int> pages;
    for (const PageAction& a : kMainActions) {
        pages.insert(static_cast<int>(a.page));
        QTest::newRow(a.name) << static_cast<int>(a.page) << QString::fromLatin1(a.name);
    }
    // Every page is visited.
    QCOMPARE(pages.size(), kPageCount);
}

void TestLayoutFit::everyPageShowsItsMainAction_data() {
    addPageRows();
}

void TestLayoutFit::everyPageShowsItsMainAction() {
    QFETCH(int, page);
    QFETCH(QString, name);
    checkPage(static_cast<Page>(page), name.toLatin1().constData());
}

void TestLayoutFit::everyPageFitsInHighContrast() {
    theme::setHighContrast(true);
    QVERIFY(!qApp->styleSheet().isEmpty());
    const QSize hint = m_window->minimumSizeHint();
    QVERIFY2(hint.width() <= m_window->width() && hint.height() <= m_window->height(),
             qPrintable(QStringLiteral("needs %1x%2").arg(hint.width()).arg(hint.height())));
    for (const PageAction& a : kMainActions) {
        checkPage(a.page, a.name);
        if (QTest::currentTestFailed())
            return;
    }
}

QString TestLayoutFit::whereIs(const QWidget* w) const {
    if (!w)
        return QStringLiteral("missing");
    if (!w->isVisible())
        return QStringLiteral("hidden");
    const QRect rect(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
    if (rect.isEmpty())
        return QStringLiteral("no size");
    // What the window and every widget around it let through.
    QRect seen = m_window->rect();
    for (const QWidget* p = w->parentWidget(); p && p != m_window.get(); p = p->parentWidget())
        seen &= QRect(p->mapTo(m_window.get(), QPoint(0, 0)), p->size());
    if (seen.contains(rect))
        return {};
    const auto text = [](const QRect& r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    return QStringLiteral("at %1, only %2 can be seen (window %3x%4)")
        .arg(text(rect), text(seen & rect))
        .arg(m_window->width())
        .arg(m_window->height());
}

void TestLayoutFit::checkPage(Page page, const char* name) {
    m_window->showPage(page);
    QVERIFY(m_window->currentPage() == page);
    const QWidget* action = m_window->findChild<QWidget*>(QLatin1String(name));
    QVERIFY2(action, name);
    // Laid out once the event loop turns; a layout that cannot fit never gets there.
    QTRY_VERIFY2_WITH_TIMEOUT(
        whereIs(action).isEmpty(),
        qPrintable(QLatin1String(name) + QStringLiteral(": ") + whereIs(action)), kTimeout);
    const QWidget* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY2(whereIs(navigation).isEmpty(), qPrintable(whereIs(navigation)));
    QVERIFY2(whereIs(m_window->statusBar()).isEmpty(), qPrintable(whereIs(m_window->statusBar())));
}

// QTEST_MAIN, with the offscreen platform given a till's screen: 1024x768, or at 200 %
// (CHECKSTAND_LAYOUT_SCALE=2) 2048x1536 pixels with QT_SCALE_FACTOR=2, which Qt lays out as
// 1024x768. Both must be in place before the QApplication exists.
int main(int argc, char** argv) {
    const QByteArray scaleSetting = qgetenv("CHECKSTAND_LAYOUT_SCALE");
    const int scale = scaleSetting.isEmpty() ? 1 : scaleSetting.toInt();
    if (scale < 1 || scale > 4) {
        qWarning("CHECKSTAND_LAYOUT_SCALE must be 1 to 4, not %s", scaleSetting.constData());
        return 2;
    }
    QTemporaryDir screenDir;
    if (!screenDir.isValid())
        return 1;
    const QString config = screenDir.filePath(QStringLiteral("screen.json"));
    const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("till")},
                             {QStringLiteral("x"), 0},
                             {QStringLiteral("y"), 0},
                             {QStringLiteral("width"), kTillScreen.width() * scale},
                             {QStringLiteral("height"), kTillScreen.height() * scale},
                             {QStringLiteral("logicalDpi"), 96},
                             {QStringLiteral("logicalBaseDpi"), 96},
                             {QStringLiteral("dpr"), 1}};
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson()) <
            0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    qputenv("QT_SCALE_FACTOR", QByteArray::number(scale));
    // Nothing else may scale the screen behind the test's back.
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qunsetenv("QT_ENABLE_HIGHDPI_SCALING");

    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestLayoutFit test(scale);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layoutfit.moc"
