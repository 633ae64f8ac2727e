// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayout.h"

#include <utility>

namespace checkstand::textlayout {

QStringList wrap(const QString& text, int width, Blank blank) {
    QStringList out;
    width = qMax(1, width);
    for (const QString& paragraph : text.split(u'\n')) {
        QString current;
        for (QString word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            while (word.size() > width) {
                if (!current.isEmpty())
                    out << std::exchange(current, QString());
                out << word.left(width);
                word = word.mid(width);
            }
            if (current.isEmpty())
                current = word;
            else if (current.size() + 1 + word.size() <= width)
                current += u' ' + word;
            else
                out << std::exchange(current, word);
        }
        // `current` is empty here only for a blank paragraph, or one that was all cut.
        const bool emptyLine =
            blank == Blank::Keep && (out.isEmpty() || paragraph.trimmed().isEmpty());
        if (!current.isEmpty() || emptyLine)
            out << current;
    }
    return out;
}

QString centred(const QString& text, int width) {
    const int pad = qMax(0, (width - int(text.size())) / 2);
    return QString(pad, u' ') + text;
}

QStringList leftRight(const QString& label, const QString& amount, int width, Blank blank,
                      int indent) {
    const int room = width - indent - (amount.isEmpty() ? 0 : int(amount.size()) + 1);
    QStringList parts = wrap(label, qMax(8, room), blank);
    if (parts.isEmpty()) // a dropped empty label: the amount still has its line
        parts << QString();
    QStringList out;
    const QString prefix(indent, u' ');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString line = prefix + parts.at(i);
        if (i == 0 && !amount.isEmpty()) {
            const int gap = qMax(1, width - int(line.size()) - int(amount.size()));
            line += QString(gap, u' ') + amount;
        }
        out << line;
    }
    return out;
}

QStringList heading(const StoreInfo& store, const QString& title, int width, Blank blank,
                    const QString& trainingMark, const QString& reprintMark,
                    const QString& storeNumber) {
    QStringList out;
    if (!trainingMark.isEmpty())
        out << centred(trainingMark, width);
    if (!reprintMark.isEmpty())
        out << centred(reprintMark, width);
    for (const QString& line : wrap(store.name, width, blank))
        out << centred(line, width);
    QString address = store.address;
    for (const QString& part : address.remove(u'\r').split(u'\n')) {
        if (part.trimmed().isEmpty()) // the address's own empty lines are never printed
            continue;
        for (const QString& line : wrap(part.trimmed(), width, blank))
            out << centred(line, width);
    }
    if (!storeNumber.isEmpty())
        out << centred(storeNumber, width);
    out << QString();
    out << centred(title, width);
    return out;
}

} // namespace checkstand::textlayout
