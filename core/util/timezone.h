// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace checkstand {

// glibc looks at /etc/localtime again (a stat() system call) at every local-time conversion
// while TZ is unset: several per cart change and per delivered notification here, and a system
// call costs ~5 us on the virtual machines tills run on (QDateTime::currentDateTime() 6 us, 1 us
// with TZ set). Naming that same file makes it read once per process; Qt recognises the value
// and still finds the zone's name. A change of the machine's time zone then applies from the
// next start. Call first in main(), before anything converts a time. A TZ already set is kept.
inline void readTimeZoneOnce() {
    if (!qEnvironmentVariableIsSet("TZ")) // TZ= (UTC for glibc) is a choice too
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
}

} // namespace checkstand
