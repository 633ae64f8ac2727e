#include "ctlcommands.h"

#include "chargeafter/linkhistory.h"
#include "chargeafter/sendlinkclient.h"
#include "chargeafter/sendlinkvalidator.h"
#include "diagnostics/doctor.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace checkstand::ctl {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("checkstand::ctl", s);
}

void printJson(const QJsonObject& o) {
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void printError(const QString& text) {
    QTextStream(stderr) << text << Qt::endl;
}

// Input files are small JSON documents; a bigger one is a mistake, not a request.
bool readJsonObject(const QString& path, QJsonObject& out, QString& error) {
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(1024 * 1024 + 1);
    if (data.size() > 1024 * 1024) {
        error = tr("%1 is larger than 1 MB.").arg(path);
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = parseError.error != QJsonParseError::NoError
                    ? tr("%1 is not valid JSON: %2 at byte %3")
                          .arg(path, parseError.errorString())
                          .arg(parseError.offset)
                    : tr("%1 must hold one JSON object.").arg(path);
        return false;
    }
    out = doc.object();
    return true;
}

int exitCodeFor(const chargeafter::SendLinkOutcome& outcome) {
    if (outcome.ok)
        return ExitOk;
    return outcome.http.kind == HttpResult::Kind::Configuration ? ExitConfiguration : ExitFailed;
}

} // namespace

int sendLink(Runtime& runtime, const QString& requestFile) {
    QJsonObject json;
    QString error;
    if (!readJsonObject(requestFile, json, error)) {
        printError(error);
        return ExitUsage;
    }
    auto parsed = chargeafter::SendLinkRequest::fromJson(json, runtime.settings().currency());
    chargeafter::SendLinkRequest& request = parsed.request;
    runtime.completeSendLink(request);
    FieldErrors errors = parsed.errors;
    if (errors.isEmpty())
        errors = chargeafter::validate(request,
                                       {runtime.clock().today(), runtime.settings().storeRegion()});
    if (!errors.isEmpty()) {
        QJsonArray fields;
        for (const FieldError& e : errors) {
            fields.append(QJsonObject{{QStringLiteral("field"), e.field},
                                      {QStringLiteral("message"), e.message}});
            printError(QStringLiteral("%1: %2").arg(e.field, e.message));
        }
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("validation")},
                                {QStringLiteral("message"), tr("The request is not valid.")},
                                {QStringLiteral("fields"), fields}}}});
        return ExitUsage;
    }

    QEventLoop loop;
    chargeafter::SendLinkOutcome outcome;
    runtime.sendLink().send(request, &loop, [&](const chargeafter::SendLinkOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();

    runtime.linkHistory().record(
        chargeafter::LinkHistoryEntry::from(request, outcome, runtime.clock().now()));
    printJson(outcome.toJson());
    if (!outcome.ok)
        printError(outcome.errorText);
    return exitCodeFor(outcome);
}

int doctor(Runtime& runtime, bool asText) {
    Doctor doctor(runtime);
    QEventLoop loop;
    DoctorReport report;
    QObject::connect(&doctor, &Doctor::finished, &loop, [&](const DoctorReport& r) {
        report = r;
        loop.quit();
    });
    doctor.run();
    loop.exec();
    if (asText)
        QTextStream(stdout) << report.toText();
    else
        printJson(report.toJson());
    if (!report.ok())
        printError(tr("Some checks failed; see above."));
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace checkstand::ctl
