#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
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
// (for https), and its secret is present. Asynchronous; emits finished() once.
class Doctor : public QObject {
    Q_OBJECT
public:
    explicit Doctor(Runtime& runtime, QObject* parent = nullptr);

    void setConnectTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void run();

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

// The secret each service needs (empty if none yet).
QString secretNameFor(const QString& service);

} // namespace checkstand
