// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to httpclient.cpp: what the kernel counts for this process's TCP connections.
//
// Why: QNetworkReply says nothing until the whole header block is in (metaDataChanged), and
// Qt 6.4 appends header bytes to one QByteArray without any limit, so a server that sends
// headers forever grows the process until the deadline. The kernel's count of bytes received
// on each connection (TCP_INFO) is the one figure that moves while Qt reads headers; watching
// it lets the HTTP layer abort such a reply after a bounded number of bytes.

#include <QHash>
#include <QtEndian>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace checkstand::connectionwatch {

// False where bytesReceivedFrom() cannot tell anything (it is then always empty).
inline bool available() {
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

#ifdef Q_OS_LINUX
namespace detail {
inline quint16 portOf(const sockaddr_storage& a) {
    if (a.ss_family == AF_INET) {
        sockaddr_in in{};
        std::memcpy(&in, &a, sizeof in);
        return qFromBigEndian<quint16>(in.sin_port);
    }
    if (a.ss_family == AF_INET6) {
        sockaddr_in6 in6{};
        std::memcpy(&in6, &a, sizeof in6);
        return qFromBigEndian<quint16>(in6.sin6_port);
    }
    return 0;
}
} // namespace detail
#endif

// Bytes received so far on every TCP connection of this process whose peer port is `port`,
// keyed by file descriptor and local port (one entry per connection).
inline QHash<quint64, quint64> bytesReceivedFrom(quint16 port) {
    QHash<quint64, quint64> out;
#ifdef Q_OS_LINUX
    DIR* dir = opendir("/proc/self/fd");
    if (!dir)
        return out;
    const int own = dirfd(dir);
    while (const dirent* entry = readdir(dir)) {
        char* end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        const int socket = int(fd);
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (getpeername(socket, reinterpret_cast<sockaddr*>(&peer), &length) != 0 ||
            detail::portOf(peer) != port)
            continue;
        sockaddr_storage local{};
        length = sizeof local;
        if (getsockname(socket, reinterpret_cast<sockaddr*>(&local), &length) != 0)
            continue;
        tcp_info info{};
        socklen_t infoLength = sizeof info;
        if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &infoLength) != 0 ||
            infoLength < socklen_t(offsetof(tcp_info, tcpi_bytes_received) +
                                   sizeof info.tcpi_bytes_received))
            continue;
        out.insert(quint64(socket) << 16 | detail::portOf(local), info.tcpi_bytes_received);
    }
    closedir(dir);
#else
    Q_UNUSED(port);
#endif
    return out;
}

} // namespace checkstand::connectionwatch
