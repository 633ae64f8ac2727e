// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ACME refund quotes over real HTTP against the embedded sandbox.
#include "../support/logcapture.h"

#include "acme/refundclient.h"
#include "runtime/runtime.h"
#include "sandbox/acmesandbox.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace checkstand;
using namespace checkstand::acme;
using checkstand::test::LogCapture;

namespace {

RefundRequest request(const QString& type, const QString& membership, const QString& level = {}) {
    RefundRequest r;
    r.contact.firstName = QStringLiteral("Jane");
    r.contact.lastName = QStringLiteral("Roe");
    r.contact.email = QStringLiteral("jane@example.com");
    r.card.brand = QStringLiteral("Visa");
    r.card.lastFour = QStringLiteral("4242");
    r.card.expDate = QStringLiteral("1230");
    r.card.number = SensitiveText(QStringLiteral("4242424242424242"));
    r.card.cvc = SensitiveText(QStringLiteral("123"));
    r.memberships = {{type, membership, level}};
    return r;
}

} // namespace

class TestRefundClient : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Runtime> m_runtime;

    QuoteOutcome quote(const RefundRequest& r, const QString& uuid) {
        bool done = false;
        QuoteOutcome out;
        m_runtime->refunds().quote(r, uuid, this, [&](const QuoteOutcome& o) {
            out = o;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("no quote");
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        RuntimeOptions options;
        options.sandbox = true;
        options.settingsFile = m_dir.filePath(QStringLiteral("s.ini"));
        options.dataDirectory = m_dir.path();
        m_runtime = std::make_unique<Runtime>(options);
        QString error;
        QVERIFY2(m_runtime->start(&error), qPrintable(error));
        m_runtime->sandboxServer()->acme().setToday(QDate(2026, 10, 1)); // 91 of 365 days left
    }

    void cancelRefundsTheUnusedShare() {
        const QuoteOutcome o = quote(
            request(QStringLiteral("MembershipCancel"), QStringLiteral("57742a012095d87d690c39bc")),
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o->refundAmount.toDecimalString(),
                 QStringLiteral("29.92")); // 120.00 x 91/365
        QCOMPARE(o->netAmount.toDecimalString(), QStringLiteral("-29.92"));
        QCOMPARE(o->details.size(), 1);
        QCOMPARE(o->details.first().lastFour, QStringLiteral("4242"));
        QVERIFY(o->detailsAddUp);
    }

    void downgradeRefundsTheDifference() {
        const QuoteOutcome o = quote(request(QStringLiteral("MembershipDowngrade"),
                                             QStringLiteral("M-1001"), QStringLiteral("Bronze")),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o->refundAmount.toDecimalString(), QStringLiteral("30.00"));
    }

    void splitRefundAcrossTwoMethods() {
        const QuoteOutcome o = quote(request(QStringLiteral("MembershipDowngrade"),
                                             QStringLiteral("M-SPLIT"), QStringLiteral("Bronze")),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o->refundAmount.toDecimalString(), QStringLiteral("70.00"));
        QCOMPARE(o->details.size(), 2);
        QCOMPARE(o->details.at(0).amount.toDecimalString(), QStringLiteral("35.00"));
        QCOMPARE(o->details.at(1).paymentMethod, QStringLiteral("GiftCard"));
        QVERIFY(o->detailsAddUp);
    }

    void aRetryOfTheSameQuoteIsNotTakenTwice() {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const RefundRequest r =
            request(QStringLiteral("MembershipCancel"), QStringLiteral("M-1001"));
        QVERIFY(quote(r, uuid).ok());
        const QuoteOutcome again = quote(r, uuid);
        QVERIFY(!again.ok());
        QVERIFY(acme::isAlreadySubmitted(again));
        QVERIFY2(again.error.contains(QStringLiteral("already submitted")),
                 qPrintable(again.error));
        const auto seen = m_runtime->sandboxServer()->requests(QStringLiteral("acme"));
        QCOMPARE(seen.at(seen.size() - 1).request.header("x-acme-request-uuid"), uuid.toLatin1());
        QCOMPARE(seen.at(seen.size() - 2).request.header("x-acme-request-uuid"), uuid.toLatin1());
    }

    void sandboxValidatesRequiredFields() {
        RefundRequest r = request(QStringLiteral("MembershipCancel"), QStringLiteral("M-1001"));
        r.contact.email.clear();
        const QuoteOutcome o = quote(r, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(o.http.httpStatus, 400);
        QVERIFY(o.error.contains(QStringLiteral("contactEmail")));
    }

    void cardDataNeverInLogs() {
        LogCapture capture;
        quote(
            request(QStringLiteral("MembershipCancel"), QStringLiteral("57742a012095d87d690c39bc")),
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString logs = capture.joined();
        QVERIFY(logs.contains(QStringLiteral("checkstand.net.acme")));
        QVERIFY(!logs.contains(QStringLiteral("4242424242424242")));
        QVERIFY(!logs.contains(QStringLiteral("\"cvc\":\"123\"")));
        QVERIFY(!logs.contains(m_runtime->sandboxServer()->apiKey(QStringLiteral("acme"))));
    }
};

QTEST_GUILESS_MAIN(TestRefundClient)
#include "tst_refundclient.moc"
