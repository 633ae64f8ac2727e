// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlcommands.h"

#include "ctlio.h"
#include "ctljournal.h"

#include "audit/auditjournal.h"
#include "catalog/catalog.h"
#include "chargeafter/linkhistory.h"
#include "diagnostics/doctor.h"
#include "runtime/runtime.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "usecases/quoterefund.h"
#include "usecases/sendlink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace checkstand::ctl {

namespace {

int exitCodeFor(const chargeafter::SendLinkOutcome& outcome) {
    if (outcome.ok())
        return ExitOk;
    return outcome.isConfigurationError() ? ExitConfiguration : ExitFailed;
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
    if (!parsed.errors.isEmpty())
        return reportInvalid(parsed.errors);
    QObject receiver;
    const auto result = await<SendLink::Result>(
        [&](auto done) { runtime.sendLinkUseCase().send(parsed.request, &receiver, done); });
    if (!result.invalid.isEmpty())
        return reportInvalid(result.invalid);
    QJsonObject out = chargeafter::toJson(result.outcome);
    out.insert(QStringLiteral("environment"),
               runtime.isSandbox() ? QStringLiteral("sandbox") : QStringLiteral("live"));
    printJson(out);
    if (!result.outcome.ok())
        printError(result.outcome.error);
    return exitCodeFor(result.outcome);
}

int doctor(Runtime& runtime, bool asText) {
    Doctor doctor(runtime);
    const auto report = await<DoctorReport>([&](auto done) {
        QObject::connect(&doctor, &Doctor::finished, &doctor, done);
        doctor.run();
    });
    if (asText)
        QTextStream(stdout) << report.toText();
    else
        printJson(report.toJson());
    if (!report.ok())
        printError(Tr::tr("Some checks failed; see above."));
    return report.ok() ? ExitOk : ExitFailed;
}

int history(Runtime& runtime) {
    QJsonArray entries;
    for (const auto& e : runtime.linkHistory().entries()) {
        entries.append(
            QJsonObject{{QStringLiteral("sentAt"), e.sentAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("channel"), e.channel},
                        {QStringLiteral("flow"), e.flow},
                        {QStringLiteral("customerName"), e.customerName},
                        {QStringLiteral("maskedContact"), e.maskedContact},
                        {QStringLiteral("statusTrackingId"), e.trackingId},
                        {QStringLiteral("result"), e.result}});
    }
    printJson({{QStringLiteral("retentionDays"), runtime.settings().historyRetentionDays()},
               {QStringLiteral("entries"), entries}});
    return ExitOk;
}

namespace {

int writeSecret(Runtime& runtime, const QString& name, const QString& value) {
    QObject receiver;
    const auto result = await<SecretWriteResult>(
        [&](auto done) { runtime.keychain().write(name, value, &receiver, done); });
    if (!result.ok) {
        printError(result.error);
        return ExitConfiguration;
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("secret"), name},
               {QStringLiteral("stored"), !value.isEmpty()}});
    return ExitOk;
}

} // namespace

int secretSet(Runtime& runtime, const QString& name) {
    QTextStream in(stdin);
    const QString value = in.readLine().trimmed();
    if (value.isEmpty()) {
        printError(Tr::tr("Give the secret's value on standard input, e.g. from a file: "
                          "checkstand-ctl secret set %1 < key.txt")
                       .arg(name));
        return ExitUsage;
    }
    return writeSecret(runtime, name, value);
}

int secretDelete(Runtime& runtime, const QString& name) {
    return writeSecret(runtime, name, QString());
}

int catalogImport(Runtime& runtime, const QString& file) {
    const ImportReport report = runtime.catalog().importFile(file, runtime.settings().currency());
    // A catalog that cannot be written (disk full, read-only...) is not a bad file: exit 1.
    const bool storageFailed = runtime.catalog().lastError().failed();
    // The report lists the first skipped rows only (a million bad rows are not a million
    // lines); the rest are counted.
    QJsonArray problems;
    for (const ImportProblem& p : report.problems) {
        problems.append(
            QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
        printError(Tr::tr("line %1: %2").arg(p.line).arg(p.message));
    }
    if (report.unlistedProblems() > 0)
        printError(Tr::tr("… and %1 more rows skipped (%2 in all).")
                       .arg(report.unlistedProblems())
                       .arg(report.problemCount));
    const int products = runtime.catalog().count();
    const int skipped = qMax(report.problemCount, int(report.problems.size()));
    // The import is all or nothing: only one that went in changed the catalog.
    if (report.ok()) {
        if (const int code = journalled(
                runtime, auditkind::kCatalogImport,
                {{QStringLiteral("file"), file},
                 {QStringLiteral("imported"), report.imported},
                 {QStringLiteral("rejected"), skipped}},
                Tr::tr("%1 was imported (%2 products, %3 rows skipped)")
                    .arg(file, QString::number(report.imported), QString::number(skipped)));
            code != ExitOk)
            return code;
    }
    QJsonObject out{{QStringLiteral("ok"), report.ok()},
                    {QStringLiteral("imported"), report.imported},
                    {QStringLiteral("skipped"), problems},
                    {QStringLiteral("skippedCount"), skipped},
                    {QStringLiteral("products"), products}};
    if (!report.ok()) {
        out.insert(QStringLiteral("error"), report.error);
        printError(report.error);
    }
    printJson(out);
    if (!report.ok())
        return storageFailed ? ExitFailed : ExitUsage;
    return ExitOk;
}

int refundQuote(Runtime& runtime, const QString& requestFile, const QString& requestUuid) {
    QJsonObject json;
    QString error;
    if (!readJsonObject(requestFile, json, error)) {
        printError(error);
        return ExitUsage;
    }
    FieldErrors errors;
    acme::RefundRequest request = acme::RefundRequest::fromJson(json, &errors);
    if (errors.isEmpty()) {
        // Card data: standard input only, read into one buffer that is wiped, and from there
        // straight into the card's own fields (no QJsonDocument copy of the number or CVC).
        QString why;
        if (!acme::readCardDataFromStandardInput(&request.card, &why)) {
            request.card.wipe();
            printError(why);
            return ExitUsage;
        }
    }
    if (request.card.lastFour.isEmpty() && request.card.number.size() >= 4)
        request.card.lastFour = request.card.number.reveal().right(4);
    if (!errors.isEmpty()) {
        request.card.wipe();
        return reportInvalid(errors);
    }
    // Wipes the card data as soon as the request has gone out.
    QObject receiver;
    const auto result = await<QuoteRefund::Result>(
        [&](auto done) { runtime.quoteRefund().quote(request, requestUuid, &receiver, done); });
    request.card.wipe();
    if (!result.invalid.isEmpty())
        return reportInvalid(result.invalid);
    const acme::QuoteOutcome& outcome = result.outcome;
    if (!outcome.ok()) {
        printError(outcome.error);
        QJsonObject err{{QStringLiteral("kind"), result.alreadySubmitted()
                                                     ? QStringLiteral("alreadySubmitted")
                                                     : outcome.http.kindName()},
                        {QStringLiteral("message"), outcome.error}};
        if (outcome.http.httpStatus != 0)
            err.insert(QStringLiteral("httpStatus"), outcome.http.httpStatus);
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("requestUuid"), result.requestId},
                   {QStringLiteral("error"), err}});
        return outcome.isConfigurationError() ? ExitConfiguration : ExitFailed;
    }
    if (!outcome->detailsAddUp)
        printError(Tr::tr("Warning: the refund details do not add up to the refund amount."));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("requestUuid"), result.requestId},
               {QStringLiteral("quote"), outcome->toJson()}});
    return ExitOk;
}

} // namespace checkstand::ctl
