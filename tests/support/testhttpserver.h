// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <utility>

namespace checkstand::test {

struct TestRequest {
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

// What the test server does with one request.
struct TestResponse {
    enum class Action {
        Reply,
        Hang,
        Drop,
        DropAfterHeaders,
        HeaderFlood, // a status line, then header lines that never end (up to streamBytes)
        EndlessBody, // headers, then a body that never ends (chunked or close-delimited)
        Raw,         // `raw` exactly as given, then close
    };
    Action action = Action::Reply;
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}};
    bool chunked = false;                     // send the body without Content-Length
    qint64 streamBytes = 200LL * 1024 * 1024; // HeaderFlood, EndlessBody: when to give up
    QByteArray raw;                           // Raw

    static TestResponse json(int status, const QByteArray& body);
    static TestResponse hang();
    static TestResponse drop();
};

// A deliberately dumb HTTP/1.1 server on 127.0.0.1 for the HTTP layer's failure tests: it says
// exactly what the test tells it to, including things QHttpServer will not (hang, drop,
// chunked oversize, redirects, endless headers or bodies, raw bytes).
class TestHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<TestResponse(const TestRequest&)>;
    explicit TestHttpServer(Handler handler, QObject* parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    QByteArray url(const QByteArray& path = "/") const;
    QList<TestRequest> requests() const { return m_requests; }

private:
    void onConnection();
    Handler m_handler;
    QTcpServer m_server;
    QList<TestRequest> m_requests;
};

} // namespace checkstand::test
