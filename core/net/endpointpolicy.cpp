// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace checkstand {

bool EndpointPolicy::isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString EndpointPolicy::check(const QUrl& url) {
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("checkstand::EndpointPolicy", s);
    };
    if (url.isEmpty())
        return tr("No endpoint is configured.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid web address.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("Endpoint addresses must not contain a user name or password; secrets belong "
                  "in the keychain.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("\"%1\" uses plain http://; only https:// is allowed for a host other than "
                  "this computer.")
            .arg(url.toDisplayString());
    }
    return tr("\"%1\" is not an http(s) address.").arg(url.toDisplayString());
}

} // namespace checkstand
