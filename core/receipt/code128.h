// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace checkstand::code128 {

// Code 128 (code set B: printable ASCII 32-126) for the sale number on a receipt, so a return
// can start by scanning it. The module widths (1-4) of the whole symbol, bars and spaces
// alternating and starting with a bar: start B, the data, the modulo-103 check symbol, stop
// (with its final 2-module bar). nullopt for empty text, a character outside code set B, or
// more than 48 characters (wider than an 80 mm roll can print at a scannable module size).
std::optional<QList<int>> widths(const QString& text);

// The quiet zone each side, in modules, a scanner needs.
inline constexpr int kQuietZone = 10;

} // namespace checkstand::code128
