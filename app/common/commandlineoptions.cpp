// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineoptions.h"

#include "net/endpointpolicy.h"
#include "settings/appsettings.h"

#include <QCoreApplication>

namespace checkstand::cli {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::cli)
};

bool splitPair(const QString& text, QString& name, QString& value) {
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return false;
    name = text.left(eq).trimmed();
    value = text.mid(eq + 1).trimmed();
    return !value.isEmpty();
}

} // namespace

void addRuntimeOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("sandbox"),
         Tr::tr("Use the embedded training sandbox instead of the real services.")},
        {QStringLiteral("settings"), Tr::tr("Read settings from this INI file."), Tr::tr("FILE")},
        {QStringLiteral("data-dir"), Tr::tr("Keep local data (history, queues) in this folder."),
         Tr::tr("DIR")},
        {QStringLiteral("endpoint"),
         Tr::tr("Override one endpoint, e.g. chargeafter=https://pay.example/send-link. "
                "Repeatable."),
         Tr::tr("NAME=URL")},
        {QStringLiteral("sandbox-scenario"),
         Tr::tr("Make a sandbox service misbehave: normal, http500, http401, slow, malformed, "
                "oversized, declined. Repeatable."),
         Tr::tr("NAME=SCENARIO")},
    });
}

bool readRuntimeOptions(const QCommandLineParser& parser, RuntimeOptions& options, QString& error) {
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    options.settingsFile = parser.value(QStringLiteral("settings"));
    options.dataDirectory = parser.value(QStringLiteral("data-dir"));
    const QStringList known = service::all();
    for (const QString& pair : parser.values(QStringLiteral("endpoint"))) {
        QString name;
        QString value;
        if (!splitPair(pair, name, value) || !known.contains(name)) {
            error = Tr::tr("--endpoint takes NAME=URL with NAME one of: %1").arg(known.join(u", "));
            return false;
        }
        const QUrl url(value, QUrl::StrictMode);
        if (const QString why = EndpointPolicy::check(url); !why.isEmpty()) {
            error = Tr::tr("--endpoint %1: %2").arg(name, why);
            return false;
        }
        options.endpointOverrides.insert(name, url);
    }
    for (const QString& pair : parser.values(QStringLiteral("sandbox-scenario"))) {
        QString name;
        QString value;
        const auto scenario =
            splitPair(pair, name, value) ? sandbox::scenarioFromString(value) : std::nullopt;
        if (!scenario || !known.contains(name)) {
            error = Tr::tr("--sandbox-scenario takes NAME=SCENARIO with SCENARIO one of: %1")
                        .arg(sandbox::scenarioNames().join(u", "));
            return false;
        }
        options.sandboxScenarios.insert(name, *scenario);
    }
    return true;
}

QString languageSetting(const QStringList& arguments) {
    QString file;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break; // what follows are positional arguments
        if (a == QLatin1String("--settings") && i + 1 < arguments.size())
            file = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--settings=")))
            file = a.mid(qsizetype(sizeof("--settings=") - 1));
    }
    // Plain QSettings, not AppSettings: its migration step would write, and the Runtime makes
    // the file private (0600) before anything is written to it.
    const std::unique_ptr<QSettings> settings =
        file.isEmpty() ? AppSettings::openDefault() : AppSettings::openFile(file);
    return settings->value(settingskey::uiLanguage).toString();
}

} // namespace checkstand::cli
