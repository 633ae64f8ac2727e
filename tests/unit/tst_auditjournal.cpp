// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit journal (issue #13, core): an intact chain verifies; rows altered, removed, inserted,
// replaced, renumbered or swapped with plain SQL (after dropping the append-only triggers, as a
// tamperer must) are each caught and named; secrets and card numbers never enter it; filters.
#include "../support/staffdb.h"
#include "audit/auditjournal.h"
#include "operators/operatorstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace checkstand;
using Problem = AuditVerify::Problem;

namespace {

// Another program's connection to staff.db: what a tamperer with the file would use, with the
// two moves of a tamperer of the journal.
class JournalSql : public test::PlainSql {
public:
    using PlainSql::PlainSql;
    bool dropGuards() {
        return exec(QStringLiteral("DROP TRIGGER audit_journal_no_update")) &&
               exec(QStringLiteral("DROP TRIGGER audit_journal_no_delete"));
    }
    bool insert(const AuditEntry& e) {
        return exec(QStringLiteral("INSERT INTO audit_journal (seq, at, kind, operator_id, "
                                   "operator_name, details, prev_hash, hash) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?)"),
                    {e.seq, e.at.toUTC().toString(Qt::ISODateWithMs), e.kind, e.operatorId,
                     e.operatorName,
                     QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
                     e.prevHash, e.hash});
    }
};

} // namespace

class TestAuditJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QDateTime m_now = QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);
    Clock m_clock{[this] {
        return m_now;
    }};
    std::unique_ptr<OperatorStore> m_store;
    std::unique_ptr<AuditJournal> m_journal;
    QString m_path;
    Operator m_sam;
    Operator m_casey;

    // Ten entries, one second apart: seq n has details {"n": "<n>"}; Sam writes the even ones.
    bool writeTen() {
        const QStringList kinds = {QStringLiteral("signIn"),   QStringLiteral("void"),
                                   QStringLiteral("discount"), QStringLiteral("override"),
                                   QStringLiteral("return"),   QStringLiteral("payIn"),
                                   QStringLiteral("payOut"),   QStringLiteral("shiftOpen"),
                                   QStringLiteral("report"),   QStringLiteral("signOut")};
        for (int n = 1; n <= 10; ++n) {
            m_now = m_now.addSecs(1);
            if (!m_journal->append(kinds.at(n - 1), n % 2 == 0 ? m_sam : m_casey,
                                   {{QStringLiteral("n"), n}}))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() {
        m_now = QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);
        m_path = m_dir.filePath(QStringLiteral("staff-%1.db").arg(++m_n));
        m_store = std::make_unique<OperatorStore>(m_clock);
        QVERIFY2(m_store->open(m_path), qPrintable(m_store->error()));
        m_journal = std::make_unique<AuditJournal>(m_store->database(), m_clock);
        m_sam = *m_store->add(QStringLiteral("Sam Supervisor"), QStringLiteral("2"),
                              Role::Supervisor, "1470");
        m_casey = *m_store->add(QStringLiteral("Casey Cashier"), QStringLiteral("3"), Role::Cashier,
                                "3690");
    }

    void cleanup() {
        m_journal.reset();
        m_store.reset();
    }

    void emptyJournalVerifies() {
        const AuditVerify v = m_journal->verify();
        QVERIFY2(v.ok, qPrintable(v.message));
        QCOMPARE(v.checked, 0);
        QCOMPARE(m_journal->head(), QString(64, u'0'));
    }

    void intactChainVerifies() {
        QVERIFY2(writeTen(), qPrintable(m_journal->lastError().message));
        const AuditVerify v = m_journal->verify();
        QVERIFY2(v.ok, qPrintable(v.message));
        QVERIFY(v.problem == Problem::None);
        QCOMPARE(v.checked, 10);
        QCOMPARE(v.firstBadSeq, 0);

        const QList<AuditEntry> all = m_journal->list();
        QCOMPARE(all.size(), 10);
        QString prev(64, u'0');
        for (int i = 0; i < all.size(); ++i) {
            const AuditEntry& e = all.at(i);
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.prevHash, prev);
            // The formula itself, computed here independently of the journal's code.
            QJsonObject o{{QStringLiteral("seq"), QString::number(e.seq)},
                          {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("operatorId"), e.operatorId},
                          {QStringLiteral("operatorName"), e.operatorName},
                          {QStringLiteral("details"), e.details},
                          {QStringLiteral("prevHash"), e.prevHash}};
            const QByteArray sha = QCryptographicHash::hash(
                QByteArray(QByteArray::fromHex(prev.toLatin1()) +
                           QJsonDocument(o).toJson(QJsonDocument::Compact)),
                QCryptographicHash::Sha256);
            QCOMPARE(e.hash, QString::fromLatin1(sha.toHex()));
            prev = e.hash;
        }
        QCOMPARE(all.at(1).operatorName, QStringLiteral("Sam Supervisor"));
        QCOMPARE(all.at(1).operatorId, m_sam.id);
        QCOMPARE(all.at(4).details.value(u"n").toString(), QStringLiteral("5")); // as a string
        QCOMPARE(m_journal->head(), all.last().hash);
    }

    void canonicalJsonIsSortedAndCompact() {
        AuditEntry e;
        e.seq = 12;
        e.at = QDateTime(QDate(2024, 5, 6), QTime(12, 0, 0, 250), Qt::UTC);
        e.kind = QStringLiteral("void");
        e.operatorId = QStringLiteral("id-1");
        e.operatorName = QStringLiteral("Sam");
        e.details = {{QStringLiteral("zeta"), QStringLiteral("1")},
                     {QStringLiteral("alpha"), QStringLiteral("2")}};
        e.prevHash = QString(64, u'a');
        QCOMPARE(AuditJournal::canonical(e),
                 QByteArray("{\"at\":\"2024-05-06T12:00:00.250Z\",\"details\":{\"alpha\":\"2\","
                            "\"zeta\":\"1\"},\"kind\":\"void\",\"operatorId\":\"id-1\","
                            "\"operatorName\":\"Sam\",\"prevHash\":\"") +
                     QByteArray(64, 'a') + "\",\"seq\":\"12\"}");
    }

    void triggerRefusesUpdateAndDelete() {
        QVERIFY(writeTen());
        JournalSql sql(m_path);
        QVERIFY(sql.isOpen());
        QVERIFY(!sql.exec(QStringLiteral("UPDATE audit_journal SET kind = 'x' WHERE seq = 5")));
        QVERIFY2(sql.error().contains(u"append-only"), qPrintable(sql.error()));
        QVERIFY(!sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq = 7")));
        QVERIFY2(sql.error().contains(u"append-only"), qPrintable(sql.error()));
        QVERIFY(m_journal->verify().ok);
        QCOMPARE(m_journal->list().size(), 10);
    }

    void triggersComeBackAtTheNextOpen() {
        QVERIFY(writeTen());
        {
            JournalSql sql(m_path);
            QVERIFY(sql.dropGuards());
        }
        m_journal.reset();
        m_store = std::make_unique<OperatorStore>(m_clock);
        QVERIFY(m_store->open(m_path));
        JournalSql sql(m_path);
        QVERIFY(!sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq = 7")));
    }

    void alteredEntryIsNamed() {
        QVERIFY(writeTen());
        JournalSql sql(m_path);
        QVERIFY2(sql.dropGuards(), qPrintable(sql.error()));
        QVERIFY2(sql.exec(QStringLiteral("UPDATE audit_journal SET details = ? WHERE seq = 5"),
                          {QStringLiteral("{\"n\":\"50\"}")}),
                 qPrintable(sql.error()));
        const AuditVerify v = m_journal->verify();
        QVERIFY(!v.ok);
        QVERIFY(v.problem == Problem::Altered);
        QCOMPARE(v.firstBadSeq, 5);
        QCOMPARE(v.checked, 4);
        QCOMPARE(v.message, QStringLiteral("Entry 5 was changed after it was written."));
    }

    void alteredNameOrTimeIsNamed() {
        QVERIFY(writeTen());
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        QVERIFY(sql.exec(
            QStringLiteral("UPDATE audit_journal SET operator_name = 'Alex Admin' WHERE seq = 8")));
        AuditVerify v = m_journal->verify();
        QVERIFY(v.problem == Problem::Altered);
        QCOMPARE(v.firstBadSeq, 8);
        QVERIFY(sql.exec(QStringLiteral(
            "UPDATE audit_journal SET at = '2024-05-06T08:00:00.000Z' WHERE seq = 3")));
        v = m_journal->verify();
        QVERIFY(v.problem == Problem::Altered);
        QCOMPARE(v.firstBadSeq, 3);
    }

    void removedEntryIsNamed() {
        QVERIFY(writeTen());
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq = 7")));
        const AuditVerify v = m_journal->verify();
        QVERIFY(!v.ok);
        QVERIFY(v.problem == Problem::Removed);
        QCOMPARE(v.firstBadSeq, 7);
        QCOMPARE(v.message, QStringLiteral("Entry 7 is missing: the journal jumps from 6 to 8."));
    }

    void removedFirstEntriesAreNamed() {
        QVERIFY(writeTen());
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq <= 2")));
        const AuditVerify v = m_journal->verify();
        QVERIFY(v.problem == Problem::Removed);
        QCOMPARE(v.firstBadSeq, 1);
        QCOMPARE(v.message, QStringLiteral("Entries 1 to 2 are missing: the journal starts at 3."));
    }

    void insertedEntryIsNamed() {
        QVERIFY(writeTen());
        const QList<AuditEntry> before = m_journal->list();
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        // A forged entry 4 that chains correctly onto entry 3; the old 4 to 10 go back in as 5
        // to 11 with their old hashes (an INTEGER PRIMARY KEY leaves no room between 3 and 4).
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq >= 4")));
        AuditEntry forged;
        forged.seq = 4;
        forged.at = before.at(2).at.addMSecs(500);
        forged.kind = QStringLiteral("payOut");
        forged.operatorId = m_sam.id;
        forged.operatorName = m_sam.name;
        forged.details = {{QStringLiteral("amount"), QStringLiteral("500.00")}};
        forged.prevHash = before.at(2).hash;
        forged.hash = AuditJournal::hashOf(forged);
        QVERIFY2(sql.insert(forged), qPrintable(sql.error()));
        for (int i = 3; i < before.size(); ++i) {
            AuditEntry moved = before.at(i);
            moved.seq += 1;
            QVERIFY2(sql.insert(moved), qPrintable(sql.error()));
        }
        const AuditVerify v = m_journal->verify();
        QVERIFY(!v.ok);
        QVERIFY(v.problem == Problem::Inserted);
        QCOMPARE(v.firstBadSeq, 4);
        QCOMPARE(v.message, QStringLiteral("Entry 4 was inserted: entry 5 was written as entry 4, "
                                           "straight after entry 3."));
    }

    void replacedEntryIsNamed() {
        QVERIFY(writeTen());
        AuditEntry six = m_journal->list().at(5);
        six.details = {{QStringLiteral("n"), QStringLiteral("600")}};
        six.hash = AuditJournal::hashOf(six); // a tamperer who knows the formula
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq = 6")));
        QVERIFY(sql.insert(six));
        const AuditVerify v = m_journal->verify();
        QVERIFY(v.problem == Problem::Inserted);
        QCOMPARE(v.firstBadSeq, 6);
        QCOMPARE(v.message, QStringLiteral("Entry 6 was replaced or inserted: entry 7 was not "
                                           "written after it."));
    }

    void removedAndRenumberedIsNamed() {
        QVERIFY(writeTen());
        const QList<AuditEntry> before = m_journal->list();
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq >= 5")));
        for (int i = 5; i < before.size(); ++i) { // old 6..10 become 5..9
            AuditEntry moved = before.at(i);
            moved.seq -= 1;
            QVERIFY(sql.insert(moved));
        }
        const AuditVerify v = m_journal->verify();
        QVERIFY(v.problem == Problem::Removed);
        QCOMPARE(v.firstBadSeq, 5);
        QCOMPARE(v.message, QStringLiteral("The entry written as 5 was removed and the later ones "
                                           "renumbered: entry 5 was written as entry 6."));
    }

    void swappedEntriesAreNamed() {
        QVERIFY(writeTen());
        const QList<AuditEntry> before = m_journal->list();
        JournalSql sql(m_path);
        QVERIFY(sql.dropGuards());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_journal WHERE seq IN (5, 6)")));
        AuditEntry five = before.at(4);
        AuditEntry six = before.at(5);
        five.seq = 6;
        six.seq = 5;
        QVERIFY(sql.insert(five) && sql.insert(six));
        const AuditVerify v = m_journal->verify();
        QVERIFY(v.problem == Problem::Reordered);
        QCOMPARE(v.firstBadSeq, 5);
        QCOMPARE(v.message, QStringLiteral("Entry 5 is out of place: it was written as entry 6."));
    }

    void secretsAndCardNumbersAreScrubbed() {
        const QJsonObject details{
            {QStringLiteral("pin"), QStringLiteral("48620731")},
            {QStringLiteral("newPin"), QStringLiteral("51937264")},
            {QStringLiteral("Password"), QStringLiteral("hunter2")},
            {QStringLiteral("apiKey"), QStringLiteral("ak_live_998877")},
            {QStringLiteral("x-auth-token"), QStringLiteral("tok_665544")},
            {QStringLiteral("CVC"), QStringLiteral("737")},
            {QStringLiteral("card_number"), QStringLiteral("4000056655665556")},
            {QStringLiteral("cardReference"), QStringLiteral("ref_abc")},
            {QStringLiteral("shippingCost"), QStringLiteral("4.99")},
            {QStringLiteral("setting"), QStringLiteral("aifi/apiKey")}, // a name, not a value
            {QStringLiteral("note"),
             QStringLiteral("card 4111 1111 1111 1111 declined; phone 2124445555")},
            {QStringLiteral("nested"),
             QJsonObject{{QStringLiteral("clientSecret"), QStringLiteral("cs_443322")},
                         {QStringLiteral("keep"), QStringLiteral("y")}}},
            {QStringLiteral("list"), QJsonArray{QStringLiteral("5555-5555-5555-4444"), 3}},
            {QStringLiteral("amount"), 12.5},
        };
        QVERIFY(m_journal->append(QStringLiteral("settingsChanged"), m_sam, details));
        const AuditEntry e = m_journal->list().last();
        const QJsonObject d = e.details;
        for (const char* gone :
             {"pin", "newPin", "Password", "apiKey", "x-auth-token", "CVC", "card_number"})
            QVERIFY2(!d.contains(QLatin1String(gone)), gone);
        QCOMPARE(d.value(u"cardReference").toString(), QStringLiteral("ref_abc"));
        QCOMPARE(d.value(u"shippingCost").toString(), QStringLiteral("4.99"));
        QCOMPARE(d.value(u"setting").toString(), QStringLiteral("aifi/apiKey"));
        QCOMPARE(d.value(u"note").toString(),
                 QStringLiteral("card ****1111 declined; phone 2124445555"));
        QCOMPARE(d.value(u"nested").toObject(),
                 QJsonObject({{QStringLiteral("keep"), QStringLiteral("y")}}));
        QCOMPARE(d.value(u"list").toArray(),
                 QJsonArray({QStringLiteral("****4444"), QStringLiteral("3")}));
        QCOMPARE(d.value(u"amount").toString(), QStringLiteral("12.5"));
        QVERIFY(m_journal->verify().ok);

        // Nor anywhere in the file.
        m_journal.reset();
        m_store.reset();
        QByteArray bytes;
        for (const char* suffix : {"", "-wal"}) {
            QFile f(m_path + QLatin1String(suffix));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("ref_abc"));
        for (const char* secret : {"48620731", "51937264", "hunter2", "998877", "665544", "737\"",
                                   "4000056655665556", "4111 1111", "5555-5555", "443322"})
            QVERIFY2(!bytes.contains(secret), secret);
    }

    void cardMasking_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("16 digits") << "4242424242424242"
                                   << "****4242";
        QTest::newRow("13 digits") << "4222222222222"
                                   << "****2222";
        QTest::newRow("19 digits") << "6011000990139424000"
                                   << "6011000990139424000"; // not Luhn
        QTest::newRow("not luhn") << "4242424242424241"
                                  << "4242424242424241";
        QTest::newRow("12 digits") << "424242424242"
                                   << "424242424242";
        QTest::newRow("20 digits") << "42424242424242424242"
                                   << "42424242424242424242";
        QTest::newRow("grouped") << "x 4242-4242-4242-4242 y"
                                 << "x ****4242 y";
        QTest::newRow("two") << "4242424242424242/5555555555554444"
                             << "****4242/****4444";
    }
    void cardMasking() {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(AuditJournal::maskCardNumbers(text), masked);
    }

    void badKindIsRefused() {
        QVERIFY(!m_journal->append(QString(), m_sam));
        QVERIFY(m_journal->lastError());
        QVERIFY(!m_journal->append(QStringLiteral("void; DROP"), m_sam));
        QVERIFY(m_journal->append(QStringLiteral("void"), m_sam));
        QCOMPARE(m_journal->list().size(), 1);
    }

    void ctlActsAsItsOwnActor() {
        QVERIFY(m_journal->append(QStringLiteral("operatorChanged"),
                                  AuditActor{{}, QStringLiteral("checkstand-ctl (alex)")},
                                  {{QStringLiteral("added"), QStringLiteral("7")}}));
        const AuditEntry e = m_journal->list().last();
        QCOMPARE(e.operatorName, QStringLiteral("checkstand-ctl (alex)"));
        QVERIFY(e.operatorId.isEmpty());
        QVERIFY(m_journal->verify().ok);
    }

    void listFilters() {
        QVERIFY(writeTen());
        AuditFilter f;
        f.kind = QStringLiteral("void");
        QList<AuditEntry> got = m_journal->list(f);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().seq, 2);

        f = {};
        f.operatorName = QStringLiteral("sam supervisor"); // any case
        got = m_journal->list(f);
        QCOMPARE(got.size(), 5);
        for (const AuditEntry& e : got)
            QVERIFY(e.seq % 2 == 0);

        f = {};
        const QDateTime start = QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);
        f.from = start.addSecs(3); // entry 3 was written at +3 s
        f.to = start.addSecs(6);   // exclusive
        got = m_journal->list(f);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.first().seq, 3);
        QCOMPARE(got.last().seq, 5);

        f = {};
        f.limit = 4; // the newest four, oldest first
        got = m_journal->list(f);
        QCOMPARE(got.size(), 4);
        QCOMPARE(got.first().seq, 7);
        QCOMPARE(got.last().seq, 10);

        f = {};
        f.kind = QStringLiteral("nothing");
        QVERIFY(m_journal->list(f).isEmpty());
        QVERIFY(!m_journal->lastError());
    }
};

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
