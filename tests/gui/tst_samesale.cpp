// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The same ticket finished in the window (the Sale page, F12, cash) and by `checkstand-ctl sale
// complete` goes through one use case: the same final pricing call and the same journalled total.
#include "guitestenvironment.h"

#include "pages/salepage.h"
#include "sale/salesession.h"
#include "sandbox/sandboxserver.h"
#include "secrets/secretnames.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "widgets/tenderdialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace checkstand;
using namespace checkstand::testing;

namespace {

constexpr int kTimeout = 30000;
const QStringList kServices = {service::orderChecker, service::aifi, service::elevate};

// What legitimately differs between two runs: clocks and the ids the vendor hands out.
QJsonValue withoutTimes(const QJsonValue& v) {
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(withoutTimes(e));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList volatileKeys = {
            QStringLiteral("timeOfIssue"), QStringLiteral("timeOfOrigin"),
            QStringLiteral("updatedAt"), QStringLiteral("createdAt"), QStringLiteral("orderId")};
        if (!volatileKeys.contains(it.key()))
            out.insert(it.key(), withoutTimes(it.value()));
    }
    return out;
}

} // namespace

class TestSameSale : public QObject {
    Q_OBJECT

    sandbox::SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    Ticket m_ticket;
    QString m_ticketFile;

    // The final ("completed") pricing request the sandbox saw last, minus clocks and ids.
    QJsonValue lastCompletedPricing() const {
        QJsonValue found;
        for (const sandbox::RecordedRequest& r : m_sandbox.requests(service::aifi)) {
            const QJsonObject body = QJsonDocument::fromJson(r.request.body).object();
            if (body.value(QStringLiteral("status")).toString() == QLatin1String("completed"))
                found = withoutTimes(body);
        }
        return found;
    }

    void exportSecrets(QProcessEnvironment* env) const {
        for (const QString& s : kServices) {
            const QString var = secrets::environmentVariableFor(m_sandbox.secretName(s));
            if (env)
                env->insert(var, m_sandbox.apiKey(s));
            else
                qputenv(var.toLatin1().constData(), m_sandbox.apiKey(s).toUtf8());
        }
    }

    RuntimeOptions liveOptions() const {
        RuntimeOptions o;
        o.secretsFromEnvironment = true;
        for (const QString& s : kServices)
            o.endpointOverrides.insert(s, m_sandbox.endpoint(s));
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        useUsEnglish();
        QVERIFY(m_sandbox.start());
        exportSecrets(nullptr);
        QFile f(QStringLiteral(CHECKSTAND_DOCS_EXAMPLES "/ticket.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto parsed = Ticket::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QVERIFY2(parsed.ticket, qPrintable(parsed.error));
        m_ticket = *parsed.ticket;
        m_ticketFile = m_dir.filePath(QStringLiteral("ticket.json"));
        QFile out(m_ticketFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(m_ticket.toJson()).toJson());
    }

    void windowAndCtlJournalTheSameSale() {
        // The window: the ticket is the terminal's current sale, finished with F12 and cash.
        GuiTestEnvironment env;
        QVERIFY(env.start(liveOptions()));
        env.runtime->settings().setValue(settingskey::orderCheckerHeaders,
                                         QStringList{QStringLiteral("X-Api-Token")});
        QVERIFY(env.runtime->sales().saveCurrent(m_ticket));
        m_sandbox.clearRequests();
        SalePage page(*env.runtime);
        page.resize(1024, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.session().ticket().id, m_ticket.id);
        QTRY_VERIFY_WITH_TIMEOUT(!page.session().isBusy(), kTimeout);
        QVERIFY2(page.session().pricing().has_value(), qPrintable(page.session().pricingError()));
        TenderDialog::setNextAnswer(TenderDialog::Answer::Cash);
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_F12);
        QTRY_COMPARE_WITH_TIMEOUT(env.runtime->sales().journal().size(), 1, kTimeout);
        TenderDialog::clearNextAnswer();
        const CompletedSale window = env.runtime->sales().journal().first();
        const QJsonValue windowPricing = lastCompletedPricing();
        QVERIFY(!windowPricing.isUndefined());

        // checkstand-ctl: the same ticket file, its own data folder, the same services.
        m_sandbox.clearRequests();
        QFile settings(m_dir.filePath(QStringLiteral("ctl.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[orderchecker]\nheaderNames=X-Api-Token\n");
        settings.close();
        QStringList args = {QStringLiteral("--settings"), settings.fileName(),
                            QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("ctl"))};
        for (const QString& s : kServices)
            args << QStringLiteral("--endpoint") << s + u'=' + m_sandbox.endpoint(s).toString();
        args << QStringLiteral("sale") << QStringLiteral("complete") << m_ticketFile
             << QStringLiteral("--tender") << QStringLiteral("cash");
        QProcess ctl;
        QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
        exportSecrets(&penv);
        ctl.setProcessEnvironment(penv);
        ctl.start(QStringLiteral(CHECKSTAND_CTL), args);
        // Our event loop must run: the sandbox answering the child lives in this process.
        QVERIFY(QTest::qWaitFor([&] { return ctl.state() == QProcess::NotRunning; }, kTimeout));
        const QByteArray err = ctl.readAllStandardError();
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        QVERIFY2(out.value(QStringLiteral("ok")).toBool(), err.constData());

        QCOMPARE(out.value(QStringLiteral("total")).toString(), window.total.toDecimalString());
        QCOMPARE(lastCompletedPricing(), windowPricing);
        // The payable total (priced, with tax and deposits), not the ticket's local sum.
        QVERIFY(window.total != *m_ticket.total());
    }
};

QTEST_MAIN(TestSameSale)
#include "tst_samesale.moc"
