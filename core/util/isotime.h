// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A moment as Checkstand stores it and sends it (the databases, JSON, checkstand-ctl): ISO 8601
// in UTC with milliseconds, "2026-03-01T09:30:00.000Z". One place, so every writer and reader
// agrees on the form. Never for people: they see QLocale's form.
#include <QDateTime>
#include <QString>

namespace checkstand {

// Empty for an invalid time.
inline QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The reverse; an empty text (a NULL column) reads as an invalid time.
inline QDateTime fromIsoUtc(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace checkstand
