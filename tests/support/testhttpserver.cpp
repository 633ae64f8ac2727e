// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QTcpSocket>

#include <memory>

namespace checkstand::test {

QByteArray TestRequest::header(const QByteArray& name) const {
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

TestResponse TestResponse::json(int status, const QByteArray& body) {
    TestResponse r;
    r.status = status;
    r.body = body;
    return r;
}

TestResponse TestResponse::hang() {
    TestResponse r;
    r.action = Action::Hang;
    return r;
}

TestResponse TestResponse::drop() {
    TestResponse r;
    r.action = Action::Drop;
    return r;
}

namespace {

// Writes `head`, then `chunk` again and again while the peer reads (at most 1 MiB queued, so
// the server itself stays small), until `total` bytes or the peer goes.
void stream(QTcpSocket* socket, const QByteArray& head, const QByteArray& chunk, qint64 total) {
    socket->write(head);
    auto sent = std::make_shared<qint64>(0);
    auto topUp = [socket, chunk, total, sent] {
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 1024 * 1024 && *sent < total) {
            socket->write(chunk);
            *sent += chunk.size();
        }
        if (*sent >= total)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, topUp);
    topUp();
}

} // namespace

TestHttpServer::TestHttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler)) {
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onConnection);
}

QByteArray TestHttpServer::url(const QByteArray& path) const {
    return "http://127.0.0.1:" + QByteArray::number(port()) + path;
}

void TestHttpServer::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            TestRequest req;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray key = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                req.headers.append({key, value});
                if (key.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            req.body = buffer->mid(headerEnd + 4, length);
            buffer->remove(0, headerEnd + 4 + length);
            m_requests.append(req);

            const TestResponse resp = m_handler(req);
            if (resp.action == TestResponse::Action::Hang)
                return;
            if (resp.action == TestResponse::Action::Drop) {
                socket->abort();
                return;
            }
            if (resp.action == TestResponse::Action::Raw) {
                socket->write(resp.raw);
                socket->disconnectFromHost();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + " Test\r\n";
            if (resp.action == TestResponse::Action::HeaderFlood) {
                stream(socket, out, "X-Flood: " + QByteArray(1000, 'a') + "\r\n", resp.streamBytes);
                return;
            }
            if (resp.action == TestResponse::Action::EndlessBody) {
                const QByteArray data(64 * 1024, 'x');
                out += "Content-Type: application/json\r\n";
                out += resp.chunked ? "Transfer-Encoding: chunked\r\n\r\n"
                                    : "Connection: close\r\n\r\n[\"";
                stream(socket, out,
                       resp.chunked ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n"
                                    : data,
                       resp.streamBytes);
                return;
            }
            if (resp.action == TestResponse::Action::DropAfterHeaders) {
                out +=
                    "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"partial\":";
                socket->write(out);
                socket->flush();
                socket->abort();
                return;
            }
            for (const auto& [k, v] : resp.headers)
                out += k + ": " + v + "\r\n";
            out += "Connection: close\r\n";
            if (resp.chunked) {
                out += "Transfer-Encoding: chunked\r\n\r\n";
                for (qsizetype at = 0; at < resp.body.size(); at += 64 * 1024) {
                    const QByteArray chunk = resp.body.mid(at, 64 * 1024);
                    out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
                }
                out += "0\r\n\r\n";
            } else {
                out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n\r\n";
                out += resp.body;
            }
            socket->write(out);
            socket->disconnectFromHost();
        });
    }
}

} // namespace checkstand::test
