// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace checkstand::test {

// What one checkstand-ctl child process did.
struct CtlRun {
    int exitCode = -1; // -1 when it crashed or did not finish
    QJsonDocument doc; // stdout read as JSON (null when it is not JSON)
    QJsonObject json;  // doc.object()
    QString out;
    QString err;
};

// Runs checkstand-ctl (the CHECKSTAND_CTL path the test target defines) as store IT runs it:
// a child process with `prefix` before the command's own arguments, standard input from
// `input` (then closed), QT_QPA_PLATFORM=offscreen and USER=tester. The sandbox runs inside the
// child, so waiting for it here (up to two minutes) is fine. Every stdout and stderr is kept in
// `allOutput` for leak checks.
class CtlRunner {
public:
    CtlRunner() = default;
    // --settings DIR/s.ini --data-dir DIR [--sandbox]
    static CtlRunner forDirectory(const QString& dir, bool sandbox = true);

    CtlRun run(const QStringList& args, const QByteArray& input = {},
               const QProcessEnvironment& extra = {});

    QStringList prefix;
    QString allOutput;
};

} // namespace checkstand::test
