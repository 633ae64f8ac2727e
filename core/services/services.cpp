// SPDX-License-Identifier: GPL-3.0-or-later
#include "services.h"

#include <QCoreApplication>
#include <QList>

namespace checkstand::service {

namespace {

const QList<Info>& table() {
    // QT_TRANSLATE_NOOP: the names are translated where they are shown (displayName/inSentence),
    // and lupdate still finds them here.
    static const QList<Info> rows = {
        {chargeAfter, QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "ChargeAfter")),
         QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "ChargeAfter")), chargeAfter,
         "Authorization", "Bearer ", QStringLiteral("chargeafter/timeoutSeconds"), 64 * 1024},
        {orderChecker,
         QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "Omnichat Order Checker")),
         QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "the Omnichat Order Checker")),
         QString(), QByteArray(), QByteArray(), QStringLiteral("orderchecker/timeoutSeconds"),
         512 * 1024},
        // A 1,000-line cart with its tax lines fits well inside 8 MiB.
        {aifi, QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "AiFi pricing")),
         QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "the pricing service")), aifi,
         "Authorization", "Bearer ", QStringLiteral("aifi/timeoutSeconds"), 8 * 1024 * 1024},
        {acme, QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "ACME Ticketing")),
         QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "ACME Ticketing")), acme,
         QByteArray(), QByteArray(), QStringLiteral("acme/timeoutSeconds"), 256 * 1024},
        {elevate, QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "Voyado Elevate")),
         QStringLiteral(QT_TRANSLATE_NOOP("checkstand::service", "Voyado Elevate")), elevate,
         "Api-Key", QByteArray(), QStringLiteral("elevate/timeoutSeconds"), 256 * 1024},
    };
    return rows;
}

} // namespace

QStringList all() {
    QStringList ids;
    for (const Info& i : table())
        ids << i.id;
    return ids;
}

Info info(const QString& id) {
    for (const Info& i : table()) {
        if (i.id == id)
            return i;
    }
    return Info{id, id, id, {}, {}, {}, {}, 1024 * 1024};
}

QString displayName(const QString& id) {
    return QCoreApplication::translate("checkstand::service", info(id).title.toUtf8().constData());
}

QString inSentence(const QString& id) {
    return QCoreApplication::translate("checkstand::service",
                                       info(id).inSentence.toUtf8().constData());
}

} // namespace checkstand::service
