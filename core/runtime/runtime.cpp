// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime.h"

#include "acme/refundclient.h"
#include "aifi/pricingclient.h"
#include "audit/auditjournal.h"
#include "catalog/catalog.h"
#include "chargeafter/linkhistory.h"
#include "chargeafter/sendlinkclient.h"
#include "elevate/notificationclient.h"
#include "endofday/endofday.h"
#include "net/httpclient.h"
#include "operators/operatorsession.h"
#include "operators/operatorstore.h"
#include "orderchecker/ordercheckclient.h"
#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "receipt/receipt.h"
#include "sandbox/sandboxserver.h"
#include "secrets/environmentsecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/salesstore.h"
#include "ticket/ticket.h"
#include "usecases/financingwait.h"
#include "usecases/quoterefund.h"
#include "usecases/returns.h"
#include "usecases/sendlink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRuntime, "checkstand.runtime", QtInfoMsg)

namespace checkstand {

Runtime::Runtime(RuntimeOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

Runtime::~Runtime() = default;

void Runtime::openSettings() {
    if (!m_settings)
        m_settings = std::make_unique<AppSettings>(
            m_options.settingsFile.isEmpty() ? AppSettings::openDefault()
                                             : AppSettings::openFile(m_options.settingsFile));
}

bool Runtime::start(QString* error) {
    openSettings();
    m_sandboxMode = m_options.sandbox ||
                    (!m_settings->anyEndpointConfigured() && m_options.endpointOverrides.isEmpty());

    m_dataDirectory =
        m_options.dataDirectory.isEmpty() ? Database::defaultDirectory() : m_options.dataDirectory;
    // Customer names, e-mails and addresses live here: the folders are the owner's only (0700)
    // and so are the settings (0600), set explicitly rather than left to the umask.
    QString folderError;
    if (!Database::makePrivateDirectory(m_dataDirectory, &folderError)) {
        *error = folderError;
        return false;
    }
    // Training data never mixes with the store's real history.
    if (m_sandboxMode) {
        m_dataDirectory = QDir(m_dataDirectory).filePath(QStringLiteral("sandbox"));
        if (!Database::makePrivateDirectory(m_dataDirectory, &folderError)) {
            *error = folderError;
            return false;
        }
    }
    // Created empty now if missing, so QSettings (which keeps an existing file's mode when it
    // rewrites it) never writes it world-readable. Not fatal: a settings file deployed by IT
    // and owned by root cannot be changed, and is not ours to refuse.
    if (const QString settingsFile = m_settings->fileName(); !settingsFile.isEmpty())
        Database::makePrivateFile(settingsFile);

    m_keychain = new KeychainSecretStore(QStringLiteral("checkstand"), this);
    SecretStore* base = m_keychain;
    if (m_sandboxMode) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>();
        if (!m_sandbox->start()) {
            *error = m_sandbox->error();
            return false;
        }
        for (auto it = m_options.sandboxScenarios.cbegin(); it != m_options.sandboxScenarios.cend();
             ++it)
            m_sandbox->setScenario(it.key(), it.value());
        auto* memory = new MemorySecretStore(this);
        for (const QString& s : m_sandbox->services())
            memory->set(m_sandbox->secretName(s), m_sandbox->apiKey(s));
        base = memory;
    }
    // In training the sandbox's own keys are used: a live key from the environment must never
    // be sent to (and recorded by) the sandbox.
    m_secrets = m_options.secretsFromEnvironment && !m_sandboxMode
                    ? new EnvironmentSecretStore(base, this)
                    : base;

    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get(), m_secrets);
    m_sendLink = std::make_unique<chargeafter::SendLinkClient>(*m_http);
    m_orderChecker = std::make_unique<orderchecker::OrderCheckClient>(*m_http);
    m_pricing = std::make_unique<aifi::PricingClient>(*m_http);
    m_refunds = std::make_unique<acme::RefundClient>(*m_http);
    m_notifications = std::make_unique<elevate::NotificationClient>(*m_http);
    applyNetworkSettings();
    connect(m_settings.get(), &AppSettings::changed, this, [this](const QString& key) {
        if (key == settingskey::historyRetentionDays) {
            purgeHistory();
            return;
        }
        applyNetworkSettings();
        Q_EMIT endpointsChanged();
    });

    m_linkHistory = std::make_unique<chargeafter::LinkHistory>();
    if (!m_linkHistory->open(QDir(m_dataDirectory).filePath(QStringLiteral("checkstand.db")))) {
        *error = tr("Could not open the local database in %1: %2")
                     .arg(m_dataDirectory, m_linkHistory->error());
        return false;
    }
    m_sendLinkUseCase = std::make_unique<SendLink>(
        *m_sendLink, *m_linkHistory,
        [this] {
            SendLink::Settings s{m_settings->finalPostbackUrl(),
                                 m_settings->dataUpdatePostbackUrl(), m_settings->storeRegion()};
            // In training the sandbox takes ChargeAfter's postbacks.
            if (m_sandboxMode && s.finalPostbackUrl.isEmpty()) {
                QUrl url = m_sandbox->baseUrl();
                url.setPath(QStringLiteral("/chargeafter/postback/final"));
                s.finalPostbackUrl = url.toString();
            }
            return s;
        },
        m_clock);
    m_quoteRefund = std::make_unique<QuoteRefund>(*m_refunds, m_clock);
    purgeHistory();
    // A till stays open for days: keep purging while it runs, not only at start-up.
    auto* purgeTimer = new QTimer(this);
    connect(purgeTimer, &QTimer::timeout, this, &Runtime::purgeHistory);
    purgeTimer->start(std::chrono::hours(1));

    const QDir data(m_dataDirectory);
    m_catalog = std::make_unique<Catalog>();
    if (!m_catalog->open(data.filePath(QStringLiteral("catalog.db")))) {
        *error = tr("Could not open the product catalog in %1: %2")
                     .arg(m_dataDirectory, m_catalog->error());
        return false;
    }
    // Training ships a small demo catalog so there is something to scan.
    if (m_sandboxMode && m_catalog->count() == 0)
        m_catalog->importCsv(Catalog::demoCsv(), m_settings->currency());
    m_sales = std::make_unique<SalesStore>();
    if (!m_sales->open(data.filePath(QStringLiteral("sales.db")))) {
        *error = tr("Could not open the sales database in %1: %2")
                     .arg(m_dataDirectory, m_sales->error());
        return false;
    }
    m_operators = std::make_unique<OperatorStore>(m_clock);
    if (!m_operators->open(data.filePath(QStringLiteral("staff.db")))) {
        *error = tr("Could not open the operators and audit journal (staff.db) in %1: %2")
                     .arg(m_dataDirectory, m_operators->error());
        return false;
    }
    m_audit = std::make_unique<AuditJournal>(m_operators->database(), m_clock);
    m_session = std::make_unique<OperatorSession>(*m_operators, *m_audit, m_clock);
    m_endOfDay = std::make_unique<EndOfDay>(*m_sales, *m_session, m_clock,
                                            [this] { return m_settings->currency(); });
    // Training starts with the documented demo operators so a trainer can practise overrides.
    // Their PIN hashes are kept made (OperatorStore::demoOperators()): no Argon2id work here.
    if (m_sandboxMode && !m_operators->addDemoOperators()) {
        *error =
            tr("Could not add the demo operators to %1: %2")
                .arg(m_operators->database().path(),
                     m_operators->error().isEmpty() ? tr("see the log") : m_operators->error());
        return false;
    }
    m_returns =
        std::make_unique<Returns>(*m_sales, m_clock, [this] { return m_settings->storeId(); });
    m_financingWait = std::make_unique<FinancingWait>(*m_sales, m_clock);
    m_outbox = std::make_unique<outbox::Outbox>(*m_sales, m_clock, [this] {
        return m_settings->value(settingskey::elevateMarket).toString();
    });
    m_delivery = std::make_unique<outbox::DeliveryWorker>(*m_outbox, *m_notifications, m_clock);
    applyNetworkSettings();
    // A new Elevate key is the operator's answer to "credentials rejected": deliver again.
    for (SecretStore* store : {m_keychain, m_secrets}) {
        connect(store, &SecretStore::secretWritten, this, [this](const QString& name) {
            m_http->forgetSecret(name);
            if (name == service::info(service::elevate).secretName && m_outbox->isPaused())
                m_outbox->resume();
        });
    }
    m_started = true;
    return true;
}

void Runtime::applyNetworkSettings() {
    const std::initializer_list<ServiceClient*> clients = {m_sendLink.get(), m_orderChecker.get(),
                                                           m_pricing.get(), m_refunds.get(),
                                                           m_notifications.get()};
    for (ServiceClient* client : clients) {
        client->setEndpoint(endpoint(client->serviceId()));
        client->setTimeout(std::chrono::seconds(m_settings->timeoutSeconds(client->serviceId())));
    }
    m_orderChecker->setHeaderNames(orderCheckerHeaderNames());
    m_refunds->setApiKeyHeader(
        m_settings->value(settingskey::acmeApiKeyHeader).toString().toLatin1());
    if (m_delivery)
        m_delivery->setMaxInFlight(m_settings->value(settingskey::elevateMaxInFlight).toInt());
    const QString caFile = m_settings->caCertificatesFile();
    QList<QSslCertificate> cas;
    m_caProblem.clear();
    if (!caFile.isEmpty()) {
        cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        // Never silent: a store whose proxy re-signs TLS would otherwise see every https call
        // fail with a certificate error and no hint why.
        if (cas.isEmpty()) {
            const QFileInfo info(caFile);
            m_caProblem =
                !info.exists() ? tr("The store's CA file %1 does not exist.").arg(caFile)
                : !info.isReadable()
                    ? tr("The store's CA file %1 cannot be read (permissions).").arg(caFile)
                    : tr("The store's CA file %1 holds no PEM certificate.").arg(caFile);
            m_caProblem += u' ' + tr("Only the system's CAs are trusted; fix the file or the "
                                     "setting network/caCertificatesFile.");
            qCWarning(lcRuntime).noquote() << m_caProblem;
        }
    }
    m_http->setExtraCaCertificates(cas);
    m_extraCas = cas;
}

QString Runtime::environmentName() const {
    if (m_sandboxMode)
        return tr("TRAINING / SANDBOX (nothing is sent to real services)");
    return tr("Live: %1 (%2)").arg(m_settings->storeName(), m_settings->storeId());
}

QUrl Runtime::endpoint(const QString& service) const {
    if (const auto it = m_options.endpointOverrides.constFind(service);
        it != m_options.endpointOverrides.cend())
        return *it;
    if (m_sandboxMode)
        return m_sandbox->endpoint(service);
    return m_settings->endpoint(service);
}

SaleRules Runtime::saleRules() const {
    SaleRules r;
    r.storeId = m_settings->storeId();
    r.currency = m_settings->currency();
    r.checker = {m_settings->value(settingskey::allowSalesOnApiErrors).toBool(),
                 m_settings->value(settingskey::allowSalesOnItemErrors).toBool()};
    r.allowLocalPrices = m_settings->value(settingskey::allowLocalPrices).toBool();
    r.pricingStore.aifiStoreId = m_settings->value(settingskey::aifiStoreId).toLongLong();
    r.pricingStore.aifiUniqueStoreId = m_settings->value(settingskey::aifiUniqueStoreId).toString();
    r.pricingStore.storeExternalId = m_settings->storeId();
    r.priceIncludesTax = m_settings->value(settingskey::priceIncludesTax).toBool();
    return r;
}

SaleServices Runtime::saleServices() const {
    return {*m_catalog, *m_sales, *m_orderChecker, *m_pricing, [this] { return saleRules(); },
            m_clock};
}

QStringList Runtime::orderCheckerHeaderNames() const {
    if (m_sandboxMode && !m_options.endpointOverrides.contains(service::orderChecker))
        return {QStringLiteral("X-Api-Token")};
    QStringList names;
    for (const QString& n : m_settings->value(settingskey::orderCheckerHeaders).toStringList()) {
        if (!n.trimmed().isEmpty())
            names << n.trimmed();
    }
    return names;
}

void Runtime::purgeHistory() {
    const int removed =
        m_linkHistory->purgeOlderThan(m_clock.now().addDays(-m_settings->historyRetentionDays()));
    if (removed > 0)
        qCInfo(lcRuntime) << "purged" << removed << "sent-link history entries";
}

StoreInfo Runtime::storeInfo() const {
    return StoreInfo{m_settings->storeName(),
                     m_settings->value(settingskey::storeAddress).toString(), m_settings->storeId(),
                     m_settings->value(settingskey::receiptFooter).toString()};
}

} // namespace checkstand
