// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxscenario.h"
#include "sandboxservice.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <vector>

class QHttpServer;

namespace checkstand::sandbox {

class AcmeSandbox;
class ElevateSandbox;
class PricingSandbox;
class OrderCheckSandbox;

struct RecordedRequest {
    SandboxRequest request;
    int status = 0;
};

// The embedded training/test server: one QHttpServer on 127.0.0.1 (random port) hosting every
// simulated vendor service. Loopback only: QHttpServer 6.4 has no size limits.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // All built-in services registered; false with error() if the port could not be bound.
    bool start();
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    QStringList services() const;
    QUrl endpoint(const QString& service) const;
    QString apiKey(const QString& service) const;
    QString secretName(const QString& service) const;
    OrderCheckSandbox& orderChecker() const { return *m_orderChecker; }
    ElevateSandbox& elevate() const { return *m_elevate; }
    PricingSandbox& pricing() const { return *m_pricing; }
    AcmeSandbox& acme() const { return *m_acme; }

    void setScenario(const QString& service, Scenario scenario);
    Scenario scenario(const QString& service) const;
    void setSlowDelay(std::chrono::milliseconds delay) { m_slowDelay = delay; }
    // Holds back the next reply of `service` by `delay` (one entry per coming request), e.g. to
    // make a first reply arrive after a second.
    void delayNextReply(const QString& service, std::chrono::milliseconds delay);
    std::chrono::milliseconds slowDelay() const { return m_slowDelay; }

    QList<RecordedRequest> requests(const QString& service) const;
    void clearRequests();

Q_SIGNALS:
    void requestHandled(const QString& service, int status);

private:
    void add(std::unique_ptr<SandboxService> service);
    SandboxService* find(const QString& service) const;
    SandboxReply reply(SandboxService& service, const SandboxRequest& request);

    std::unique_ptr<QHttpServer> m_server;
    std::vector<std::unique_ptr<SandboxService>> m_services;
    QHash<QString, Scenario> m_scenarios;
    QHash<QString, QList<RecordedRequest>> m_requests;
    QHash<QString, QList<std::chrono::milliseconds>> m_delays;
    OrderCheckSandbox* m_orderChecker = nullptr;
    ElevateSandbox* m_elevate = nullptr;
    PricingSandbox* m_pricing = nullptr;
    AcmeSandbox* m_acme = nullptr;
    std::chrono::milliseconds m_slowDelay{3000};
    quint16 m_port = 0;
    QString m_error;
};

} // namespace checkstand::sandbox
