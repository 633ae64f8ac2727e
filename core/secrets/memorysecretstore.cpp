// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

#include <QTimer>

namespace checkstand {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent) {}

void MemorySecretStore::read(const QString& name, QObject* context, ReadCallback done) {
    SecretResult result;
    if (const auto it = m_values.constFind(name); it != m_values.constEnd() && !it->isEmpty()) {
        result.status = SecretResult::Status::Found;
        result.value = *it;
    }
    // Answer on the next event-loop turn, like the keychain does, so callers see one behaviour.
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::write(const QString& name, const QString& value, QObject* context,
                              WriteCallback done) {
    if (value.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
    Q_EMIT secretWritten(name);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({true, {}}); });
}

} // namespace checkstand
