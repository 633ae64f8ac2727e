// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who is at the till (issue #13): OperatorSession on a real staff.db with an injected clock.
// Sign-in by number and PIN and by badge, the session's role, failures and sign-outs in the
// audit journal (never a PIN), the lockout message, may() for every role and action, an
// override journalled with the supervisor who gave it, and the machine administrator.
#include "../support/staffdb.h"
#include "audit/auditjournal.h"
#include "operators/operatorsession.h"
#include "operators/operatorstore.h"
#include "operators/pinhash.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace checkstand;
using Outcome = SignIn::Outcome;

namespace {

// The rules as issue #13 states them, written out again on purpose (tests/support/staffdb.h).
using test::expectedMinimum;

// What an entry says beyond who and when (a hash or a UUID may hold any four digits).
QByteArray entryText(const AuditEntry& e) {
    return QJsonDocument(e.details).toJson(QJsonDocument::Compact) + e.operatorName.toUtf8();
}

} // namespace

class TestOperatorSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now;
    Clock m_clock{[this] {
        return m_now;
    }};
    std::unique_ptr<OperatorStore> m_store;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<OperatorSession> m_session;

    QList<AuditEntry> entries() const { return m_journal->list(); }
    AuditEntry last() const {
        const QList<AuditEntry> all = entries();
        return all.isEmpty() ? AuditEntry() : all.constLast();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(pin::initialise());
    }

    // A fresh staff.db each test: an administrator (1), a supervisor (2, badge) and a cashier
    // (3, badge), as the training sandbox's demo operators.
    void init() {
        m_now = QDateTime(QDate(2024, 5, 6), QTime(14, 2, 40));
        m_session.reset();
        m_journal.reset();
        m_store = std::make_unique<OperatorStore>(m_clock);
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("staff-%1.db").arg(++m_n))),
                 qPrintable(m_store->error()));
        QString why;
        QVERIFY2(m_store->add(QStringLiteral("Alex Admin"), QStringLiteral("1"),
                              Role::Administrator, "2580", {}, &why),
                 qPrintable(why));
        QVERIFY2(m_store->add(QStringLiteral("Sam Supervisor"), QStringLiteral("2"),
                              Role::Supervisor, "1470", QStringLiteral("BADGE-SAM"), &why),
                 qPrintable(why));
        QVERIFY2(m_store->add(QStringLiteral("Casey Cashier"), QStringLiteral("3"), Role::Cashier,
                              "3690", QStringLiteral("BADGE-CASEY"), &why),
                 qPrintable(why));
        m_journal = std::make_unique<AuditJournal>(m_store->database(), m_clock);
        m_session = std::make_unique<OperatorSession>(*m_store, *m_journal, m_clock);
    }

    void cleanup() {
        m_session.reset();
        m_journal.reset();
        m_store.reset();
    }

    void nobodyAtFirst() {
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_session->current());
        QCOMPARE(int(m_session->role()), int(Role::Cashier));
        QVERIFY(m_session->operatorName().isEmpty());
        for (Action a : allActions())
            QVERIFY2(!m_session->may(a), qPrintable(actionName(a)));
    }

    void signInByNumberAndPin() {
        QSignalSpy signedIn(m_session.get(), &OperatorSession::signedIn);
        const SignIn result = m_session->signIn(QStringLiteral(" 02 "), "1470");
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(m_session->current()->name, QStringLiteral("Sam Supervisor"));
        QCOMPARE(int(m_session->role()), int(Role::Supervisor));
        QVERIFY(!m_session->byBadge());
        QCOMPARE(m_session->operatorName(), QStringLiteral("Sam Supervisor"));
        QCOMPARE(m_session->actor().id, m_session->current()->id);

        const AuditEntry e = last();
        QCOMPARE(e.kind, QStringLiteral("signIn"));
        QCOMPARE(e.operatorName, QStringLiteral("Sam Supervisor"));
        QCOMPARE(e.operatorId, m_session->current()->id);
        QCOMPARE(e.details.value(QStringLiteral("method")).toString(), QStringLiteral("number"));
        QCOMPARE(e.details.value(QStringLiteral("sessionRole")).toString(),
                 QStringLiteral("supervisor"));
        QVERIFY(!entryText(e).contains("1470"));
    }

    void badgeIsACashiersSession() {
        const SignIn result = m_session->signIn(QStringLiteral("BADGE-SAM"), {});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(m_session->byBadge());
        QCOMPARE(int(m_session->current()->role), int(Role::Supervisor));
        QCOMPARE(int(m_session->role()), int(Role::Cashier));
        QVERIFY(m_session->may(Action::Sell));
        QVERIFY(!m_session->may(Action::Void));
        const AuditEntry e = last();
        QCOMPARE(e.kind, QStringLiteral("signIn"));
        QCOMPARE(e.details.value(QStringLiteral("method")).toString(), QStringLiteral("badge"));
        QVERIFY(!entryText(e).contains("BADGE-SAM"));
    }

    void aNumberWithoutAPinAsksForIt() {
        const qsizetype before = entries().size();
        const SignIn result = m_session->signIn(QStringLiteral("3"), {});
        QCOMPARE(result.outcome, Outcome::Invalid);
        QVERIFY2(result.message.contains(QStringLiteral("PIN")), qPrintable(result.message));
        QVERIFY(!m_session->isSignedIn());
        // Not an attempt: nothing journalled and no try used up.
        QCOMPARE(entries().size(), before);
        QCOMPARE(m_store->byNumber(QStringLiteral("3"))->failedAttempts, 0);
    }

    void failuresAreJournalledWithoutThePin() {
        const SignIn wrong = m_session->signIn(QStringLiteral("3"), "4862");
        QCOMPARE(wrong.outcome, Outcome::WrongPin);
        QVERIFY2(wrong.message.contains(QStringLiteral("2 tries left")), qPrintable(wrong.message));
        QVERIFY(!m_session->isSignedIn());
        AuditEntry e = last();
        QCOMPARE(e.kind, QStringLiteral("signInFailed"));
        QCOMPARE(e.operatorName, QStringLiteral("Casey Cashier"));
        QCOMPARE(e.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("wrongPin"));
        QCOMPARE(e.details.value(QStringLiteral("operatorNumber")).toString(), QStringLiteral("3"));
        QVERIFY(!entryText(e).contains("4862"));

        // An unknown number is journalled without it (it may be a PIN typed in the wrong field).
        const SignIn unknown = m_session->signIn(QStringLiteral("3690"), "3690");
        QCOMPARE(unknown.outcome, Outcome::Unknown);
        e = last();
        QCOMPARE(e.kind, QStringLiteral("signInFailed"));
        QVERIFY(e.operatorName.isEmpty());
        QCOMPARE(e.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
        QVERIFY(!entryText(e).contains("3690"));

        const SignIn badge = m_session->signIn(QStringLiteral("BADGE-LOST"), {});
        QCOMPARE(badge.outcome, Outcome::Unknown);
        e = last();
        QCOMPARE(e.details.value(QStringLiteral("method")).toString(), QStringLiteral("badge"));
        QVERIFY(!entryText(e).contains("BADGE-LOST"));
        QVERIFY(m_journal->verify().ok);
    }

    void lockoutSaysUntilWhen() {
        for (int i = 0; i < OperatorStore::kFreeTries - 1; ++i)
            QCOMPARE(m_session->signIn(QStringLiteral("3"), "4862").outcome, Outcome::WrongPin);
        const SignIn locked = m_session->signIn(QStringLiteral("3"), "4862");
        QCOMPARE(locked.outcome, Outcome::Locked);
        QVERIFY2(locked.message.contains(QStringLiteral("locked until")),
                 qPrintable(locked.message));
        QCOMPARE(last().details.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("locked"));
        QVERIFY(last().details.contains(QStringLiteral("lockedUntil")));
        // The right PIN is refused while the lock runs, and taken after it.
        QCOMPARE(m_session->signIn(QStringLiteral("3"), "3690").outcome, Outcome::Locked);
        QVERIFY(!m_session->isSignedIn());
        m_now = m_now.addSecs(OperatorStore::kFirstLockSeconds + 1);
        QVERIFY(m_session->signIn(QStringLiteral("3"), "3690").ok());
        QCOMPARE(m_session->operatorName(), QStringLiteral("Casey Cashier"));
    }

    void mayFollowsTheRoleTable_data() {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<int>("role");
        QTest::newRow("cashier") << "3" << QByteArray("3690") << int(Role::Cashier);
        QTest::newRow("supervisor") << "2" << QByteArray("1470") << int(Role::Supervisor);
        QTest::newRow("administrator") << "1" << QByteArray("2580") << int(Role::Administrator);
    }
    void mayFollowsTheRoleTable() {
        QFETCH(QString, number);
        QFETCH(QByteArray, pin);
        QFETCH(int, role);
        QVERIFY(m_session->signIn(number, pin).ok());
        QCOMPARE(int(m_session->role()), role);
        const QList<Action> actions = allActions();
        QCOMPARE(actions.size(), qsizetype(20));
        for (Action a : actions) {
            const bool expected = role >= int(expectedMinimum(a));
            QVERIFY2(m_session->may(a) == expected,
                     qPrintable(QStringLiteral("%1 may %2: expected %3")
                                    .arg(number, actionName(a),
                                         expected ? QStringLiteral("yes") : QStringLiteral("no"))));
        }
        // Signed out, nobody may do anything.
        m_session->signOut();
        for (Action a : actions)
            QVERIFY(!m_session->may(a));
    }

    void overrideIsJournalledWithItsSupervisor() {
        QVERIFY(m_session->signIn(QStringLiteral("3"), "3690").ok());
        QVERIFY(!m_session->may(Action::Void));

        // A wrong supervisor PIN: refused, journalled as a failure, a try used up.
        const SignIn wrong = m_session->authorise(Action::Void, QStringLiteral("2"), "4862",
                                                  QStringLiteral("Rung up twice"));
        QCOMPARE(wrong.outcome, Outcome::WrongPin);
        QVERIFY(!wrong.grant);
        QCOMPARE(last().kind, QStringLiteral("signInFailed"));
        QCOMPARE(last().details.value(QStringLiteral("method")).toString(),
                 QStringLiteral("override"));
        QCOMPARE(last().operatorName, QStringLiteral("Sam Supervisor"));
        QCOMPARE(m_store->byNumber(QStringLiteral("2"))->failedAttempts, 1);

        // A cashier's right PIN cannot authorise.
        const SignIn cashier = m_session->authorise(Action::Void, QStringLiteral("3"), "3690",
                                                    QStringLiteral("Rung up twice"));
        QCOMPARE(cashier.outcome, Outcome::NotAllowed);
        QCOMPARE(last().details.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("notAllowed"));

        const SignIn ok = m_session->authorise(Action::Void, QStringLiteral("2"), "1470",
                                               QStringLiteral("Rung up twice"));
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QVERIFY(ok.grant);
        QCOMPARE(ok.grant->supervisor.name, QStringLiteral("Sam Supervisor"));
        QCOMPARE(ok.grant->action, Action::Void);
        QCOMPARE(ok.grant->reason, QStringLiteral("Rung up twice"));
        const AuditEntry e = last();
        QCOMPARE(e.kind, QStringLiteral("override"));
        QCOMPARE(e.operatorName, QStringLiteral("Sam Supervisor"));
        QCOMPARE(e.details.value(QStringLiteral("action")).toString(), QStringLiteral("void"));
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Rung up twice"));
        QCOMPARE(e.details.value(QStringLiteral("forOperator")).toString(),
                 QStringLiteral("Casey Cashier"));
        QVERIFY(!entryText(e).contains("1470"));
        // For that one action: the session is still Casey's, who still may not void.
        QCOMPARE(m_session->operatorName(), QStringLiteral("Casey Cashier"));
        QVERIFY(!m_session->may(Action::Void));

        // A sale the Order Checker blocked needs a reason: nothing is tried without one.
        const qsizetype before = entries().size();
        const SignIn noReason =
            m_session->authorise(Action::OverrideCheckerBlock, QStringLiteral("2"), "1470", {});
        QCOMPARE(noReason.outcome, Outcome::Invalid);
        QCOMPARE(entries().size(), before);
        QVERIFY(m_journal->verify().ok);
    }

    void signOutJournalsWhy() {
        QVERIFY(m_session->signIn(QStringLiteral("3"), "3690").ok());
        QSignalSpy signedOut(m_session.get(), &OperatorSession::signedOut);
        m_session->signOut(QStringLiteral("idle"));
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(last().kind, QStringLiteral("signOut"));
        QCOMPARE(last().operatorName, QStringLiteral("Casey Cashier"));
        QCOMPARE(last().details.value(QStringLiteral("reason")).toString(), QStringLiteral("idle"));
        // Nobody left to sign out: nothing more.
        const qsizetype before = entries().size();
        m_session->signOut(QStringLiteral("locked"));
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(entries().size(), before);
    }

    void aNewSignInReplacesTheOperator() {
        QVERIFY(m_session->signIn(QStringLiteral("3"), "3690").ok());
        QVERIFY(m_session->signIn(QStringLiteral("2"), "1470").ok());
        QCOMPARE(m_session->operatorName(), QStringLiteral("Sam Supervisor"));
        const QList<AuditEntry> all = entries();
        QCOMPARE(all.size(), qsizetype(3));
        QCOMPARE(all.at(0).kind, QStringLiteral("signIn"));
        QCOMPARE(all.at(1).kind, QStringLiteral("signOut"));
        QCOMPARE(all.at(1).operatorName, QStringLiteral("Casey Cashier"));
        QCOMPARE(all.at(1).details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("switched"));
        QCOMPARE(all.at(2).operatorName, QStringLiteral("Sam Supervisor"));
        // A failed attempt while someone is signed in leaves them signed in.
        QCOMPARE(m_session->signIn(QStringLiteral("1"), "4862").outcome, Outcome::WrongPin);
        QCOMPARE(m_session->operatorName(), QStringLiteral("Sam Supervisor"));
    }

    void machineAdministratorMayDoEverything() {
        m_session->actAsMachineAdministrator(QStringLiteral("root"));
        QVERIFY(m_session->isSignedIn());
        QVERIFY(m_session->isMachineAdministrator());
        QVERIFY(!m_session->current());
        QCOMPARE(int(m_session->role()), int(Role::Administrator));
        for (Action a : allActions())
            QVERIFY2(m_session->may(a), qPrintable(actionName(a)));
        QCOMPARE(m_session->operatorName(), QStringLiteral("checkstand-ctl (root)"));
        QVERIFY(m_session->journal(QStringLiteral("report"),
                                   {{QStringLiteral("kind"), QStringLiteral("x")}}));
        const AuditEntry e = last();
        QCOMPARE(e.kind, QStringLiteral("report"));
        QCOMPARE(e.operatorName, QStringLiteral("checkstand-ctl (root)"));
        QVERIFY(e.operatorId.isEmpty());
    }

    void journalOfTheCurrentOperator() {
        QVERIFY(m_session->signIn(QStringLiteral("1"), "2580").ok());
        QVERIFY(
            m_session->journal(QString::fromLatin1(auditkind::kSettingsChanged),
                               {{QStringLiteral("changed"), QStringLiteral("store/name")},
                                {QStringLiteral("apiKey"), QStringLiteral("must-not-appear")}}));
        const AuditEntry e = last();
        QCOMPARE(e.operatorName, QStringLiteral("Alex Admin"));
        QCOMPARE(e.details.value(QStringLiteral("changed")).toString(),
                 QStringLiteral("store/name"));
        QVERIFY(!entryText(e).contains("must-not-appear"));
        QVERIFY(!m_session->journal(QStringLiteral("not a kind")));
        QVERIFY(m_session->lastError());
    }

    void aClosedStaffDbFailsClosed() {
        m_store->close();
        const SignIn result = m_session->signIn(QStringLiteral("3"), "3690");
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(m_session->lastError());
        QVERIFY(!m_session->isSignedIn());
    }
};

QTEST_MAIN(TestOperatorSession)
#include "tst_operatorsession.moc"
