// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sale/saleservices.h"
#include "sandbox/sandboxscenario.h"
#include "util/clock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace checkstand {

class AppSettings;
class HttpClient;
class SecretStore;

class Catalog;
struct Ticket;
class SalesStore;
class OperatorStore;
class AuditJournal;
class OperatorSession;
class EndOfDay;

namespace sandbox {
class SandboxServer;
}
namespace orderchecker {
class OrderCheckClient;
}
namespace aifi {
class PricingClient;
}
namespace acme {
class RefundClient;
}
namespace outbox {
class Outbox;
class DeliveryWorker;
} // namespace outbox
namespace chargeafter {
class LinkHistory;
class SendLinkClient;
} // namespace chargeafter
namespace elevate {
class NotificationClient;
}
class SendLink;
class QuoteRefund;
class Returns;
class FinancingWait;
struct StoreInfo;

struct RuntimeOptions {
    bool sandbox = false;                   // --sandbox
    QString settingsFile;                   // --settings FILE; empty: the user's settings
    QString dataDirectory;                  // empty: the app data dir
    QHash<QString, QUrl> endpointOverrides; // --endpoint NAME=URL
    QHash<QString, sandbox::Scenario> sandboxScenarios;
    bool secretsFromEnvironment = false; // checkstand-ctl: CHECKSTAND_SECRET_<NAME> first
};

// Wiring, and nothing else: builds settings, secrets, the HTTP layer, the API clients, local
// storage, the use cases and, in training mode, the embedded sandbox, and keeps the clients'
// endpoints, timeouts and headers in step with the settings. The window and checkstand-ctl both
// build one from their command line and call the same use cases; what a use case needs it is
// handed (a client, a store, a settings view, the clock), never the Runtime.
class Runtime : public QObject {
    Q_OBJECT
public:
    explicit Runtime(RuntimeOptions options, QObject* parent = nullptr);
    ~Runtime() override;

    // Opens settings and storage, starts the sandbox when needed. Never touches the keychain.
    bool start(QString* error);
    bool isStarted() const { return m_started; }
    // Reads the settings file only (start() does it too): what the window needs to come up at
    // its size and in its colours before start() opens anything else.
    void openSettings();

    bool isSandbox() const { return m_sandboxMode; }
    QString environmentName() const; // for the status bar and `doctor`

    AppSettings& settings() const { return *m_settings; }
    SecretStore& secrets() const { return *m_secrets; }
    // The keychain itself (not the sandbox's keys), for the Settings dialog.
    SecretStore& keychain() const { return *m_keychain; }
    HttpClient& http() const { return *m_http; }
    sandbox::SandboxServer* sandboxServer() const { return m_sandbox.get(); }
    // The one clock: every use case, the outbox and the delivery worker hold a reference to it.
    const Clock& clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QString dataDirectory() const { return m_dataDirectory; }

    QUrl endpoint(const QString& service) const;
    // True when training mode was chosen because nothing is configured (not asked for).
    bool isImplicitSandbox() const { return m_sandboxMode && !m_options.sandbox; }
    // The store's private CAs from settings, trusted on top of the system's.
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    // Why the configured CA file gave no certificate, in words; empty when fine or not set.
    QString caProblem() const { return m_caProblem; }

    chargeafter::SendLinkClient& sendLink() const { return *m_sendLink; }
    orderchecker::OrderCheckClient& orderChecker() const { return *m_orderChecker; }
    aifi::PricingClient& pricing() const { return *m_pricing; }
    acme::RefundClient& refunds() const { return *m_refunds; }
    elevate::NotificationClient& notifications() const { return *m_notifications; }
    Catalog& catalog() const { return *m_catalog; }
    SalesStore& sales() const { return *m_sales; }
    // staff.db: the operators and, on the same connection, the audit journal.
    OperatorStore& operators() const { return *m_operators; }
    AuditJournal& audit() const { return *m_audit; }
    // Who is at the till (nobody until someone signs in; checkstand-ctl acts as the machine's
    // administrator).
    OperatorSession& session() const { return *m_session; }
    // Shifts, pay-ins and pay-outs, X and Z reports (sales.db), journalled through session().
    EndOfDay& endOfDay() const { return *m_endOfDay; }
    outbox::Outbox& outbox() const { return *m_outbox; }
    // Not started by Runtime: the app starts it, checkstand-ctl flushes it on demand.
    outbox::DeliveryWorker& deliveryWorker() const { return *m_delivery; }
    chargeafter::LinkHistory& linkHistory() const { return *m_linkHistory; }

    // The use cases, for the pages and checkstand-ctl alike.
    SendLink& sendLinkUseCase() const { return *m_sendLinkUseCase; }
    QuoteRefund& quoteRefund() const { return *m_quoteRefund; }
    Returns& returns() const { return *m_returns; }
    FinancingWait& financingWait() const { return *m_financingWait; }
    // What receipts print at the top and bottom (store name, address, footer), from settings.
    StoreInfo storeInfo() const;
    // What a SaleSession needs (the Sale page and `sale complete` build theirs from this).
    SaleServices saleServices() const;

Q_SIGNALS:
    void endpointsChanged();

private:
    void applyNetworkSettings();
    QStringList orderCheckerHeaderNames() const;
    SaleRules saleRules() const;
    void purgeHistory();

    RuntimeOptions m_options;
    bool m_started = false;
    bool m_sandboxMode = false;
    QString m_dataDirectory;
    Clock m_clock;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    SecretStore* m_keychain = nullptr;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<chargeafter::SendLinkClient> m_sendLink;
    std::unique_ptr<chargeafter::LinkHistory> m_linkHistory;
    std::unique_ptr<orderchecker::OrderCheckClient> m_orderChecker;
    std::unique_ptr<aifi::PricingClient> m_pricing;
    std::unique_ptr<acme::RefundClient> m_refunds;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SalesStore> m_sales;
    // Declared before m_audit, which holds a reference to its database: destroyed after it.
    std::unique_ptr<OperatorStore> m_operators;
    std::unique_ptr<AuditJournal> m_audit;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<EndOfDay> m_endOfDay;
    QList<QSslCertificate> m_extraCas;
    QString m_caProblem;
    std::unique_ptr<outbox::Outbox> m_outbox;
    std::unique_ptr<elevate::NotificationClient> m_notifications;
    std::unique_ptr<outbox::DeliveryWorker> m_delivery;
    std::unique_ptr<SendLink> m_sendLinkUseCase;
    std::unique_ptr<QuoteRefund> m_quoteRefund;
    std::unique_ptr<Returns> m_returns;
    std::unique_ptr<FinancingWait> m_financingWait;
};

} // namespace checkstand
