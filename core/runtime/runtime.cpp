#include "runtime.h"

#include "chargeafter/linkhistory.h"
#include "chargeafter/sendlinkclient.h"
#include "chargeafter/sendlinkrequest.h"
#include "chargeafter/sendlinkvalidator.h"
#include "net/httpclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/environmentsecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRuntime, "checkstand.runtime", QtInfoMsg)

namespace checkstand {

Runtime::Runtime(RuntimeOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

Runtime::~Runtime() = default;

bool Runtime::start(QString* error) {
    m_settings = std::make_unique<AppSettings>(m_options.settingsFile.isEmpty()
                                                   ? AppSettings::openDefault()
                                                   : AppSettings::openFile(m_options.settingsFile));
    m_sandboxMode = m_options.sandbox ||
                    (!m_settings->anyEndpointConfigured() && m_options.endpointOverrides.isEmpty());

    m_dataDirectory =
        m_options.dataDirectory.isEmpty() ? Database::defaultDirectory() : m_options.dataDirectory;
    // Training data never mixes with the store's real history.
    if (m_sandboxMode)
        m_dataDirectory = QDir(m_dataDirectory).filePath(QStringLiteral("sandbox"));
    QDir().mkpath(m_dataDirectory);

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
            memory->set(s, m_sandbox->apiKey(s));
        base = memory;
    }
    m_secrets = m_options.secretsFromEnvironment ? new EnvironmentSecretStore(base, this) : base;

    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get(), m_secrets);
    m_sendLink = std::make_unique<chargeafter::SendLinkClient>(m_http.get());
    applyNetworkSettings();
    connect(m_settings.get(), &AppSettings::changed, this, [this] {
        applyNetworkSettings();
        Q_EMIT endpointsChanged();
    });

    m_linkHistory = std::make_unique<chargeafter::LinkHistory>();
    if (!m_linkHistory->open(QDir(m_dataDirectory).filePath(QStringLiteral("checkstand.db")))) {
        *error = tr("Could not open the local database in %1: %2")
                     .arg(m_dataDirectory, m_linkHistory->error());
        return false;
    }
    purgeHistory();
    return true;
}

void Runtime::applyNetworkSettings() {
    m_sendLink->setEndpoint(endpoint(service::chargeAfter));
    m_sendLink->setTimeout(std::chrono::seconds(m_settings->requestTimeoutSeconds()));
    const QString caFile = m_settings->caCertificatesFile();
    QList<QSslCertificate> cas;
    if (!caFile.isEmpty()) {
        cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty())
            qCWarning(lcRuntime) << "no certificates could be read from" << caFile;
    }
    m_http->setExtraCaCertificates(cas);
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

void Runtime::completeSendLink(chargeafter::SendLinkRequest& request) const {
    QString finalUrl = m_settings->finalPostbackUrl();
    QString dataUrl = m_settings->dataUpdatePostbackUrl();
    if (m_sandboxMode && finalUrl.isEmpty()) {
        QUrl url = m_sandbox->baseUrl();
        url.setPath(QStringLiteral("/chargeafter/postback/final"));
        finalUrl = url.toString();
    }
    if (request.finalPostbackUrl.isEmpty())
        request.finalPostbackUrl = finalUrl;
    if (request.dataUpdatePostbackUrl.isEmpty())
        request.dataUpdatePostbackUrl = dataUrl;
    if (request.postbackAuthKey.isEmpty())
        request.postbackAuthKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    chargeafter::normalize(request, {m_clock.today(), m_settings->storeRegion()});
}

void Runtime::purgeHistory() {
    const int removed =
        m_linkHistory->purgeOlderThan(m_clock.now().addDays(-m_settings->historyRetentionDays()));
    if (removed > 0)
        qCInfo(lcRuntime) << "purged" << removed << "sent-link history entries";
}

} // namespace checkstand
