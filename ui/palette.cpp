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

} // namespace checkstand::palette
