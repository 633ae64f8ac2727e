// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChargeAfter send-link end to end over real HTTP against the embedded sandbox.
#include "../support/logcapture.h"

#include "chargeafter/sendlinkclient.h"
#include "chargeafter/sendlinkvalidator.h"
#include "net/httpclient.h"
#include "runtime/runtime.h"
#include "sandbox/sandboxserver.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"
#include "usecases/sendlink.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using namespace checkstand::chargeafter;
using checkstand::test::LogCapture;

namespace {

constexpr int kWaitMs = 20000;

SendLinkRequest request(Channel channel, Flow flow, bool customersDevice) {
    SendLinkRequest r;
    r.channel = channel;
    r.flow = flow;
    r.runFlowOnCustomersDevice = customersDevice;
    r.sendUsing = customersDevice ? SendUsing::Email : SendUsing::Unset;
    ConsumerDetails c;
    c.firstName = QStringLiteral("Jane");
    c.lastName = QStringLiteral("Roe");
    c.email = QStringLiteral("jane@example.com");
    c.mobilePhoneNumber = QStringLiteral("212 444 5555");
    r.consumerDetails = c;
    if (channel == Channel::InStore)
        r.idVerificationEvidence =
            IdVerification{QStringLiteral("driversLicense"), QStringLiteral("2031-05-01"),
                           QStringLiteral("Chase"), QStringLiteral("09/29")};
    if (flow == Flow::Checkout) {
        CartDetails cart;
        CartItem item;
        item.name = QStringLiteral("Awesome Product");
        item.sku = QStringLiteral("AWSMPRDCT");
        item.price = Money::fromMinor(199900);
        item.quantity = 2;
        item.warranty = Warranty{QStringLiteral("Awesome Warranty"), Money::fromMinor(10000),
                                 QStringLiteral("AWSMWRNTY")};
        cart.items = {item};
        cart.discounts = {{QStringLiteral("Birthday discount"), Money::fromMinor(2000)}};
        cart.taxAmount = Money::fromMinor(19900);
        cart.shippingAmount = Money::fromMinor(1900);
        r.cartDetails = cart;
    }
    return r;
}

} // namespace

class TestSendLinkClient : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;

    // Through the use case the Financing page and checkstand-ctl call: completed, validated,
    // sent, recorded.
    SendLinkOutcome send(const SendLinkRequest& r) {
        bool done = false;
        SendLinkOutcome outcome;
        m_runtime->sendLinkUseCase().send(r, this, [&](const SendLink::Result& result) {
            if (!result.invalid.isEmpty())
                qFatal("the use case refused a valid request");
            QVERIFY(result.recorded);
            outcome = result.outcome;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kWaitMs * 2))
            qFatal("send-link never answered");
        return outcome;
    }

    sandbox::SandboxServer& sandbox() { return *m_runtime->sandboxServer(); }

private Q_SLOTS:
    void initTestCase() {
        RuntimeOptions options;
        options.sandbox = true;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        options.dataDirectory = m_dir.path();
        m_runtime = std::make_unique<Runtime>(options);
        QString error;
        QVERIFY2(m_runtime->start(&error), qPrintable(error));
        QVERIFY(m_runtime->isSandbox());
    }

    void init() {
        sandbox().clearRequests();
        sandbox().setScenario(QStringLiteral("chargeafter"), sandbox::Scenario::Normal);
        m_runtime->settings().setValue(settingskey::timeout(service::chargeAfter), 20);
    }

    void happyPath_data() {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("flow");
        QTest::addColumn<bool>("customersDevice");
        for (Channel c : {Channel::CallCenter, Channel::InStore}) {
            for (Flow f : {Flow::Apply, Flow::Checkout}) {
                for (bool device : {true, false}) {
                    if (c == Channel::CallCenter && !device)
                        continue; // a call-center link always runs on the customer's device
                    QTest::addRow("%s/%s/%s", qPrintable(toString(c)), qPrintable(toString(f)),
                                  device ? "customer" : "merchant")
                        << int(c) << int(f) << device;
                }
            }
        }
    }
    void happyPath() {
        QFETCH(int, channel);
        QFETCH(int, flow);
        QFETCH(bool, customersDevice);
        const SendLinkRequest r = request(Channel(channel), Flow(flow), customersDevice);
        SendLinkRequest completed = r;
        m_runtime->sendLinkUseCase().complete(completed);
        QCOMPARE(validate(completed, {QDate(2026, 11, 22), QStringLiteral("US")}), FieldErrors{});
        const SendLinkOutcome outcome = send(r);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(!QUuid::fromString(outcome->statusTrackingId).isNull());

        const auto seen = sandbox().requests(QStringLiteral("chargeafter"));
        QCOMPARE(seen.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(seen.first().request.body).object();
        QCOMPARE(body.value(QStringLiteral("runFlowOnCustomersDevice")).toBool(), customersDevice);
        QCOMPARE(body.value(QStringLiteral("channel")).toString(), toString(Channel(channel)));
        QCOMPARE(body.value(QStringLiteral("flow")).toString(), toString(Flow(flow)));
        QVERIFY(
            !QUuid::fromString(body.value(QStringLiteral("postbackAuthKey")).toString()).isNull());
        QCOMPARE(body.value(QStringLiteral("consumerDetails"))
                     .toObject()
                     .value(QStringLiteral("mobilePhoneNumber"))
                     .toString(),
                 QStringLiteral("2124445555"));
        if (Flow(flow) == Flow::Checkout)
            QCOMPARE(body.value(QStringLiteral("cartDetails"))
                         .toObject()
                         .value(QStringLiteral("totalAmount"))
                         .toDouble(),
                     4296.0);
        QCOMPARE(seen.first().request.header("authorization"),
                 "Bearer " + sandbox().apiKey(QStringLiteral("chargeafter")).toUtf8());
    }

    void eachLinkGetsAFreshPostbackKey() {
        send(request(Channel::CallCenter, Flow::Apply, true));
        send(request(Channel::CallCenter, Flow::Apply, true));
        const auto seen = sandbox().requests(QStringLiteral("chargeafter"));
        QCOMPARE(seen.size(), 2);
        const auto key = [](const sandbox::RecordedRequest& r) {
            return QJsonDocument::fromJson(r.request.body)
                .object()
                .value(QStringLiteral("postbackAuthKey"))
                .toString();
        };
        QVERIFY(key(seen.at(0)) != key(seen.at(1)));
    }

    void failures_data() {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("word");
        QTest::newRow("500") << int(sandbox::Scenario::ServerError)
                             << int(HttpResult::Kind::HttpStatus) << 500 << "problem on its side";
        QTest::newRow("401") << int(sandbox::Scenario::Unauthorized)
                             << int(HttpResult::Kind::HttpStatus) << 401 << "API key";
        QTest::newRow("malformed")
            << int(sandbox::Scenario::MalformedJson) << int(HttpResult::Kind::InvalidResponse)
            << 200 << "not valid JSON";
        QTest::newRow("oversized") << int(sandbox::Scenario::OversizedBody)
                                   << int(HttpResult::Kind::InvalidResponse) << 200 << "larger";
        QTest::newRow("success false") << int(sandbox::Scenario::Declined)
                                       << int(HttpResult::Kind::Ok) << 200 << "not eligible";
        QTest::newRow("slow") << int(sandbox::Scenario::Slow) << int(HttpResult::Kind::Timeout) << 0
                              << "did not answer in time";
    }
    void failures() {
        QFETCH(int, scenario);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, word);
        sandbox().setScenario(QStringLiteral("chargeafter"), sandbox::Scenario(scenario));
        sandbox().setSlowDelay(std::chrono::milliseconds(3000));
        m_runtime->settings().setValue(settingskey::timeout(service::chargeAfter), 1);
        const SendLinkOutcome outcome = send(request(Channel::CallCenter, Flow::Apply, true));
        QVERIFY(!outcome.ok());
        QCOMPARE(int(outcome.http.kind), kind);
        if (status != 0)
            QCOMPARE(outcome.http.httpStatus, status);
        QVERIFY2(outcome.error.contains(word), qPrintable(outcome.error));
        QVERIFY(!outcome.value); // no tracking id
    }

    void sandboxValidatesLikeTheVendor() {
        // Bypass the client's own validation: the sandbox must refuse on its own.
        SendLinkRequest r = request(Channel::CallCenter, Flow::Checkout, true);
        r.finalPostbackUrl.clear();
        r.consumerDetails->email.clear();
        bool done = false;
        SendLinkOutcome outcome;
        m_runtime->sendLink().send(r, this, [&](const SendLinkOutcome& o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QCOMPARE(outcome.http.httpStatus, 400);
        QVERIFY2(outcome.error.contains(QStringLiteral("required")), qPrintable(outcome.error));
    }

    void wrongKeyIsRefusedBySandbox() {
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        secrets.set(QStringLiteral("chargeafter"), QStringLiteral("not-the-key"));
        HttpClient http(&network, &secrets);
        SendLinkClient client(http);
        client.setEndpoint(m_runtime->endpoint(QStringLiteral("chargeafter")));
        SendLinkRequest r = request(Channel::CallCenter, Flow::Apply, true);
        m_runtime->sendLinkUseCase().complete(r);
        bool done = false;
        SendLinkOutcome outcome;
        client.send(r, this, [&](const SendLinkOutcome& o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
        QCOMPARE(outcome.http.httpStatus, 401);
    }

    void sandboxKeyNeverInLogs() {
        LogCapture capture;
        send(request(Channel::InStore, Flow::Checkout, true));
        sandbox().setScenario(QStringLiteral("chargeafter"), sandbox::Scenario::ServerError);
        send(request(Channel::InStore, Flow::Checkout, true));
        const QString logs = capture.joined();
        QVERIFY(logs.contains(QStringLiteral("checkstand.net.chargeafter")));
        QVERIFY(!logs.contains(sandbox().apiKey(QStringLiteral("chargeafter"))));
        const auto seen = sandbox().requests(QStringLiteral("chargeafter"));
        const QString postbackKey = QJsonDocument::fromJson(seen.last().request.body)
                                        .object()
                                        .value(QStringLiteral("postbackAuthKey"))
                                        .toString();
        QVERIFY(!logs.contains(postbackKey));
    }
};

QTEST_GUILESS_MAIN(TestSendLinkClient)
#include "tst_sendlinkclient.moc"
