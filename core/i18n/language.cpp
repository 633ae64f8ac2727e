// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "checkstand.i18n", QtInfoMsg)

namespace checkstand::i18n {

namespace {

// The translators the last applyLanguage() installed, so a second call replaces them (a test
// switches languages; the program calls it once). QPointer: the application owns them and may
// be gone first.
QList<QPointer<QTranslator>>& installed() {
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled() {
    for (const QPointer<QTranslator>& t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
}

// Loads `base`_<language>.qm for `locale` from `directory` (QTranslator tries "pt_BR", then
// "pt") and installs it; false when there is no such file.
bool install(QCoreApplication& app, const QLocale& locale, const QString& base,
             const QString& directory) {
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, base, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

const QList<Language>& shippedLanguages() {
    static const QList<Language> languages = {
        {"en_US", "English"},
        {"pt_BR", "Português (Brasil)"},
    };
    return languages;
}

QStringList availableLanguages() {
    QStringList codes{QString()};
    for (const Language& l : shippedLanguages())
        codes.append(QString::fromLatin1(l.code));
    return codes;
}

QString nativeName(const QString& code) {
    for (const Language& l : shippedLanguages()) {
        if (code == QLatin1String(l.code))
            return QString::fromUtf8(l.nativeName);
    }
    return {};
}

bool applyLanguage(QCoreApplication& app, const QString& setting) {
    const QString code = setting.trimmed();
    const bool shipped = !code.isEmpty() && availableLanguages().contains(code);
    if (!code.isEmpty() && !shipped)
        qCWarning(lcI18n) << "Language" << code
                          << "is not one Checkstand ships; using the system's";
    const QLocale locale = shipped ? QLocale(code) : QLocale::system();
    QLocale::setDefault(locale);
    removeInstalled();
    // English is the source: nothing to load (and no qtbase_en.qm exists).
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    const bool ours = install(app, locale, QStringLiteral("checkstand"), QStringLiteral(":/i18n"));
    if (!ours)
        qCInfo(lcI18n) << "No translation for" << locale.name() << "; the texts stay in English";
    // Qt's own texts (the standard buttons, the file dialog) come with Qt's translations
    // package, which may not be installed: then those stay English.
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return ours;
}

} // namespace checkstand::i18n
