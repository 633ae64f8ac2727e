// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Returns, voids, the history search and the financing wait on a real sales database.
#include "sale/breakdown.h"
#include "storage/salesstore.h"
#include "usecases/financingwait.h"
#include "usecases/returns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace checkstand;

namespace {

const QString kStore = QStringLiteral("store-001");

Money usd(qint64 minor) {
    return Money::fromMinor(minor, QStringLiteral("USD"));
}

struct Item {
    QString name;
    QString sku;
    qint64 unit;
    qint64 quantity;
};

Ticket ticketOf(const QString& number, const QList<Item>& items, const QDateTime& at) {
    Ticket t = Ticket::create(number, QStringLiteral("USD"), at);
    for (const Item& i : items) {
        TicketLine l;
        l.lineId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        l.name = i.name;
        l.sku = i.sku;
        l.unitPrice = usd(i.unit);
        l.quantity = i.quantity;
        t.lines.append(l);
    }
    return t;
}

// A finished sale as SaleSession journals it: breakdown, total, payments (cash for all when
// none are given).
CompletedSale saleOf(const Ticket& t, const QDateTime& at, QList<Payment> payments = {}) {
    CompletedSale s;
    s.ticket = t;
    s.breakdown = *saleBreakdown(t, std::nullopt);
    s.total = s.breakdown.total;
    s.completedAt = at;
    if (payments.isEmpty())
        payments = {Payment{Tender::Cash, s.total, s.total, {}}};
    s.payments = payments;
    s.tender = payments.first().tender;
    return s;
}

} // namespace

class TestReturns : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SalesStore> m_store;
    QDateTime m_now = QDateTime(QDate(2024, 5, 10), QTime(15, 30));
    Clock m_clock = Clock([this] { return m_now; });
    std::unique_ptr<Returns> m_returns;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("sales.db")); }

    void reopen() {
        m_returns.reset();
        m_store = std::make_unique<SalesStore>();
        QVERIFY2(m_store->open(dbPath()), qPrintable(m_store->error()));
        m_returns = std::make_unique<Returns>(*m_store, m_clock, [] { return kStore; });
    }

    CompletedSale record(const QString& number, const QList<Item>& items,
                         QList<Payment> payments = {}, const QDateTime& at = {}) {
        const CompletedSale s = saleOf(ticketOf(number, items, at.isValid() ? at : m_now),
                                       at.isValid() ? at : m_now, std::move(payments));
        if (!m_store->recordCompleted(s))
            qFatal("cannot record: %s", qPrintable(m_store->error()));
        return s;
    }

    Returns::Result giveBack(const QString& sale, const QList<std::pair<QString, qint64>>& lines) {
        return m_returns->record({sale, lines, QStringLiteral("changed their mind"), {}});
    }

private Q_SLOTS:
    void init() {
        qRegisterMetaType<SaleReturn>();
        m_dir = std::make_unique<QTemporaryDir>();
        reopen();
    }

    void cleanup() {
        m_returns.reset();
        m_store.reset();
    }

    void partOfALineThenTheRestThenNoMore() {
        const auto sale = record(QStringLiteral("store-001-000001"),
                                 {{QStringLiteral("Beans 1 kg"), QStringLiteral("BEANS"), 999, 2},
                                  {QStringLiteral("Mug"), QStringLiteral("MUG"), 500, 1}});
        QSignalSpy recorded(m_store.get(), &SalesStore::returnRecorded);
        auto first = giveBack(QStringLiteral("store-001-000001"), {{QStringLiteral("BEANS"), 1}});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.saleReturn->number, QStringLiteral("store-001-R000001"));
        QCOMPARE(first.saleReturn->total, usd(999));
        QCOMPARE(first.saleReturn->refunds.size(), 1);
        QVERIFY(first.saleReturn->refunds.first().tender == Tender::Cash);
        QCOMPARE(
            first.instructions,
            QStringList{QStringLiteral("Pay out %1 in cash.").arg(usd(999).toDisplayString())});
        QCOMPARE(recorded.size(), 1);

        // Two more beans than are left: refused in words, nothing written.
        const auto over = giveBack(sale.ticket.id, {{sale.ticket.lines.first().lineId, 2}});
        QVERIFY(!over.ok());
        QCOMPARE(over.error, QStringLiteral("Only 1 of “Beans 1 kg” can still be returned."));
        QCOMPARE(m_store->returnsOf(sale.ticket.id).size(), 1);

        const auto rest = giveBack(sale.ticket.retailerOrderId, {{QStringLiteral("BEANS"), 1}});
        QVERIFY2(rest.ok(), qPrintable(rest.error));
        QCOMPARE(rest.saleReturn->number, QStringLiteral("store-001-R000002"));
        const auto plan = m_returns->plan(sale.ticket.retailerOrderId);
        QVERIFY(plan.plan);
        QCOMPARE(plan.plan->lines.first().returnable(), 0);
        QCOMPARE(plan.plan->refundedSoFar, usd(1998));
        QCOMPARE(m_store->returnsOf(sale.ticket.id).size(), 2);
        QVERIFY(m_store->saleReturn(QStringLiteral("store-001-R000002")) == rest.saleReturn);
    }

    void theStoreRefusesAnOverReturnItself() {
        // As another till would send it, bypassing the use case's checks.
        const auto sale = record(QStringLiteral("store-001-000001"),
                                 {{QStringLiteral("Beans 1 kg"), QStringLiteral("BEANS"), 999, 1}});
        SaleReturn r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.number = QStringLiteral("store-001-R000009");
        r.saleId = sale.ticket.id;
        r.saleNumber = sale.ticket.retailerOrderId;
        r.createdAt = m_now;
        r.lines = {{sale.ticket.lines.first().lineId, QStringLiteral("BEANS"),
                    QStringLiteral("Beans 1 kg"), 2, usd(999)}};
        r.refunds = {Payment{Tender::Cash, usd(999), usd(999), {}}};
        r.total = usd(999);
        r.reason = QStringLiteral("test");
        QVERIFY(!m_store->recordReturn(r));
        QVERIFY(m_store->lastError().kind == StorageError::Kind::Constraint);
        QVERIFY2(m_store->error().contains(QStringLiteral("“Beans 1 kg”")),
                 qPrintable(m_store->error()));
        // More money than the sale took is refused too.
        r.lines.first().quantity = 1;
        r.lines.first().refund = usd(1000);
        r.refunds.first().amount = r.refunds.first().tendered = usd(1000);
        r.total = usd(1000);
        QVERIFY(!m_store->recordReturn(r));
        QVERIFY(m_store->lastError().kind == StorageError::Kind::Constraint);
        QVERIFY(m_store->returnsOf(sale.ticket.id).isEmpty());
        QVERIFY(!m_store->lastError().failed());
    }

    void allUnitsRefundExactlyWhatTheyCost() {
        // 3 x 3.35 less 0.05 discount: 10.00 for three units, not divisible by three.
        Ticket t = ticketOf(QStringLiteral("store-001-000001"),
                            {{QStringLiteral("Soap"), QStringLiteral("SOAP"), 335, 3}}, m_now);
        t.discount = usd(5);
        QVERIFY(m_store->recordCompleted(saleOf(t, m_now)));
        QList<qint64> refunds;
        for (int i = 0; i < 3; ++i) {
            const auto r = giveBack(t.id, {{QStringLiteral("SOAP"), 1}});
            QVERIFY2(r.ok(), qPrintable(r.error));
            refunds << r.saleReturn->total.minorUnits();
        }
        QCOMPARE(refunds, (QList<qint64>{333, 333, 334}));
        QCOMPARE(refunds.at(0) + refunds.at(1) + refunds.at(2), qint64(1000));
        QVERIFY(!giveBack(t.id, {{QStringLiteral("SOAP"), 1}}).ok());
    }

    void discountIsSharedByLargestRemainder() {
        Ticket t = ticketOf(QStringLiteral("store-001-000001"),
                            {{QStringLiteral("Pen"), QStringLiteral("PEN"), 100, 1},
                             {QStringLiteral("Pad"), QStringLiteral("PAD"), 200, 1}},
                            m_now);
        t.discount = usd(10);
        QVERIFY(m_store->recordCompleted(saleOf(t, m_now)));
        const auto plan = m_returns->plan(t.retailerOrderId);
        QVERIFY2(plan.plan, qPrintable(plan.error));
        // 0.10 over 1.00 and 2.00: 0.0333 and 0.0667, the odd cent to the larger remainder.
        QCOMPARE(plan.plan->lines.at(0).paid, usd(97));
        QCOMPARE(plan.plan->lines.at(1).paid, usd(193));
        const auto r = giveBack(t.id, {{QStringLiteral("PAD"), 1}});
        QVERIFY(r.ok());
        QCOMPARE(r.saleReturn->total, usd(193));
    }

    void splitPaymentIsRefundedInOrder() {
        const auto sale =
            record(QStringLiteral("store-001-000001"),
                   {{QStringLiteral("Lamp"), QStringLiteral("LAMP"), 2500, 2}},
                   {Payment{Tender::Cash, usd(2000), usd(2000), {}},
                    Payment{Tender::Card, usd(3000), usd(3000), QStringLiteral("AUTH-1234")}});
        const auto first = giveBack(sale.ticket.id, {{QStringLiteral("LAMP"), 1}});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.saleReturn->refunds.size(), 2);
        QVERIFY(first.saleReturn->refunds.at(0).tender == Tender::Cash);
        QCOMPARE(first.saleReturn->refunds.at(0).amount, usd(2000));
        QVERIFY(first.saleReturn->refunds.at(1).tender == Tender::Card);
        QCOMPARE(first.saleReturn->refunds.at(1).amount, usd(500));
        QCOMPARE(first.saleReturn->refunds.at(1).reference, QStringLiteral("AUTH-1234"));
        QCOMPARE(first.instructions.size(), 2);
        QVERIFY2(first.instructions.at(1).contains(QStringLiteral("card terminal")) &&
                     first.instructions.at(1).contains(QStringLiteral("AUTH-1234")),
                 qPrintable(first.instructions.at(1)));
        // The cash is used up: the second lamp goes back on the card alone.
        const auto second = giveBack(sale.ticket.id, {{QStringLiteral("LAMP"), 1}});
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.saleReturn->refunds.size(), 1);
        QVERIFY(second.saleReturn->refunds.first().tender == Tender::Card);
        QCOMPARE(second.saleReturn->refunds.first().amount, usd(2500));
    }

    void returnsSayWhatIsMissing() {
        record(QStringLiteral("store-001-000001"),
               {{QStringLiteral("Mug"), QStringLiteral("MUG"), 500, 1}});
        auto r =
            m_returns->preview({QStringLiteral("store-001-000001"), {}, QStringLiteral("x"), {}});
        QCOMPARE(r.error, QStringLiteral("Choose at least one line to return."));
        r = m_returns->preview({QStringLiteral("store-001-000001"),
                                {{QStringLiteral("MUG"), 1}},
                                QStringLiteral(" "),
                                {}});
        QCOMPARE(r.error, QStringLiteral("Say why the customer returns it."));
        r = m_returns->preview({QStringLiteral("store-001-000099"),
                                {{QStringLiteral("MUG"), 1}},
                                QStringLiteral("x"),
                                {}});
        QCOMPARE(r.error, QStringLiteral("No sale “store-001-000099” in this terminal's journal."));
        // A preview writes nothing and takes no number.
        r = m_returns->preview({QStringLiteral("store-001-000001"),
                                {{QStringLiteral("MUG"), 1}},
                                QStringLiteral("x"),
                                {}});
        QVERIFY(r.ok());
        QVERIFY(r.saleReturn->number.isEmpty());
        QCOMPARE(m_store->nextReturnNumber(kStore), QStringLiteral("store-001-R000001"));
    }

    void historySearch() {
        const QDateTime day1(QDate(2024, 5, 1), QTime(10, 0));
        const QDateTime day2(QDate(2024, 5, 2), QTime(23, 59));
        const QDateTime day3(QDate(2024, 5, 3), QTime(0, 1));
        record(QStringLiteral("store-001-000001"),
               {{QStringLiteral("A"), QStringLiteral("A"), 100, 1}}, {}, day1);
        const auto two = record(QStringLiteral("store-001-000002"),
                                {{QStringLiteral("B"), QStringLiteral("B"), 250, 2}}, {}, day2);
        record(QStringLiteral("store-001-000003"),
               {{QStringLiteral("C"), QStringLiteral("C"), 500, 1}}, {}, day3);

        auto found = m_store->findSales({QStringLiteral("000002"), {}, {}, {}, 200});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().number, QStringLiteral("store-001-000002"));
        QCOMPARE(found.first().lines, 1);
        QCOMPARE(found.first().total, usd(500));
        QCOMPARE(found.first().returned, usd(0));
        // % and _ are letters here, not wildcards.
        QVERIFY(m_store->findSales({QStringLiteral("%"), {}, {}, {}, 200}).isEmpty());
        QVERIFY(!m_store->lastError().failed());
        QVERIFY(m_store->findSales({QStringLiteral("store_001"), {}, {}, {}, 200}).isEmpty());
        // Through the trigram index: any part of three characters or more, in any case, newest
        // first; one or two digits are the sequence number (2 is store-001-000002).
        found = m_store->findSales({QStringLiteral("STORE-001"), {}, {}, {}, 200});
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.first().number, QStringLiteral("store-001-000003"));
        QCOMPARE(m_store->findSales({QStringLiteral("store"), {}, {}, {}, 2}).size(), 2);
        found = m_store->findSales({QStringLiteral("2"), {}, {}, {}, 200});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().number, QStringLiteral("store-001-000002"));
        QVERIFY(m_store->findSales({QStringLiteral("9"), {}, {}, {}, 200}).isEmpty());
        found = m_store->findSales({QStringLiteral("00003"), day2.date(), {}, {}, 200});
        QCOMPARE(found.size(), 1); // with a day as well: both apply

        found = m_store->findSales({{}, day2.date(), day2.date(), {}, 200});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, two.ticket.id);
        found = m_store->findSales({{}, day2.date(), {}, {}, 200});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().number, QStringLiteral("store-001-000003")); // newest first
        found = m_store->findSales({{}, {}, {}, usd(500), 200});
        QCOMPARE(found.size(), 2);
        QVERIFY(m_store->findSales({{}, {}, {}, usd(499), 200}).isEmpty());
        QCOMPARE(m_store->findSales({{}, {}, {}, {}, 1}).size(), 1);

        QVERIFY(giveBack(two.ticket.id, {{QStringLiteral("B"), 1}}).ok());
        found = m_store->findSales({QStringLiteral("000002"), {}, {}, {}, 200});
        QCOMPARE(found.first().returned, usd(250));
        QVERIFY(m_store->sale(QStringLiteral("store-001-000002")));
        QVERIFY(m_store->sale(two.ticket.id)->breakdown == two.breakdown);
        QVERIFY(!m_store->sale(QStringLiteral("store-001-000009")));
        QVERIFY(!m_store->lastError().failed());
    }

    void aVersion3DatabaseKeepsItsSales() {
        m_returns.reset();
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("old.db"));
        const Ticket t =
            ticketOf(QStringLiteral("store-001-000007"),
                     {{QStringLiteral("Kettle"), QStringLiteral("KETTLE"), 1000, 1}}, m_now);
        {
            // The schema as version 3 left it, with a priced sale: 10.00 + 0.83 tax.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* sql :
                 {"CREATE TABLE tickets (id TEXT PRIMARY KEY, state TEXT NOT NULL, json BLOB NOT "
                  "NULL, updated_at TEXT NOT NULL)",
                  "CREATE TABLE sales (id TEXT PRIMARY KEY, completed_at TEXT NOT NULL, tender "
                  "TEXT NOT NULL, total_minor INTEGER NOT NULL, currency TEXT NOT NULL, "
                  "financing_tracking_id TEXT, json BLOB NOT NULL)",
                  "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
                  "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, sale_id TEXT NOT "
                  "NULL UNIQUE, created_at TEXT NOT NULL, customer_key TEXT NOT NULL, session_key "
                  "TEXT NOT NULL, market TEXT NOT NULL, body BLOB NOT NULL, state TEXT NOT NULL, "
                  "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, last_error "
                  "TEXT, last_status INTEGER, delivered_at TEXT, discarded_reason TEXT, "
                  "discarded_at TEXT)",
                  "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
                  "CREATE TABLE outbox_meta (name TEXT PRIMARY KEY, value TEXT)",
                  "ALTER TABLE sales ADD COLUMN payments BLOB", "PRAGMA user_version=3"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO sales (id, completed_at, tender, total_minor, currency, json, "
                "payments) VALUES (?, ?, 'cash', 1083, 'USD', ?, ?)")));
            q.addBindValue(t.id);
            q.addBindValue(m_now.toUTC().toString(Qt::ISODateWithMs));
            q.addBindValue(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
            q.addBindValue(
                QJsonDocument(QJsonArray{Payment{Tender::Cash, usd(1083), usd(2000), {}}.toJson()})
                    .toJson(QJsonDocument::Compact));
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        SalesStore store;
        QVERIFY2(store.open(path), qPrintable(store.error()));
        const auto journal = store.journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().total, usd(1083)); // what was paid, not the rebuilt figures
        QCOMPARE(journal.first().payments.first().tendered, usd(2000));
        QCOMPARE(journal.first().breakdown.lines.size(), 1);
        QCOMPARE(journal.first().breakdown.lines.first().name, QStringLiteral("Kettle"));
        const auto found = store.findSales({QStringLiteral("000007"), {}, {}, usd(1083), 10});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().returned, usd(0));
        // And the new tables are there: a void of an open sale is recorded.
        const Ticket open =
            ticketOf(QStringLiteral("store-001-000008"),
                     {{QStringLiteral("Cup"), QStringLiteral("CUP"), 300, 1}}, m_now);
        QVERIFY2(store.recordVoid({open, m_now, QStringLiteral("test"), {}}),
                 qPrintable(store.error()));
    }

    void voidRemovesTheOpenSaleAndKeepsTheRecord() {
        const Ticket open =
            ticketOf(QStringLiteral("store-001-000004"),
                     {{QStringLiteral("Cup"), QStringLiteral("CUP"), 300, 1}}, m_now);
        QVERIFY(m_store->saveCurrent(open));
        QVERIFY(m_store->loadCurrent());
        QVERIFY(!m_store->recordVoid({open, m_now, QStringLiteral("  "), {}}));
        QVERIFY(m_store->loadCurrent());
        QVERIFY(m_store->recordVoid(
            {open, m_now, QStringLiteral("customer left"), QStringLiteral("Ann")}));
        QVERIFY(!m_store->loadCurrent());
        QVERIFY(!m_store->lastError().failed());
        const Ticket parked =
            ticketOf(QStringLiteral("store-001-000005"),
                     {{QStringLiteral("Cup"), QStringLiteral("CUP"), 300, 2}}, m_now);
        QVERIFY(m_store->park(parked, m_now));
        QSignalSpy parkedChanged(m_store.get(), &SalesStore::parkedChanged);
        QVERIFY(m_store->recordVoid({parked, m_now, QStringLiteral("duplicate"), {}}));
        QCOMPARE(parkedChanged.size(), 1);
        QVERIFY(m_store->parked().isEmpty());
        reopen();
        const auto voids = m_store->voids();
        QCOMPARE(voids.size(), 2);
        QCOMPARE(voids.last().ticket.retailerOrderId, QStringLiteral("store-001-000004"));
        QCOMPARE(voids.last().reason, QStringLiteral("customer left"));
        QCOMPARE(voids.last().operatorName, QStringLiteral("Ann"));
        QVERIFY(voids.last().ticket == open);
    }

    void financingWaitsAcrossARestartAndIsApproved() {
        int hookRuns = 0;
        CompletedSale hooked;
        m_store->addCompletionHook([&](QSqlDatabase&, const CompletedSale& s) {
            ++hookRuns;
            hooked = s;
            return true;
        });
        Ticket t = ticketOf(QStringLiteral("store-001-000010"),
                            {{QStringLiteral("Sofa"), QStringLiteral("SOFA"), 89900, 1}}, m_now);
        QVERIFY(m_store->saveCurrent(t));
        AwaitingFinancing w;
        w.breakdown = *saleBreakdown(t, std::nullopt);
        t.financingLinks << QStringLiteral("CA-TRACK-1");
        w.ticket = t;
        w.total = w.breakdown.total;
        w.trackingId = QStringLiteral("CA-TRACK-1");
        w.sentAt = m_now;
        QSignalSpy awaitingChanged(m_store.get(), &SalesStore::awaitingChanged);
        QVERIFY2(m_store->putAwaitingFinancing(w), qPrintable(m_store->error()));
        QCOMPARE(awaitingChanged.size(), 1);
        QVERIFY(!m_store->loadCurrent());
        QVERIFY(!m_store->lastError().failed());

        reopen(); // the app restarts: the sale still waits
        m_store->addCompletionHook([&](QSqlDatabase&, const CompletedSale& s) {
            ++hookRuns;
            hooked = s;
            return true;
        });
        const auto waiting = m_store->awaitingFinancing();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().total, usd(89900));
        QCOMPARE(waiting.first().trackingId, QStringLiteral("CA-TRACK-1"));
        QVERIFY(waiting.first().ticket == t);
        QVERIFY(m_store->awaiting(QStringLiteral("store-001-000010")));

        FinancingWait financing(*m_store, m_clock);
        auto refused = financing.approve(QStringLiteral("store-001-000010"),
                                         QStringLiteral("4111111111111111"));
        QVERIFY(!refused.sale);
        QVERIFY2(refused.error.contains(QStringLiteral("card number")), qPrintable(refused.error));
        QVERIFY(!financing.approve(QStringLiteral("store-001-000010"), QStringLiteral("A1")).sale);
        QCOMPARE(hookRuns, 0);

        const auto approved =
            financing.approve(QStringLiteral("store-001-000010"), QStringLiteral("CA-APPROVED_77"));
        QVERIFY2(approved.sale, qPrintable(approved.error));
        QCOMPARE(hookRuns, 1);
        QCOMPARE(hooked.ticket.id, t.id);
        QVERIFY(m_store->awaitingFinancing().isEmpty());
        const auto journal = m_store->journal();
        QCOMPARE(journal.size(), 1);
        QVERIFY(journal.first().tender == Tender::Financing);
        QCOMPARE(journal.first().total, usd(89900));
        QCOMPARE(journal.first().financingTrackingId, QStringLiteral("CA-TRACK-1"));
        QCOMPARE(journal.first().payments.size(), 1);
        QVERIFY(journal.first().payments.first().tender == Tender::Financing);
        QCOMPARE(journal.first().payments.first().reference, QStringLiteral("CA-APPROVED_77"));
        QVERIFY(journal.first().breakdown == w.breakdown);
        // Approved twice: nothing is waiting any more.
        QVERIFY(
            !financing.approve(QStringLiteral("store-001-000010"), QStringLiteral("CA-APPROVED_77"))
                 .sale);
        QCOMPARE(hookRuns, 1);

        // Its return is a financing cancellation at ChargeAfter.
        const auto r = giveBack(t.id, {{QStringLiteral("SOFA"), 1}});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.instructions.first().contains(QStringLiteral("ChargeAfter")) &&
                     r.instructions.first().contains(QStringLiteral("CA-TRACK-1")),
                 qPrintable(r.instructions.first()));
    }

    void aDeclinedSaleIsParkedWithItsLink() {
        Ticket t = ticketOf(QStringLiteral("store-001-000011"),
                            {{QStringLiteral("Bed"), QStringLiteral("BED"), 50000, 1}}, m_now);
        AwaitingFinancing w;
        w.breakdown = *saleBreakdown(t, std::nullopt);
        t.financingLinks << QStringLiteral("CA-TRACK-2");
        w.ticket = t;
        w.total = w.breakdown.total;
        w.trackingId = QStringLiteral("CA-TRACK-2");
        w.sentAt = m_now;
        QVERIFY(m_store->putAwaitingFinancing(w));
        FinancingWait financing(*m_store, m_clock);
        QSignalSpy parkedChanged(m_store.get(), &SalesStore::parkedChanged);
        QCOMPARE(financing.decline(QStringLiteral("CA-TRACK-2")), QString());
        QCOMPARE(parkedChanged.size(), 1);
        QVERIFY(m_store->awaitingFinancing().isEmpty());
        QCOMPARE(m_store->parked().size(), 1);
        const auto back = m_store->recall(t.id);
        QVERIFY(back);
        QCOMPARE(back->financingLinks, QStringList{QStringLiteral("CA-TRACK-2")});
        QVERIFY(!financing.decline(t.id).isEmpty()); // nothing waits any more
        QVERIFY(m_store->journal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
