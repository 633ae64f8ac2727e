// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QPointer>

namespace checkstand {

// For store IT automation: CHECKSTAND_SECRET_<NAME> from the environment wins; anything not
// set there is read from the wrapped store (normally the OS keychain).
class EnvironmentSecretStore : public SecretStore {
    Q_OBJECT
public:
    EnvironmentSecretStore(SecretStore* fallback, QObject* parent = nullptr);

    void read(const QString& name, QObject* context, ReadCallback done) override;
    void write(const QString& name, const QString& value, QObject* context,
               WriteCallback done) override;
    QString description() const override;

private:
    QPointer<SecretStore> m_fallback;
};

} // namespace checkstand
