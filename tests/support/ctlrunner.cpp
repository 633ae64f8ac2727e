// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"

#include <QProcess>

namespace checkstand::test {

namespace {

// Generous: the sandbox starts inside the child, and the sanitizer builds are slow.
constexpr int kFinishMs = 120000;

} // namespace

CtlRunner CtlRunner::forDirectory(const QString& dir, bool sandbox) {
    CtlRunner runner;
    runner.prefix = {QStringLiteral("--settings"), dir + QStringLiteral("/s.ini"),
                     QStringLiteral("--data-dir"), dir};
    if (sandbox)
        runner.prefix.append(QStringLiteral("--sandbox"));
    return runner;
}

CtlRun CtlRunner::run(const QStringList& args, const QByteArray& input,
                      const QProcessEnvironment& extra) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The actor every ctl journal entry names: "checkstand-ctl (tester)".
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    // Last, so a test can set its own (another USER, a missing D-Bus, a secret).
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHECKSTAND_CTL), prefix + args);
    if (!input.isEmpty())
        p.write(input);
    // Always closed: a command that reads standard input sees its end, never waits for more.
    p.closeWriteChannel();

    CtlRun r;
    // The sandbox runs inside the child: blocking this thread is fine.
    const bool finished = p.waitForFinished(kFinishMs);
    if (!finished) {
        const QString why =
            p.error() == QProcess::FailedToStart
                ? QStringLiteral("checkstand-ctl did not start: ") + p.errorString()
                : QStringLiteral("checkstand-ctl did not finish in %1 s").arg(kFinishMs / 1000);
        qWarning("%s", qPrintable(why));
        p.kill();
        p.waitForFinished(5000);
        r.err = why + u'\n';
    }
    r.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    r.doc = QJsonDocument::fromJson(r.out.toUtf8());
    r.json = r.doc.object();
    allOutput += r.out + r.err;
    return r;
}

} // namespace checkstand::test
