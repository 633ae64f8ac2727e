// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operators/operatorsession.h"
#include "operators/operatorstore.h"
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

// The training sandbox's demo operators (docs/operators.md).
inline const QString kAdminNumber = QStringLiteral("1");
inline const QByteArray kAdminPin = "2580";
inline const QString kSupervisorNumber = QStringLiteral("2");
inline const QByteArray kSupervisorPin = "1470";
inline const QString kCashierNumber = QStringLiteral("3");
inline const QByteArray kCashierPin = "3690";

// A started Runtime in its own temporary directory: settings, history and (unless live) the
// embedded sandbox, with the clock fixed, and an operator signed in.
struct GuiTestEnvironment {
    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;
    // Who start() signs in, so a window built afterwards opens unlocked on its pages: the demo
    // administrator, who may do everything, so tests that are not about operators never meet
    // a supervisor's question. Set empty before start() for a window that starts locked.
    QString signInNumber = kAdminNumber;
    QByteArray signInPin = kAdminPin;

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
        return signInNumber.isEmpty() || signIn(signInNumber, signInPin);
    }

    // Through the session, as the lock screen would. A live till has no demo operators: the
    // first sign-in there adds the administrator (number 1, PIN 2580) first.
    bool signIn(const QString& number, const QByteArray& pin) {
        OperatorStore& staff = runtime->operators();
        if (staff.isEmpty()) {
            QString why;
            if (!staff.add(QStringLiteral("Alex Admin"), kAdminNumber, Role::Administrator,
                           kAdminPin, {}, &why)) {
                qWarning("No administrator could be added: %s", qPrintable(why));
                return false;
            }
        }
        const SignIn result = runtime->session().signIn(number, pin);
        if (!result.ok())
            qWarning("Operator %s was not signed in: %s", qPrintable(number),
                     qPrintable(result.message));
        return result.ok();
    }
};

// Amounts and dates look the same on every machine the tests run on.
inline void useUsEnglish() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace checkstand::testing
