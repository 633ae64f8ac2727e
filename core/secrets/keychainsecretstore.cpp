// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "checkstand.secrets.keychain", QtInfoMsg)

namespace checkstand {

namespace {

QString unavailableText(const QKeychain::Job& job) {
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("The OS keychain refused access (%1). Unlock it and try "
                                       "again.")
            .arg(job.errorString());
    default:
        return KeychainSecretStore::tr(
                   "The OS keychain is not available (%1). On Linux a Secret Service such as "
                   "GNOME Keyring or KWallet must be running and unlocked. Checkstand never "
                   "stores secrets in plain text.")
            .arg(job.errorString());
    }
}

// Runs one QtKeychain job under a deadline and reports exactly once.
template <typename JobT, typename OnFinished, typename OnTimeout>
void runWithDeadline(JobT* job, QObject* context, std::chrono::milliseconds timeout,
                     OnFinished onFinished, OnTimeout onTimeout) {
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [=] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcKeychain) << "keychain job timed out after" << timeout.count() << "ms";
        if (guard)
            onTimeout();
        // The job may never finish; it is left to auto-delete if it ever does.
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [=](QKeychain::Job*) {
        timer->stop();
        if (*answered)
            return;
        *answered = true;
        if (guard)
            onFinished(*job);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    timer->start(timeout);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString& name, QObject* context, ReadCallback done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    const auto timeout = m_timeout;
    runWithDeadline(
        job, context, timeout,
        [done, context](const QKeychain::Job& j) {
            SecretResult result;
            if (j.error() == QKeychain::NoError) {
                result.value = static_cast<const QKeychain::ReadPasswordJob&>(j).textData();
                result.status = result.value.isEmpty() ? SecretResult::Status::NotFound
                                                       : SecretResult::Status::Found;
            } else if (j.error() == QKeychain::EntryNotFound) {
                result.status = SecretResult::Status::NotFound;
            } else {
                result.status = SecretResult::Status::Unavailable;
                result.error = unavailableText(j);
            }
            QMetaObject::invokeMethod(context, [done, result] { done(result); });
        },
        [done, context, timeout] {
            SecretResult result;
            result.status = SecretResult::Status::TimedOut;
            result.error = tr("The OS keychain did not answer within %1 seconds; it may be "
                              "locked or not running.")
                               .arg(timeout.count() / 1000.0);
            QMetaObject::invokeMethod(context, [done, result] { done(result); });
        });
}

void KeychainSecretStore::write(const QString& name, const QString& value, QObject* context,
                                WriteCallback done) {
    const auto timeout = m_timeout;
    auto onTimeout = [done, context, timeout] {
        const SecretWriteResult result{
            false, tr("The OS keychain did not answer within %1 seconds; the secret was not saved.")
                       .arg(timeout.count() / 1000.0)};
        QMetaObject::invokeMethod(context, [done, result] { done(result); });
    };
    if (value.isEmpty()) {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(name);
        runWithDeadline(
            job, context, timeout,
            [done, context, self = QPointer(this), name](const QKeychain::Job& j) {
                const bool ok =
                    j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound;
                const SecretWriteResult result{ok, ok ? QString() : unavailableText(j)};
                if (KeychainSecretStore* store = self.data(); ok && store)
                    Q_EMIT store->secretWritten(name);
                QMetaObject::invokeMethod(context, [done, result] { done(result); });
            },
            onTimeout);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(value);
    runWithDeadline(
        job, context, timeout,
        [done, context, self = QPointer(this), name](const QKeychain::Job& j) {
            const bool ok = j.error() == QKeychain::NoError;
            const SecretWriteResult result{ok, ok ? QString() : unavailableText(j)};
            if (KeychainSecretStore* store = self.data(); ok && store)
                Q_EMIT store->secretWritten(name);
            QMetaObject::invokeMethod(context, [done, result] { done(result); });
        },
        onTimeout);
}

QString KeychainSecretStore::description() const {
    return tr("OS keychain (service \"%1\")").arg(m_service);
}

} // namespace checkstand
