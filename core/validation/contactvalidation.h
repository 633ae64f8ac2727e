// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace checkstand::contact {

struct PhoneCheck {
    bool valid = false;
    QString normalized; // national digits for the store's region, else E.164
    QString error;      // plain words when not valid
};

// A real, dialable number per libphonenumber, read as a number of `region` ("US") unless it
// starts with '+'.
PhoneCheck checkPhone(const QString& text, const QString& region);

// Empty when fine, else plain words.
QString checkEmail(const QString& text);

// "YYYY-MM-DD", a real calendar date. Empty QDate + error on failure.
QDate parseIsoDate(const QString& text, QString* error);

// "MM/YY" card expiry; returns the last day of that month.
QDate parseCardExpiry(const QString& text, QString* error);

// For history and logs: "jo***@example.com", "*******5555".
QString maskEmail(const QString& email);
QString maskPhone(const QString& phone);

} // namespace checkstand::contact
