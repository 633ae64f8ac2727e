// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor.h"

#include "net/endpointpolicy.h"
#include "runtime/runtime.h"
#include "secrets/secretnames.h"
#include "secrets/secretstore.h"
#include "services/services.h"
#include "settings/appsettings.h"

#include <QJsonArray>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace checkstand {

bool DoctorCheck::ok() const {
    for (const DoctorFinding& f : findings) {
        if (!f.ok)
            return false;
    }
    return true;
}

bool DoctorReport::ok() const {
    for (const DoctorCheck& c : checks) {
        if (!c.ok())
            return false;
    }
    return true;
}

QJsonObject DoctorReport::toJson() const {
    QJsonArray list;
    for (const DoctorCheck& c : checks) {
        QJsonArray findings;
        for (const DoctorFinding& f : c.findings)
            findings.append(
                QJsonObject{{QStringLiteral("ok"), f.ok}, {QStringLiteral("text"), f.text}});
        list.append(QJsonObject{{QStringLiteral("service"), c.service},
                                {QStringLiteral("name"), c.serviceName},
                                {QStringLiteral("url"), c.url.toString()},
                                {QStringLiteral("configured"), c.configured},
                                {QStringLiteral("ok"), c.ok()},
                                {QStringLiteral("findings"), findings}});
    }
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("secretStore"), secretStore},
            {QStringLiteral("checks"), list}};
}

QString DoctorReport::toText() const {
    QString out = Doctor::tr("Environment: %1\nSecrets: %2\n").arg(environment, secretStore);
    for (const DoctorCheck& c : checks) {
        out += QStringLiteral("\n%1 %2 %3\n")
                   .arg(c.ok() ? QStringLiteral("[ok]  ") : QStringLiteral("[FAIL]"), c.serviceName,
                        c.configured ? c.url.toDisplayString() : Doctor::tr("(not configured)"));
        for (const DoctorFinding& f : c.findings)
            out += QStringLiteral("       %1 %2\n").arg(QChar(f.ok ? u'-' : u'!')).arg(f.text);
    }
    return out;
}

Doctor::Doctor(Runtime& runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime) {}

void Doctor::run() {
    run(service::all());
}

void Doctor::run(const QStringList& services) {
    m_report = {};
    m_report.environment = m_runtime.environmentName();
    m_report.secretStore = m_runtime.secrets().description();
    const QStringList known = service::all();
    for (const QString& s : services) {
        DoctorCheck check;
        check.service = s;
        check.serviceName = service::displayName(s);
        if (!known.contains(s)) {
            check.findings.append({false, tr("%1 is not a service Checkstand knows.").arg(s)});
            m_report.checks.append(check);
            continue;
        }
        check.url = m_runtime.endpoint(s);
        check.configured = !check.url.isEmpty();
        if (!check.configured)
            check.findings.append({true, tr("Not configured; this integration is not used.")});
        else if (check.url.scheme() == QLatin1String("https") && !m_runtime.caProblem().isEmpty())
            check.findings.append({false, m_runtime.caProblem()});
        m_report.checks.append(check);
    }
    // Asynchronous even when nothing needs the network, so callers can wait uniformly.
    QTimer::singleShot(0, this, [this] { next(0); });
}

void Doctor::next(qsizetype index) {
    while (index < m_report.checks.size() && !m_report.checks.at(index).configured)
        ++index;
    if (index >= m_report.checks.size()) {
        Q_EMIT finished(m_report);
        return;
    }
    DoctorCheck& check = m_report.checks[index];
    const QString refusal = EndpointPolicy::check(check.url);
    if (!refusal.isEmpty()) {
        check.findings.append({false, refusal});
        checkSecret(index);
        return;
    }
    check.findings.append({true, tr("The address is allowed.")});
    checkConnection(index);
}

void Doctor::checkConnection(qsizetype index) {
    const QUrl url = m_report.checks.at(index).url;
    const bool tls = url.scheme() == QLatin1String("https");
    auto* socket = new QSslSocket(this);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    const auto conclude = [this, index, socket, done](bool ok, const QString& text) {
        if (*done)
            return;
        *done = true;
        m_report.checks[index].findings.append({ok, text});
        socket->abort();
        socket->deleteLater();
        checkSecret(index);
    };
    connect(timer, &QTimer::timeout, socket, [conclude, this] {
        conclude(false, tr("No connection within %1 s: the host does not answer (network, "
                           "firewall or proxy?).")
                            .arg(double(m_timeout.count()) / 1000.0));
    });
    connect(socket, &QAbstractSocket::errorOccurred, socket,
            [conclude, socket](QAbstractSocket::SocketError) {
                conclude(false, tr("Connection failed: %1.").arg(socket->errorString()));
            });
    connect(socket, &QSslSocket::sslErrors, socket, [conclude](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts << e.errorString();
        conclude(
            false,
            tr("The TLS certificate is not trusted: %1").arg(texts.join(QStringLiteral("; "))));
    });
    if (tls) {
        connect(socket, &QSslSocket::encrypted, socket, [conclude, socket] {
            const QSslCertificate cert = socket->peerCertificate();
            conclude(true, tr("TLS is valid (%1, certificate expires %2).")
                               .arg(socket->sessionCipher().protocolString(),
                                    cert.expiryDate().date().toString(Qt::ISODate)));
        });
        if (const auto cas = m_runtime.extraCaCertificates(); !cas.isEmpty()) {
            // Trust exactly what the HTTP layer trusts, or a store CA would fail here only.
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.addCaCertificates(cas);
            socket->setSslConfiguration(config);
        }
        socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        connect(socket, &QAbstractSocket::connected, socket, [conclude] {
            conclude(true, tr("Reachable over plain HTTP on this computer (sandbox or test "
                              "server); no TLS needed."));
        });
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
    timer->start(m_timeout);
}

void Doctor::checkSecret(qsizetype index) {
    const QString name = service::info(m_report.checks.at(index).service).secretName;
    if (name.isEmpty()) {
        next(index + 1);
        return;
    }
    m_runtime.secrets().read(name, this, [this, index, name](const SecretResult& secret) {
        DoctorFinding f;
        switch (secret.status) {
        case SecretResult::Status::Found:
            f = {true, tr("Its secret is stored.")};
            break;
        case SecretResult::Status::NotFound:
            f = {false, tr("Its secret is missing: enter it in Settings (or set %1 for scripts).")
                            .arg(secrets::environmentVariableFor(name))};
            break;
        case SecretResult::Status::Unavailable:
        case SecretResult::Status::TimedOut:
            f = {false, secret.error};
            break;
        }
        m_report.checks[index].findings.append(f);
        next(index + 1);
    });
}

} // namespace checkstand
