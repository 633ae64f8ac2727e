// Kill checkstand-ctl with SIGKILL at random moments while it records sales and delivers their
// Elevate notifications, many times; then check that nothing was lost and that duplicates never
// exceed the number of kills (the at-least-once guarantee, bounded).
#include "outbox/outbox.h"
#include "sandbox/elevatesandbox.h"
#include "sandbox/sandboxserver.h"
#include "storage/salesstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace checkstand;

namespace {

constexpr int kSales = 30;
constexpr int kRounds = 120;

} // namespace

class TestOutboxCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_sandbox;

    QStringList args(const QStringList& command) const {
        return QStringList{QStringLiteral("--settings"),
                           m_dir.filePath(QStringLiteral("settings.ini")),
                           QStringLiteral("--data-dir"),
                           m_dir.filePath(QStringLiteral("data")),
                           QStringLiteral("--endpoint"),
                           QStringLiteral("elevate=") +
                               m_sandbox.endpoint(QStringLiteral("elevate")).toString()} +
               command;
    }

    // Runs the child without blocking our event loop (the sandbox answers it from here). With
    // `killAfterMs` >= 0 it is killed with SIGKILL then; returns true if it was killed.
    bool runChild(const QStringList& command, int killAfterMs, int* exitCode = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHECKSTAND_SECRET_ELEVATE"),
                   m_sandbox.apiKey(QStringLiteral("elevate")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CHECKSTAND_CTL), args(command));
        if (!p.waitForStarted(30000))
            qFatal("checkstand-ctl did not start");
        bool killed = false;
        if (killAfterMs >= 0) {
            QTimer::singleShot(killAfterMs, &p, [&] {
                if (p.state() != QProcess::NotRunning) {
                    p.kill(); // SIGKILL: no cleanup, no flush, like a power cut for the process
                    killed = true;
                }
            });
        }
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
            qFatal("checkstand-ctl hangs");
        if (exitCode)
            *exitCode = p.exitCode();
        return killed && p.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_sandbox.start());
        // One notification in flight at a time: then a kill can repeat at most one delivery, and
        // the bound below is exact. (With N in flight a kill can repeat up to N; see README.)
        QFile settings(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[elevate]\nmaxInFlight=1\n");
        settings.close();
        for (int i = 0; i < kSales; ++i) {
            Ticket t = Ticket::create(QStringLiteral("store-001-%1").arg(i), QStringLiteral("USD"),
                                      QDateTime::currentDateTime());
            for (const char* key : {"cof-250-v", "mug-01-v"}) {
                TicketLine l;
                l.sku = QString::fromLatin1(key);
                l.variantKey = QString::fromLatin1(key);
                l.unitPrice = Money::fromMinor(100 + i);
                l.quantity = 1 + i % 3;
                t.lines.append(l);
            }
            QFile f(m_dir.filePath(QStringLiteral("ticket-%1.json").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(t.toJson()).toJson());
        }
    }

    void killedAtRandomNothingLostDuplicatesBounded() {
        auto* random = QRandomGenerator::global();
        int kills = 0;
        int next = 0;
        for (int round = 0; round < kRounds; ++round) {
            // Alternate recording sales and delivering, and kill most runs part-way.
            QStringList command;
            if (round % 2 == 0 && next < kSales)
                command = {QStringLiteral("sale"), QStringLiteral("complete"),
                           m_dir.filePath(QStringLiteral("ticket-%1.json").arg(next++))};
            else
                command = {QStringLiteral("outbox"), QStringLiteral("flush")};
            const int killAfter = random->bounded(4) == 0 ? -1 : int(random->bounded(60));
            if (runChild(command, killAfter))
                ++kills;
        }
        // A sale whose run was killed before it committed was simply not recorded: ring every
        // sale up again, as a cashier would. One already recorded is refused, never doubled.
        for (int i = 0; i < kSales; ++i)
            runChild({QStringLiteral("sale"), QStringLiteral("complete"),
                      m_dir.filePath(QStringLiteral("ticket-%1.json").arg(i))},
                     -1);
        int exitCode = -1;
        runChild({QStringLiteral("outbox"), QStringLiteral("flush")}, -1, &exitCode);
        QCOMPARE(exitCode, 0);

        SalesStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("data/sales.db"))));
        const Clock clock;
        outbox::Outbox box(store, clock, [] { return QStringLiteral("US"); });
        const QList<CompletedSale> journal = store.journal(1000);
        const QList<outbox::Entry> rows = box.entries(1000);
        QCOMPARE(journal.size(), kSales);
        // Both or neither: every journaled sale has its notification and no notification lacks a
        // sale.
        QCOMPARE(rows.size(), journal.size());
        int duplicates = 0;
        for (const CompletedSale& sale : journal) {
            const int deliveries = m_sandbox.elevate().deliveries(sale.ticket.id);
            QVERIFY2(deliveries >= 1,
                     qPrintable(QStringLiteral("sale %1 was never delivered").arg(sale.ticket.id)));
            duplicates += deliveries - 1;
        }
        for (const outbox::Entry& e : rows)
            QCOMPARE(outbox::toString(e.state), QStringLiteral("delivered"));
        qInfo("%d kills, %lld sales, %d duplicate deliveries", kills, qlonglong(journal.size()),
              duplicates);
        QVERIFY2(
            duplicates <= kills,
            qPrintable(QStringLiteral("%1 duplicates for %2 kills").arg(duplicates).arg(kills)));
        QVERIFY2(kills > 0, "the test must actually kill something");
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
