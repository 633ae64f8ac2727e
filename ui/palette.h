// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// The colours that carry meaning (error, ok, warning), written once. They are dark enough to
// keep AA contrast on the default light background; pages use these instead of hex codes so a
// change of colour (or a dark theme) is made here only.
namespace checkstand::palette {

QColor errorColor();      // #b00020: a refusal, a failure, a field to correct
QColor errorBackground(); // #fde7ea: behind error text in a banner or a table row
QColor okColor();         // #1b5e20: done, works, accepted
QColor warningColor();    // #8a4b00: needs attention, not a failure

// "color: #b00020;" for a QLabel's style sheet.
QString errorStyleSheet();
QString okStyleSheet();
QString warningStyleSheet();
// The error style sheet when `isError`, otherwise none (the label's ordinary colour).
QString statusStyleSheet(bool isError);
// A banner above the cart: an error (red on pink) or a notice (blue).
QString errorBannerStyleSheet();
QString noticeBannerStyleSheet();

} // namespace checkstand::palette
