// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

namespace checkstand::test {

// Captures every log line (debug included) while alive, so a test can assert that secrets
// and card data never reach the logs.
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    QStringList lines() const;
    QString joined() const { return lines().join(u'\n'); }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& msg);
    QtMessageHandler m_previous;
};

} // namespace checkstand::test
