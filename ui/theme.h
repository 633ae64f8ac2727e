// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace checkstand {

class AppSettings;

// How the whole program looks: the one style, the focus it shows, and the high-contrast mode
// (Settings, "High contrast", settingskey::uiHighContrast). Application-wide by nature (the
// application's style, palette and style sheet), so these are free functions; the window's
// main() calls installStyle() and follow(), tests call them the same way.
namespace theme {

// Fusion on every till (the same look whatever the desktop offers), drawing a 2 px ring on
// the button, check box, field, list or table that has the keyboard. Fusion alone shows a
// button's focus only after Tab was pressed in that window, in the colour it also gives the
// default button, so a cashier could not tell where Enter or Space would land.
// Call once, after the QApplication exists and before any window; the application owns it.
void installStyle();

// High contrast on or off now: black on white with a strong selection and dark-blue links
// (highContrastPalette()), a 3 px black outline around the focused input or button
// (highContrastStyleSheet()), and palette::'s colours at 7:1 or more. Labels already coloured
// with one of palette::'s colours take the other mode's at once.
void setHighContrast(bool on);
bool isHighContrast();

// Applies the setting now and whenever it changes, for as long as `settings` lives.
void follow(AppSettings& settings);

QPalette highContrastPalette();
QString highContrastStyleSheet();

} // namespace theme

} // namespace checkstand
