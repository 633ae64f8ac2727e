// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "palette.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>
#include <QToolButton>
#include <QWidget>

#include <optional>

namespace checkstand::theme {

namespace {

bool g_styleInstalled = false;
bool g_highContrast = false;
// The palette from before high contrast, to go back to (the desktop's may be its own).
std::optional<QPalette> g_normalPalette;

// Fusion, plus a ring on whatever has the keyboard. Fusion marks a focused button only after
// Tab was pressed in that window (State_KeyboardFocusChange), and then in the colour it also
// gives the default button; a check box's or a table cell's focus likewise. The ring is drawn
// inside the control, so no size changes and no layout moves when the focus does.
class FocusRingStyle : public QProxyStyle {
public:
    FocusRingStyle()
        : QProxyStyle(QStringLiteral("Fusion")) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        switch (element) {
        case PE_FrameFocusRect:
            // Asked for by check boxes, radio buttons, tool buttons and a view's current item
            // whenever they have the focus; Fusion would draw it only after a Tab.
            drawRing(painter, option, QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0));
            return;
        case PE_PanelButtonCommand:
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            // A tool button has PE_FrameFocusRect as well: one ring is enough.
            if (hasKeyboard(option) && !qobject_cast<const QToolButton*>(widget))
                drawRing(painter, option, QRectF(option->rect).adjusted(2.0, 2.0, -2.0, -2.0));
            return;
        case PE_FrameLineEdit:
        case PE_Frame: // lists, tables, text views
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            if (hasKeyboard(option))
                drawRing(painter, option, QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0));
            return;
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            // Fusion outlines the box in the window colour darkened: on white, about 2:1.
            if (palette::isHighContrast())
                outlineIndicator(element, option, painter);
            return;
        default:
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget) const override {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        // A spin box (and a date field) draws its own frame, so it gets its ring here.
        if (control == CC_SpinBox && hasKeyboard(option))
            drawRing(painter, option, QRectF(option->rect).adjusted(1.0, 2.0, -1.0, -2.0));
    }

private:
    static bool hasKeyboard(const QStyleOption* option) {
        return option->state.testFlag(State_HasFocus) && option->state.testFlag(State_Enabled);
    }

    static void drawRing(QPainter* painter, const QStyleOption* option, const QRectF& rect) {
        // The selection colour, darker: about 4.5:1 on Fusion's grey, black in high contrast.
        const QColor color =
            option->palette.color(QPalette::Active, QPalette::Highlight).darker(125);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(color, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect, 2.0, 2.0);
        painter->restore();
    }

    static void outlineIndicator(PrimitiveElement element, const QStyleOption* option,
                                 QPainter* painter) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(option->palette.color(QPalette::WindowText), 1.0));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRect(box);
        painter->restore();
    }
};

// The style sheets palette:: writes, in the mode `highContrast`, the banners first (they
// contain the plain colour declarations), then "color: …;" alone.
QStringList paletteSheets(bool highContrast) {
    const bool was = palette::isHighContrast();
    palette::setHighContrast(highContrast);
    const QStringList sheets{palette::errorBannerStyleSheet(), palette::noticeBannerStyleSheet(),
                             palette::errorStyleSheet(), palette::okStyleSheet(),
                             palette::warningStyleSheet()};
    palette::setHighContrast(was);
    return sheets;
}

// Most labels get their colour once, when their page is built: those coloured by palette::
// take the new mode's colour now, not at the next start.
void recolourWidgets(bool toHighContrast) {
    const QStringList from = paletteSheets(!toHighContrast);
    const QStringList to = paletteSheets(toHighContrast);
    const QList<QWidget*> widgets = QApplication::allWidgets();
    for (QWidget* w : widgets) {
        const QString before = w->styleSheet();
        if (before.isEmpty())
            continue;
        QString after = before;
        for (qsizetype i = 0; i < from.size(); ++i)
            after.replace(from.at(i), to.at(i));
        if (after != before)
            w->setStyleSheet(after);
    }
}

} // namespace

void installStyle() {
    if (g_styleInstalled)
        return;
    g_styleInstalled = true;
    QApplication::setStyle(new FocusRingStyle);
}

QPalette highContrastPalette() {
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    const QColor grey(0x55, 0x55, 0x55); // 7.5:1 on white: disabled text stays readable
    QPalette p;
    p.setColor(QPalette::Window, white);
    p.setColor(QPalette::WindowText, black);
    p.setColor(QPalette::Base, white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, black);
    p.setColor(QPalette::Button, white);
    p.setColor(QPalette::ButtonText, black);
    p.setColor(QPalette::BrightText, white);
    p.setColor(QPalette::ToolTipBase, white);
    p.setColor(QPalette::ToolTipText, black);
    p.setColor(QPalette::PlaceholderText, QColor(0x50, 0x50, 0x50));
    // A strong selection: white on black, whichever window has the focus.
    p.setColor(QPalette::Highlight, black);
    p.setColor(QPalette::HighlightedText, white);
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0x8b));
    p.setColor(QPalette::LinkVisited, QColor(0x4b, 0x00, 0x82));
    // What Fusion draws frames, grooves and grid lines with.
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Mid, grey);
    p.setColor(QPalette::Dark, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Shadow, black);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    return p;
}

QString highContrastStyleSheet() {
    // A thin black frame, and 3 px with the keyboard. The margin gives back what the thicker
    // border takes, so nothing moves when the focus does. (Qt style sheets have no outline
    // property, hence borders.) The line edit inside a spin box or an editable combo box is
    // framed by its owner; a table's header keeps Fusion's look (hence no QAbstractItemView).
    return QStringLiteral(
        "QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QListView, QTableView,"
        " QTreeView { border: 1px solid #000000; margin: 2px; }"
        "QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,"
        " QTextEdit:focus, QListView:focus, QTableView:focus, QTreeView:focus {"
        " border: 3px solid #000000; margin: 0px; }"
        "QAbstractSpinBox QLineEdit, QComboBox QLineEdit {"
        " border: none; margin: 0px; background: transparent; }"
        // An editor inside a table cell has no room to give.
        "QListView QLineEdit, QTableView QLineEdit, QTreeView QLineEdit { margin: 0px; }"
        "QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {"
        " color: #555555; border-color: #555555; }"
        // Buttons: white with a black frame; the default one (Enter) 2 px; pressed, inverted.
        "QPushButton, QToolButton { border: 1px solid #000000; margin: 2px; padding: 3px 8px;"
        " background-color: #ffffff; color: #000000; }"
        "QPushButton:default { border-width: 2px; margin: 1px; }"
        "QPushButton:focus, QToolButton:focus { border: 3px solid #000000; margin: 0px; }"
        "QPushButton:hover, QToolButton:hover { background-color: #e6e6e6; }"
        "QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {"
        " background-color: #000000; color: #ffffff; }"
        "QPushButton:disabled, QToolButton:disabled { color: #555555; border-color: #555555; }"
        // Check boxes and radio buttons: the frame is there, unseen, until they have the keys.
        "QCheckBox, QRadioButton { border: 3px solid transparent; }"
        "QCheckBox:focus, QRadioButton:focus { border: 3px solid #000000; }");
}

void setHighContrast(bool on) {
    if (on == g_highContrast)
        return;
    g_highContrast = on;
    if (on) {
        g_normalPalette = QApplication::palette();
        palette::setHighContrast(true);
        QApplication::setPalette(highContrastPalette());
        qApp->setStyleSheet(highContrastStyleSheet());
    } else {
        palette::setHighContrast(false);
        qApp->setStyleSheet(QString());
        QApplication::setPalette(
            g_normalPalette.value_or(QApplication::style()->standardPalette()));
    }
    recolourWidgets(on);
}

bool isHighContrast() {
    return g_highContrast;
}

void follow(AppSettings& settings) {
    AppSettings* source = &settings;
    const auto apply = [source] {
        setHighContrast(source->value(settingskey::uiHighContrast).toBool());
    };
    apply();
    QObject::connect(source, &AppSettings::changed, source, [apply](const QString& key) {
        if (key == settingskey::uiHighContrast)
            apply();
    });
}

} // namespace checkstand::theme
