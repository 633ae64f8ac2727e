// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Elevate delivery worker over real HTTP: the embedded sandbox and a scripted test server.
#include "../support/testhttpserver.h"

#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "runtime/runtime.h"
#include "sandbox/elevatesandbox.h"
#include "sandbox/sandboxserver.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "slowsyncvfs.h"
#include "storage/salesstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace checkstand;
using namespace checkstand::test;

namespace {

constexpr int kWaitMs = 30000;

CompletedSale paidSale(const QStringList& variantKeys) {
    CompletedSale s;
    s.ticket = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime::currentDateTime());
    for (const QString& key : variantKeys) {
        TicketLine l;
        l.sku = key;
        l.variantKey = key;
        l.unitPrice = Money::fromMinor(899);
        s.ticket.lines.append(l);
    }
    s.total = *s.ticket.total();
    s.completedAt = QDateTime::currentDateTime();
    return s;
}

} // namespace

class TestDelivery : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Runtime> m_runtime;

    void startRuntime(const QUrl& elevateOverride = {}) {
        m_runtime.reset();
        RuntimeOptions options;
        options.sandbox = true;
        options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
        options.dataDirectory = m_dir->path();
        if (!elevateOverride.isEmpty())
            options.endpointOverrides.insert(QStringLiteral("elevate"), elevateOverride);
        m_runtime = std::make_unique<Runtime>(options);
        QString error;
        QVERIFY2(m_runtime->start(&error), qPrintable(error));
        m_runtime->settings().setValue(settingskey::timeout(service::elevate), 2);
        // The sandbox's key is in the in-memory store; a test server takes any key.
        bool done = false;
        m_runtime->secrets().write(QStringLiteral("elevate"),
                                   QStringLiteral("sandbox-elevate-api-key"), this,
                                   [&](const SecretWriteResult&) { done = true; });
        QTRY_VERIFY(done);
    }

    // -1: the worker stopped on a storage failure (none is expected here).
    int flush() {
        std::optional<int> left;
        m_runtime->deliveryWorker().flush([&](int n) { left = n; });
        if (!QTest::qWaitFor([&] { return left.has_value(); }, kWaitMs))
            qFatal("flush never finished");
        return *left;
    }

    sandbox::ElevateSandbox& elevate() { return m_runtime->sandboxServer()->elevate(); }
    outbox::Outbox& box() { return m_runtime->outbox(); }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        startRuntime();
    }

    void cleanup() {
        m_runtime.reset();
        bench::setSyncFailure(false);
        bench::useNormalSync();
    }

    void deliveredOnce() {
        const CompletedSale s = paidSale({QStringLiteral("cof-250-v"), QStringLiteral("mug-01-v")});
        QVERIFY(m_runtime->sales().recordCompleted(s));
        QCOMPARE(flush(), 0);
        QCOMPARE(elevate().deliveries(s.ticket.id), 1);
        QCOMPARE(elevate().acceptedLines(s.ticket.id), 2);
        QCOMPARE(box().counts().deliveredToday, 1);
        const auto seen =
            m_runtime->sandboxServer()->requests(QStringLiteral("elevate")).last().request;
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json;charset=utf-8"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("market")), QStringLiteral("US"));
        QCOMPARE(flush(), 0);
        QCOMPARE(elevate().deliveries(s.ticket.id), 1); // nothing sent twice
    }

    void aRunningWorkerSendsANewSaleAtOnce() {
        // The app's case: the worker sleeps until its next due time (up to a minute); a sale
        // recorded meanwhile must wake it, not wait.
        m_runtime->deliveryWorker().start();
        QTest::qWait(0);
        const CompletedSale s = paidSale({QStringLiteral("cof-250-v")});
        QVERIFY(m_runtime->sales().recordCompleted(s));
        QTRY_COMPARE_WITH_TIMEOUT(box().counts().deliveredToday, 1, 20000);
        QCOMPARE(elevate().deliveries(s.ticket.id), 1);
    }

    void badVariantKeyIsRejectedAndNeverResent() {
        const CompletedSale s =
            paidSale({QStringLiteral("cof-250-v"), QStringLiteral("not-in-feed")});
        QVERIFY(m_runtime->sales().recordCompleted(s));
        QCOMPARE(flush(), 0);
        QCOMPARE(box().counts().rejected, 1);
        const auto e = box().entries().first();
        QVERIFY2(e.lastError.contains(QStringLiteral("not-in-feed")), qPrintable(e.lastError));
        QCOMPARE(e.lastStatus, 400);
        QCOMPARE(elevate().acceptedLines(s.ticket.id), 1); // Elevate kept the valid line
        QCOMPARE(flush(), 0);
        QCOMPARE(elevate().deliveries(s.ticket.id), 1); // and it was not counted again
    }

    void forbiddenPausesUntilTheKeyChanges() {
        m_runtime->sandboxServer()->setScenario(QStringLiteral("elevate"),
                                                sandbox::Scenario::Declined);
        const CompletedSale s = paidSale({QStringLiteral("cof-250-v")});
        QVERIFY(m_runtime->sales().recordCompleted(s));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale({QStringLiteral("mug-01-v")})));
        QCOMPARE(flush(), 2);
        QVERIFY(box().isPaused());
        QVERIFY(box().pauseReason().contains(QStringLiteral("credentials")));
        const int attempts = m_runtime->sandboxServer()->requests(QStringLiteral("elevate")).size();
        QCOMPARE(flush(), 2); // paused: nothing is tried
        QCOMPARE(m_runtime->sandboxServer()->requests(QStringLiteral("elevate")).size(), attempts);

        m_runtime->sandboxServer()->setScenario(QStringLiteral("elevate"),
                                                sandbox::Scenario::Normal);
        bool done = false;
        m_runtime->secrets().write(QStringLiteral("elevate"),
                                   QStringLiteral("sandbox-elevate-api-key"), this,
                                   [&](const SecretWriteResult&) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!box().isPaused());
        QCOMPARE(flush(), 0);
        QCOMPARE(elevate().deliveries(s.ticket.id), 1);
    }

    void missingKeyPausesInsteadOfRetrying() {
        // No Elevate key: every attempt would fail the same way, so one attempt pauses the
        // queue (with the reason) instead of trying the same rows again at once.
        bool done = false;
        m_runtime->secrets().write(QStringLiteral("elevate"), QString(), this,
                                   [&](const SecretWriteResult&) { done = true; });
        QTRY_VERIFY(done);
        const CompletedSale s = paidSale({QStringLiteral("cof-250-v")});
        QVERIFY(m_runtime->sales().recordCompleted(s));
        QCOMPARE(flush(), 1);
        QVERIFY(box().isPaused());
        QVERIFY2(box().pauseReason().contains(QStringLiteral("secret")),
                 qPrintable(box().pauseReason()));
        QCOMPARE(box().entries().first().attempts, 1);
        QCOMPARE(flush(), 1);
        QCOMPARE(box().entries().first().attempts, 1); // paused: not tried again
        QCOMPARE(m_runtime->sandboxServer()->requests(QStringLiteral("elevate")).size(), 0);
        QVERIFY(!m_runtime->deliveryWorker().isStopped());
    }

    void transientFailuresAreRetriedLater_data() {
        QTest::addColumn<int>("scenario");
        QTest::newRow("500") << int(sandbox::Scenario::ServerError);
        QTest::newRow("dropped") << int(sandbox::Scenario::Dropped);
        QTest::newRow("slow") << int(sandbox::Scenario::Slow);
    }
    void transientFailuresAreRetriedLater() {
        QFETCH(int, scenario);
        m_runtime->sandboxServer()->setScenario(QStringLiteral("elevate"),
                                                sandbox::Scenario(scenario));
        m_runtime->sandboxServer()->setSlowDelay(std::chrono::milliseconds(5000));
        const CompletedSale s = paidSale({QStringLiteral("cof-250-v")});
        QVERIFY(m_runtime->sales().recordCompleted(s));
        QCOMPARE(flush(), 1);
        const auto e = box().entries().first();
        QCOMPARE(outbox::toString(e.state), QStringLiteral("retrying"));
        QCOMPARE(e.attempts, 1);
        QVERIFY(!e.lastError.isEmpty());
        QVERIFY(!box().isPaused());

        m_runtime->sandboxServer()->setScenario(QStringLiteral("elevate"),
                                                sandbox::Scenario::Normal);
        QVERIFY(box().retryNow(e.id));
        QCOMPARE(flush(), 0);
        QVERIFY(elevate().deliveries(s.ticket.id) >= 1);
    }

    void retryAfterIsHonoured() {
        TestHttpServer server([](const TestRequest&) {
            TestResponse r = TestResponse::json(503, "{}");
            r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "3600"));
            return r;
        });
        startRuntime(QUrl(QString::fromLatin1(server.url("/api/admin/v4/notifications/payment"))));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale({QStringLiteral("cof-250-v")})));
        const QDateTime before = QDateTime::currentDateTime();
        QCOMPARE(flush(), 1);
        const auto e = box().entries().first();
        QVERIFY2(before.secsTo(e.nextAttemptAt) >= 3500, qPrintable(e.nextAttemptAt.toString()));
        QCOMPARE(e.lastStatus, 503);
    }

    void aTwoHundredWithAnUnreadableBodyIsDelivered() {
        // Elevate took the notification; a body we cannot read must not make us send it again
        // (it would count the lines twice): delivered, one request, nothing left.
        TestHttpServer server([](const TestRequest&) {
            TestResponse r = TestResponse::json(200, "<html>not json");
            return r;
        });
        startRuntime(QUrl(QString::fromLatin1(server.url("/api/admin/v4/notifications/payment"))));
        QVERIFY(m_runtime->sales().recordCompleted(paidSale({QStringLiteral("cof-250-v")})));
        QCOMPARE(flush(), 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(outbox::toString(box().entries().first().state), QStringLiteral("delivered"));
    }

    void marksAreWrittenInBatches() {
        // 40 sales, up to 16 in flight: every notification delivered once, with at most one
        // commit per two notifications (a step holds the marks of about half of those in
        // flight; one mark at a time took two per notification, its attempt and its
        // "delivered").
        constexpr int kSales = 40;
        QList<QString> ids;
        for (int i = 0; i < kSales; ++i) {
            const CompletedSale s = paidSale({QStringLiteral("cof-250-v")});
            ids << s.ticket.id;
            QVERIFY(m_runtime->sales().recordCompleted(s));
        }
        const Database& db = m_runtime->sales().storage();
        QVERIFY(db.waitDurable());
        const quint64 commitsBefore = db.commitGeneration();
        QCOMPARE(flush(), 0);
        for (const QString& id : ids)
            QCOMPARE(elevate().deliveries(id), 1);
        QCOMPARE(box().counts().deliveredToday, kSales);
        const quint64 commits = db.commitGeneration() - commitsBefore;
        QVERIFY2(
            commits <= quint64(kSales) / 2,
            qPrintable(QStringLiteral("%1 commits for %2 notifications").arg(commits).arg(kSales)));
    }

    void aSlowNotificationDoesNotHoldBackTheMarksOfTheOthers() {
        // All 8 in flight: 3 answered at once, 5 never. The 3 are marked delivered soon (a crash
        // would otherwise send them again), not when the slow ones give up.
        int seen = 0;
        TestHttpServer server([&seen](const TestRequest&) {
            return ++seen <= 3 ? TestResponse::json(204, {}) : TestResponse::hang();
        });
        startRuntime(QUrl(QString::fromLatin1(server.url("/notify"))));
        m_runtime->settings().setValue(settingskey::timeout(service::elevate), 120);
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_runtime->sales().recordCompleted(paidSale({QStringLiteral("cof-250-v")})));
        QVERIFY(m_runtime->sales().storage().waitDurable());
        m_runtime->deliveryWorker().start();
        QTRY_COMPARE_WITH_TIMEOUT(box().counts().deliveredToday, 3, kWaitMs);
        QCOMPARE(m_runtime->deliveryWorker().inFlight(), 5);
    }

    void marksNotOnDiskHoldBackWhatLeaves() {
        // A power cut takes back the "delivered" marks the disk has not synced yet, and their
        // notifications would be sent again. So those marks and the requests in flight together
        // stay within twice maxInFlight: with a disk that stops syncing, 2 x 2 leave, then
        // delivery waits for the disk (and catches up once it syncs again).
        bench::useSlowSync(std::chrono::milliseconds(0)); // the runtime's databases, from now on
        startRuntime();
        m_runtime->settings().setValue(settingskey::elevateMaxInFlight, 2);
        constexpr int kSales = 10;
        for (int i = 0; i < kSales; ++i)
            QVERIFY(m_runtime->sales().recordCompleted(paidSale({QStringLiteral("cof-250-v")})));
        const Database& db = m_runtime->sales().storage();
        QVERIFY(db.waitDurable());
        // The first checkpoint (and WAL start) done while the disk still works.
        QVERIFY(QTest::qWaitFor([&] { return db.checkpointCount() >= 1; }, kWaitMs));
        bench::setSyncFailure(true);
        m_runtime->deliveryWorker().start();
        QTRY_COMPARE_WITH_TIMEOUT(box().counts().deliveredToday, 4, kWaitMs);
        // The step that wrote the fourth mark sent nothing more (it would have sent at once).
        QCOMPARE(m_runtime->deliveryWorker().inFlight(), 0);
        QCOMPARE(elevate().sessions().size(), 4);
        QVERIFY(db.durableGeneration() < db.commitGeneration());
        // `outbox flush` meanwhile ends, in words, instead of waiting for the disk.
        QCOMPARE(flush(), -1);
        QVERIFY(!m_runtime->deliveryWorker().stopReason().isEmpty());
        QCOMPARE(elevate().sessions().size(), 4);
        bench::setSyncFailure(false); // the storage thread tries again within a second
        QTRY_VERIFY_WITH_TIMEOUT(!box().syncFailure().failed(), kWaitMs);
        QCOMPARE(flush(), 0);
        QCOMPARE(box().counts().deliveredToday, kSales);
        QCOMPARE(elevate().sessions().size(), kSales);
    }

    void oldestFirstAndBoundedInFlight() {
        TestHttpServer server([](const TestRequest&) { return TestResponse::hang(); });
        startRuntime(QUrl(QString::fromLatin1(server.url("/notify"))));
        m_runtime->settings().setValue(settingskey::elevateMaxInFlight, 2);
        QList<QString> ids;
        for (int i = 0; i < 5; ++i) {
            const CompletedSale s = paidSale({QStringLiteral("cof-250-v")});
            ids << s.ticket.id;
            QVERIFY(m_runtime->sales().recordCompleted(s));
        }
        m_runtime->deliveryWorker().start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, kWaitMs);
        QCOMPARE(m_runtime->deliveryWorker().inFlight(), 2);
        QVERIFY(server.requests().at(0).path.contains(ids.at(0).toLatin1()));
        QVERIFY(server.requests().at(1).path.contains(ids.at(1).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
