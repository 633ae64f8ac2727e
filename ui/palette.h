// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// The colours that carry meaning (error, ok, warning), written once. They are dark enough to
// keep AA contrast on the default light background; pages use these instead of hex codes so a
// change of colour (or a dark theme) is made here only.
//
// In high contrast (Settings, "High contrast"; theme::setHighContrast() switches it) each is
// darker still and keeps at least 7:1 (WCAG AAA) on the white background of that mode and on
// its own banner background. Ask again after the mode changed: a colour taken before keeps
// the old mode.
namespace checkstand::palette {

// High contrast on or off for the functions below (theme.h also switches the window colours).
void setHighContrast(bool on);
bool isHighContrast();

// Normal, then high contrast:
QColor errorColor();      // #b00020, #8b0000: a refusal, a failure, a field to correct
QColor errorBackground(); // #fde7ea, #fff0f0: behind error text in a banner or a table row
QColor okColor();         // #1b5e20, #004d00: done, works, accepted
QColor warningColor();    // #8a4b00, #5c3a00: needs attention, not a failure
// A notice banner's text and background (blue: information, not a failure).
QColor noticeColor();      // #0d47a1, #00205b
QColor noticeBackground(); // #e3f2fd, #ffffff

// "color: #b00020;" for a QLabel's style sheet.
QString errorStyleSheet();
QString okStyleSheet();
QString warningStyleSheet();
// The error style sheet when `isError`, otherwise none (the label's ordinary colour).
QString statusStyleSheet(bool isError);
// A banner above the cart: an error (red on pink) or a notice (blue).
QString errorBannerStyleSheet();
QString noticeBannerStyleSheet();

// WCAG 2 contrast ratio of two opaque colours, 1 to 21 (tests and the high-contrast check).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace checkstand::palette
