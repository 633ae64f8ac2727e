// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlogging.h"

#include <QMutex>

#include <map>
#include <memory>

namespace checkstand {

Q_LOGGING_CATEGORY(lcNet, "checkstand.net")

namespace {

struct NamedCategory {
    QByteArray name;
    std::unique_ptr<QLoggingCategory> category;
};

} // namespace

const QLoggingCategory& serviceLogCategory(const QString& service) {
    // QLoggingCategory keeps a pointer to its name, so names and categories live forever.
    static QMutex mutex;
    static std::map<QString, NamedCategory> categories;
    QMutexLocker lock(&mutex);
    auto it = categories.find(service);
    if (it == categories.end()) {
        NamedCategory entry;
        entry.name = "checkstand.net." + service.toLatin1();
        it = categories.emplace(service, std::move(entry)).first;
        it->second.category =
            std::make_unique<QLoggingCategory>(it->second.name.constData(), QtInfoMsg);
    }
    return *it->second.category;
}

} // namespace checkstand
