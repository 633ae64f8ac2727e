// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

namespace checkstand::test {

namespace {
QMutex g_mutex;
QStringList g_lines;
} // namespace

LogCapture::LogCapture() {
    {
        QMutexLocker lock(&g_mutex);
        g_lines.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("checkstand.*=true"));
    m_previous = qInstallMessageHandler(&LogCapture::handler);
}

LogCapture::~LogCapture() {
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

QStringList LogCapture::lines() const {
    QMutexLocker lock(&g_mutex);
    return g_lines;
}

void LogCapture::handler(QtMsgType, const QMessageLogContext& context, const QString& msg) {
    QMutexLocker lock(&g_mutex);
    g_lines << QString::fromLatin1(context.category ? context.category : "default") + u": " + msg;
}

} // namespace checkstand::test
