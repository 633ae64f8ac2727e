// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the program looks: the focus is visible on buttons and check boxes also when nobody
// pressed Tab (Fusion alone shows nothing then), and the high-contrast setting gives black on
// white, a 3 px focus border and meaning colours at 7:1 or more, at once when it is saved.

#include "guitestenvironment.h"

#include "mainwindow.h"
#include "palette.h"
#include "settings/appsettings.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

using namespace checkstand;
using checkstand::testing::GuiTestEnvironment;

namespace {

constexpr int kTimeout = 5000;
constexpr double kSevenToOne = 7.0;

const QColor kBlack(0x00, 0x00, 0x00);
const QColor kWhite(0xff, 0xff, 0xff);

int differingPixels(const QImage& a, const QImage& b) {
    if (a.size() != b.size())
        return a.width() * a.height();
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                ++count;
        }
    }
    return count;
}

QString ratioText(const QColor& a, const QColor& b) {
    return QStringLiteral("%1 on %2: %3:1")
        .arg(a.name(), b.name(), QString::number(palette::contrastRatio(a, b), 'f', 2));
}

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

// A window with `widget` and a field to take the focus away from it.
struct FocusBench {
    QWidget window;
    QLineEdit* other = new QLineEdit;

    explicit FocusBench(QWidget* widget) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(other);
        layout->addWidget(widget);
        window.resize(320, 160);
    }
    bool show() {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
};

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void contrastIsMeasuredAsWcagDoes();
    void focusShowsWithoutTheKeyboard_data();
    void focusShowsWithoutTheKeyboard();
    void highContrastPaletteKeepsSevenToOne();
    void highContrastColoursKeepSevenToOne();
    void highContrastDrawsAThreePixelFocusBorder_data();
    void highContrastDrawsAThreePixelFocusBorder();
    void colouredLabelsFollowTheMode();
    void theSettingSwitchesItAtOnce();
    void theSettingsPageHasTheSwitch();
};

void TestTheme::initTestCase() {
    testing::useUsEnglish();
    // As the window's main() does.
    theme::installStyle();
    auto* style = qobject_cast<QProxyStyle*>(QApplication::style());
    QVERIFY(style);
    QVERIFY(style->baseStyle()->inherits("QFusionStyle"));
}

void TestTheme::cleanup() {
    theme::setHighContrast(false);
    QVERIFY(!palette::isHighContrast());
    QVERIFY(qApp->styleSheet().isEmpty());
}

void TestTheme::contrastIsMeasuredAsWcagDoes() {
    QVERIFY(qFuzzyCompare(palette::contrastRatio(kBlack, kWhite), 21.0));
    QVERIFY(qFuzzyCompare(palette::contrastRatio(kWhite, kWhite), 1.0));
    // WCAG's own example: #767676 is the lightest grey with 4.5:1 on white.
    const double grey = palette::contrastRatio(QColor(0x76, 0x76, 0x76), kWhite);
    QVERIFY2(grey >= 4.5 && grey < 4.6, qPrintable(QString::number(grey)));
}

void TestTheme::focusShowsWithoutTheKeyboard_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("push button") << QStringLiteral("button");
    QTest::newRow("check box") << QStringLiteral("checkbox");
    QTest::newRow("spin box") << QStringLiteral("spinbox");
}

void TestTheme::focusShowsWithoutTheKeyboard() {
    QFETCH(QString, kind);
    QWidget* widget = nullptr;
    if (kind == QLatin1String("button")) {
        widget = new QPushButton(QStringLiteral("Finish sale"));
    } else if (kind == QLatin1String("checkbox")) {
        widget = new QCheckBox(QStringLiteral("Print a receipt after every sale"));
    } else {
        auto* spin = new QSpinBox;
        spin->setValue(5);
        widget = spin;
    }
    FocusBench bench(widget);
    QVERIFY(bench.show());
    bench.other->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(bench.other->hasFocus(), kTimeout);
    const QImage without = widget->grab().toImage();

    // As a click or the program gives it: no Tab, so Fusion alone would not mark it.
    widget->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(widget->hasFocus(), kTimeout);
    QVERIFY(!bench.window.testAttribute(Qt::WA_KeyboardFocusChange));
    const QImage with = widget->grab().toImage();
    // A ring, not a pixel or two: at least the length of a short edge all round.
    const int changed = differingPixels(without, with);
    QVERIFY2(changed >= 2 * (widget->height() + 20), qPrintable(QString::number(changed)));
}

void TestTheme::highContrastPaletteKeepsSevenToOne() {
    theme::setHighContrast(true);
    const QPalette p = QApplication::palette();
    QCOMPARE(p.color(QPalette::Window), kWhite);
    QCOMPARE(p.color(QPalette::WindowText), kBlack);
    const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},
        {QPalette::PlaceholderText, QPalette::Base},
    };
    for (const auto& [text, background] : pairs) {
        const QColor fg = p.color(QPalette::Active, text);
        const QColor bg = p.color(QPalette::Active, background);
        QVERIFY2(palette::contrastRatio(fg, bg) >= kSevenToOne, qPrintable(ratioText(fg, bg)));
    }
    // A strong selection, and links in dark blue.
    QCOMPARE(p.color(QPalette::Highlight), kBlack);
    const QColor link = p.color(QPalette::Link);
    QVERIFY2(link.blue() > 100 && link.red() < 40 && link.green() < 40, qPrintable(link.name()));
    // Disabled text stays readable.
    const QColor disabled = p.color(QPalette::Disabled, QPalette::Text);
    QVERIFY2(palette::contrastRatio(disabled, kWhite) >= kSevenToOne,
             qPrintable(ratioText(disabled, kWhite)));
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("3px solid")));

    // Off again: the palette from before.
    theme::setHighContrast(false);
    QVERIFY(QApplication::palette().color(QPalette::Highlight) != kBlack);
    QVERIFY(QApplication::palette().color(QPalette::Window) != kWhite);
}

void TestTheme::highContrastColoursKeepSevenToOne() {
    // Normal: the warning colour is fine on Fusion's grey at AA, but not 7:1 on white.
    const QColor normalError = palette::errorColor();
    QVERIFY(palette::contrastRatio(palette::warningColor(), kWhite) < kSevenToOne);

    theme::setHighContrast(true);
    QVERIFY(palette::isHighContrast());
    QVERIFY(palette::errorColor() != normalError);
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const QColor& c : {palette::errorColor(), palette::okColor(), palette::warningColor(),
                            palette::noticeColor()}) {
        QVERIFY2(palette::contrastRatio(c, window) >= kSevenToOne,
                 qPrintable(ratioText(c, window)));
        QVERIFY2(palette::contrastRatio(c, base) >= kSevenToOne, qPrintable(ratioText(c, base)));
    }
    // In their banners too.
    QVERIFY2(palette::contrastRatio(palette::errorColor(), palette::errorBackground()) >=
                 kSevenToOne,
             qPrintable(ratioText(palette::errorColor(), palette::errorBackground())));
    QVERIFY2(palette::contrastRatio(palette::noticeColor(), palette::noticeBackground()) >=
                 kSevenToOne,
             qPrintable(ratioText(palette::noticeColor(), palette::noticeBackground())));
    QVERIFY(palette::errorBannerStyleSheet().contains(palette::errorColor().name()));
    QVERIFY(palette::errorStyleSheet().contains(palette::errorColor().name()));
}

void TestTheme::highContrastDrawsAThreePixelFocusBorder_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("line edit") << QStringLiteral("edit");
    QTest::newRow("push button") << QStringLiteral("button");
}

void TestTheme::highContrastDrawsAThreePixelFocusBorder() {
    QFETCH(QString, kind);
    theme::setHighContrast(true);
    QWidget* widget = kind == QLatin1String("edit")
                          ? static_cast<QWidget*>(new QLineEdit(QStringLiteral("Jane")))
                          : static_cast<QWidget*>(new QPushButton(QStringLiteral("Save")));
    FocusBench bench(widget);
    QVERIFY(bench.show());
    bench.other->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(bench.other->hasFocus(), kTimeout);
    const QImage without = widget->grab().toImage();
    widget->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(widget->hasFocus(), kTimeout);
    const QImage with = widget->grab().toImage();
    QCOMPARE(with.size(), without.size()); // nothing moves when the focus does

    // Half way down the left and right edges: 1 px of black after a 2 px margin without the
    // focus, 3 px of black from the edge with it.
    const int y = widget->height() / 2;
    const int right = widget->width() - 1;
    const auto black = [](const QImage& image, int x, int row) {
        return image.pixelColor(x, row) == kBlack;
    };
    for (const int x : {0, 1, 2, right, right - 1, right - 2})
        QVERIFY2(black(with, x, y), qPrintable(QString::number(x)));
    QVERIFY(black(without, 2, y));
    QVERIFY(black(without, right - 2, y));
    QVERIFY(!black(without, 1, y));
    QVERIFY(!black(without, right - 1, y));
}

void TestTheme::colouredLabelsFollowTheMode() {
    QLabel error;
    error.setStyleSheet(palette::errorStyleSheet());
    QLabel banner;
    banner.setStyleSheet(palette::errorBannerStyleSheet());
    QLabel notice;
    notice.setStyleSheet(palette::noticeBannerStyleSheet());
    QLabel bold;
    bold.setStyleSheet(palette::warningStyleSheet() + QStringLiteral(" font-weight: bold;"));
    QLabel own;
    const QString ownSheet = QStringLiteral("background-color: #fff3cd; color: #000000;");
    own.setStyleSheet(ownSheet);
    const QString normalError = palette::errorStyleSheet();
    const QString normalBanner = palette::errorBannerStyleSheet();

    theme::setHighContrast(true);
    QCOMPARE(error.styleSheet(), palette::errorStyleSheet());
    QVERIFY(error.styleSheet() != normalError);
    QCOMPARE(banner.styleSheet(), palette::errorBannerStyleSheet());
    QCOMPARE(notice.styleSheet(), palette::noticeBannerStyleSheet());
    QCOMPARE(bold.styleSheet(),
             palette::warningStyleSheet() + QStringLiteral(" font-weight: bold;"));
    QCOMPARE(own.styleSheet(), ownSheet); // not a palette:: colour: left alone

    theme::setHighContrast(false);
    QCOMPARE(error.styleSheet(), normalError);
    QCOMPARE(banner.styleSheet(), normalBanner);
    QCOMPARE(own.styleSheet(), ownSheet);
}

void TestTheme::theSettingSwitchesItAtOnce() {
    auto env = std::make_unique<GuiTestEnvironment>();
    QVERIFY(env->start());
    AppSettings& settings = env->runtime->settings();
    QCOMPARE(settings.value(settingskey::uiHighContrast).toBool(), false); // off by default
    const QPalette before = QApplication::palette();
    theme::follow(settings);
    QVERIFY(!theme::isHighContrast());

    settings.setValue(settingskey::uiHighContrast, true);
    QVERIFY(theme::isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), kWhite);
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("QPushButton:focus")));

    settings.setValue(settingskey::uiHighContrast, false);
    QVERIFY(!theme::isHighContrast());
    QVERIFY(qApp->styleSheet().isEmpty());
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), before.color(QPalette::Highlight));

    // Saved on, it is on from the start.
    env.reset();
    GuiTestEnvironment next;
    QVERIFY(next.start());
    next.runtime->settings().setValue(settingskey::uiHighContrast, true);
    QVERIFY(!theme::isHighContrast()); // nobody follows these settings yet
    theme::follow(next.runtime->settings());
    QVERIFY(theme::isHighContrast());
}

void TestTheme::theSettingsPageHasTheSwitch() {
    GuiTestEnvironment env;
    QVERIFY(env.start());
    theme::follow(env.runtime->settings());
    MainWindow window(*env.runtime);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Settings);
    QVERIFY(window.currentPage() == MainWindow::Page::Settings);

    auto* till = window.findChild<QGroupBox*>(QStringLiteral("tillGroup"));
    QVERIFY(till);
    auto* box = till->findChild<QCheckBox*>(QStringLiteral("highContrast"));
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QCOMPARE(mnemonicOf(box->text()), QChar(u'w'));
    // Its Alt+letter is its own in the group.
    int sameLetter = 0;
    const QList<QWidget*> widgets = till->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy())
            text = label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            text = button->text();
        if (mnemonicOf(text) == QChar(u'w'))
            ++sameLetter;
    }
    QCOMPARE(sameLetter, 1);

    // Ticked and saved: on at once, for the window that is open.
    box->click();
    QVERIFY(!theme::isHighContrast()); // not before Save
    auto* save = window.findChild<QPushButton*>(QStringLiteral("saveSettings"));
    QVERIFY(save);
    QVERIFY(box->isChecked());
    // Save waits for the page's keychain reads (which key is stored) to answer.
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), kTimeout);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(theme::isHighContrast(), kTimeout);
    QCOMPARE(env.runtime->settings().value(settingskey::uiHighContrast).toBool(), true);
    QCOMPARE(window.palette().color(QPalette::Window), kWhite);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
