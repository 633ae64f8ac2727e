// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlineoptions.h"

#include "net/endpointpolicy.h"
#include "settings/appsettings.h"

#include <QCoreApplication>

namespace checkstand::cli {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("checkstand::cli", s);
}

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
         tr("Use the embedded training sandbox instead of the real services.")},
        {QStringLiteral("settings"), tr("Read settings from this INI file."), tr("FILE")},
        {QStringLiteral("data-dir"), tr("Keep local data (history, queues) in this folder."),
         tr("DIR")},
        {QStringLiteral("endpoint"),
         tr("Override one endpoint, e.g. chargeafter=https://pay.example/send-link. "
            "Repeatable."),
         tr("NAME=URL")},
        {QStringLiteral("sandbox-scenario"),
         tr("Make a sandbox service misbehave: normal, http500, http401, slow, malformed, "
            "oversized, declined. Repeatable."),
         tr("NAME=SCENARIO")},
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
            error = tr("--endpoint takes NAME=URL with NAME one of: %1").arg(known.join(u", "));
            return false;
        }
        const QUrl url(value, QUrl::StrictMode);
        if (const QString why = EndpointPolicy::check(url); !why.isEmpty()) {
            error = tr("--endpoint %1: %2").arg(name, why);
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
            error = tr("--sandbox-scenario takes NAME=SCENARIO with SCENARIO one of: %1")
                        .arg(sandbox::scenarioNames().join(u", "));
            return false;
        }
        options.sandboxScenarios.insert(name, *scenario);
    }
    return true;
}

} // namespace checkstand::cli
