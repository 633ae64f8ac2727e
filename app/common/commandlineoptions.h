// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runtime/runtime.h"

#include <QCommandLineParser>

namespace checkstand::cli {

// The options `checkstand` and `checkstand-ctl` share: --sandbox, --settings, --data-dir,
// --endpoint NAME=URL, --sandbox-scenario NAME=SCENARIO.
void addRuntimeOptions(QCommandLineParser& parser);
// Fills `options`; false with `error` set on a malformed value.
bool readRuntimeOptions(const QCommandLineParser& parser, RuntimeOptions& options, QString& error);
// The Language setting (settingskey::uiLanguage) of the settings file `arguments` name with
// --settings FILE, else of the user's one, for i18n::applyLanguage(). Read before the parser is
// made, so its --help is in that language too. Only reads: a missing file is not created.
QString languageSetting(const QStringList& arguments);

} // namespace checkstand::cli
