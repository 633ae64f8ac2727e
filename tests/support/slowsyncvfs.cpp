// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowsyncvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <thread>

namespace checkstand::bench {

namespace {

// Our file: SQLite allocates szOsFile bytes; the platform's file lives right after ours.
struct SlowFile {
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

sqlite3_vfs* g_platform = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::atomic<long> g_delayMs{0};
std::atomic<long> g_syncs{0};
std::atomic<long> g_mainSyncs{0};
std::thread::id g_main;
std::atomic<bool> g_fail{false};

sqlite3_file* real(sqlite3_file* f) {
    return reinterpret_cast<SlowFile*>(f)->real();
}

int xClose(sqlite3_file* f) {
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file* f, void* p, int n, sqlite3_int64 o) {
    return real(f)->pMethods->xRead(real(f), p, n, o);
}
int xWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 o) {
    return real(f)->pMethods->xWrite(real(f), p, n, o);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file* f, int flags) {
    ++g_syncs;
    if (std::this_thread::get_id() == g_main)
        ++g_mainSyncs;
    std::this_thread::sleep_for(std::chrono::milliseconds(g_delayMs.load()));
    if (g_fail)
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag) {
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** out) {
    return real(f)->pMethods->xFetch(real(f), o, n, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) {
    return real(f)->pMethods->xUnfetch(real(f), o, p);
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* f = reinterpret_cast<SlowFile*>(file);
    const int rc = g_platform->xOpen(g_platform, name, f->real(), flags, outFlags);
    // SQLite calls xClose only when pMethods is set: set it only when the real file is open.
    f->base.pMethods = f->real()->pMethods ? &g_methods : nullptr;
    return rc;
}

void install() {
    if (g_platform)
        return;
    g_platform = sqlite3_vfs_find(nullptr);
    g_vfs = *g_platform;
    g_vfs.zName = "checkstand-slowsync";
    g_vfs.szOsFile = int(sizeof(SlowFile)) + g_platform->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    g_methods = {3,
                 xClose,
                 xRead,
                 xWrite,
                 xTruncate,
                 xSync,
                 xFileSize,
                 xLock,
                 xUnlock,
                 xCheckReservedLock,
                 xFileControl,
                 xSectorSize,
                 xDeviceCharacteristics,
                 xShmMap,
                 xShmLock,
                 xShmBarrier,
                 xShmUnmap,
                 xFetch,
                 xUnfetch};
}

} // namespace

void useSlowSync(std::chrono::milliseconds delay) {
    install();
    g_main = std::this_thread::get_id();
    g_delayMs = long(delay.count());
    sqlite3_vfs_register(&g_vfs, 1);
}

void useNormalSync() {
    if (g_platform)
        sqlite3_vfs_register(g_platform, 1);
}

void setSyncFailure(bool fail) {
    g_fail = fail;
}

long slowSyncCount() {
    return g_syncs.load();
}

long slowSyncCountOnCaller() {
    return g_mainSyncs.load();
}

} // namespace checkstand::bench
