// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Card data in memory: one buffer we own, and the process-wide precautions taken while any
// exists. Header-only on purpose: small, and used by the HTTP layer and the ACME request alike.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace checkstand {

// Held while card data is in memory. The first holder makes the process non-dumpable (no core
// file, no ptrace by another process of the same user) with a core size limit of 0, and has
// glibc overwrite every block it frees (M_PERTURB): the copies a library makes of a request
// body (Qt's upload copy for its HTTP thread, a socket's write buffer) are then wiped when they
// are freed. The last holder restores all three. Movable, counted, thread-safe.
class CardDataGuard {
public:
    CardDataGuard() = default;
    CardDataGuard(CardDataGuard&& other) noexcept
        : m_held(std::exchange(other.m_held, false)) {}
    CardDataGuard& operator=(CardDataGuard&& other) noexcept {
        if (this != &other) {
            release();
            m_held = std::exchange(other.m_held, false);
        }
        return *this;
    }
    CardDataGuard(const CardDataGuard&) = delete;
    CardDataGuard& operator=(const CardDataGuard&) = delete;
    ~CardDataGuard() { release(); }

    void acquire() {
        if (m_held)
            return;
        m_held = true;
        State& s = state();
        std::lock_guard lock(s.mutex);
        if (s.holders++ == 0)
            enter(s);
    }
    void release() {
        if (!m_held)
            return;
        m_held = false;
        State& s = state();
        std::lock_guard lock(s.mutex);
        if (--s.holders == 0)
            leave(s);
    }
    bool isHeld() const { return m_held; }

    // True while any card data is held anywhere in the process.
    static bool active() {
        State& s = state();
        std::lock_guard lock(s.mutex);
        return s.holders > 0;
    }

private:
    struct State {
        std::mutex mutex;
        int holders = 0;
        int dumpable = 1;
        bool coreLimitSaved = false;
#ifdef Q_OS_UNIX
        rlimit coreLimit{};
#endif
    };
    static State& state() {
        static State s;
        return s;
    }
    static void enter(State& s) {
#ifdef Q_OS_LINUX
        s.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_UNIX
        // Also for a core_pattern that dumps non-dumpable processes for root (suid_dumpable 2).
        s.coreLimitSaved = getrlimit(RLIMIT_CORE, &s.coreLimit) == 0;
        if (s.coreLimitSaved) {
            rlimit none = s.coreLimit;
            none.rlim_cur = 0;
            setrlimit(RLIMIT_CORE, &none);
        }
#endif
#ifdef __GLIBC__
        mallopt(M_PERTURB, kFreedByte);
#endif
        Q_UNUSED(s);
    }
    static void leave(State& s) {
#ifdef __GLIBC__
        // Back to what the environment asked for at start-up (usually nothing).
        const char* perturb = std::getenv("MALLOC_PERTURB_");
        mallopt(M_PERTURB, perturb ? std::atoi(perturb) : 0);
#endif
#ifdef Q_OS_UNIX
        if (s.coreLimitSaved)
            setrlimit(RLIMIT_CORE, &s.coreLimit);
#endif
#ifdef Q_OS_LINUX
        if (s.dumpable == 1)
            prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
#endif
        Q_UNUSED(s);
    }

    static constexpr int kFreedByte = 0xA5; // not a digit, not a letter
    bool m_held = false;
};

// Bytes that must not outlive their use (a request body with card data): one fixed allocation
// of whole pages outside the heap, locked in RAM where allowed, left out of core dumps and of
// forked children, never reallocated (growth would leave the old copy behind), wiped when
// cleared or destroyed. Holds a CardDataGuard while it exists. Neither copyable nor movable:
// share it through a pointer, so that wiping it wipes it for every holder.
class SensitiveBytes {
public:
    explicit SensitiveBytes(qsizetype capacity) {
        m_guard.acquire();
        if (capacity <= 0)
            return;
#ifdef Q_OS_UNIX
        const long page = sysconf(_SC_PAGESIZE);
        const size_t pageSize = page > 0 ? size_t(page) : 4096;
        m_mapped = (size_t(capacity) + pageSize - 1) / pageSize * pageSize;
        void* p =
            mmap(nullptr, m_mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == reinterpret_cast<void*>(intptr_t(-1))) {
            m_mapped = 0;
            return;
        }
        m_data = static_cast<char*>(p);
        m_locked = mlock(p, m_mapped) == 0; // best effort: RLIMIT_MEMLOCK may be small
#ifdef Q_OS_LINUX
        madvise(p, m_mapped, MADV_DONTDUMP);
        madvise(p, m_mapped, MADV_WIPEONFORK);
#endif
#else
        m_data = new char[size_t(capacity)];
#endif
        m_capacity = capacity;
    }
    SensitiveBytes(const SensitiveBytes&) = delete;
    SensitiveBytes& operator=(const SensitiveBytes&) = delete;
    ~SensitiveBytes() {
        wipe();
#ifdef Q_OS_UNIX
        if (m_data) {
            if (m_locked)
                munlock(m_data, m_mapped);
            munmap(m_data, m_mapped);
        }
#else
        delete[] m_data;
#endif
    }

    bool isValid() const {
        return m_data != nullptr;
    }
    qsizetype size() const {
        return m_size;
    }
    qsizetype capacity() const {
        return m_capacity;
    }
    const char* constData() const {
        return m_data;
    }
    // The bytes as a QByteArray without a copy (QByteArray::fromRawData): valid while this
    // object lives; it reads zeros after wipe().
    QByteArray rawView() const {
        return QByteArray::fromRawData(m_data, m_size);
    }

    // Each append is all or nothing: false (and nothing written) when it does not fit.
    bool append(QByteArrayView bytes) {
        if (!m_data || bytes.size() > m_capacity - m_size)
            return false;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            m_data[m_size + i] = bytes[i];
        m_size += bytes.size();
        return true;
    }
    bool append(char c) {
        return append(QByteArrayView(&c, 1));
    }
    // `text` as a JSON string with its quotes, written straight into the buffer (no QString or
    // QByteArray copy of it is made on the way).
    bool appendJsonString(QStringView text) {
        const qsizetype start = m_size;
        bool ok = append('"');
        for (qsizetype i = 0; ok && i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c == u'"' || c == u'\\') {
                ok = append('\\') && append(char(c));
            } else if (c >= 0x20 && c < 0x7F) {
                ok = append(char(c));
            } else {
                static const char hex[] = "0123456789abcdef";
                const char escaped[6] = {'\\',
                                         'u',
                                         hex[(c >> 12) & 0xF],
                                         hex[(c >> 8) & 0xF],
                                         hex[(c >> 4) & 0xF],
                                         hex[c & 0xF]};
                ok = append(QByteArrayView(escaped, 6));
            }
        }
        ok = ok && append('"');
        if (!ok)
            truncateTo(start);
        return ok;
    }
    // Spaces up to `size` bytes in all (JSON allows them between any two tokens).
    bool padTo(qsizetype size) {
        if (size > m_capacity || !m_data)
            return false;
        while (m_size < size)
            m_data[m_size++] = ' ';
        return true;
    }

    // Reads `fd` to its end; false with `error` when it fails or does not fit.
    bool readAll(int fd, QString* error) {
#ifdef Q_OS_UNIX
        for (;;) {
            if (m_size == m_capacity) {
                char more = 0;
                const ssize_t extra = ::read(fd, &more, 1);
                more = 0;
                if (extra > 0) {
                    *error = QStringLiteral("more than %1 bytes").arg(m_capacity);
                    return false;
                }
                return extra == 0;
            }
            const ssize_t n = ::read(fd, m_data + m_size, size_t(m_capacity - m_size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                *error = QString::fromLocal8Bit(strerror(errno));
                return false;
            }
            if (n == 0)
                return true;
            m_size += n;
        }
#else
        Q_UNUSED(fd);
        *error = QStringLiteral("not supported on this platform");
        return false;
#endif
    }

    void wipe() {
        truncateTo(0);
    }

private:
    void truncateTo(qsizetype size) {
        // volatile: the compiler may not drop stores to memory that is freed right after.
        volatile char* p = m_data;
        for (qsizetype i = size; p && i < m_size; ++i)
            p[i] = 0;
        m_size = size;
    }

    CardDataGuard m_guard;
    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
    size_t m_mapped = 0;
    bool m_locked = false;
};

} // namespace checkstand
