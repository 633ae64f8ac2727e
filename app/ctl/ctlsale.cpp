// checkstand-ctl check-order | price | sale complete
#include "ctlcommands.h"
#include "ctlio.h"

#include "aifi/pricingclient.h"
#include "orderchecker/ordercheckclient.h"
#include "runtime/runtime.h"
#include "sale/salesession.h"

#include <QJsonArray>

namespace checkstand::ctl {

int checkOrder(Runtime& runtime, const QString& ticketFile) {
    int exitCode = ExitOk;
    const std::optional<Ticket> ticket = readTicket(ticketFile, &exitCode);
    if (!ticket)
        return exitCode;
    if (runtime.endpoint(service::orderChecker).isEmpty()) {
        printError(tr("No Order Checker endpoint is configured."));
        return ExitConfiguration;
    }
    const orderchecker::CheckerSettings settings = runtime.saleServices().rules().checker;
    QObject receiver;
    const auto outcome = await<orderchecker::CheckOutcome>(
        [&](auto done) { runtime.orderChecker().check(*ticket, &receiver, done); });
    const orderchecker::Decision decision = orderchecker::decide(outcome, settings);
    Ticket applied = *ticket;
    orderchecker::applyActions(applied, orderchecker::actionsOf(outcome));

    static const char* kinds[] = {"passed", "passedWithErrors", "blocked"};
    QJsonArray actions;
    for (const orderchecker::Action& a : orderchecker::actionsOf(outcome)) {
        static const char* names[] = {"itemError",      "orderError",   "freightChange",
                                      "discountChange", "itemShipping", "addGift",
                                      "orderNotice"};
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(names[int(a.kind)])},
                      {QStringLiteral("message"), a.message}};
        if (!a.componentId.isEmpty())
            o.insert(QStringLiteral("componentId"), a.componentId);
        actions.append(o);
    }
    QJsonObject out{{QStringLiteral("verdict"), outcome.ok()
                                                    ? QLatin1String(kinds[int(outcome->kind)])
                                                    : QLatin1String("apiFailure")},
                    {QStringLiteral("finalisationAllowed"), decision.allowed},
                    {QStringLiteral("reason"), decision.reason},
                    {QStringLiteral("actions"), actions},
                    {QStringLiteral("ignored"),
                     QJsonArray::fromStringList(outcome.ok() ? outcome->ignored : QStringList())},
                    {QStringLiteral("ticket"), applied.toJson()}};
    if (outcome.http.httpStatus != 0)
        out.insert(QStringLiteral("httpStatus"), outcome.http.httpStatus);
    printJson(out);
    if (!outcome.ok())
        printError(outcome.error);
    else if (!decision.allowed)
        printError(decision.reason);
    return decision.allowed ? ExitOk : ExitFailed;
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
    // The context the Sale page's pricing pass would send for this ticket.
    const aifi::PricingContext context = SaleSession::pricingContextFor(
        runtime.saleServices().rules(), *ticket, false, 0, runtime.clock().now());
    QObject receiver;
    const auto outcome = await<aifi::PricingOutcome>(
        [&](auto done) { runtime.pricing().price(*ticket, context, &receiver, done); });
    if (!outcome.ok()) {
        printError(outcome.error);
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), outcome.http.ok()
                                                             ? QStringLiteral("inconsistent")
                                                             : outcome.http.kindName()},
                                {QStringLiteral("message"), outcome.error}}}});
        return outcome.isConfigurationError() ? ExitConfiguration : ExitFailed;
    }
    const aifi::PricedCart& cart = *outcome;
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

namespace {

std::optional<Tender> tenderNamed(const QString& name) {
    for (Tender t : {Tender::Cash, Tender::Card, Tender::Financing}) {
        if (toString(t) == name)
            return t;
    }
    return std::nullopt;
}

} // namespace

int saleComplete(Runtime& runtime, const QString& ticketFile, const QString& tenderName) {
    int exitCode = ExitOk;
    const std::optional<Ticket> read = readTicket(ticketFile, &exitCode);
    if (!read)
        return exitCode;
    if (read->lines.isEmpty()) {
        printError(tr("%1 has no lines.").arg(ticketFile));
        return ExitUsage;
    }
    const std::optional<Tender> tender = tenderNamed(tenderName);
    if (!tender) {
        printError(tr("--tender must be cash, card or financing."));
        return ExitUsage;
    }
    // The window's own path: the check-and-price pass on the cart, the final check on exactly
    // that cart, pricing with status "completed", then the payable total journalled. Detached:
    // the terminal's current sale (on screen in the window) is left alone.
    SaleSession session(runtime.saleServices(), SaleSession::Persistence::Detached);
    session.load(*read);
    if (session.isBusy()) {
        QEventLoop loop;
        QObject::connect(&session, &SaleSession::passFinished, &loop, [&] {
            if (!session.isBusy())
                loop.quit();
        });
        loop.exec();
    }
    const auto decision = await<orderchecker::Decision>([&](auto done) {
        QObject::connect(&session, &SaleSession::finalisationDecided, &session, done,
                         Qt::SingleShotConnection);
        session.requestFinalisation();
    });
    if (!decision.allowed) {
        printError(decision.reason);
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("reason"), decision.reason}});
        return ExitFailed;
    }
    std::optional<CompletedSale> recorded;
    QObject::connect(&session, &SaleSession::saleCompleted, &session,
                     [&](const CompletedSale& sale) { recorded = sale; });
    if (!session.complete(*tender) || !recorded) {
        printError(tr(
            "The sale could not be recorded (already recorded, or the database is not writable)."));
        return ExitFailed;
    }
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("saleId"), recorded->ticket.id},
                    {QStringLiteral("total"), recorded->total.toDecimalString()},
                    {QStringLiteral("tender"), toString(recorded->tender)}};
    if (!decision.reason.isEmpty())
        out.insert(QStringLiteral("note"), decision.reason);
    printJson(out);
    return ExitOk;
}

} // namespace checkstand::ctl
