// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargeafter/linkhistory.h"
#include "chargeafter/sendlinkreply.h"
#include "chargeafter/sendlinkrequest.h"
#include "settings/appsettings.h"
#include "util/timezone.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace checkstand;
using namespace checkstand::chargeafter;

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndMigration() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings s(AppSettings::openFile(path));
            QCOMPARE(s.storeRegion(), QStringLiteral("US"));
            QCOMPARE(s.historyRetentionDays(), 90);
            QVERIFY(!s.anyEndpointConfigured());
            s.setEndpoint(service::chargeAfter,
                          QUrl(QStringLiteral("https://api.example.com/send")));
            s.sync();
        }
        AppSettings again(AppSettings::openFile(path));
        QVERIFY(again.anyEndpointConfigured());
        QCOMPARE(again.endpoint(service::chargeAfter).host(), QStringLiteral("api.example.com"));
        QCOMPARE(again.value(QStringLiteral("meta/version")).toInt(), 2);
    }

    void version1TimeoutsMoveToEachService() {
        // Version 1 had one timeout for ChargeAfter, ACME and Elevate, and pricing used the Order
        // Checker's: after the upgrade each service keeps the value it used.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings old(path, QSettings::IniFormat);
            old.setValue(QStringLiteral("meta/version"), 1);
            old.setValue(QStringLiteral("network/timeoutSeconds"), 33);
            old.setValue(QStringLiteral("orderchecker/timeoutSeconds"), 4);
        }
        AppSettings s(AppSettings::openFile(path));
        QCOMPARE(s.timeoutSeconds(service::chargeAfter), 33);
        QCOMPARE(s.timeoutSeconds(service::acme), 33);
        QCOMPARE(s.timeoutSeconds(service::elevate), 33);
        QCOMPARE(s.timeoutSeconds(service::orderChecker), 4);
        QCOMPARE(s.timeoutSeconds(service::aifi), 4);
        QVERIFY(!s.value(QStringLiteral("network/timeoutSeconds")).isValid());
        // From then on they are separate: the Order Checker's no longer moves pricing's.
        s.setValue(settingskey::timeout(service::orderChecker), 9);
        QCOMPARE(s.timeoutSeconds(service::aifi), 4);
    }

    void changedIsEmittedOnlyOnChange() {
        QTemporaryDir dir;
        AppSettings s(AppSettings::openFile(dir.filePath(QStringLiteral("s.ini"))));
        int changes = 0;
        connect(&s, &AppSettings::changed, this, [&] { ++changes; });
        s.setValue(settingskey::storeId, QStringLiteral("store-001")); // the default
        s.setValue(settingskey::storeId, QStringLiteral("store-042"));
        QCOMPARE(changes, 1);
    }

    void historyKeepsLittleAndPurges() {
        QTemporaryDir dir;
        LinkHistory history;
        QVERIFY(history.open(dir.filePath(QStringLiteral("h.db"))));
        SendLinkRequest r;
        r.sendUsing = SendUsing::Email;
        ConsumerDetails c;
        c.firstName = QStringLiteral("Jane");
        c.lastName = QStringLiteral("Roe");
        c.email = QStringLiteral("jane.roe@example.com");
        c.mobilePhoneNumber = QStringLiteral("2124445555");
        c.shippingAddress.line1 = QStringLiteral("77 Secret Lane");
        r.consumerDetails = c;
        SendLinkOutcome ok;
        ok.value = chargeafter::SendLinkReply{QStringLiteral("trk-1")};
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        SendLinkRequest old = r;
        old.consumerDetails->firstName = QStringLiteral("Oldfellow");
        QVERIFY(history.record(LinkHistoryEntry::from(old, ok, now.addDays(-100))));
        QVERIFY(history.record(LinkHistoryEntry::from(r, ok, now)));
        const auto entries = history.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().customerName, QStringLiteral("Jane Roe"));
        QCOMPARE(entries.first().maskedContact, QStringLiteral("ja***@example.com"));
        QCOMPARE(entries.first().trackingId, QStringLiteral("trk-1"));
        QCOMPARE(history.purgeOlderThan(now.addDays(-90)), 1);
        QCOMPARE(history.entries().size(), 1);

        // No address, full e-mail or phone anywhere in the database files.
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("Secret Lane"), qPrintable(name));
            QVERIFY2(!bytes.contains("jane.roe@"), qPrintable(name));
            QVERIFY2(!bytes.contains("2124445555"), qPrintable(name));
            QVERIFY2(!bytes.contains("Oldfellow"), qPrintable(name)); // purged means gone
        }
    }

    void theTimeZoneIsReadOnceAndStaysTheSame() {
        // The mains' first call (util/timezone.h): the zone and the local times stay exactly
        // what they were; only how often glibc looks at /etc/localtime changes.
        const QByteArray saved = qgetenv("TZ");
        const bool wasSet = qEnvironmentVariableIsSet("TZ");
        qunsetenv("TZ");
        const QByteArray zone = QTimeZone::systemTimeZoneId();
        const QDateTime utc(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
        const QString local = utc.toLocalTime().toString(Qt::ISODate);
        readTimeZoneOnce();
        QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
        QCOMPARE(QTimeZone::systemTimeZoneId(), zone);
        QCOMPARE(utc.toLocalTime().toString(Qt::ISODate), local);
        // One the store set on purpose is kept.
        qputenv("TZ", QByteArrayLiteral("Europe/Paris"));
        readTimeZoneOnce();
        QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Paris"));
        qputenv("TZ", QByteArray("")); // UTC for glibc: a choice as well
        readTimeZoneOnce();
        QVERIFY(qEnvironmentVariableIsSet("TZ"));
        QVERIFY(qgetenv("TZ").isEmpty());
        if (wasSet)
            qputenv("TZ", saved);
        else
            qunsetenv("TZ");
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
