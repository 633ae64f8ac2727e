// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl as store IT runs it: a child process, JSON on stdout, words on stderr,
// meaningful exit codes.
#include "../support/ctlrunner.h"
#include "sandbox/sandboxserver.h"
#include "ticket/ticket.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace checkstand;

using checkstand::test::CtlRun;
using checkstand::test::CtlRunner;

class TestCtl : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    QByteArray example() const {
        QFile f(QStringLiteral(CHECKSTAND_TEST_DATA "/send-link-example.json"));
        f.open(QIODevice::ReadOnly);
        // Make the contract's example sendable today: an ID that has not expired.
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject id = o.value(QStringLiteral("idVerificationEvidence")).toObject();
        o.insert(QStringLiteral("idVerificationEvidence"), id);
        o.remove(QStringLiteral("postbackAuthKey"));
        return QJsonDocument(withFutureDates(o)).toJson();
    }

    // Documents carry fixed dates; the checks compare them with today. Keep them in the future.
    static QJsonObject withFutureDates(QJsonObject o) {
        if (!o.contains(QStringLiteral("idVerificationEvidence")))
            return o;
        const QDate later = QDate::currentDate().addYears(3);
        QJsonObject id = o.value(QStringLiteral("idVerificationEvidence")).toObject();
        id.insert(QStringLiteral("idExpiry"), later.toString(Qt::ISODate));
        id.insert(QStringLiteral("cardExpiry"), later.toString(QStringLiteral("MM/yy")));
        o.insert(QStringLiteral("idVerificationEvidence"), id);
        return o;
    }

    // Each command names its own --sandbox (or not): the prefix is only the two paths.
    CtlRun run(const QStringList& args, const QProcessEnvironment& extra = {}) {
        CtlRunner runner;
        runner.prefix = {QStringLiteral("--settings"),
                         m_dir.filePath(QStringLiteral("settings.ini")),
                         QStringLiteral("--data-dir"), m_dir.path()};
        return runner.run(args, {}, extra);
    }

private Q_SLOTS:
    void sendLinkOnSandbox() {
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("send-link"),
                              writeFile(QStringLiteral("ok.json"), example())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!r.json.value(QStringLiteral("statusTrackingId")).toString().isEmpty());
    }

    void documentedExamplesWork() {
        const QDir examples(QStringLiteral(CHECKSTAND_DOCS_EXAMPLES));
        const QStringList files = examples.entryList({QStringLiteral("send-link-*.json")});
        QVERIFY(files.size() >= 2);
        for (const QString& name : files) {
            QFile f(examples.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError error{};
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("send-link"),
                                  writeFile(name, QJsonDocument(withFutureDates(doc)).toJson())});
            QVERIFY2(r.exitCode == 0, qPrintable(name + u": " + r.err));
            QVERIFY(!r.json.value(QStringLiteral("statusTrackingId")).toString().isEmpty());
        }
    }

    void documentedCatalogAndTicketWork() {
        const QDir examples(QStringLiteral(CHECKSTAND_DOCS_EXAMPLES));
        for (const char* name : {"catalog.csv", "catalog.json"}) {
            const CtlRun r =
                run({QStringLiteral("--sandbox"), QStringLiteral("catalog"),
                     QStringLiteral("import"), examples.filePath(QLatin1String(name))});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.json.value(QStringLiteral("skipped")).toArray().isEmpty(),
                     qPrintable(r.out));
        }
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("check-order"),
                              examples.filePath(QStringLiteral("ticket.json"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    }

    void invalidRequestNamesTheFields() {
        QJsonObject o = QJsonDocument::fromJson(example()).object();
        QJsonObject id = o.value(QStringLiteral("idVerificationEvidence")).toObject();
        id.insert(QStringLiteral("idExpiry"), QStringLiteral("1994-11-05"));
        o.insert(QStringLiteral("idVerificationEvidence"), id);
        o.insert(QStringLiteral("sendUsing"), QStringLiteral("pigeon"));
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("send-link"),
                              writeFile(QStringLiteral("bad.json"), QJsonDocument(o).toJson())});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("validation"));
        QVERIFY2(r.err.contains(QStringLiteral("sendUsing")), qPrintable(r.err));
    }

    void notJsonIsAUsageError() {
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("send-link"),
                              writeFile(QStringLiteral("js.json"), "{channel: \"call_center\"}")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("not valid JSON")));
    }

    void serviceFailureExitsOne() {
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-scenario"),
                              QStringLiteral("chargeafter=http401"), QStringLiteral("send-link"),
                              writeFile(QStringLiteral("ok2.json"), example())});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("httpStatus"))
                     .toInt(),
                 401);
        QVERIFY(r.err.contains(QStringLiteral("API key")));
    }

    void secretFromEnvironmentAgainstAnExternalServer() {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const QString key = server.apiKey(QStringLiteral("chargeafter"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("CHECKSTAND_SECRET_CHARGEAFTER"), key);
        // The child blocks on its own event loop; ours must keep serving the sandbox.
        QProcess p;
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.insert(env);
        p.setProcessEnvironment(full);
        p.start(QStringLiteral(CHECKSTAND_CTL),
                {QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                 QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--endpoint"),
                 QStringLiteral("chargeafter=") +
                     server.endpoint(QStringLiteral("chargeafter")).toString(),
                 QStringLiteral("send-link"), writeFile(QStringLiteral("ok3.json"), example())});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QCOMPARE(server.requests(QStringLiteral("chargeafter")).size(), 1);
        QVERIFY(!out.contains(key));
        QVERIFY(!err.contains(key));
    }

    void missingKeyringIsSaidPlainly() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        const CtlRun r =
            run({QStringLiteral("--endpoint"),
                 QStringLiteral("chargeafter=http://127.0.0.1:%1/send").arg(probe.serverPort()),
                 QStringLiteral("send-link"), writeFile(QStringLiteral("ok4.json"), example())},
                env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("plain text"), Qt::CaseInsensitive) ||
                r.err.contains(QStringLiteral("never"), Qt::CaseInsensitive));
    }

    void doctorOnSandboxPasses() {
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("doctor")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(r.out.contains(QStringLiteral("Its secret is stored")));
    }

    void doctorReportsUnreachableEndpointAndMissingSecret() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("CHECKSTAND_SECRET_CHARGEAFTER"), QString());
        const CtlRun r = run({QStringLiteral("--endpoint"),
                              QStringLiteral("chargeafter=http://127.0.0.1:%1/send").arg(port),
                              QStringLiteral("doctor"), QStringLiteral("--text")},
                             env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Connection failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("secret is missing")), qPrintable(r.out));
    }

    void doctorSaysWhenTheStoreCaFileIsUnreadable() {
        // An unreadable CA file is never silent: every https check says why TLS may fail.
        const QString settings = writeFile(
            QStringLiteral("ca.ini"), "[network]\ncaCertificatesFile=/nonexistent/store-ca.pem\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("CHECKSTAND_SECRET_CHARGEAFTER"), QStringLiteral("x"));
        const CtlRun r = run({QStringLiteral("--settings"), settings, QStringLiteral("--endpoint"),
                              QStringLiteral("chargeafter=https://127.0.0.1:1/send"),
                              QStringLiteral("doctor"), QStringLiteral("--text")},
                             env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("/nonexistent/store-ca.pem does not exist")),
                 qPrintable(r.out));
    }

    void historyListsWhatWasSent() {
        run({QStringLiteral("--sandbox"), QStringLiteral("send-link"),
             writeFile(QStringLiteral("h.json"), example())});
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("history")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = r.json.value(QStringLiteral("entries")).toArray();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().toObject().value(QStringLiteral("customerName")).toString(),
                 QStringLiteral("John Doe"));
        QVERIFY(!r.out.contains(QStringLiteral("john.doe@example.com"))); // masked
    }

    void catalogImportReportsBadRowsByLine() {
        const QString csv =
            writeFile(QStringLiteral("products.csv"), "sku,barcode,name,price\n"
                                                      "K-1,4006381333931,Kettle,29.99\n"
                                                      "K-2,4006381333932,Bad code,1.00\n"
                                                      "K-3,,No price,\n");
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("catalog"),
                              QStringLiteral("import"), csv});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("imported")).toInt(), 1);
        const QJsonArray skipped = r.json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(r.err.contains(QStringLiteral("line 3")));
        const CtlRun missing =
            run({QStringLiteral("--sandbox"), QStringLiteral("catalog"), QStringLiteral("import"),
                 m_dir.filePath(QStringLiteral("absent.csv"))});
        QCOMPARE(missing.exitCode, 2);
    }

    void checkOrderPrintsVerdictAndActions() {
        Ticket t = Ticket::create(QStringLiteral("store-001-000007"), QStringLiteral("USD"),
                                  QDateTime::currentDateTime());
        TicketLine line;
        line.lineId = QStringLiteral("line-1");
        line.sku = QStringLiteral("MUG-01");
        line.name = QStringLiteral("Stoneware mug");
        line.unitPrice = Money::fromMinor(1250);
        t.lines = {line};
        CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("check-order"),
                        writeFile(QStringLiteral("t1.json"), QJsonDocument(t.toJson()).toJson())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
        QCOMPARE(r.json.value(QStringLiteral("finalisationAllowed")).toBool(), true);

        t.lines[0].quantity = 150; // the sandbox refuses more than 99 with a 403
        r = run({QStringLiteral("--sandbox"), QStringLiteral("check-order"),
                 writeFile(QStringLiteral("t2.json"), QJsonDocument(t.toJson()).toJson())});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        const QJsonObject action =
            r.json.value(QStringLiteral("actions")).toArray().first().toObject();
        QCOMPARE(action.value(QStringLiteral("kind")).toString(), QStringLiteral("itemError"));
        QCOMPARE(action.value(QStringLiteral("componentId")).toString(), QStringLiteral("line-1"));
        QVERIFY(r.err.contains(QStringLiteral("At most 99")));

        r = run({QStringLiteral("--sandbox"), QStringLiteral("check-order"),
                 writeFile(QStringLiteral("t3.json"), "{\"format\": \"something else\"}")});
        QCOMPARE(r.exitCode, 2);
    }

    void pricePrintsThePricedCart() {
        const CtlRun r = run({QStringLiteral("--sandbox"), QStringLiteral("price"),
                              QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/ticket.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Coffee 2 x 8.99 at 2 % (0.36) and a mug 12.50 at 8.25 % (1.03).
        QCOMPARE(r.json.value(QStringLiteral("tax")).toString(), QStringLiteral("1.39"));
        QCOMPARE(r.json.value(QStringLiteral("total")).toString(), QStringLiteral("31.87"));
        QCOMPARE(r.json.value(QStringLiteral("lines")).toArray().size(), 2);
        const CtlRun down = run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-scenario"),
                                 QStringLiteral("aifi=malformed"), QStringLiteral("price"),
                                 QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/ticket.json")});
        QCOMPARE(down.exitCode, 1);
        QCOMPARE(down.json.value(QStringLiteral("ok")).toBool(), false);
    }

    void refundQuoteTakesCardDataFromStdinOnlyAndLeavesNoTrace() {
        const QString pan = QStringLiteral("4242424242424242");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CHECKSTAND_CTL),
                {QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                 QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--sandbox"),
                 QStringLiteral("--verbose"), QStringLiteral("refund-quote"),
                 QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/refund-quote.json")});
        QVERIFY(p.waitForStarted(30000));
        p.write("{\"cvc\":\"123\",\"manualEntryCardNumber\":\"" + pan.toLatin1() + "\"}");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000)); // the sandbox runs inside the child: blocking is fine
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("quote")).isObject());
        QVERIFY(err.contains("checkstand.net.acme")); // the request was logged, redacted
        QVERIFY(!out.contains(pan.toLatin1()) && !err.contains(pan.toLatin1()));
        QVERIFY(!err.contains("\"cvc\":\"123\""));
        // Nothing on disk: data directory (databases, WAL and journal files) and settings.
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(pan.toLatin1()), qPrintable(f.fileName()));
        }
        // Card data in the request file is refused.
        QJsonObject withCvc = QJsonDocument::fromJson(QByteArray("{\"cvc\":\"123\"}")).object();
        const CtlRun refused =
            run({QStringLiteral("--sandbox"), QStringLiteral("refund-quote"),
                 writeFile(QStringLiteral("r.json"), QJsonDocument(withCvc).toJson())});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("standard input")));
    }

    void secretsGoToTheKeychainFromStdin() {
        if (qEnvironmentVariableIntValue("CHECKSTAND_REQUIRE_KEYRING") != 1 &&
            qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session; the README test command provides one");
        const QString secret =
            QStringLiteral("ctl-test-secret-%1").arg(QCoreApplication::applicationPid());
        QProcess p;
        p.start(QStringLiteral(CHECKSTAND_CTL),
                {QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("settings.ini")),
                 QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("secret"),
                 QStringLiteral("set"), QStringLiteral("ctltest")});
        p.write(secret.toUtf8() + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(!p.readAllStandardOutput().contains(secret.toUtf8()));
        QFile settings(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(!settings.open(QIODevice::ReadOnly) ||
                !settings.readAll().contains(secret.toUtf8()));
        QCOMPARE(
            run({QStringLiteral("secret"), QStringLiteral("delete"), QStringLiteral("ctltest")})
                .exitCode,
            0);
    }

    void badCommandLine() {
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--endpoint"),
                      QStringLiteral("chargeafter=http://example.com/x"), QStringLiteral("doctor")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
