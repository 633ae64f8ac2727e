// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <chrono>

namespace checkstand {

// The OS keychain through QtKeychain (Secret Service, Windows Credential Store, macOS
// Keychain). Every job runs under our own timer because a missing or locked keyring can make a
// job hang; there is no plain-text fallback: a missing keyring is reported, never papered over.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("checkstand"),
                                 QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString& name, QObject* context, ReadCallback done) override;
    void write(const QString& name, const QString& value, QObject* context,
               WriteCallback done) override;
    QString description() const override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{10000};
};

} // namespace checkstand
