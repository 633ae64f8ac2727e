// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace checkstand {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

// "checkstand.net.<service>", one per integration, so an admin can enable one with
// QT_LOGGING_RULES="checkstand.net.chargeafter.debug=true".
const QLoggingCategory& serviceLogCategory(const QString& service);

} // namespace checkstand
