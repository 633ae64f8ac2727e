// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A power cut for one process, as an LD_PRELOAD shim: a SQLite VFS, made the default, that keeps
// every write to a database, WAL or journal under $CHECKSTAND_POWERCUT_DIR in memory until the
// file is synced. SIGKILL the process and what was not fsynced is gone, exactly what a power
// cut does to the page cache. Some unsynced writes (CHECKSTAND_POWERCUT_EARLY_PERCENT, default
// 25) reach the file at once and out of order, as a disk's cache may write them early.
//
// Used by tests/integration/tst_outboxcrash.cpp. Simplifications, none of which SQLite relies
// on: a truncate and a clean close (the last handle of a file) count as persisted; memory-mapped
// reads are refused, so every read sees the writes still held here.
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

struct Write {
    sqlite3_int64 offset;
    std::string bytes;
};

// What one file has been sent but not yet synced; shared by every handle on that file.
struct Pending {
    std::vector<Write> writes; // in order: a later one wins where they overlap
    int handles = 0;
};

struct File {
    sqlite3_file base; // our methods
    Pending* pending;  // null: not under the directory, passed straight through
    std::string path;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

std::mutex g_mutex;
std::map<std::string, std::unique_ptr<Pending>> g_files;
sqlite3_vfs* g_unix = nullptr;
std::string g_dir;
int g_earlyPercent = 25;
std::mt19937 g_random;

// Removes [offset, offset + size) from the held writes (a newer write-through supersedes them).
void forget(Pending& p, sqlite3_int64 offset, sqlite3_int64 size) {
    std::vector<Write> kept;
    for (Write& w : p.writes) {
        const sqlite3_int64 end = w.offset + sqlite3_int64(w.bytes.size());
        if (end <= offset || w.offset >= offset + size) {
            kept.push_back(std::move(w));
            continue;
        }
        if (w.offset < offset)
            kept.push_back({w.offset, w.bytes.substr(0, size_t(offset - w.offset))});
        if (end > offset + size)
            kept.push_back({offset + size, w.bytes.substr(size_t(offset + size - w.offset))});
    }
    p.writes = std::move(kept);
}

int applyPending(File* f) {
    for (const Write& w : f->pending->writes) {
        const int rc =
            f->real()->pMethods->xWrite(f->real(), w.bytes.data(), int(w.bytes.size()), w.offset);
        if (rc != SQLITE_OK)
            return rc;
    }
    f->pending->writes.clear();
    return SQLITE_OK;
}

int xClose(sqlite3_file* file) {
    auto* f = reinterpret_cast<File*>(file);
    if (f->pending) {
        std::lock_guard lock(g_mutex);
        if (--f->pending->handles == 0) {
            applyPending(f); // a clean close: the kernel has it (see the note at the top)
            g_files.erase(f->path);
        }
    }
    const int rc = f->real()->pMethods->xClose(f->real());
    f->path.~basic_string();
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    auto* f = reinterpret_cast<File*>(file);
    if (!f->pending)
        return f->real()->pMethods->xRead(f->real(), buffer, amount, offset);
    std::lock_guard lock(g_mutex);
    sqlite3_int64 realSize = 0;
    f->real()->pMethods->xFileSize(f->real(), &realSize);
    int rc = f->real()->pMethods->xRead(f->real(), buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    sqlite3_int64 size = realSize;
    auto* out = static_cast<char*>(buffer);
    for (const Write& w : f->pending->writes) {
        const sqlite3_int64 end = w.offset + sqlite3_int64(w.bytes.size());
        size = std::max(size, end);
        const sqlite3_int64 from = std::max(offset, w.offset);
        const sqlite3_int64 to = std::min(offset + amount, end);
        if (from < to)
            std::memcpy(out + (from - offset), w.bytes.data() + (from - w.offset),
                        size_t(to - from));
    }
    return offset + amount <= size ? SQLITE_OK : SQLITE_IOERR_SHORT_READ;
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    auto* f = reinterpret_cast<File*>(file);
    if (!f->pending)
        return f->real()->pMethods->xWrite(f->real(), buffer, amount, offset);
    std::lock_guard lock(g_mutex);
    if (int(g_random() % 100) < g_earlyPercent) {
        forget(*f->pending, offset, amount);
        return f->real()->pMethods->xWrite(f->real(), buffer, amount, offset);
    }
    f->pending->writes.push_back({offset, std::string(static_cast<const char*>(buffer), amount)});
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size) {
    auto* f = reinterpret_cast<File*>(file);
    if (f->pending) {
        std::lock_guard lock(g_mutex);
        forget(*f->pending, size, std::numeric_limits<sqlite3_int64>::max() / 2);
    }
    return f->real()->pMethods->xTruncate(f->real(), size);
}

int xSync(sqlite3_file* file, int flags) {
    auto* f = reinterpret_cast<File*>(file);
    if (f->pending) {
        std::lock_guard lock(g_mutex);
        if (const int rc = applyPending(f); rc != SQLITE_OK)
            return rc;
    }
    return f->real()->pMethods->xSync(f->real(), flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size) {
    auto* f = reinterpret_cast<File*>(file);
    const int rc = f->real()->pMethods->xFileSize(f->real(), size);
    if (rc == SQLITE_OK && f->pending) {
        std::lock_guard lock(g_mutex);
        for (const Write& w : f->pending->writes)
            *size = std::max(*size, w.offset + sqlite3_int64(w.bytes.size()));
    }
    return rc;
}

// Everything else is the unix VFS's own.
#define FORWARD(name, params, args)                                                                \
    int name params {                                                                              \
        sqlite3_file* real = reinterpret_cast<File*>(file)->real();                                \
        return real->pMethods->name args;                                                          \
    }
FORWARD(xLock, (sqlite3_file * file, int level), (real, level))
FORWARD(xUnlock, (sqlite3_file * file, int level), (real, level))
FORWARD(xCheckReservedLock, (sqlite3_file * file, int* out), (real, out))
FORWARD(xFileControl, (sqlite3_file * file, int op, void* arg), (real, op, arg))
FORWARD(xSectorSize, (sqlite3_file * file), (real))
FORWARD(xDeviceCharacteristics, (sqlite3_file * file), (real))
FORWARD(xShmMap, (sqlite3_file * file, int page, int size, int extend, void volatile** out),
        (real, page, size, extend, out))
FORWARD(xShmLock, (sqlite3_file * file, int offset, int n, int flags), (real, offset, n, flags))
FORWARD(xShmUnmap, (sqlite3_file * file, int deleteFlag), (real, deleteFlag))
#undef FORWARD

void xShmBarrier(sqlite3_file* file) {
    sqlite3_file* real = reinterpret_cast<File*>(file)->real();
    real->pMethods->xShmBarrier(real);
}

int xFetch(sqlite3_file*, sqlite3_int64, int, void** out) {
    *out = nullptr; // no memory-mapped reads: they would not see the held writes
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file*, sqlite3_int64, void*) {
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3,
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

int xOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* f = reinterpret_cast<File*>(file);
    new (&f->path) std::string(name ? name : "");
    f->pending = nullptr;
    const int rc = g_unix->xOpen(g_unix, name, f->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        f->path.~basic_string();
        file->pMethods = nullptr;
        return rc;
    }
    (void)vfs;
    file->pMethods = &kMethods;
    const int held = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if ((flags & held) && name && f->path.compare(0, g_dir.size(), g_dir) == 0) {
        std::lock_guard lock(g_mutex);
        auto& slot = g_files[f->path];
        if (!slot)
            slot = std::make_unique<Pending>();
        ++slot->handles;
        f->pending = slot.get();
    }
    return SQLITE_OK;
}

sqlite3_vfs g_vfs;

void install() {
    const char* dir = std::getenv("CHECKSTAND_POWERCUT_DIR");
    if (!dir || !*dir)
        return;
    g_dir = dir;
    if (const char* early = std::getenv("CHECKSTAND_POWERCUT_EARLY_PERCENT"))
        g_earlyPercent = std::atoi(early);
    const char* seed = std::getenv("CHECKSTAND_POWERCUT_SEED");
    g_random.seed(seed ? unsigned(std::atol(seed)) : unsigned(getpid()));
    g_unix = sqlite3_vfs_find("unix");
    if (!g_unix)
        return;
    g_vfs = *g_unix;
    g_vfs.zName = "checkstand-powercut";
    g_vfs.szOsFile = int(sizeof(File)) + g_unix->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
        return;
    // Tells the test the shim is in place (a missing shim must not pass as a survived cut).
    const std::string marker = g_dir + "/powercut-vfs-loaded";
    if (const int fd = ::open(marker.c_str(), O_WRONLY | O_CREAT, 0600); fd >= 0)
        ::close(fd);
}

template <typename F> F next(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

std::once_flag g_installed;

} // namespace

// Installed on the first open rather than at load time, so a program can still configure SQLite
// (sqlite3_config) before its first use, as the sqlite3 shell does.
extern "C" int sqlite3_open_v2(const char* name, sqlite3** db, int flags, const char* vfs) {
    static const auto real = next<decltype(&sqlite3_open_v2)>("sqlite3_open_v2");
    std::call_once(g_installed, install);
    return real(name, db, flags, vfs);
}

extern "C" int sqlite3_open(const char* name, sqlite3** db) {
    static const auto real = next<decltype(&sqlite3_open)>("sqlite3_open");
    std::call_once(g_installed, install);
    return real(name, db);
}
