// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language of the program: its translations (embedded under :/i18n by
// translations/CMakeLists.txt) and the locale that formats amounts and dates. English is the
// source language and needs no translation. What is sent to a service is never localized: the
// request builders write amounts with Money::toDecimalString() and dates in ISO 8601.
namespace checkstand::i18n {

// A language Checkstand ships: its locale name and its name in that language, never translated
// (an operator who cannot read the current language looks for the name of their own).
struct Language {
    const char* code;       // "pt_BR"
    const char* nativeName; // "Português (Brasil)", UTF-8
};
const QList<Language>& shippedLanguages();

// What the Language setting (settingskey::uiLanguage) may hold: "" (the system's locale)
// first, then each shipped language's code: {"", "en_US", "pt_BR"}.
QStringList availableLanguages();
// The name of `code` in its own language; "" for "" or a language not shipped.
QString nativeName(const QString& code);

// Sets the language of `app` from the setting: "" follows the system's locale, otherwise a
// locale name ("pt_BR", "en_US"); a value not shipped counts as "". Sets QLocale::setDefault()
// (amounts and dates on screen, receipts and reports) and installs Checkstand's translator and
// Qt's own (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, when installed: standard
// buttons and dialogs), replacing those a previous call installed. Call it before any widget
// or translated text is made. False when a translation the locale asks for is missing (the
// program then shows English); English itself loads nothing and is true.
bool applyLanguage(QCoreApplication& app, const QString& setting);

} // namespace checkstand::i18n
