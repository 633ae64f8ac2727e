// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backoff arithmetic and the outbox's state transitions, with the clock and randomness fixed.
#include "elevate/paymentnotification.h"
#include "outbox/backoff.h"
#include "outbox/outbox.h"
#include "storage/salesstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;
using namespace checkstand::outbox;
using namespace std::chrono_literals;

namespace {

CompletedSale sale(const QString& email = {}) {
    CompletedSale s;
    s.ticket = Ticket::create(QStringLiteral("store-001-000001"), QStringLiteral("USD"),
                              QDateTime::currentDateTime());
    s.ticket.customer.email = email;
    TicketLine a;
    a.sku = QStringLiteral("COF-250");
    a.variantKey = QStringLiteral("cof-250-v");
    a.unitPrice = Money::fromMinor(899);
    a.cost = Money::fromMinor(410);
    a.quantity = 2;
    TicketLine b = a;
    b.variantKey.clear(); // not in the feed: cannot be reported
    TicketLine c = a;
    c.variantKey = QStringLiteral("mug-01-v");
    c.cost.reset();
    c.unitPrice = Money::fromMinor(1250);
    c.quantity = 1;
    s.ticket.lines = {a, b, c};
    s.total = *s.ticket.total();
    s.completedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    return s;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

private Q_SLOTS:
    void backoffGrowsAndIsCapped() {
        const BackoffPolicy p{2s, 60s};
        const auto top = [] {
            return 0.999999;
        };
        QCOMPARE(backoffDelay(1, p, top).count(), 1999);
        QCOMPARE(backoffDelay(2, p, top).count(), 3999);
        QCOMPARE(backoffDelay(5, p, top).count(), 31999);
        QCOMPARE(backoffDelay(6, p, top).count(), 59999); // capped
        QCOMPARE(backoffDelay(1000, p, top).count(), 59999);
        QCOMPARE(backoffDelay(3, p, [] { return 0.0; }).count(), 0); // full jitter reaches zero
        QCOMPARE(backoffDelay(3, p, [] { return 0.5; }).count(), 4000);
    }

    void retryAfter() {
        QCOMPARE(parseRetryAfter("120", m_now)->count(), 120000);
        QCOMPARE(parseRetryAfter(" 0 ", m_now)->count(), 0);
        QCOMPARE(parseRetryAfter("Sun, 22 Nov 2026 10:01:30 GMT", m_now)->count(), 90000);
        QCOMPARE(parseRetryAfter("Sun, 22 Nov 2026 09:00:00 GMT", m_now)->count(), 0); // past
        QVERIFY(!parseRetryAfter("", m_now));
        QVERIFY(!parseRetryAfter("soon", m_now));
        QVERIFY(!parseRetryAfter("-5", m_now));
        QCOMPARE(parseRetryAfter("999999999", m_now)->count(), 86400000); // bounded to a day
    }

    void notificationShape() {
        const auto n = elevate::buildNotification(sale(QStringLiteral("Jane@Example.com")),
                                                  QStringLiteral("UK"));
        QVERIFY(n);
        QCOMPARE(n->skippedLines, 1);
        const QJsonArray lines = n->body.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument(lines.at(0).toObject()).toJson(QJsonDocument::Compact),
                 QByteArray(
                     R"({"cost":4.1,"quantity":2,"sellingPrice":8.99,"variantKey":"cof-250-v"})"));
        QVERIFY(
            !lines.at(1).toObject().contains(QStringLiteral("cost"))); // unknown cost is left out
        QCOMPARE(n->market, QStringLiteral("UK"));
        // A known customer keeps one key everywhere; an anonymous sale gets a fresh one.
        QCOMPARE(n->customerKey, elevate::customerKeyFor({}, QStringLiteral("jane@example.com")));
        QVERIFY(elevate::customerKeyFor({}, {}) != elevate::customerKeyFor({}, {}));
        const QUrl url = elevate::notificationUrl(
            QUrl(QStringLiteral(
                "https://c1.api.esales.apptus.cloud/api/admin/v4/notifications/payment")),
            *n);
        QVERIFY(url.query().contains(QStringLiteral("market=UK")));
        QVERIFY(url.query().contains(QStringLiteral("sessionKey=") + n->sessionKey));
        CompletedSale none = sale();
        for (TicketLine& l : none.ticket.lines)
            l.variantKey.clear();
        QVERIFY(!elevate::buildNotification(none, QStringLiteral("UK")));
    }

    void saleAndNotificationCommitTogether() {
        SalesStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.db"))));
        const Clock clock = Clock::fixed(m_now);
        Outbox box(store, clock, [] { return QStringLiteral("US"); });
        const CompletedSale s = sale();
        QVERIFY(store.recordCompleted(s));
        QCOMPARE(box.entries().size(), 1);
        QCOMPARE(store.journal().size(), 1);
        // Recording the same sale again fails as a whole: no second journal row, no second outbox
        // row.
        QVERIFY(!store.recordCompleted(s));
        QCOMPARE(box.entries().size(), 1);
        QCOMPARE(store.journal().size(), 1);
        // A hook that fails rolls the sale back too.
        store.addCompletionHook([](QSqlDatabase&, const CompletedSale&) { return false; });
        QVERIFY(!store.recordCompleted(sale()));
        QCOMPARE(store.journal().size(), 1);
        QCOMPARE(box.entries().size(), 1);
    }

    // The worker's batches: several rows, one transaction, all or nothing.
    void batchedMarksAreOneTransaction() {
        SalesStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("batch.db"))));
        const Clock clock([this] { return m_now; });
        Outbox box(store, clock, [] { return QStringLiteral("US"); });
        for (int i = 0; i < 4; ++i)
            QVERIFY(store.recordCompleted(sale()));
        QVERIFY(store.storage().waitDurable()); // only rows on disk are sent (tst_walsync)
        const QList<Entry> due = box.due({}, 10);
        QCOMPARE(due.size(), 4);
        QVERIFY(box.markAttempts({due.at(0).id, due.at(1).id, due.at(2).id}));
        QVERIFY(
            box.markDelivered(QList<Outbox::Delivered>{{due.at(0).id, 204}, {due.at(1).id, 204}}));
        QCOMPARE(box.counts().deliveredToday, 2);
        const QList<Entry> left = box.due({}, 10);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).attempts, 1); // the third was attempted, not delivered
        QCOMPARE(left.at(1).attempts, 0);

        // A failing statement in the middle leaves every row as it was.
        QSqlQuery drop(store.database());
        QVERIFY(drop.exec(QStringLiteral("CREATE TRIGGER refuse_fourth BEFORE UPDATE ON outbox "
                                         "WHEN OLD.id = %1 BEGIN SELECT RAISE(ABORT, 'no'); END")
                              .arg(due.at(3).id)));
        QVERIFY(
            !box.markDelivered(QList<Outbox::Delivered>{{due.at(2).id, 204}, {due.at(3).id, 204}}));
        QVERIFY(box.error().failed());
        QCOMPARE(box.counts().deliveredToday, 2);
        QVERIFY(!box.markAttempts({due.at(2).id, due.at(3).id}));
        QCOMPARE(box.due({}, 10).at(0).attempts, 1);
    }

    void aWorkerStepIsOneCommitOfMarksAndAttempts() {
        SalesStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("step.db"))));
        const Clock clock([this] { return m_now; });
        Outbox box(store, clock, [] { return QStringLiteral("US"); });
        for (int i = 0; i < 6; ++i)
            QVERIFY(store.recordCompleted(sale()));
        QVERIFY(store.storage().waitDurable());
        const QList<Entry> all = box.due({}, 10);
        QCOMPARE(all.size(), 6);
        // The second waits for a retry an hour away: the oldest due rows go first, past it.
        QVERIFY(box.markRetry(all.at(1).id, m_now.addSecs(3600), QStringLiteral("later"), 503));

        // Two replies back (different 2xx), one still in flight, room for two more.
        const quint64 before = store.storage().commitGeneration();
        const auto step =
            box.nextBatch({{all.at(0).id, 204}, {all.at(2).id, 200}}, {all.at(3).id}, 2);
        QVERIFY(step);
        QCOMPARE(store.storage().commitGeneration(), before + 1); // one commit for all of it
        QVERIFY(!step->paused);
        QCOMPARE(step->due.size(), 2);
        QCOMPARE(step->due.at(0).id, all.at(4).id);
        QCOMPARE(step->due.at(1).id, all.at(5).id);
        QVERIFY(box.entry(all.at(0).id)->state == State::Delivered);
        QCOMPARE(box.entry(all.at(0).id)->lastStatus, 204);
        QVERIFY(box.entry(all.at(2).id)->state == State::Delivered);
        QCOMPARE(box.entry(all.at(2).id)->lastStatus, 200);
        QVERIFY(box.entry(all.at(1).id)->state == State::Retrying);
        QCOMPARE(box.entry(all.at(3).id)->attempts, 0); // in flight: counted when it was picked
        QCOMPARE(box.entry(all.at(4).id)->attempts, 1);
        QCOMPARE(box.entry(all.at(5).id)->attempts, 1);

        // The same statements again, with other rows: nothing of the last step is left bound.
        const auto next = box.nextBatch({{all.at(4).id, 204}}, {all.at(3).id, all.at(5).id}, 2);
        QVERIFY(next);
        QVERIFY(next->due.isEmpty());
        QVERIFY(box.entry(all.at(4).id)->state == State::Delivered);
        QVERIFY(box.entry(all.at(5).id)->state == State::Queued);
        QCOMPARE(box.entry(all.at(5).id)->attempts, 1);

        // A step whose statement fails writes none of it.
        QSqlQuery refuse(store.database());
        QVERIFY(refuse.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON outbox WHEN "
                                           "OLD.id = %1 BEGIN SELECT RAISE(ABORT, 'no'); END")
                                .arg(all.at(5).id)));
        QVERIFY(!box.nextBatch({{all.at(3).id, 204}, {all.at(5).id, 204}}, {}, 2));
        QVERIFY(box.error().failed());
        QVERIFY(box.entry(all.at(3).id)->state == State::Queued);
        QVERIFY(box.entry(all.at(5).id)->state == State::Queued);
    }

    void stateTransitions() {
        SalesStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("b.db"))));
        QDateTime now = m_now;
        const Clock clock([&now] { return now; });
        Outbox box(store, clock, [] { return QStringLiteral("US"); });
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.recordCompleted(sale()));
        QVERIFY(store.storage().waitDurable());
        QList<Entry> due = box.due({}, 10);
        QCOMPARE(due.size(), 3);
        QVERIFY(due.at(0).id < due.at(1).id);            // oldest first
        QCOMPARE(box.due({due.at(0).id}, 10).size(), 2); // in-flight rows are skipped

        const qint64 a = due.at(0).id, b = due.at(1).id, c = due.at(2).id;
        QVERIFY(box.markAttempt(a));
        QVERIFY(box.markDelivered(a, 204));
        QVERIFY(box.markAttempt(b));
        QVERIFY(box.markRetry(b, now.addSecs(30), QStringLiteral("HTTP 503"), 503));
        QVERIFY(box.markRejected(c, QStringLiteral("Incorrect variant keys"), 400));
        Counts counts = box.counts();
        QCOMPARE(counts.deliveredToday, 1);
        QCOMPARE(counts.retrying, 1);
        QCOMPARE(counts.rejected, 1);
        QCOMPARE(box.due({}, 10).size(), 0); // b waits, c is final
        now = now.addSecs(31);
        QCOMPARE(box.due({}, 10).size(), 1);
        QVERIFY(!box.markRetry(c, now, QStringLiteral("x"), 500)); // a rejected one stays rejected

        // Only an operator brings a rejected one back, or gives one up, and the reason is kept.
        QVERIFY(!box.discard(b, QStringLiteral("  ")));
        QVERIFY(box.discard(b, QStringLiteral("duplicate of sale 41, entered by mistake")));
        QCOMPARE(toString(box.entry(b)->state), QStringLiteral("discarded"));
        QCOMPARE(box.entry(b)->discardedReason,
                 QStringLiteral("duplicate of sale 41, entered by mistake"));
        QVERIFY(!box.discard(a, QStringLiteral("delivered ones cannot be discarded")));
        QVERIFY(box.retryNow(c));
        QCOMPARE(toString(box.entry(c)->state), QStringLiteral("queued"));

        box.pause(QStringLiteral("credentials rejected"));
        QVERIFY(box.counts().paused);
        box.resume();
        QVERIFY(!box.isPaused());
    }

    void failedQueriesAreNotAnEmptyQueue() {
        const QString path = m_dir.filePath(QStringLiteral("c.db"));
        SalesStore store;
        QVERIFY(store.open(path));
        const Clock clock = Clock::fixed(m_now);
        Outbox box(store, clock, [] { return QStringLiteral("US"); });
        QVERIFY(store.recordCompleted(sale()));
        QVERIFY(store.recordCompleted(sale()));
        const qint64 id = box.entries().first().id;
        // "No such row" is not a storage failure: the caller must be able to tell them apart.
        QVERIFY(!box.markDelivered(id + 1000, 204));
        QVERIFY(!box.error().failed());

        // Another program takes the table away: every query must fail as such, never read as
        // "nothing queued".
        const QString other = QStringLiteral("other-connection");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE outbox RENAME TO gone")));
        }
        QSignalSpy failed(&box, &Outbox::storageFailed);
        QVERIFY(box.entries().isEmpty());
        QVERIFY(box.error().failed());
        QVERIFY(box.due({}, 10).isEmpty());
        QVERIFY(box.error().failed());
        QCOMPARE(box.counts().queued, 0);
        QVERIFY(box.error().failed());
        QVERIFY(!box.nextAttemptAt({}).isValid());
        QVERIFY(box.error().failed());
        QVERIFY(!box.entry(id));
        QVERIFY(box.error().failed());
        QVERIFY(!box.markAttempt(id));
        QVERIFY(box.error().failed());
        QVERIFY(box.storageFailure().failed());
        QCOMPARE(failed.size(), 6);

        {
            QSqlDatabase db = QSqlDatabase::database(other, false);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE gone RENAME TO outbox")));
            db.close();
        }
        QSqlDatabase::removeDatabase(other);
        QCOMPARE(box.entries().size(), 2);
        QVERIFY(!box.error().failed());
        QVERIFY(box.storageFailure().failed()); // until a write works again
        QVERIFY(box.markAttempt(id));
        QVERIFY(!box.storageFailure().failed());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
