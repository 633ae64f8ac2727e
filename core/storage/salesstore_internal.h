// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What SalesStore's source files (salesstore*.cpp) share; not for anyone else.
#include "storage/database.h"

#include <QString>

namespace checkstand::salesstore_internal {

// A refusal in the operator's words (a rule of the journal or of the drawer, not a database
// fault): `message` is shown as it is, not wrapped in the storage's own sentence.
inline StorageError refusal(StorageError::Kind kind, const QString& file, const QString& message) {
    StorageError e = StorageError::make(kind, file, message);
    e.message = message;
    return e;
}

} // namespace checkstand::salesstore_internal
