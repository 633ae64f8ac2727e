// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QHash>

namespace checkstand {

// Secrets held in memory only: the sandbox's fixed keys and the tests.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    // Says so (secretWritten), like write(): whoever keeps the value reads it again.
    void set(const QString& name, const QString& value) {
        m_values.insert(name, value);
        Q_EMIT secretWritten(name);
    }

    void read(const QString& name, QObject* context, ReadCallback done) override;
    void write(const QString& name, const QString& value, QObject* context,
               WriteCallback done) override;
    QString description() const override { return tr("in memory (training sandbox)"); }

private:
    QHash<QString, QString> m_values;
};

} // namespace checkstand
