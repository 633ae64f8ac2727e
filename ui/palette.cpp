// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

namespace checkstand::palette {

namespace {

QString colorStyle(const QColor& color) {
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace

QColor errorColor() {
    return QColor(0xb0, 0x00, 0x20);
}

QColor errorBackground() {
    return QColor(0xfd, 0xe7, 0xea);
}

QColor okColor() {
    return QColor(0x1b, 0x5e, 0x20);
}

QColor warningColor() {
    return QColor(0x8a, 0x4b, 0x00);
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
    return QStringLiteral("background-color: %1; color: %2; border: 1px solid %2; padding: 6px;")
        .arg(errorBackground().name(), errorColor().name());
}

QString noticeBannerStyleSheet() {
    // Blue: information the cashier acts on (a gift added, a shipping choice), not a failure.
    return QStringLiteral(
        "background-color: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; padding: 6px;");
}

} // namespace checkstand::palette
