// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace checkstand {

class Runtime;

struct DoctorFinding {
    bool ok = true;
    QString text; // plain words
};

struct DoctorCheck {
    QString service;
    QString serviceName;
    QUrl url;
    bool configured = false;
    QList<DoctorFinding> findings;

    bool ok() const;
};

struct DoctorReport {
    QString environment;
    QString secretStore;
    QList<DoctorCheck> checks;

    bool ok() const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Checks each configured endpoint: the address is allowed, the host answers, TLS verifies
// (for https), and its secret (the services table's secretName) is present. Asynchronous;
// emits finished() once per run.
class Doctor : public QObject {
    Q_OBJECT
public:
    explicit Doctor(Runtime& runtime, QObject* parent = nullptr);

    void setConnectTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Every service, in the services table's order (`checkstand-ctl doctor`).
    void run();
    // Only these services, in this order (Settings' "Test connection" passes one). An id not
    // in the services table gets a check saying it is unknown.
    void run(const QStringList& services);

Q_SIGNALS:
    void finished(const checkstand::DoctorReport& report);

private:
    void checkConnection(qsizetype index);
    void checkSecret(qsizetype index);
    void next(qsizetype index);

    Runtime& m_runtime;
    DoctorReport m_report;
    std::chrono::milliseconds m_timeout{10000};
};

} // namespace checkstand
