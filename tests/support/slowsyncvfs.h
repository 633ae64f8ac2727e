// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace checkstand::bench {

// The slow-disk case of store terminals (eMMC, spinning disks): a SQLite VFS, made the default
// for databases opened from now on, that delays every fsync (xSync) by `delay` and is otherwise
// the platform's own. Connections opened before keep their VFS.
void useSlowSync(std::chrono::milliseconds delay);
// Back to the platform's VFS for databases opened from now on.
void useNormalSync();
// Every sync fails with SQLITE_IOERR_FSYNC while `fail` (a disk going bad).
void setSyncFailure(bool fail);
// How many syncs the slow VFS has delayed so far (any thread).
long slowSyncCount();
// Of those, how many ran on the thread that called useSlowSync() (the GUI thread).
long slowSyncCountOnCaller();

} // namespace checkstand::bench
