// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runtime/runtime.h"
#include "util/clock.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace checkstand::testing {

// 15 March 2026, 10:00: every date rule in the GUI tests is judged against this day.
inline QDateTime fixedNow() {
    return QDateTime(QDate(2026, 3, 15), QTime(10, 0));
}

// A started Runtime in its own temporary directory: settings, history and (unless live) the
// embedded sandbox, with the clock fixed.
struct GuiTestEnvironment {
    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;

    // Training mode unless `options` says otherwise.
    bool start() {
        RuntimeOptions options;
        options.sandbox = true;
        return start(std::move(options));
    }

    bool start(RuntimeOptions options) {
        if (!dir.isValid())
            return false;
        options.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        options.dataDirectory = dir.path();
        runtime = std::make_unique<Runtime>(std::move(options));
        QString error;
        if (!runtime->start(&error)) {
            qWarning("Runtime did not start: %s", qPrintable(error));
            return false;
        }
        runtime->setClock(Clock::fixed(fixedNow()));
        return true;
    }
};

// Amounts and dates look the same on every machine the tests run on.
inline void useUsEnglish() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace checkstand::testing
