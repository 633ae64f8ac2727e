// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sale session against the Order Checker over real HTTP: the embedded sandbox, and a
// hostile test server.
#include "../support/testhttpserver.h"

#include "catalog/catalog.h"
#include "runtime/runtime.h"
#include "sale/salesession.h"
#include "sandbox/orderchecksandbox.h"
#include "sandbox/pricingsandbox.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using namespace checkstand::test;
using orderchecker::Decision;

namespace {

constexpr int kWaitMs = 20000;
const QString kCoffee = QStringLiteral("4006381333931"); // COF-250
const QString kMug = QStringLiteral("0012345678905");    // MUG-01

} // namespace

class TestSaleSession : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<SaleSession> m_session;

    sandbox::SandboxServer& sandbox() { return *m_runtime->sandboxServer(); }
    QList<sandbox::RecordedRequest> checks() {
        return sandbox().requests(QStringLiteral("orderchecker"));
    }

    void startRuntime(RuntimeOptions options = {}) {
        options.sandbox = true;
        options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
        options.dataDirectory = m_dir->path();
        m_session.reset();
        m_runtime = std::make_unique<Runtime>(options);
        QString error;
        QVERIFY2(m_runtime->start(&error), qPrintable(error));
        m_session = std::make_unique<SaleSession>(m_runtime->saleServices());
        m_session->start();
    }

    void waitIdle() {
        // A pass is check, apply, price: idle when none is in flight.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), kWaitMs);
    }

    Decision finalise() {
        QSignalSpy spy(m_session.get(), &SaleSession::finalisationDecided);
        m_session->requestFinalisation();
        if (spy.isEmpty() && !spy.wait(kWaitMs))
            qFatal("no finalisation decision");
        return spy.first().first().value<Decision>();
    }

private Q_SLOTS:
    void init() {
        qRegisterMetaType<Decision>();
        m_dir = std::make_unique<QTemporaryDir>();
        startRuntime();
        waitIdle();
    }

    void cleanup() {
        m_session.reset();
        m_runtime.reset();
    }

    void newSaleIsCheckedWithOnlyWhatItHas() {
        QCOMPARE(checks().size(), 1);
        const QJsonObject first = QJsonDocument::fromJson(checks().first().request.body).object();
        QCOMPARE(first.keys().size(), 3);
        QCOMPARE(first.value(QStringLiteral("objectId")).toString(), m_session->ticket().id);
    }

    void scanningAddsLinesAndChecksEachChange() {
        QVERIFY(m_session->scan(kCoffee).added);
        waitIdle();
        QVERIFY(m_session->scan(QStringLiteral("012345678905")).added); // UPC-A of the mug
        waitIdle();
        QCOMPARE(m_session->ticket().lines.size(), 2);
        QCOMPARE(m_session->ticket().lines.at(1).sku, QStringLiteral("MUG-01"));
        const QJsonObject last = QJsonDocument::fromJson(checks().last().request.body).object();
        QCOMPARE(last.value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(m_session->checkState(), SaleSession::CheckState::Checked);
        QVERIFY(m_session->currentDecision().allowed);

        const auto bad = m_session->scan(QStringLiteral("4006381333932"));
        QVERIFY(!bad.added);
        QVERIFY(bad.message.contains(QStringLiteral("check digit")));
        const auto unknown = m_session->scan(QStringLiteral("5012345678900"));
        QVERIFY(!unknown.added);
        QVERIFY(unknown.message.contains(QStringLiteral("No product")));
    }

    void staleRepliesAreNeverApplied() {
        // The first check answers late and says the coffee is out of stock; meanwhile the
        // cashier removed the coffee and scanned a mug. That late verdict must not land.
        sandbox().orderChecker().setOutOfStock(QStringLiteral("COF-250"), false);
        sandbox().delayNextReply(QStringLiteral("orderchecker"), std::chrono::milliseconds(1500));
        const qsizetype before = checks().size();
        QVERIFY(m_session->scan(kCoffee).added);
        const QString coffeeLine = m_session->ticket().lines.first().lineId;
        QVERIFY(m_session->setQuantity(coffeeLine, 2));
        QVERIFY(m_session->removeLine(coffeeLine));
        QVERIFY(m_session->scan(kMug).added);
        waitIdle();
        // One request for the first state, one for the latest; the edits between were coalesced.
        QCOMPARE(checks().size() - before, 2);
        const QJsonObject last = QJsonDocument::fromJson(checks().last().request.body).object();
        QCOMPARE(last.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("externalId"))
                     .toString(),
                 QStringLiteral("MUG-01"));
        QCOMPARE(m_session->ticket().lines.size(), 1);
        QVERIFY(m_session->ticket().lines.first().checkerError.isEmpty());
        QVERIFY(m_session->ticket().orderErrors.isEmpty());
        QVERIFY(m_session->currentDecision().allowed);
    }

    void outOfStock403BlocksUnlessItemErrorsAllowed() {
        sandbox().orderChecker().setOutOfStock(QStringLiteral("COF-250"), true);
        m_session->scan(kCoffee);
        waitIdle();
        QCOMPARE(m_session->ticket().lines.first().checkerError, QStringLiteral("Out of stock"));
        QVERIFY(!m_session->currentDecision().allowed);
        Decision d = finalise();
        QVERIFY(!d.allowed);
        QVERIFY2(d.reason.contains(QStringLiteral("Out of stock")), qPrintable(d.reason));
        QVERIFY(!m_session->complete(Tender::Cash));
        QCOMPARE(m_runtime->sales().journal().size(), 0);

        m_runtime->settings().setValue(settingskey::allowSalesOnItemErrors, true);
        d = finalise();
        QVERIFY(d.allowed);
        QVERIFY(m_session->complete(Tender::Cash));
        QCOMPARE(m_runtime->sales().journal().size(), 1);
        QVERIFY(m_session->ticket().lines.isEmpty()); // a fresh sale
    }

    void orderErrorBlocksEvenWithItemErrorsAllowed() {
        m_runtime->settings().setValue(settingskey::allowSalesOnItemErrors, true);
        sandbox().orderChecker().setExtra(sandbox::OrderCheckSandbox::Extra::OrderError, true);
        m_session->scan(kMug);
        waitIdle();
        QCOMPARE(m_session->ticket().orderErrors,
                 QStringList{QStringLiteral("The order is not valid")});
        QVERIFY(!finalise().allowed);
    }

    void apiDownFollowsTheSetting_data() {
        QTest::addColumn<int>("scenario");
        QTest::newRow("500") << int(sandbox::Scenario::ServerError);
        QTest::newRow("unreadable") << int(sandbox::Scenario::MalformedJson);
        QTest::newRow("slow") << int(sandbox::Scenario::Slow);
    }
    void apiDownFollowsTheSetting() {
        QFETCH(int, scenario);
        m_runtime->settings().setValue(settingskey::orderCheckerTimeoutSeconds, 1);
        sandbox().setSlowDelay(std::chrono::milliseconds(3000));
        m_session->scan(kMug);
        waitIdle();
        sandbox().setScenario(QStringLiteral("orderchecker"), sandbox::Scenario(scenario));
        Decision d = finalise();
        QVERIFY(!d.allowed);
        QVERIFY2(d.reason.contains(QStringLiteral("could not be checked")), qPrintable(d.reason));
        QCOMPARE(m_session->checkState(), SaleSession::CheckState::Failed);

        m_runtime->settings().setValue(settingskey::allowSalesOnApiErrors, true);
        d = finalise();
        QVERIFY(d.allowed);
        QVERIFY(!m_session->complete(Tender::Card)); // a card needs its terminal reference
        QVERIFY(m_session->complete(Tender::Card, QStringLiteral("AUTH-88213")));
        QCOMPARE(toString(m_runtime->sales().journal().first().tender), QStringLiteral("card"));
    }

    void infoActionsAreAppliedWithoutAnotherCheck() {
        using Extra = sandbox::OrderCheckSandbox::Extra;
        for (Extra e :
             {Extra::Freight, Extra::Discount, Extra::ShippingOptions, Extra::Gift, Extra::Notice})
            sandbox().orderChecker().setExtra(e, true);
        const qsizetype before = checks().size();
        m_session->scan(kMug);
        waitIdle();
        const Ticket& t = m_session->ticket();
        QCOMPARE(t.freightCost.minorUnits(), 1000);
        QCOMPARE(t.discount.minorUnits(), 1000);
        QCOMPARE(t.lines.size(), 2); // the mug and the gift
        QVERIFY(t.lines.at(1).isGift);
        QCOMPARE(t.lines.at(0).shippingOptions.size(), 2);
        QVERIFY(t.notices.contains(QStringLiteral("This order has a gift")));
        QCOMPARE(checks().size() - before, 1); // applying the reply did not trigger a check
        // The cart was priced while it was checked, then again as the verdict left it (with
        // the gift): the prices shown are those of this cart.
        const auto priced = m_session->pricing();
        QVERIFY(priced && !m_session->isPricingStale());
        QVERIFY(priced->line(t.lines.at(1).lineId));
        const QJsonObject lastPriced =
            QJsonDocument::fromJson(sandbox().requests(QStringLiteral("aifi")).last().request.body)
                .object();
        QCOMPARE(lastPriced.value(QStringLiteral("cart")).toArray().size(), 2);
        QVERIFY(m_session->chooseShipping(t.lines.at(0).lineId, QStringLiteral("Expresso")));
        waitIdle();
        QCOMPARE(m_session->ticket().lines.at(0).shippingMethod, QStringLiteral("Expresso"));
        QVERIFY(!m_session->chooseShipping(t.lines.at(0).lineId, QStringLiteral("Teleport")));
    }

    void aChangeIsCheckedAndPricedAtOnce() {
        m_session->scan(kMug);
        waitIdle();
        const qsizetype pricedBefore = sandbox().requests(QStringLiteral("aifi")).size();
        // The checker takes its time: the pricing request goes out (and is answered) meanwhile.
        sandbox().delayNextReply(QStringLiteral("orderchecker"), std::chrono::milliseconds(400));
        QVERIFY(m_session->setQuantity(m_session->ticket().lines.first().lineId, 3));
        QTRY_COMPARE_WITH_TIMEOUT(sandbox().requests(QStringLiteral("aifi")).size(),
                                  pricedBefore + 1, kWaitMs);
        QVERIFY(m_session->isBusy());
        QCOMPARE(m_session->checkState(), SaleSession::CheckState::Checking);
        // Applied only with the verdict, which changed nothing: no second pricing request.
        waitIdle();
        QCOMPARE(m_session->checkState(), SaleSession::CheckState::Checked);
        QCOMPARE(sandbox().requests(QStringLiteral("aifi")).size(), pricedBefore + 1);
        QCOMPARE(m_session->pricing()->line(m_session->ticket().lines.first().lineId)->quantity, 3);
        QVERIFY(!m_session->isPricingStale());
    }

    void undoParkRecallAndCrashSurvival() {
        m_session->scan(kCoffee);
        m_session->scan(kMug);
        QCOMPARE(m_session->ticket().lines.size(), 2);
        m_session->undo();
        QCOMPARE(m_session->ticket().lines.size(), 1);
        m_session->scan(kMug);
        const QString firstId = m_session->ticket().id;
        QVERIFY(m_session->park());
        QVERIFY(m_session->ticket().lines.isEmpty());
        QCOMPARE(m_runtime->sales().parked().size(), 1);
        m_session->scan(kMug);
        const QString secondId = m_session->ticket().id;
        waitIdle();

        // "Crash": drop everything and start again on the same data directory.
        startRuntime();
        QCOMPARE(m_session->ticket().id, secondId);
        QCOMPARE(m_session->ticket().lines.size(), 1);
        QCOMPARE(m_runtime->sales().parked().size(), 1);

        QVERIFY(m_session->recall(firstId));
        QCOMPARE(m_session->ticket().id, firstId);
        QCOMPARE(m_session->ticket().lines.size(), 2);
        QCOMPARE(m_runtime->sales().parked().size(), 1); // the other sale was parked in its place
        QCOMPARE(m_runtime->sales().parked().first().id, secondId);
        waitIdle();
    }

    void completeNeedsAnAllowingFinalCheckOfThisCart() {
        m_session->scan(kMug);
        waitIdle();
        QVERIFY(!m_session->complete(Tender::Cash)); // no final check yet
        QVERIFY(finalise().allowed);
        m_session->scan(kCoffee); // the cart moved on after the check
        QVERIFY(!m_session->complete(Tender::Cash));
        QVERIFY(finalise().allowed);
        QSignalSpy done(m_session.get(), &SaleSession::saleCompleted);
        QVERIFY(m_session->complete(Tender::Cash));
        QCOMPARE(done.size(), 1);
        const CompletedSale sale = m_runtime->sales().journal().first();
        QCOMPARE(sale.ticket.lines.size(), 2);
        QCOMPARE(sale.total.toDecimalString(), QStringLiteral("22.70"));
    }

    void pricingWithTaxesAndDeposits() {
        m_session->scan(QStringLiteral("7622210449283")); // WATER-6: 4.49, Grocery 2 %, deposit
        m_session->scan(kMug);                            // 12.50, 8.25 %
        waitIdle();
        const auto pricing = m_session->pricing();
        QVERIFY(pricing);
        QVERIFY(!m_session->isPricingStale());
        const QString water = m_session->ticket().lines.at(0).lineId;
        QCOMPARE(pricing->line(water)->tax.toDecimalString(), QStringLiteral("0.09"));
        QCOMPARE(pricing->depositsOf(water).size(), 1);
        QCOMPARE(pricing->depositsOf(water).first()->total.toDecimalString(),
                 QStringLiteral("0.60"));
        // 4.49 + 0.09 + 0.60 + 12.50 + 1.03
        QCOMPARE(pricing->total.toDecimalString(), QStringLiteral("18.71"));
        QCOMPARE(m_session->payableTotal()->toDecimalString(), QStringLiteral("18.71"));
        QCOMPARE(pricing->taxBreakdown().size(), 2);
        const QJsonObject sent =
            QJsonDocument::fromJson(
                m_runtime->sandboxServer()->requests(QStringLiteral("aifi")).last().request.body)
                .object();
        QCOMPARE(sent.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(sent.value(QStringLiteral("sessionId")).toString(), m_session->ticket().id);

        m_runtime->settings().setValue(settingskey::priceIncludesTax, true);
        m_session->setQuantity(m_session->ticket().lines.at(1).lineId, 2); // 25.00 incl. 1.91 tax
        waitIdle();
        QCOMPARE(m_session->pricing()
                     ->line(m_session->ticket().lines.at(1).lineId)
                     ->tax.toDecimalString(),
                 QStringLiteral("1.91"));
        QVERIFY(finalise().allowed);
        const QJsonObject final =
            QJsonDocument::fromJson(
                m_runtime->sandboxServer()->requests(QStringLiteral("aifi")).last().request.body)
                .object();
        QCOMPARE(final.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    }

    void inconsistentPricingIsRefusedAndBlocksUnlessLocalPricesAllowed_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("word");
        using F = sandbox::PricingSandbox::Fault;
        QTest::newRow("totals") << int(F::InconsistentTotals) << "add up";
        QTest::newRow("unknown line") << int(F::UnknownLine) << "not in the cart";
        QTest::newRow("dropped line") << int(F::DropLine) << "leaves out";
        QTest::newRow("quantity") << int(F::ChangeQuantity) << "changed the quantity";
    }
    void inconsistentPricingIsRefusedAndBlocksUnlessLocalPricesAllowed() {
        QFETCH(int, fault);
        QFETCH(QString, word);
        m_session->scan(kMug);
        waitIdle();
        const Money good = m_session->pricing()->total;
        m_runtime->sandboxServer()->pricing().setFault(sandbox::PricingSandbox::Fault(fault));
        m_session->scan(kCoffee);
        waitIdle();
        QVERIFY(m_session->isPricingStale());
        QVERIFY2(m_session->pricingError().contains(word), qPrintable(m_session->pricingError()));
        QCOMPARE(m_session->pricing()->total, good); // the last good pricing stays
        // ...but what the customer would pay still counts the coffee, at its local price.
        QCOMPARE(m_session->payableTotal()->minorUnits(), good.minorUnits() + 899);
        QVERIFY(!m_session->currentDecision().allowed);
        Decision d = finalise();
        QVERIFY(!d.allowed);
        QVERIFY2(d.reason.contains(QStringLiteral("prices could not be confirmed")),
                 qPrintable(d.reason));
        m_runtime->settings().setValue(settingskey::allowLocalPrices, true);
        d = finalise();
        QVERIFY(d.allowed);
        m_runtime->sandboxServer()->pricing().setFault(sandbox::PricingSandbox::Fault::None);
    }

    void pricingServiceDown() {
        m_runtime->sandboxServer()->setScenario(QStringLiteral("aifi"),
                                                sandbox::Scenario::ServerError);
        m_session->scan(kMug);
        waitIdle();
        QVERIFY(m_session->isPricingStale());
        QVERIFY(m_session->pricing()->lines.isEmpty()); // only the empty cart was ever priced
        QVERIFY(!finalise().allowed);
        m_runtime->sandboxServer()->setScenario(QStringLiteral("aifi"), sandbox::Scenario::Normal);
        m_session->setQuantity(m_session->ticket().lines.first().lineId, 2);
        waitIdle();
        QVERIFY(!m_session->isPricingStale());
        QVERIFY(finalise().allowed);
    }

    void hostileCheckerReplies_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("wrong types")
            << 200 << QByteArray(R"([{"action":5,"component":{"x":1}},"str",null])") << true;
        QTest::newRow("unknown components")
            << 200 << QByteArray(R"([{"action":"INFO","component":"SPACESHIP"}])") << true;
        QTest::newRow("object instead of array")
            << 200 << QByteArray(R"({"action":"ERROR"})") << false;
        const QByteArray notice =
            "{\"action\":\"INFO\",\"component\":\"ORDER\",\"message\":\"m\"},";
        QTest::newRow("huge array")
            << 200 << QByteArray("[" + notice.repeated(8000) + "{}]") << true;
        QTest::newRow("over the size cap")
            << 200 << QByteArray("[" + notice.repeated(20000) + "{}]") << false;
        QTest::newRow("403 without actions") << 403 << QByteArray("[]") << false;
        QTest::newRow("403 garbage") << 403 << QByteArray("<html>denied</html>") << false;
    }
    void hostileCheckerReplies() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, allowed);
        TestHttpServer server([=](const TestRequest&) { return TestResponse::json(status, body); });
        RuntimeOptions options;
        options.endpointOverrides.insert(QStringLiteral("orderchecker"),
                                         QUrl(QString::fromLatin1(server.url("/check"))));
        startRuntime(options);
        waitIdle();
        m_session->scan(kMug);
        waitIdle();
        QCOMPARE(finalise().allowed, allowed);
        QCOMPARE(m_session->ticket().lines.first().sku, QStringLiteral("MUG-01")); // nothing lost
    }
};

QTEST_GUILESS_MAIN(TestSaleSession)
#include "tst_salesession.moc"
