#include "ctlcommands.h"

#include "acme/refundclient.h"
#include "aifi/pricingclient.h"
#include "catalog/catalog.h"
#include "chargeafter/linkhistory.h"
#include "chargeafter/sendlinkclient.h"
#include "chargeafter/sendlinkvalidator.h"
#include "diagnostics/doctor.h"
#include "orderchecker/ordercheckclient.h"
#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "runtime/runtime.h"
#include "sale/salesstore.h"
#include "sale/ticket.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

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

// A ticket file for the sale commands; nullopt (with the exit code set) after saying why.
std::optional<Ticket> readTicket(const QString& file, int* exitCode) {
    QJsonObject json;
    QString error;
    if (!readJsonObject(file, json, error)) {
        printError(error);
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    auto parsed = Ticket::fromJson(json);
    if (!parsed.ticket) {
        printError(tr("%1 is not a Checkstand ticket: %2").arg(file, parsed.error));
        *exitCode = ExitUsage;
    }
    return parsed.ticket;
}

// A request that fails validation: every field on stderr, all of them as JSON, exit 2.
int reportInvalid(const FieldErrors& errors) {
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
    if (!errors.isEmpty())
        return reportInvalid(errors);

    QEventLoop loop;
    chargeafter::SendLinkOutcome outcome;
    runtime.sendLink().send(request, &loop, [&](const chargeafter::SendLinkOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();

    runtime.linkHistory().record(
        chargeafter::LinkHistoryEntry::from(request, outcome, runtime.clock().now()));
    QJsonObject result = outcome.toJson();
    result.insert(QStringLiteral("environment"),
                  runtime.isSandbox() ? QStringLiteral("sandbox") : QStringLiteral("live"));
    printJson(result);
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
    QEventLoop loop;
    SecretWriteResult result;
    runtime.keychain().write(name, value, &loop, [&](const SecretWriteResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
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
        printError(tr("Give the secret's value on standard input, e.g. from a file: "
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
    QJsonArray problems;
    for (const ImportProblem& p : report.problems) {
        problems.append(
            QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("message"), p.message}});
        printError(tr("line %1: %2").arg(p.line).arg(p.message));
    }
    QJsonObject out{{QStringLiteral("ok"), report.ok()},
                    {QStringLiteral("imported"), report.imported},
                    {QStringLiteral("skipped"), problems},
                    {QStringLiteral("products"), runtime.catalog().count()}};
    if (!report.ok()) {
        out.insert(QStringLiteral("error"), report.error);
        printError(report.error);
    }
    printJson(out);
    return report.ok() ? ExitOk : ExitUsage;
}

int checkOrder(Runtime& runtime, const QString& ticketFile) {
    int exitCode = ExitOk;
    const std::optional<Ticket> ticket = readTicket(ticketFile, &exitCode);
    if (!ticket)
        return exitCode;
    if (runtime.endpoint(service::orderChecker).isEmpty()) {
        printError(tr("No Order Checker endpoint is configured."));
        return ExitConfiguration;
    }
    const orderchecker::CheckerSettings settings = runtime.checkerSettings();
    QEventLoop loop;
    orderchecker::CheckOutcome outcome;
    runtime.orderChecker().check(*ticket, &loop, [&](const orderchecker::CheckOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    const orderchecker::Decision decision = orderchecker::decide(outcome, settings);
    Ticket applied = *ticket;
    orderchecker::applyActions(applied, outcome.actions);

    static const char* kinds[] = {"passed", "passedWithErrors", "blocked", "apiFailure"};
    QJsonArray actions;
    for (const orderchecker::Action& a : outcome.actions) {
        static const char* names[] = {"itemError",      "orderError",   "freightChange",
                                      "discountChange", "itemShipping", "addGift",
                                      "orderNotice"};
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(names[int(a.kind)])},
                      {QStringLiteral("message"), a.message}};
        if (!a.componentId.isEmpty())
            o.insert(QStringLiteral("componentId"), a.componentId);
        actions.append(o);
    }
    QJsonObject out{{QStringLiteral("verdict"), QLatin1String(kinds[int(outcome.kind)])},
                    {QStringLiteral("finalisationAllowed"), decision.allowed},
                    {QStringLiteral("reason"), decision.reason},
                    {QStringLiteral("actions"), actions},
                    {QStringLiteral("ignored"), QJsonArray::fromStringList(outcome.ignored)},
                    {QStringLiteral("ticket"), applied.toJson()}};
    if (outcome.http.httpStatus != 0)
        out.insert(QStringLiteral("httpStatus"), outcome.http.httpStatus);
    printJson(out);
    if (outcome.kind == orderchecker::CheckOutcome::Kind::ApiFailure)
        printError(outcome.failure);
    else if (!decision.allowed)
        printError(decision.reason);
    return decision.allowed ? ExitOk : ExitFailed;
}

int saleComplete(Runtime& runtime, const QString& ticketFile, const QString& tenderName) {
    int exitCode = ExitOk;
    const std::optional<Ticket> read = readTicket(ticketFile, &exitCode);
    if (!read)
        return exitCode;
    if (read->lines.isEmpty()) {
        printError(tr("%1 has no lines.").arg(ticketFile));
        return ExitUsage;
    }
    std::optional<Tender> tender;
    for (Tender t : {Tender::Cash, Tender::Card, Tender::Financing}) {
        if (toString(t) == tenderName)
            tender = t;
    }
    if (!tender) {
        printError(tr("--tender must be cash, card or financing."));
        return ExitUsage;
    }
    Ticket ticket = *read;
    if (!runtime.endpoint(service::orderChecker).isEmpty()) {
        QEventLoop loop;
        orderchecker::CheckOutcome outcome;
        runtime.orderChecker().check(ticket, &loop, [&](const orderchecker::CheckOutcome& o) {
            outcome = o;
            loop.quit();
        });
        loop.exec();
        const auto decision = orderchecker::decide(outcome, runtime.checkerSettings());
        if (!decision.allowed) {
            printError(decision.reason);
            printJson({{QStringLiteral("ok"), false}, {QStringLiteral("reason"), decision.reason}});
            return ExitFailed;
        }
        orderchecker::applyActions(ticket, outcome.actions);
    }
    CompletedSale sale;
    sale.ticket = ticket;
    sale.tender = *tender;
    sale.total = ticket.total().value_or(Money::fromMinor(0, ticket.currency));
    sale.completedAt = runtime.clock().now();
    if (!runtime.sales().recordCompleted(sale)) {
        printError(tr(
            "The sale could not be recorded (already recorded, or the database is not writable)."));
        return ExitFailed;
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("saleId"), ticket.id},
               {QStringLiteral("total"), sale.total.toDecimalString()},
               {QStringLiteral("tender"), toString(sale.tender)}});
    return ExitOk;
}

namespace {

QJsonObject entryJson(const outbox::Entry& e, const QDateTime& now) {
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("saleId"), e.saleId},
                  {QStringLiteral("state"), outbox::toString(e.state)},
                  {QStringLiteral("createdAt"), e.createdAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("ageSeconds"), e.createdAt.secsTo(now)},
                  {QStringLiteral("attempts"), e.attempts},
                  {QStringLiteral("body"), QJsonDocument::fromJson(e.body).object()}};
    if (!e.lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), e.lastError);
    if (e.lastStatus != 0)
        o.insert(QStringLiteral("lastStatus"), e.lastStatus);
    if (e.state == outbox::State::Queued || e.state == outbox::State::Retrying)
        o.insert(QStringLiteral("nextAttemptAt"), e.nextAttemptAt.toUTC().toString(Qt::ISODate));
    if (e.deliveredAt.isValid())
        o.insert(QStringLiteral("deliveredAt"), e.deliveredAt.toUTC().toString(Qt::ISODate));
    if (!e.discardedReason.isEmpty())
        o.insert(QStringLiteral("discardedReason"), e.discardedReason);
    return o;
}

QJsonObject countsJson(const outbox::Counts& c) {
    QJsonObject o{{QStringLiteral("queued"), c.queued},
                  {QStringLiteral("retrying"), c.retrying},
                  {QStringLiteral("rejected"), c.rejected},
                  {QStringLiteral("deliveredToday"), c.deliveredToday},
                  {QStringLiteral("paused"), c.paused}};
    if (c.paused)
        o.insert(QStringLiteral("pauseReason"), c.pauseReason);
    return o;
}

} // namespace

int outboxList(Runtime& runtime) {
    QJsonArray entries;
    for (const outbox::Entry& e : runtime.outbox().entries())
        entries.append(entryJson(e, runtime.clock().now()));
    printJson({{QStringLiteral("counts"), countsJson(runtime.outbox().counts())},
               {QStringLiteral("entries"), entries}});
    return ExitOk;
}

int outboxRetry(Runtime& runtime, qint64 id) {
    // "retry" is also how an operator resumes a queue paused on rejected credentials.
    if (runtime.outbox().isPaused())
        runtime.outbox().resume();
    if (id > 0 && !runtime.outbox().retryNow(id)) {
        printError(tr("No notification %1 is waiting or rejected.").arg(id));
        return ExitUsage;
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("counts"), countsJson(runtime.outbox().counts())}});
    return ExitOk;
}

int outboxDiscard(Runtime& runtime, qint64 id, const QString& reason) {
    if (reason.trimmed().isEmpty()) {
        printError(tr("Discarding needs a reason: --reason \"...\" (it is recorded)."));
        return ExitUsage;
    }
    if (!runtime.outbox().discard(id, reason)) {
        printError(
            tr("No notification %1 can be discarded (delivered, discarded or unknown).").arg(id));
        return ExitUsage;
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("id"), id},
               {QStringLiteral("reason"), reason}});
    return ExitOk;
}

int outboxFlush(Runtime& runtime) {
    QEventLoop loop;
    int left = 0;
    runtime.deliveryWorker().flush([&](int remaining) {
        left = remaining;
        loop.quit();
    });
    loop.exec();
    const outbox::Counts c = runtime.outbox().counts();
    printJson({{QStringLiteral("left"), left}, {QStringLiteral("counts"), countsJson(c)}});
    if (c.paused)
        printError(c.pauseReason);
    return left == 0 ? ExitOk : ExitFailed;
}

int price(Runtime& runtime, const QString& ticketFile) {
    int exitCode = ExitOk;
    const std::optional<Ticket> ticket = readTicket(ticketFile, &exitCode);
    if (!ticket)
        return exitCode;
    if (runtime.endpoint(service::aifi).isEmpty()) {
        printError(tr("No pricing service endpoint is configured."));
        return ExitConfiguration;
    }
    const aifi::PricingContext context = runtime.pricingContext(*ticket, false);
    QEventLoop loop;
    aifi::PricingOutcome outcome;
    runtime.pricing().price(*ticket, context, &loop, [&](const aifi::PricingOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    if (!outcome.cart) {
        printError(outcome.error);
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), outcome.http.ok()
                                                             ? QStringLiteral("inconsistent")
                                                             : outcome.http.kindName()},
                                {QStringLiteral("message"), outcome.error}}}});
        return outcome.http.kind == HttpResult::Kind::Configuration ? ExitConfiguration
                                                                    : ExitFailed;
    }
    const aifi::PricedCart& cart = *outcome.cart;
    QJsonArray lines;
    for (const aifi::PricedLine& l : cart.lines) {
        QJsonArray taxLines;
        for (const aifi::TaxLine& t : l.taxLines)
            taxLines.append(QJsonObject{{QStringLiteral("title"), t.title},
                                        {QStringLiteral("rate"), t.rate},
                                        {QStringLiteral("amount"), t.amount.toDecimalString()},
                                        {QStringLiteral("taxId"), t.taxId}});
        QJsonObject o{{QStringLiteral("lineId"), l.isDeposit ? l.parentLineId : l.id},
                      {QStringLiteral("isDeposit"), l.isDeposit},
                      {QStringLiteral("quantity"), l.quantity},
                      {QStringLiteral("subtotal"), l.subtotal.toDecimalString()},
                      {QStringLiteral("tax"), l.tax.toDecimalString()},
                      {QStringLiteral("total"), l.total.toDecimalString()},
                      {QStringLiteral("taxLines"), taxLines}};
        const qsizetype i = ticket->indexOfLine(o.value(QStringLiteral("lineId")).toString());
        if (i >= 0)
            o.insert(QStringLiteral("name"), l.isDeposit
                                                 ? tr("Deposit: %1").arg(ticket->lines.at(i).name)
                                                 : ticket->lines.at(i).name);
        lines.append(o);
    }
    QJsonArray breakdown;
    for (const auto& g : cart.taxBreakdown())
        breakdown.append(QJsonObject{{QStringLiteral("title"), g.title},
                                     {QStringLiteral("rate"), g.rate},
                                     {QStringLiteral("amount"), g.amount.toDecimalString()}});
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("orderId"), cart.orderId},
               {QStringLiteral("subtotal"), cart.subtotal.toDecimalString()},
               {QStringLiteral("tax"), cart.tax.toDecimalString()},
               {QStringLiteral("total"), cart.total.toDecimalString()},
               {QStringLiteral("taxBreakdown"), breakdown},
               {QStringLiteral("lines"), lines}});
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
        // Card data: standard input only. The raw bytes are overwritten as soon as they are read.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(tr("Cannot read the card data from standard input."));
            return ExitUsage;
        }
        QByteArray raw = in.read(4096);
        QJsonDocument card = QJsonDocument::fromJson(raw);
        raw.fill('\0');
        const QJsonObject c = card.object();
        request.card.number =
            acme::SensitiveText(c.value(QLatin1String("manualEntryCardNumber")).toString());
        request.card.cvc = acme::SensitiveText(c.value(QLatin1String("cvc")).toString());
        for (const char* key : {"creditCardBrand", "ccLastFourDigits", "expDate"}) {
            if (c.contains(QLatin1String(key))) {
                QString* target = qstrcmp(key, "creditCardBrand") == 0    ? &request.card.brand
                                  : qstrcmp(key, "ccLastFourDigits") == 0 ? &request.card.lastFour
                                                                          : &request.card.expDate;
                *target = c.value(QLatin1String(key)).toString();
            }
        }
        card = QJsonDocument();
    }
    if (request.card.lastFour.isEmpty() && request.card.number.size() >= 4)
        request.card.lastFour = request.card.number.reveal().right(4);
    if (errors.isEmpty())
        errors = acme::validate(request, runtime.clock().today());
    if (!errors.isEmpty()) {
        request.card.wipe();
        return reportInvalid(errors);
    }
    const QString uuid =
        requestUuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : requestUuid;
    QEventLoop loop;
    acme::QuoteOutcome outcome;
    runtime.refunds().quote(request, uuid, &loop, [&](const acme::QuoteOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    request.card.wipe();
    if (!outcome.quote) {
        printError(outcome.error);
        QJsonObject err{{QStringLiteral("kind"), outcome.alreadySubmitted
                                                     ? QStringLiteral("alreadySubmitted")
                                                     : outcome.http.kindName()},
                        {QStringLiteral("message"), outcome.error}};
        if (outcome.http.httpStatus != 0)
            err.insert(QStringLiteral("httpStatus"), outcome.http.httpStatus);
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("requestUuid"), uuid},
                   {QStringLiteral("error"), err}});
        return outcome.http.kind == HttpResult::Kind::Configuration ? ExitConfiguration
                                                                    : ExitFailed;
    }
    if (!outcome.quote->detailsAddUp)
        printError(tr("Warning: the refund details do not add up to the refund amount."));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("requestUuid"), uuid},
               {QStringLiteral("quote"), outcome.quote->toJson()}});
    return ExitOk;
}

} // namespace checkstand::ctl
