// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace checkstand {

// The one rule for where Checkstand may send data: https:// anywhere, plain http:// only to
// this machine (the embedded sandbox and test servers).
struct EndpointPolicy {
    static bool isLoopbackHost(const QString& host);
    // Empty when the URL may be used; otherwise why not, in plain words.
    static QString check(const QUrl& url);
};

} // namespace checkstand
