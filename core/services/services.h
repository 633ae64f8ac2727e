// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace checkstand {

// The integrations Checkstand talks to; each has one endpoint URL (called exactly as set).
namespace service {
inline const QString chargeAfter = QStringLiteral("chargeafter");
inline const QString orderChecker = QStringLiteral("orderchecker");
inline const QString aifi = QStringLiteral("aifi");
inline const QString acme = QStringLiteral("acme");
inline const QString elevate = QStringLiteral("elevate");

// One row per integration: the only place its names, its secret and its limits are written.
struct Info {
    QString id;            // "orderchecker": settings group, log category, keychain name
    QString title;         // "Omnichat Order Checker": headings and lists
    QString inSentence;    // "the Omnichat Order Checker": reads naturally mid-sentence
    QString secretName;    // the keychain entry of its API key ("" when the headers name it)
    QByteArray authHeader; // where the key is sent ("" when configurable, see settings)
    QByteArray authPrefix; // "Bearer " or ""
    QString timeoutKey;    // the settings key of this service's own request timeout
    qint64 maxResponseBytes = 1024 * 1024;
};

QStringList all();
// The row for `id`; an unknown id gets a row with only its id (never used for a real call).
Info info(const QString& id);
QString displayName(const QString& id); // info(id).title, translated
QString inSentence(const QString& id);  // info(id).inSentence, translated
} // namespace service

} // namespace checkstand
