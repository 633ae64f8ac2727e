// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Operators (issue #13, core): Argon2id PIN hashes, the PIN rules, adding and finding operators,
// sign-in with lockout timing on an injected clock, badges, the role rules for every role and
// action, supervisor overrides, demo operators, and that no PIN reaches staff.db or the logs.
#include "../support/logcapture.h"
#include "../support/staffdb.h"
#include "operators/operatorstore.h"
#include "operators/pinhash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace checkstand;
using Outcome = SignIn::Outcome;

namespace {

// The rules as issue #13 states them, written out again on purpose (tests/support/staffdb.h).
using test::expectedMinimum;

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOperators : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now = QDateTime(QDate(2024, 5, 6), QTime(14, 2, 40));
    Clock m_clock{[this] {
        return m_now;
    }};

    QString nextPath() { return m_dir.filePath(QStringLiteral("staff-%1.db").arg(++m_n)); }

    // A store with an administrator (1), a supervisor (2, badge) and a cashier (3, badge).
    std::unique_ptr<OperatorStore> staffed(QString* path = nullptr) {
        auto store = std::make_unique<OperatorStore>(m_clock);
        const QString file = nextPath();
        if (path)
            *path = file;
        if (!store->open(file))
            return nullptr;
        QString why;
        if (!store->add(QStringLiteral("Alex Admin"), QStringLiteral("1"), Role::Administrator,
                        "2580", {}, &why) ||
            !store->add(QStringLiteral("Sam Supervisor"), QStringLiteral("2"), Role::Supervisor,
                        "1470", QStringLiteral("BADGE-SAM"), &why) ||
            !store->add(QStringLiteral("Casey Cashier"), QStringLiteral("3"), Role::Cashier, "3690",
                        QStringLiteral("BADGE-CASEY"), &why))
            return nullptr;
        return store;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(pin::initialise());
    }

    // Each test starts at the same moment (the lock messages name the time).
    void init() { m_now = QDateTime(QDate(2024, 5, 6), QTime(14, 2, 40)); }

    // --- hashing ------------------------------------------------------------------------------

    void hashVerifiesOnlyItsPin() {
        const std::optional<QByteArray> h = pin::hash("4862");
        QVERIFY(h);
        QVERIFY2(h->startsWith("$argon2id$"), h->constData());
        QVERIFY(pin::verify(*h, "4862"));
        QVERIFY(!pin::verify(*h, "4863"));
        QVERIFY(!pin::verify(*h, ""));
        QVERIFY(!pin::needsRehash(*h));
    }

    void sameHashTwiceDiffers() {
        const std::optional<QByteArray> a = pin::hash("4862");
        const std::optional<QByteArray> b = pin::hash("4862");
        QVERIFY(a && b);
        QVERIFY(*a != *b); // a fresh salt each time
        QVERIFY(pin::verify(*b, "4862"));
    }

    void damagedHashFailsClosed() {
        QVERIFY(!pin::verify("", "4862"));
        QVERIFY(!pin::verify("$argon2id$garbage", "4862"));
        QVERIFY(pin::needsRehash("$argon2id$garbage"));
        QVERIFY(!pin::verify(QByteArray(500, 'a'), "4862"));
    }

    void pinRules_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("says"); // a word of the refusal
        QTest::newRow("four digits") << "4862" << true << "";
        QTest::newRow("eight digits") << "73916248" << true << "";
        QTest::newRow("ascending but not in a row") << "1357" << true << "";
        QTest::newRow("nearly repeated") << "1112" << true << "";
        QTest::newRow("empty") << "" << false << "4 to 8";
        QTest::newRow("three digits") << "486" << false << "this one has 3";
        QTest::newRow("nine digits") << "486248624" << false << "this one has 9";
        QTest::newRow("letter") << "48a2" << false << "digits only";
        QTest::newRow("space") << "48 62" << false << "digits only";
        QTest::newRow("arabic-indic digits")
            << QStringLiteral("\u0664\u0668\u0666\u0662") << false << "digits only";
        QTest::newRow("all zeros") << "0000" << false << "repeated";
        QTest::newRow("all sevens long") << "77777777" << false << "repeated";
        QTest::newRow("1234") << "1234" << false << "in a row";
        QTest::newRow("0123") << "0123" << false << "in a row";
        QTest::newRow("12345678") << "12345678" << false << "in a row";
        QTest::newRow("4321") << "4321" << false << "in a row";
        QTest::newRow("98765") << "98765" << false << "in a row";
    }
    void pinRules() {
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        QFETCH(QString, says);
        const QString problem = pin::pinProblem(QStringView(code));
        QCOMPARE(problem.isEmpty(), accepted);
        QVERIFY2(problem.contains(says), qPrintable(problem));
        // The bytes spelling (standard input, the store) follows the same rules.
        QCOMPARE(pin::pinProblem(QByteArrayView(code.toUtf8())).isEmpty(), accepted);
    }

    // --- adding and finding -------------------------------------------------------------------

    void firstStartIsEmpty() {
        OperatorStore store(m_clock);
        QVERIFY2(store.open(nextPath()), qPrintable(store.error()));
        QVERIFY(store.isEmpty());
        QVERIFY(!store.lastError());
        QVERIFY(store.add(QStringLiteral("Alex Admin"), QStringLiteral("1"), Role::Administrator,
                          "2580"));
        QVERIFY(!store.isEmpty());
    }

    void addValidatesAndFinds() {
        const auto store = staffed();
        QVERIFY(store);
        QString why;
        QVERIFY(!store->add(QString(), QStringLiteral("7"), Role::Cashier, "4862", {}, &why));
        QVERIFY2(why.contains(u"name"), qPrintable(why));
        QVERIFY(!store->add(QStringLiteral("Jo"), QStringLiteral("12a"), Role::Cashier, "4862", {},
                            &why));
        QVERIFY2(why.contains(u"1 to 6 digits"), qPrintable(why));
        QVERIFY(!store->add(QStringLiteral("Jo"), QStringLiteral("1234567"), Role::Cashier, "4862",
                            {}, &why));
        QVERIFY(!store->add(QStringLiteral("Jo"), QStringLiteral("003"), Role::Cashier, "4862", {},
                            &why));
        QVERIFY2(why.contains(u"taken by Casey Cashier"), qPrintable(why));
        QVERIFY(!store->add(QStringLiteral("Jo"), QStringLiteral("7"), Role::Cashier, "1111", {},
                            &why));
        QVERIFY2(why.contains(u"repeated"), qPrintable(why));
        QVERIFY(!store->add(QStringLiteral("Jo"), QStringLiteral("7"), Role::Cashier, "4862",
                            QStringLiteral(" BADGE-SAM "), &why));
        QVERIFY2(why.contains(u"Sam Supervisor"), qPrintable(why));

        const std::optional<Operator> jo = store->add(
            QStringLiteral("  Jo   Doe "), QStringLiteral("0012"), Role::Cashier, "4862", {}, &why);
        QVERIFY2(jo, qPrintable(why));
        QCOMPARE(jo->number, QStringLiteral("12"));
        QCOMPARE(jo->name, QStringLiteral("Jo Doe"));
        QVERIFY(!jo->id.isEmpty());
        QCOMPARE(jo->createdAt, m_now);

        const QList<Operator> all = store->list();
        QVERIFY(!store->lastError());
        QCOMPARE(all.size(), 4);
        QStringList numbers;
        for (const Operator& o : all)
            numbers << o.number;
        QCOMPARE(numbers, QStringList({QStringLiteral("1"), QStringLiteral("2"),
                                       QStringLiteral("3"), QStringLiteral("12")}));

        const std::optional<Operator> sam = store->byBadge(QStringLiteral("BADGE-SAM"));
        QVERIFY(sam);
        QCOMPARE(sam->name, QStringLiteral("Sam Supervisor"));
        QVERIFY(sam->role == Role::Supervisor);
        QVERIFY(store->byNumber(QStringLiteral("012")));
        QVERIFY(!store->byNumber(QStringLiteral("99")));
        QVERIFY(!store->lastError()); // "not found", not a failure
        QVERIFY(!store->byBadge(QString()));
    }

    void rolesRoundTrip() {
        for (Role r : {Role::Cashier, Role::Supervisor, Role::Administrator}) {
            QVERIFY(roleFromString(toString(r)) == r);
            QVERIFY(!roleName(r).isEmpty());
        }
        QVERIFY(!roleFromString(u"owner"));
    }

    // --- signing in ---------------------------------------------------------------------------

    void rightPinSignsIn() {
        const auto store = staffed();
        QVERIFY(store);
        const SignIn s = store->signIn(QStringLiteral("2"), "1470");
        QVERIFY2(s.ok(), qPrintable(s.message));
        QCOMPARE(s.op->name, QStringLiteral("Sam Supervisor"));
        QVERIFY(s.sessionRole == Role::Supervisor);
        QVERIFY(!s.byBadge);
    }

    void threeWrongPinsLockForThirtySeconds() {
        const auto store = staffed();
        QVERIFY(store);
        SignIn s = store->signIn(QStringLiteral("3"), "0000");
        QVERIFY(s.outcome == Outcome::WrongPin);
        QCOMPARE(s.triesLeft, 2);
        QCOMPARE(s.message, QStringLiteral("Wrong PIN. 2 tries left before a 30-second lock."));
        s = store->signIn(QStringLiteral("3"), "3691");
        QVERIFY(s.outcome == Outcome::WrongPin);
        QCOMPARE(s.message, QStringLiteral("Wrong PIN. 1 try left before a 30-second lock."));
        s = store->signIn(QStringLiteral("3"), "3699");
        QVERIFY(s.outcome == Outcome::Locked);
        QCOMPARE(s.lockedUntil, m_now.addSecs(30));
        QVERIFY2(s.message.contains(u"Operator 3 is locked until 14:03:10 after 3 wrong PINs."),
                 qPrintable(s.message));

        // Refused while locked, even with the right PIN, and a wrong one counts nothing more.
        m_now = m_now.addSecs(29);
        s = store->signIn(QStringLiteral("3"), "3690");
        QVERIFY(s.outcome == Outcome::Locked);
        QVERIFY(!s.op);
        s = store->signIn(QStringLiteral("3"), "1111");
        QVERIFY(s.outcome == Outcome::Locked);
        QCOMPARE(store->byNumber(QStringLiteral("3"))->failedAttempts, 3);

        // A locked operator is refused before the PIN is looked at: no hash is verified, so it
        // answers far faster than a wrong PIN does.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            QVERIFY(store->signIn(QStringLiteral("3"), "3690").outcome == Outcome::Locked);
        const qint64 lockedMs = timer.elapsed();
        timer.restart();
        QVERIFY(store->signIn(QStringLiteral("2"), "0000").outcome == Outcome::WrongPin);
        QVERIFY2(lockedMs < timer.elapsed() * 20 / 4,
                 qPrintable(QStringLiteral("20 locked refusals took %1 ms").arg(lockedMs)));

        m_now = m_now.addSecs(2); // 31 s after the lock
        s = store->signIn(QStringLiteral("3"), "3690");
        QVERIFY2(s.ok(), qPrintable(s.message));
        QCOMPARE(s.op->failedAttempts, 0);
        QVERIFY(!s.op->lockedUntil.isValid());
        const std::optional<Operator> stored = store->byNumber(QStringLiteral("3"));
        QCOMPARE(stored->failedAttempts, 0);
        QVERIFY(!stored->lockedUntil.isValid());
        // The count starts again.
        s = store->signIn(QStringLiteral("3"), "0000");
        QVERIFY(s.outcome == Outcome::WrongPin);
        QCOMPARE(s.triesLeft, 2);
    }

    void lockGrowsWithEachFurtherWrongPin() {
        const auto store = staffed();
        QVERIFY(store);
        for (int i = 0; i < 3; ++i)
            store->signIn(QStringLiteral("3"), "0000");
        QCOMPARE(store->byNumber(QStringLiteral("3"))->lockedUntil, m_now.addSecs(30));
        for (int seconds : {60, 120, 240}) {
            m_now =
                m_now.addSecs(store->byNumber(QStringLiteral("3"))->lockedUntil.toSecsSinceEpoch() -
                              m_now.toSecsSinceEpoch() + 1);
            const SignIn s = store->signIn(QStringLiteral("3"), "0000");
            QVERIFY(s.outcome == Outcome::Locked);
            QCOMPARE(s.lockedUntil, m_now.addSecs(seconds));
        }
        QCOMPARE(store->byNumber(QStringLiteral("3"))->failedAttempts, 6);
        // History persists across the locks until a right PIN.
        m_now = m_now.addSecs(241);
        QVERIFY(store->signIn(QStringLiteral("3"), "3690").ok());
        const SignIn again = store->signIn(QStringLiteral("3"), "0000");
        QVERIFY(again.outcome == Outcome::WrongPin);
    }

    void lockTimesDoubleUpToFifteenMinutes_data() {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("seconds");
        QTest::newRow("1") << 1 << 0;
        QTest::newRow("2") << 2 << 0;
        QTest::newRow("3") << 3 << 30;
        QTest::newRow("4") << 4 << 60;
        QTest::newRow("5") << 5 << 120;
        QTest::newRow("6") << 6 << 240;
        QTest::newRow("7") << 7 << 480;
        QTest::newRow("8") << 8 << 900;
        QTest::newRow("9") << 9 << 900;
        QTest::newRow("1000") << 1000 << 900;
    }
    void lockTimesDoubleUpToFifteenMinutes() {
        QFETCH(int, attempts);
        QFETCH(int, seconds);
        QCOMPARE(OperatorStore::lockSecondsAfter(attempts), seconds);
    }

    void unknownNumberTakesAsLongAsAWrongPin() {
        const auto store = staffed();
        QVERIFY(store);
        const SignIn s = store->signIn(QStringLiteral("99"), "3690");
        QVERIFY(s.outcome == Outcome::Unknown);
        QVERIFY(!s.op);
        QCOMPARE(s.message, QStringLiteral("Wrong operator number or PIN."));
        QVERIFY(store->signIn(QStringLiteral("abc"), "3690").outcome == Outcome::Unknown);
        // The best of two of each, so one slow moment on a shared machine does not decide it.
        qint64 unknown = std::numeric_limits<qint64>::max();
        qint64 wrong = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer t;
            t.start();
            store->signIn(QStringLiteral("99"), "3690");
            unknown = std::min(unknown, t.nsecsElapsed());
            t.restart();
            store->signIn(QStringLiteral("1"), "0000");
            wrong = std::min(wrong, t.nsecsElapsed());
        }
        QVERIFY2(
            unknown * 3 > wrong,
            qPrintable(QStringLiteral("unknown %1 ns, wrong PIN %2 ns").arg(unknown).arg(wrong)));
    }

    void disabledOperatorIsRefused() {
        const auto store = staffed();
        QVERIFY(store);
        const Operator casey = *store->byNumber(QStringLiteral("3"));
        QString why;
        QVERIFY2(store->disable(casey.id, &why), qPrintable(why));
        SignIn s = store->signIn(QStringLiteral("3"), "3690");
        QVERIFY(s.outcome == Outcome::Disabled);
        QVERIFY(!s.op);
        s = store->signInByBadge(QStringLiteral("BADGE-CASEY"));
        QVERIFY(s.outcome == Outcome::Disabled);
        // The last administrator stays: nobody could manage operators otherwise.
        const Operator alex = *store->byNumber(QStringLiteral("1"));
        QVERIFY(!store->disable(alex.id, &why));
        QVERIFY2(why.contains(u"last administrator"), qPrintable(why));
        QVERIFY(store->signIn(QStringLiteral("1"), "2580").ok());
    }

    void resetPinEndsTheLockAndTheOldPin() {
        const auto store = staffed();
        QVERIFY(store);
        for (int i = 0; i < 3; ++i)
            store->signIn(QStringLiteral("3"), "0000");
        const Operator casey = *store->byNumber(QStringLiteral("3"));
        QString why;
        QVERIFY(!store->resetPin(casey.id, "1234", &why));
        QVERIFY2(store->resetPin(casey.id, "5193", &why), qPrintable(why));
        QVERIFY(store->signIn(QStringLiteral("3"), "3690").outcome == Outcome::WrongPin);
        QVERIFY(store->signIn(QStringLiteral("3"), "5193").ok());
    }

    void badgeSignsInACashiersSession() {
        const auto store = staffed();
        QVERIFY(store);
        SignIn s = store->signInByBadge(QStringLiteral("BADGE-SAM"));
        QVERIFY2(s.ok(), qPrintable(s.message));
        QVERIFY(s.byBadge);
        QCOMPARE(s.op->name, QStringLiteral("Sam Supervisor"));
        QVERIFY(s.op->role == Role::Supervisor);
        QVERIFY(s.sessionRole == Role::Cashier); // a found badge voids nothing
        s = store->signInByBadge(QStringLiteral("NOBODY"));
        QVERIFY(s.outcome == Outcome::Unknown);
        // A locked operator's badge is refused too.
        for (int i = 0; i < 3; ++i)
            store->signIn(QStringLiteral("3"), "0000");
        QVERIFY(store->signInByBadge(QStringLiteral("BADGE-CASEY")).outcome == Outcome::Locked);
    }

    // --- roles --------------------------------------------------------------------------------

    void roleRules_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        const QList<Action> actions = allActions();
        QCOMPARE(actions.size(), int(Action::ZReport) + 1); // every action is in the table
        for (Role r : {Role::Cashier, Role::Supervisor, Role::Administrator})
            for (Action a : actions)
                QTest::addRow("%s may %s", qPrintable(toString(r)), qPrintable(actionName(a)))
                    << int(r) << int(a) << (int(r) >= int(expectedMinimum(a)));
    }
    void roleRules() {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QCOMPARE(allows(Role(role), Action(action)), allowed);
        QVERIFY(!actionName(Action(action)).isEmpty());
        QVERIFY(!actionPhrase(Action(action)).isEmpty());
    }

    // --- overrides ----------------------------------------------------------------------------

    void supervisorAuthorises() {
        const auto store = staffed();
        QVERIFY(store);
        const SignIn a = store->authorise(Action::Void, QStringLiteral("2"), "1470",
                                          QStringLiteral("customer changed their mind"));
        QVERIFY2(a.ok(), qPrintable(a.message));
        QVERIFY(a.grant);
        QCOMPARE(a.grant->supervisor.name, QStringLiteral("Sam Supervisor"));
        QVERIFY(a.grant->action == Action::Void);
        QCOMPARE(a.grant->reason, QStringLiteral("customer changed their mind"));
        QCOMPARE(a.grant->at, m_now);
        QCOMPARE(a.grant->supervisor.name + u" authorised: " + actionName(a.grant->action),
                 QStringLiteral("Sam Supervisor authorised: void"));
        // An administrator may too; a supervisor may not open Settings.
        QVERIFY(store->authorise(Action::OpenSettings, QStringLiteral("1"), "2580", {}).ok());
        const SignIn no = store->authorise(Action::OpenSettings, QStringLiteral("2"), "1470", {});
        QVERIFY(no.outcome == Outcome::NotAllowed);
        QVERIFY(!no.grant);
    }

    void cashierCannotAuthorise() {
        const auto store = staffed();
        QVERIFY(store);
        const SignIn a = store->authorise(Action::Void, QStringLiteral("3"), "3690", {});
        QVERIFY(a.outcome == Outcome::NotAllowed);
        QVERIFY(!a.grant);
        QCOMPARE(a.message, QStringLiteral("Operator 3 may not authorise a void."));
    }

    void overrideOfACheckNeedsAReason() {
        const auto store = staffed();
        QVERIFY(store);
        const SignIn a = store->authorise(Action::OverrideCheckerBlock, QStringLiteral("2"), "1470",
                                          QStringLiteral("  "));
        QVERIFY(a.outcome == Outcome::Invalid);
        QCOMPARE(store->byNumber(QStringLiteral("2"))->failedAttempts, 0); // no PIN was tried
        QVERIFY(store
                    ->authorise(Action::OverrideCheckerBlock, QStringLiteral("2"), "1470",
                                QStringLiteral("ID checked by hand"))
                    .ok());
    }

    void wrongOverridePinsLockTheSupervisor() {
        const auto store = staffed();
        QVERIFY(store);
        SignIn a = store->authorise(Action::Void, QStringLiteral("2"), "0000", {});
        QVERIFY(a.outcome == Outcome::WrongPin);
        QVERIFY(!a.grant);
        QCOMPARE(store->byNumber(QStringLiteral("2"))->failedAttempts, 1);
        store->signIn(QStringLiteral("2"), "0001"); // the same count, whichever path
        a = store->authorise(Action::Return, QStringLiteral("2"), "0002", {});
        QVERIFY(a.outcome == Outcome::Locked);
        QCOMPARE(a.lockedUntil, m_now.addSecs(30));
        a = store->authorise(Action::Void, QStringLiteral("2"), "1470", {});
        QVERIFY(a.outcome == Outcome::Locked);
        QVERIFY(!a.grant);
    }

    // --- demo and secrecy ---------------------------------------------------------------------

    void demoOperatorsAreAddedOnce() {
        OperatorStore store(m_clock);
        QVERIFY(store.open(nextPath()));
        QVERIFY(store.addDemoOperators());
        QVERIFY(store.addDemoOperators());
        const QList<Operator> all = store.list();
        QCOMPARE(all.size(), OperatorStore::demoOperators().size());
        for (const DemoOperator& demo : OperatorStore::demoOperators()) {
            const SignIn s = store.signIn(demo.number, demo.pin);
            QVERIFY2(s.ok(), qPrintable(demo.name + u": " + s.message));
            QCOMPARE(s.op->name, demo.name);
            QVERIFY(s.op->role == demo.role);
            // The kept hash is the PIN's, at today's cost (it is not made at every start).
            QVERIFY(pin::verify(demo.pinHash, demo.pin));
            QVERIFY(!pin::verify(demo.pinHash, "9753"));
            QVERIFY(!pin::needsRehash(demo.pinHash));
        }
        QVERIFY(OperatorStore::demoOperators().at(0).role == Role::Administrator);
    }

    void demoOperatorsAreNotAddedToAStaffedTill() {
        const auto store = staffed();
        QVERIFY(store);
        const qsizetype before = store->list().size();
        QVERIFY(store->addDemoOperators());
        QCOMPARE(store->list().size(), before);
    }

    void pinIsNeverStoredNorLogged() {
        test::LogCapture log;
        QString path;
        {
            const auto store = staffed(&path);
            QVERIFY(store);
            QVERIFY(store->add(QStringLiteral("Pat Secret"), QStringLiteral("55"), Role::Cashier,
                               "73916248"));
            QVERIFY(store->signIn(QStringLiteral("55"), "84027351").outcome == Outcome::WrongPin);
            QVERIFY(store->signIn(QStringLiteral("55"), "73916248").ok());
            const Operator pat = *store->byNumber(QStringLiteral("55"));
            QVERIFY(store->resetPin(pat.id, "62847193"));
            QVERIFY(store->authorise(Action::Void, QStringLiteral("55"), "62847193", {}).outcome ==
                    Outcome::NotAllowed);
            // Read while the store is open too: the -wal file holds the latest writes.
            QByteArray bytes;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                bytes += readAll(path + QLatin1String(suffix));
            QVERIFY(bytes.size() > 4096);
            QVERIFY(bytes.contains("Pat Secret")); // the scan reads what was written
            for (const char* secret : {"73916248", "84027351", "62847193"})
                QVERIFY2(!bytes.contains(secret), secret);
        }
        QByteArray bytes;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            bytes += readAll(path + QLatin1String(suffix));
        for (const char* secret : {"73916248", "84027351", "62847193"})
            QVERIFY2(!bytes.contains(secret), secret);
        const QString logged = log.joined();
        QVERIFY2(logged.contains(u"wrong PIN for operator 55"), qPrintable(logged));
        for (const char* secret : {"73916248", "84027351", "62847193"})
            QVERIFY2(!logged.contains(QLatin1String(secret)), secret);
    }

    void filesAreOwnerOnly() {
        QString path;
        const auto store = staffed(&path);
        QVERIFY(store);
        const QFileDevice::Permissions p = QFile::permissions(path);
        QVERIFY(p & QFileDevice::ReadOwner);
        QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
