// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctlcommands.h"
#include "ctlio.h"

#include "operators/operatorsession.h"
#include "runtime/runtime.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace checkstand::ctl {

// Journals what a command did as the session's actor: main() makes the session act for the
// machine's administrator, so every entry names "checkstand-ctl (<OS user>)".
//
// Called after the change is committed and before the command prints its answer. ExitOk when
// the entry is written. Otherwise the change stays - it was already committed, in another
// database (sales, catalog, outbox) than the journal's staff.db, and cannot be taken back - and
// the command ends with the result of this call: "<done>, but it could not be written to the
// audit journal: <why>" on stderr, {"ok": false, "error": ...} on stdout, exit 1, so the
// store's IT knows the journal is missing an entry.
inline int journalled(Runtime& runtime, const char* kind, const QJsonObject& details,
                      const QString& done) {
    OperatorSession& session = runtime.session();
    if (session.journal(QLatin1String(kind), details))
        return ExitOk;
    const StorageError& error = session.lastError();
    const QString why = error.message.isEmpty() ? Tr::tr("no reason was given") : error.message;
    return storageRefusal(
        error, Tr::tr("%1, but it could not be written to the audit journal: %2").arg(done, why));
}

} // namespace checkstand::ctl
