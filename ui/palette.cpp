// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <algorithm>
#include <cmath>

namespace checkstand::palette {

namespace {

// One display mode for the whole program, like the application palette it goes with.
bool g_highContrast = false;

QColor pick(QRgb normal, QRgb highContrast) {
    return QColor(g_highContrast ? highContrast : normal);
}

QString colorStyle(const QColor& color) {
    return QStringLiteral("color: %1;").arg(color.name());
}

// sRGB channel (0..1) to linear light, as WCAG 2 defines relative luminance.
double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

void setHighContrast(bool on) {
    g_highContrast = on;
}

bool isHighContrast() {
    return g_highContrast;
}

// Normal: AA (4.5:1) on the light grey window. High contrast: at least 7:1 on white and on
// the banner backgrounds below (tst_theme measures each pair).
QColor errorColor() {
    return pick(0xb00020, 0x8b0000);
}

QColor errorBackground() {
    return pick(0xfde7ea, 0xfff0f0);
}

QColor okColor() {
    return pick(0x1b5e20, 0x004d00);
}

QColor warningColor() {
    return pick(0x8a4b00, 0x5c3a00);
}

QColor noticeColor() {
    return pick(0x0d47a1, 0x00205b);
}

QColor noticeBackground() {
    return pick(0xe3f2fd, 0xffffff);
}

QString errorStyleSheet() {
    return colorStyle(errorColor());
}

QString okStyleSheet() {
    return colorStyle(okColor());
}

QString warningStyleSheet() {
    return colorStyle(warningColor());
}

QString statusStyleSheet(bool isError) {
    return isError ? errorStyleSheet() : QString();
}

QString errorBannerStyleSheet() {
    // High contrast: a 2 px border, so the banner stands out by its frame, not by a tint.
    return QStringLiteral("background-color: %1; color: %2; border: %3px solid %2; padding: 6px;")
        .arg(errorBackground().name(), errorColor().name())
        .arg(g_highContrast ? 2 : 1);
}

QString noticeBannerStyleSheet() {
    // Blue: information the cashier acts on (a gift added, a shipping choice), not a failure.
    const QString border = g_highContrast ? noticeColor().name() : QStringLiteral("#90caf9");
    return QStringLiteral("background-color: %1; color: %2; border: %3px solid %4; padding: 6px;")
        .arg(noticeBackground().name(), noticeColor().name())
        .arg(g_highContrast ? 2 : 1)
        .arg(border);
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace checkstand::palette
