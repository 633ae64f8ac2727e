// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentsecretstore.h"

#include "secretnames.h"

#include <QTimer>

namespace checkstand {

QString secrets::environmentVariableFor(const QString& secretName) {
    QString out = QStringLiteral("CHECKSTAND_SECRET_");
    for (const QChar c : secretName)
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c.toUpper() : QChar(u'_');
    return out;
}

EnvironmentSecretStore::EnvironmentSecretStore(SecretStore* fallback, QObject* parent)
    : SecretStore(parent)
    , m_fallback(fallback) {}

void EnvironmentSecretStore::read(const QString& name, QObject* context, ReadCallback done) {
    const QByteArray var = secrets::environmentVariableFor(name).toLatin1();
    if (qEnvironmentVariableIsSet(var.constData())) {
        SecretResult result;
        result.value = qEnvironmentVariable(var.constData());
        result.status =
            result.value.isEmpty() ? SecretResult::Status::NotFound : SecretResult::Status::Found;
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
        return;
    }
    SecretStore* fallback = m_fallback.data();
    if (!fallback) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
        return;
    }
    fallback->read(name, context, std::move(done));
}

void EnvironmentSecretStore::write(const QString& name, const QString& value, QObject* context,
                                   WriteCallback done) {
    SecretStore* fallback = m_fallback.data();
    if (!fallback) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done({false, tr("No keychain is available to store the secret.")});
        });
        return;
    }
    fallback->write(name, value, context, std::move(done));
}

QString EnvironmentSecretStore::description() const {
    return tr("environment variables, then %1")
        .arg(m_fallback ? m_fallback->description() : tr("nothing"));
}

} // namespace checkstand
