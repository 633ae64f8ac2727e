// checkstand-bench: prints each figure next to its floor, measured in the same run on the same
// machine, so a regression shows as a ratio rather than as a number that depends on the box.
// Not a test: it asserts nothing. Later integrations add their figures here.
#include "chargeafter/sendlinkclient.h"
#include "mainwindow.h"
#include "runtime/runtime.h"
#include "sandbox/sandboxserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <unistd.h>

using namespace checkstand;

namespace {

QTextStream out(stdout);

qint64 residentKb() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void row(const QString& figure, double value, double floor, const QString& unit) {
    out << QStringLiteral("%1 %2 %3   floor %4 %3   ratio %5\n")
               .arg(figure, -46)
               .arg(value, 10, 'f', 1)
               .arg(unit, -3)
               .arg(floor, 10, 'f', 1)
               .arg(floor > 0 ? value / floor : 0, 0, 'f', 2);
    out.flush();
}

chargeafter::SendLinkRequest sampleRequest() {
    chargeafter::SendLinkRequest r;
    r.sendUsing = chargeafter::SendUsing::Sms;
    chargeafter::ConsumerDetails c;
    c.firstName = QStringLiteral("Jane");
    c.lastName = QStringLiteral("Roe");
    c.email = QStringLiteral("jane@example.com");
    c.mobilePhoneNumber = QStringLiteral("2124445555");
    r.consumerDetails = c;
    return r;
}

// Round trips through the whole client stack vs a bare QNetworkAccessManager POST of the same
// bytes to the same sandbox.
void sendLinkRoundTrips(Runtime& runtime, int rounds) {
    chargeafter::SendLinkRequest request = sampleRequest();
    runtime.completeSendLink(request);
    QEventLoop loop;
    QElapsedTimer clock;

    for (int i = 0; i < 20; ++i) { // warm-up: connection, keychain-free secret path, caches
        runtime.sendLink().send(request, &loop, [&](const auto&) { loop.quit(); });
        loop.exec();
    }
    clock.start();
    for (int i = 0; i < rounds; ++i) {
        runtime.sendLink().send(request, &loop, [&](const auto&) { loop.quit(); });
        loop.exec();
    }
    const double clientUs = double(clock.nsecsElapsed()) / 1000.0 / rounds;

    QNetworkAccessManager bare;
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    QNetworkRequest nr(runtime.endpoint(QStringLiteral("chargeafter")));
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    nr.setRawHeader("Authorization",
                    "Bearer " +
                        runtime.sandboxServer()->apiKey(QStringLiteral("chargeafter")).toUtf8());
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const auto post = [&] {
        QNetworkReply* reply = bare.post(nr, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            loop.quit();
        });
        loop.exec();
    };
    for (int i = 0; i < 20; ++i)
        post();
    clock.restart();
    for (int i = 0; i < rounds; ++i)
        post();
    const double bareUs = double(clock.nsecsElapsed()) / 1000.0 / rounds;
    row(QStringLiteral("send-link round trip (HTTP layer + sandbox)"), clientUs, bareUs,
        QStringLiteral("us"));
}

// Child mode: show a window, report when it has been exposed, then quit.
int child(const QString& kind, int argc, char** argv) {
    QApplication app(argc, argv);
    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<QWidget> window;
    if (kind == QLatin1String("mainwindow")) {
        RuntimeOptions options;
        options.sandbox = true;
        options.settingsFile = dir.filePath(QStringLiteral("s.ini"));
        options.dataDirectory = dir.path();
        runtime = std::make_unique<Runtime>(options);
        QString error;
        if (!runtime->start(&error))
            return 1;
        window = std::make_unique<MainWindow>(*runtime);
    } else {
        window = std::make_unique<QWidget>();
        window->resize(1024, 700);
    }
    window->show();
    // The first turn of the event loop after show(): the window is mapped and painted.
    QTimer::singleShot(0, &app, [&] {
        QTextStream(stdout) << "shown " << residentKb() << Qt::endl;
        app.quit();
    });
    return app.exec();
}

void startupFigures(const QString& self, int runs) {
    const auto measure = [&](const QString& kind, double& ms, double& kb) {
        QList<double> times;
        QList<double> memory;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            QElapsedTimer clock;
            clock.start();
            p.start(self, {QStringLiteral("--child"), kind});
            p.waitForFinished(60000);
            const QByteArray line = p.readAllStandardOutput();
            const qsizetype at = line.indexOf("shown ");
            if (at < 0)
                continue;
            times << double(clock.nsecsElapsed()) / 1e6;
            memory << line.mid(at + 6).trimmed().toDouble();
        }
        ms = median(times);
        kb = median(memory);
    };
    double mainMs = 0;
    double mainKb = 0;
    double bareMs = 0;
    double bareKb = 0;
    measure(QStringLiteral("mainwindow"), mainMs, mainKb);
    measure(QStringLiteral("minimal"), bareMs, bareKb);
    row(QStringLiteral("start to first shown main window"), mainMs, bareMs, QStringLiteral("ms"));
    row(QStringLiteral("resident memory at first show"), mainKb / 1024.0, bareKb / 1024.0,
        QStringLiteral("MB"));
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return child(QString::fromLocal8Bit(argv[2]), argc, argv);

    QApplication app(argc, argv);
    QTemporaryDir dir;
    RuntimeOptions options;
    options.sandbox = true;
    options.settingsFile = dir.filePath(QStringLiteral("s.ini"));
    options.dataDirectory = dir.path();
    Runtime runtime(options);
    QString error;
    if (!runtime.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << "checkstand-bench: figure, then its floor measured now on this machine\n";
    sendLinkRoundTrips(runtime, 500);
    startupFigures(QCoreApplication::applicationFilePath(), 7);
    return 0;
}
