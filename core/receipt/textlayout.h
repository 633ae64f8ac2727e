// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain-text layout shared by receiptText() and reportText(): lines of a fixed number of
// characters (the 80 mm roll's), with centred lines and label/amount columns.
#include "receipt/receipt.h"

#include <QString>
#include <QStringList>

namespace checkstand::textlayout {

// What an empty paragraph (or an empty text) becomes. A receipt keeps it as an empty line, as
// the store typed it; a report drops it. The two documents have always differed here.
enum class Blank { Keep, Drop };

// Text wrapped at spaces into lines of at most `width` characters; a longer word (a hash, a long
// name) is cut, never lost.
QStringList wrap(const QString& text, int width, Blank blank);

// `text` with spaces before it to stand in the middle of `width` characters.
QString centred(const QString& text, int width);

// `label` on the left (after `indent` spaces), `amount` on the right of its first line; the
// label wraps below.
QStringList leftRight(const QString& label, const QString& amount, int width, Blank blank,
                      int indent = 0);

// The head of a document, centred: the training and reprint marks (each left out when empty),
// the store's name and address, `storeNumber` (left out when empty), an empty line and the
// title. The marks come in the caller's words, as each document translates them itself.
QStringList heading(const StoreInfo& store, const QString& title, int width, Blank blank,
                    const QString& trainingMark, const QString& reprintMark,
                    const QString& storeNumber);

} // namespace checkstand::textlayout
