// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace checkstand {

struct SecretResult {
    enum class Status { Found, NotFound, Unavailable, TimedOut };
    Status status = Status::NotFound;
    QString value; // only with Found; never logged
    QString error; // plain words for Unavailable / TimedOut

    bool found() const { return status == Status::Found; }
};

struct SecretWriteResult {
    bool ok = false;
    QString error;
};

// Where API keys and header tokens live. Every call is asynchronous and always answers,
// exactly once, on the context object's thread; if the context dies first nothing is called.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const SecretResult&)>;
    using WriteCallback = std::function<void(const SecretWriteResult&)>;

    using QObject::QObject;

    virtual void read(const QString& name, QObject* context, ReadCallback done) = 0;
    // An empty value deletes the secret.
    virtual void write(const QString& name, const QString& value, QObject* context,
                       WriteCallback done) = 0;
    // Shown in Settings and by `doctor`, e.g. "OS keychain (Secret Service)".
    virtual QString description() const = 0;

Q_SIGNALS:
    // A secret was stored or removed (not its value): e.g. a paused queue may resume.
    void secretWritten(const QString& name);
};

} // namespace checkstand
