// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain (Secret Service). The test command runs this inside dbus-run-session
// with an unlocked gnome-keyring; CHECKSTAND_REQUIRE_KEYRING=1 turns "no keyring" into a
// failure there instead of a skip.
#include "secrets/environmentsecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretnames.h"

#include <QTest>
#include <QUuid>

using namespace checkstand;

class TestKeychain : public QObject {
    Q_OBJECT

    KeychainSecretStore m_store{QStringLiteral("checkstand-test")};

    SecretResult read(SecretStore& store, const QString& name) {
        bool done = false;
        SecretResult result;
        store.read(name, this, [&](const SecretResult& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("keychain read never answered");
        return result;
    }

    SecretWriteResult write(const QString& name, const QString& value) {
        bool done = false;
        SecretWriteResult result;
        m_store.write(name, value, this, [&](const SecretWriteResult& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("keychain write never answered");
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        const bool required = qEnvironmentVariableIntValue("CHECKSTAND_REQUIRE_KEYRING") == 1;
        if (!required && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session; the README test command provides one");
    }

    void writeReadDelete() {
        const QString name = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
        const SecretWriteResult w = write(name, QStringLiteral("value-1"));
        QVERIFY2(w.ok, qPrintable(w.error));
        SecretResult r = read(m_store, name);
        QCOMPARE(r.status, SecretResult::Status::Found);
        QCOMPARE(r.value, QStringLiteral("value-1"));
        QVERIFY(write(name, QString()).ok); // empty deletes
        r = read(m_store, name);
        QCOMPARE(r.status, SecretResult::Status::NotFound);
    }

    void environmentWinsOverKeychain() {
        const QString name = QStringLiteral("env-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(write(name, QStringLiteral("from-keychain")).ok);
        EnvironmentSecretStore env(&m_store);
        QCOMPARE(read(env, name).value, QStringLiteral("from-keychain"));
        const QByteArray var = secrets::environmentVariableFor(name).toLatin1();
        qputenv(var.constData(), "from-env");
        QCOMPARE(read(env, name).value, QStringLiteral("from-env"));
        qunsetenv(var.constData());
        write(name, QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
