// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargeafter/sendlinkreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace checkstand;
using namespace checkstand::chargeafter;

namespace {

HttpResult ok200(const QByteArray& body) {
    HttpResult r;
    r.kind = HttpResult::Kind::Ok;
    r.httpStatus = 200;
    r.body = body;
    const QJsonDocument d = QJsonDocument::fromJson(body);
    r.json = d.isObject() ? QJsonValue(d.object()) : QJsonValue(d.array());
    r.serviceName = QStringLiteral("ChargeAfter");
    return r;
}

} // namespace

class TestSendLinkReply : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("word");
        QTest::newRow("string true (the contract's example)")
            << QByteArray(
                   R"({"success":"true","statusTrackingId":"0b05119e-eeb8-418a-bbfb-defa0dde417e"})")
            << true << int(HttpResult::Kind::Ok) << "";
        QTest::newRow("boolean true")
            << QByteArray(R"({"success":true,"statusTrackingId":"abc-123"})") << true
            << int(HttpResult::Kind::Ok) << "";
        QTest::newRow("boolean false with message")
            << QByteArray(R"({"success":false,"message":"Consumer not eligible"})") << false
            << int(HttpResult::Kind::Ok) << "Consumer not eligible";
        QTest::newRow("string false") << QByteArray(R"({"success":"false"})") << false
                                      << int(HttpResult::Kind::Ok) << "gave no reason";
        QTest::newRow("success missing") << QByteArray(R"({"statusTrackingId":"x"})") << false
                                         << int(HttpResult::Kind::InvalidResponse) << "success";
        QTest::newRow("success yes")
            << QByteArray(R"({"success":"yes","statusTrackingId":"x"})") << false
            << int(HttpResult::Kind::InvalidResponse) << "success";
        QTest::newRow("no tracking id")
            << QByteArray(R"({"success":true})") << false << int(HttpResult::Kind::InvalidResponse)
            << "statusTrackingId";
        QTest::newRow("tracking id not a string")
            << QByteArray(R"({"success":true,"statusTrackingId":42})") << false
            << int(HttpResult::Kind::InvalidResponse) << "statusTrackingId";
        QTest::newRow("hostile tracking id")
            << QByteArray(R"({"success":true,"statusTrackingId":"<script>alert(1)</script>"})")
            << false << int(HttpResult::Kind::InvalidResponse) << "statusTrackingId";
        QTest::newRow("array") << QByteArray(R"([true])") << false
                               << int(HttpResult::Kind::InvalidResponse) << "not a JSON object";
    }
    void replies() {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(QString, word);
        const SendLinkOutcome o = readSendLinkReply(ok200(body));
        QCOMPARE(o.ok(), ok);
        QCOMPARE(int(o.http.kind), kind);
        QCOMPARE(o.ok() ? o->statusTrackingId.isEmpty() : true, !ok);
        if (!ok) {
            QVERIFY2(o.error.contains(word), qPrintable(o.error));
            QVERIFY(historySummary(o).startsWith(QStringLiteral("Not sent")));
            QVERIFY(!historySummary(o).contains(QStringLiteral("Consumer")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSendLinkReply)
#include "tst_sendlinkreply.moc"
