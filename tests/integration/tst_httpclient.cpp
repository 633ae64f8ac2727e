// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP layer against a real loopback server that misbehaves on purpose.
#include "../support/logcapture.h"
#include "../support/testhttpserver.h"

#include "net/httpclient.h"
#include "secrets/memorysecretstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace checkstand;
using namespace checkstand::test;

namespace {

constexpr int kWaitMs = 20000; // generous: a loaded CI machine must not make these flaky
const QString kSecret = QStringLiteral("sk_live_SUPERSECRET_123456");

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    HttpClient* m_client = nullptr;

    ApiRequest request(const QByteArray& url) {
        ApiRequest r;
        r.service = QStringLiteral("test");
        r.serviceName = QStringLiteral("TestService");
        r.url = QUrl(QString::fromLatin1(url));
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("hello"), QStringLiteral("world")}});
        r.secretHeaders = {{"Authorization", QStringLiteral("test"), "Bearer "}};
        r.timeout = std::chrono::milliseconds(kWaitMs);
        return r;
    }

    HttpResult run(const ApiRequest& r) {
        HttpCall* call = m_client->send(r);
        QSignalSpy spy(call, &HttpCall::finished);
        if (!spy.wait(kWaitMs * 2))
            qFatal("HttpCall never finished");
        return spy.first().first().value<HttpResult>();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<HttpResult>();
        m_secrets.set(QStringLiteral("test"), kSecret);
        m_client = new HttpClient(&m_network, &m_secrets, this);
    }

    void okJsonWithAuthHeaderAndNoHttp2() {
        TestHttpServer server(
            [](const TestRequest&) { return TestResponse::json(200, R"({"ok":true})"); });
        const HttpResult r = run(request(server.url("/x")));
        QCOMPARE(r.kind, HttpResult::Kind::Ok);
        QCOMPARE(r.json.toObject().value(QStringLiteral("ok")).toBool(), true);
        const TestRequest seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.header("Authorization"), "Bearer " + kSecret.toUtf8());
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.body, QByteArray(R"({"hello":"world"})"));
        QVERIFY(seen.header("Upgrade").isEmpty()); // no h2c upgrade attempt
    }

    void aKeyIsReadOncePerSessionUntilWrittenOrRejected() {
        // The keychain is asked once per key, not on every request; a key written again, or one
        // the service rejects, is read again.
        class CountingStore : public MemorySecretStore {
        public:
            int reads = 0;
            void read(const QString& name, QObject* context, ReadCallback done) override {
                ++reads;
                MemorySecretStore::read(name, context, std::move(done));
            }
        };
        CountingStore store;
        store.set(QStringLiteral("test"), QStringLiteral("first-key"));
        HttpClient client(&m_network, &store);
        int status = 200;
        TestHttpServer server(
            [&status](const TestRequest&) { return TestResponse::json(status, R"({"ok":true})"); });
        const auto runOn = [&client](const ApiRequest& r) {
            HttpCall* call = client.send(r);
            QSignalSpy spy(call, &HttpCall::finished);
            if (!spy.wait(kWaitMs * 2))
                qFatal("HttpCall never finished");
            return spy.first().first().value<HttpResult>();
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(runOn(request(server.url("/x"))).kind, HttpResult::Kind::Ok);
        QCOMPARE(store.reads, 1);
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray("Bearer first-key"));
        store.set(QStringLiteral("test"), QStringLiteral("second-key"));
        QCOMPARE(runOn(request(server.url("/x"))).kind, HttpResult::Kind::Ok);
        QCOMPARE(store.reads, 2);
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray("Bearer second-key"));
        status = 401;
        QCOMPARE(runOn(request(server.url("/x"))).httpStatus, 401);
        status = 200;
        QCOMPARE(runOn(request(server.url("/x"))).kind, HttpResult::Kind::Ok);
        QCOMPARE(store.reads, 3); // read again after the rejection
    }

    void emptySuccessIsOk() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::json(204, {}); });
        QCOMPARE(run(request(server.url())).kind, HttpResult::Kind::Ok);
    }

    void httpStatusCarriesParsedBody_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("wordInText");
        QTest::newRow("500") << 500 << "problem on its side";
        QTest::newRow("401") << 401 << "credentials";
        QTest::newRow("400") << 400 << "rejected";
        QTest::newRow("404") << 404 << "no such address";
        QTest::newRow("302") << 302 << "redirect";
    }
    void httpStatusCarriesParsedBody() {
        QFETCH(int, status);
        QFETCH(QString, wordInText);
        TestHttpServer server([status](const TestRequest&) {
            TestResponse r = TestResponse::json(status, R"({"message":"vendor says no"})");
            r.headers.append(
                std::pair<QByteArray, QByteArray>("Location", "https://elsewhere.example.com/"));
            return r;
        });
        const HttpResult r = run(request(server.url()));
        QCOMPARE(r.kind, HttpResult::Kind::HttpStatus);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.serverMessage(), QStringLiteral("vendor says no"));
        QVERIFY2(r.describe().contains(wordInText), qPrintable(r.describe()));
        QCOMPARE(server.requests().size(), 1); // the redirect was not followed
    }

    void malformedJsonIsInvalidResponse() {
        TestHttpServer server(
            [](const TestRequest&) { return TestResponse::json(200, "{\"a\": tru"); });
        const HttpResult r = run(request(server.url()));
        QCOMPARE(r.kind, HttpResult::Kind::InvalidResponse);
        QVERIFY(r.detail.contains(QStringLiteral("not valid JSON")));
    }

    void oversizedBodyIsCutOff_data() {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked") << true;
    }
    void oversizedBodyIsCutOff() {
        QFETCH(bool, chunked);
        TestHttpServer server([chunked](const TestRequest&) {
            TestResponse r =
                TestResponse::json(200, "[\"" + QByteArray(4 * 1024 * 1024, 'x') + "\"]");
            r.chunked = chunked;
            return r;
        });
        ApiRequest req = request(server.url());
        req.maxResponseBytes = 64 * 1024;
        const HttpResult r = run(req);
        QCOMPARE(r.kind, HttpResult::Kind::InvalidResponse);
        QVERIFY(r.detail.contains(QStringLiteral("larger")));
    }

    void silentServerTimesOut() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::hang(); });
        ApiRequest req = request(server.url());
        req.timeout = std::chrono::milliseconds(300);
        const HttpResult r = run(req);
        QCOMPARE(r.kind, HttpResult::Kind::Timeout);
        QVERIFY(r.describe().contains(QStringLiteral("did not answer in time")));
    }

    void droppedConnectionIsNetworkError() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::drop(); });
        const HttpResult r = run(request(server.url()));
        QCOMPARE(r.kind, HttpResult::Kind::NetworkError);
    }

    void dropAfterHeadersIsNetworkError() {
        TestHttpServer server([](const TestRequest&) {
            TestResponse r;
            r.action = TestResponse::Action::DropAfterHeaders;
            return r;
        });
        const HttpResult r = run(request(server.url()));
        QCOMPARE(r.kind, HttpResult::Kind::NetworkError);
    }

    void refusedConnectionIsNetworkError() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const HttpResult r = run(request("http://127.0.0.1:" + QByteArray::number(port) + "/"));
        QCOMPARE(r.kind, HttpResult::Kind::NetworkError);
        QVERIFY2(r.describe().contains(QStringLiteral("refused")), qPrintable(r.describe()));
    }

    void plainHttpToARemoteHostIsNeverSent() {
        const HttpResult r = run(request("http://api.example.com/send"));
        QCOMPARE(r.kind, HttpResult::Kind::Configuration);
        QVERIFY(r.describe().contains(QStringLiteral("https://")));
    }

    void missingSecretIsAConfigurationError() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::json(200, "{}"); });
        ApiRequest req = request(server.url());
        req.secretHeaders = {{"Authorization", QStringLiteral("absent"), "Bearer "}};
        const HttpResult r = run(req);
        QCOMPARE(r.kind, HttpResult::Kind::Configuration);
        QVERIFY(r.describe().contains(QStringLiteral("CHECKSTAND_SECRET_ABSENT")));
        QVERIFY(server.requests().isEmpty());
    }

    void abortFinishesOnce() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::hang(); });
        HttpCall* call = m_client->send(request(server.url()));
        QSignalSpy spy(call, &HttpCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, kWaitMs);
        call->abort();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kWaitMs);
        QCoreApplication::processEvents(); // a second emission would be queued by now
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<HttpResult>().kind, HttpResult::Kind::NetworkError);
    }

    void headerLinesWithLineBreaksAreNeverSent_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("verb");
        QTest::newRow("CR LF in a value (--request-uuid)")
            << QByteArray("x-acme-request-uuid")
            << QByteArray("6f1c2a3b-4d5e-4f60-8a7b-1c2d3e4f5a6b\r\nX-Injected: yes")
            << QByteArray("POST");
        QTest::newRow("LF in a value")
            << QByteArray("X-A") << QByteArray("a\nX-B: b") << QByteArray("POST");
        QTest::newRow("NUL in a value")
            << QByteArray("X-A") << QByteArray("a\0b", 3) << QByteArray("POST");
        QTest::newRow("colon in a name")
            << QByteArray("X-A: b\r\nX-C") << QByteArray("d") << QByteArray("POST");
        QTest::newRow("line break in the method")
            << QByteArray("X-A") << QByteArray("b") << QByteArray("POST / HTTP/1.1\r\nX-C: d");
    }
    void headerLinesWithLineBreaksAreNeverSent() {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, verb);
        TestHttpServer server([](const TestRequest&) { return TestResponse::json(200, "{}"); });
        ApiRequest req = request(server.url());
        req.headers = {{name, value}};
        req.verb = verb;
        const HttpResult r = run(req);
        QCOMPARE(r.kind, HttpResult::Kind::Configuration);
        QVERIFY2(r.describe().contains(QStringLiteral("is not called")), qPrintable(r.describe()));
        QVERIFY(!r.describe().contains(u'\r') && !r.describe().contains(u'\n'));
        // A well-formed request on the same client does reach the server (so the one above
        // would have been seen had it been sent).
        QCOMPARE(run(request(server.url())).kind, HttpResult::Kind::Ok);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().header("X-Injected").isEmpty());
    }

    void aSecretWithALineBreakIsNeverSent() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::json(200, "{}"); });
        m_secrets.set(QStringLiteral("broken"), QStringLiteral("abcd\r\nX-Injected: yes"));
        ApiRequest req = request(server.url());
        req.secretHeaders = {{"Authorization", QStringLiteral("broken"), "Bearer "}};
        const HttpResult r = run(req);
        QCOMPARE(r.kind, HttpResult::Kind::Configuration);
        QVERIFY2(r.describe().contains(QStringLiteral("line break")), qPrintable(r.describe()));
        QVERIFY(!r.describe().contains(QStringLiteral("X-Injected"))); // the value is not shown
        QVERIFY(server.requests().isEmpty());
    }

    void vendorTextIsMadeSafe() {
        // The server repeats the header it was sent, a card number and a CVC, and tries to
        // drive the terminal and reorder the text.
        TestHttpServer server([](const TestRequest& r) {
            const QByteArray text = "Bad auth " + r.header("Authorization") +
                                    " card 4000-0566-5566-5556 cvv: 7391 \x1b[31mred\x1b[0m "
                                    "\xe2\x80\xae" +
                                    QByteArray(2000, 'z');
            TestResponse resp = TestResponse::json(400, text);
            resp.headers = {{"Content-Type", "text/plain"}};
            return resp;
        });
        LogCapture capture;
        const HttpResult r = run(request(server.url()));
        QCOMPARE(r.kind, HttpResult::Kind::HttpStatus);
        for (const QString& text : {r.serverMessage(), r.describe(), capture.joined()}) {
            QVERIFY2(!text.contains(kSecret), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("4000-0566")), qPrintable(text));
            static const QRegularExpression cvv(QStringLiteral("(?<!\\d)7391(?!\\d)"));
            QVERIFY2(!cvv.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202E)),
                     qPrintable(text));
        }
        QVERIFY(r.serverMessage().startsWith(QStringLiteral("Bad auth Bearer [redacted]")));
        QVERIFY(r.serverMessage().size() <= 300);
        QVERIFY(!r.body.contains(kSecret.toUtf8())); // not even for the integration's reader
    }

    void secretsNeverReachTheLogs() {
        LogCapture capture;
        TestHttpServer server([](const TestRequest&) {
            return TestResponse::json(
                500, R"({"message":"echo sk_live_SUPERSECRET_123456", "cvc":"123"})");
        });
        ApiRequest req = request(server.url());
        req.body = QJsonDocument(QJsonObject{
            {QStringLiteral("cvc"), QStringLiteral("987")},
            {QStringLiteral("manualEntryCardNumber"), QStringLiteral("4242424242424242")},
            {QStringLiteral("note"), QStringLiteral("pan 4000056655665556 here")}});
        run(req);
        const QString logs = capture.joined();
        QVERIFY2(logs.contains(QStringLiteral("checkstand.net.test")),
                 qPrintable(logs)); // logging happened
        QVERIFY(logs.contains(QStringLiteral("[redacted]")));
        QVERIFY2(!logs.contains(kSecret), qPrintable(logs));
        QVERIFY(!logs.contains(QStringLiteral("987")));
        QVERIFY(!logs.contains(QStringLiteral("4242424242424242")));
        QVERIFY(!logs.contains(QStringLiteral("4000056655665556")));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
