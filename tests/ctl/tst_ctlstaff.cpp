// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl operator and journal commands, run as store IT runs them: a child process on
// the training sandbox with its own data folder, the PIN on standard input. The slots run in
// order on one staff.db: demo operators, add, a refused PIN, reset, disable, verify, tamper.
#include "../support/ctlrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using checkstand::test::CtlRun;
using checkstand::test::CtlRunner;

namespace {

// 8 digits, neither repeated nor in a row: long enough that finding them by chance in the
// database bytes (hex ids, base64 hashes) is practically impossible.
const QByteArray kPin = "86420975";
const QByteArray kNewPin = "31975286";
const QString kActor = QStringLiteral("checkstand-ctl (tester)");

} // namespace

class TestCtlStaff : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // --settings s.ini --data-dir DIR --sandbox; keeps every stdout and stderr of the child in
    // allOutput, for the PIN leak check.
    CtlRunner m_ctl = CtlRunner::forDirectory(m_dir.path());

    CtlRun run(const QStringList& args, const QByteArray& input = {}) {
        return m_ctl.run(args, input);
    }

    QJsonArray operators() {
        const CtlRun r = run({QStringLiteral("operator"), QStringLiteral("list")});
        if (r.exitCode != 0 || !r.doc.isArray())
            qWarning("operator list failed: %s", qPrintable(r.err));
        return r.doc.array();
    }

    static QJsonObject byNumber(const QJsonArray& ops, const QString& number) {
        for (const QJsonValue& v : ops)
            if (v.toObject().value(QStringLiteral("number")).toString() == number)
                return v.toObject();
        return {};
    }

    QJsonArray journal(const QStringList& filters = {}) {
        const CtlRun r =
            run(QStringList{QStringLiteral("journal"), QStringLiteral("list")} + filters);
        if (r.exitCode != 0 || !r.doc.isArray())
            qWarning("journal list failed: %s", qPrintable(r.err));
        return r.doc.array();
    }

    // The sandbox keeps its files in a folder of its own under the data directory.
    QString staffDb() const { return m_dir.filePath(QStringLiteral("sandbox/staff.db")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sandboxStartsWithTheDemoOperators() {
        const QJsonArray ops = operators();
        QCOMPARE(ops.size(), 3);
        QCOMPARE(byNumber(ops, QStringLiteral("1")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("administrator"));
        QCOMPARE(byNumber(ops, QStringLiteral("2")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Sam Supervisor"));
        QCOMPARE(byNumber(ops, QStringLiteral("3")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("cashier"));
        for (const QJsonValue& v : ops) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("disabled")).toBool(true), false);
            QVERIFY(o.value(QStringLiteral("lockedUntil")).isNull());
            // Never the hash, under any name.
            for (const QString& key : o.keys())
                QVERIFY2(!key.contains(QLatin1String("hash"), Qt::CaseInsensitive) &&
                             !key.contains(QLatin1String("pin"), Qt::CaseInsensitive),
                         qPrintable(key));
        }
        QVERIFY(!m_ctl.allOutput.contains(QLatin1String("$argon2")));
        // A second start adds nothing: the demo operators come only into an empty store.
        QCOMPARE(operators().size(), 3);
    }

    void addReadsThePinFromStdin() {
        const CtlRun r =
            run({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Robin Register"), QStringLiteral("--number"), QStringLiteral("42"),
                 QStringLiteral("--role"), QStringLiteral("supervisor")},
                kPin + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
        const QJsonArray ops = operators();
        QCOMPARE(ops.size(), 4);
        const QJsonObject robin = byNumber(ops, QStringLiteral("42"));
        QCOMPARE(robin.value(QStringLiteral("name")).toString(), QStringLiteral("Robin Register"));
        QCOMPARE(robin.value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
    }

    void weakOrMissingPinIsRefused() {
        const QStringList add = {QStringLiteral("operator"), QStringLiteral("add"),
                                 QStringLiteral("--name"),   QStringLiteral("Weak Will"),
                                 QStringLiteral("--number"), QStringLiteral("43"),
                                 QStringLiteral("--role"),   QStringLiteral("cashier")};
        const CtlRun weak = run(add, "1234\n");
        QCOMPARE(weak.exitCode, 2);
        QVERIFY(!weak.err.trimmed().isEmpty());
        QCOMPARE(weak.json.value(QStringLiteral("ok")).toBool(true), false);
        // No PIN on stdin at all, and an unknown role: usage errors too.
        QCOMPARE(run(add).exitCode, 2);
        QStringList badRole = add;
        badRole.last() = QStringLiteral("owner");
        QCOMPARE(run(badRole, kPin + "\n").exitCode, 2);
        const QJsonArray ops = operators();
        QCOMPARE(ops.size(), 4);
        QVERIFY(byNumber(ops, QStringLiteral("43")).isEmpty());
    }

    void resetPinAndDisable() {
        const CtlRun reset =
            run({QStringLiteral("operator"), QStringLiteral("reset-pin"), QStringLiteral("42")},
                kNewPin + "\r\n");
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        const CtlRun unknown =
            run({QStringLiteral("operator"), QStringLiteral("disable"), QStringLiteral("777")});
        QCOMPARE(unknown.exitCode, 1);
        const CtlRun disable =
            run({QStringLiteral("operator"), QStringLiteral("disable"), QStringLiteral("42")});
        QVERIFY2(disable.exitCode == 0, qPrintable(disable.err));
        QCOMPARE(
            byNumber(operators(), QStringLiteral("42")).value(QStringLiteral("disabled")).toBool(),
            true);
    }

    void journalHoldsTheCtlChanges() {
        const QJsonArray all = journal();
        QCOMPARE(all.size(), 3); // added, PIN reset, disabled; refusals change nothing
        QStringList kinds;
        for (const QJsonValue& v : all) {
            kinds.prepend(v.toObject().value(QStringLiteral("kind")).toString());
            QCOMPARE(v.toObject().value(QStringLiteral("operatorName")).toString(), kActor);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("operatorAdded"), QStringLiteral("pinReset"),
                                     QStringLiteral("operatorDisabled")}));

        const QJsonArray added =
            journal({QStringLiteral("--kind"), QStringLiteral("operatorAdded")});
        QCOMPARE(added.size(), 1);
        const QJsonObject details =
            added.first().toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("number")).toString(), QStringLiteral("42"));
        QCOMPARE(details.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Robin Register"));

        QCOMPARE(journal({QStringLiteral("--operator"), QStringLiteral("nobody")}).size(), 0);
        QCOMPARE(journal({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
        QCOMPARE(journal({QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                          QStringLiteral("--to"), QStringLiteral("2000-01-02")})
                     .size(),
                 0);
        QCOMPARE(run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--from"),
                      QStringLiteral("yesterday")})
                     .exitCode,
                 2);

        const CtlRun verify = run({QStringLiteral("journal"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QCOMPARE(verify.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(verify.json.value(QStringLiteral("checked")).toInteger(), 3);
        QCOMPARE(verify.json.value(QStringLiteral("head")).toString(),
                 all.first().toObject().value(QStringLiteral("hash")).toString());
    }

    void pinNeverLeaves() {
        for (const QByteArray& pin : {kPin, kNewPin}) {
            QVERIFY(!m_ctl.allOutput.contains(QString::fromLatin1(pin)));
            const QDir folder(QFileInfo(staffDb()).absolutePath());
            int scanned = 0;
            for (const QString& name :
                 folder.entryList({QStringLiteral("staff.db*")}, QDir::Files)) {
                QFile f(folder.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(pin), qPrintable(name));
                ++scanned;
            }
            QVERIFY(scanned >= 1);
        }
        // The scan looks at the right bytes: the operator's name is there.
        QFile db(staffDb());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QByteArray bytes = db.readAll();
        QFile wal(staffDb() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(bytes.contains("Robin Register"));
    }

    void tamperedEntryIsNamed() {
        const QJsonArray added =
            journal({QStringLiteral("--kind"), QStringLiteral("operatorAdded")});
        QCOMPARE(added.size(), 1);
        const qint64 seq = added.first().toObject().value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq > 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(staffDb());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            // The guard refuses the edit until it is dropped.
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_journal SET details = '{}' WHERE seq = ") +
                            QString::number(seq)));
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_journal_no_update")),
                     qPrintable(q.lastError().text()));
            QVERIFY(
                q.prepare(QStringLiteral("UPDATE audit_journal SET details = ? WHERE seq = ?")));
            q.addBindValue(QStringLiteral("{\"name\":\"Mallory\",\"number\":\"42\"}"));
            q.addBindValue(seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        const CtlRun verify = run({QStringLiteral("journal"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QCOMPARE(verify.json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(verify.json.value(QStringLiteral("problem")).toString(),
                 QStringLiteral("altered"));
        QCOMPARE(verify.json.value(QStringLiteral("firstBadSeq")).toInteger(), seq);
        const QString message = verify.json.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QString::number(seq)), qPrintable(message));
        QVERIFY2(verify.err.contains(message), qPrintable(verify.err));
    }
};

QTEST_GUILESS_MAIN(TestCtlStaff)
#include "tst_ctlstaff.moc"
