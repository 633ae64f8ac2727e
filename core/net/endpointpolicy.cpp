// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS, so that lupdate files the texts under the context used at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::EndpointPolicy)
};

} // namespace

bool EndpointPolicy::isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString EndpointPolicy::check(const QUrl& url) {
    if (url.isEmpty())
        return Tr::tr("No endpoint is configured.");
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("\"%1\" is not a valid web address.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return Tr::tr("Endpoint addresses must not contain a user name or password; secrets belong "
                      "in the keychain.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return Tr::tr("\"%1\" uses plain http://; only https:// is allowed for a host other than "
                      "this computer.")
            .arg(url.toDisplayString());
    }
    return Tr::tr("\"%1\" is not an http(s) address.").arg(url.toDisplayString());
}

} // namespace checkstand
