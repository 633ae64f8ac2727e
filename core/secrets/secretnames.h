// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/services.h"

#include <QString>
#include <QStringList>

namespace checkstand::secrets {

// One secret per integration, named in the services table (service::info(id).secretName); the
// Omnichat extra headers add "orderchecker.header.<name>".
inline QString chargeAfterPrivateKey() {
    return service::info(service::chargeAfter).secretName;
}

// CHECKSTAND_SECRET_<NAME>: upper case, anything not a letter or digit becomes '_'.
QString environmentVariableFor(const QString& secretName);

} // namespace checkstand::secrets
