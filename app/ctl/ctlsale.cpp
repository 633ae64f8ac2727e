// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl check-order | price | sale complete | sale void | sale finance
#include "ctlcommands.h"
#include "ctlio.h"
#include "ctljournal.h"

#include "aifi/pricingclient.h"
#include "audit/auditjournal.h"
#include "chargeafter/sendlinkreply.h"
#include "operators/operatorsession.h"
#include "orderchecker/ordercheckclient.h"
#include "runtime/runtime.h"
#include "sale/financingcart.h"
#include "sale/salesession.h"
#include "settings/appsettings.h"
#include "usecases/sendlink.h"

#include <QJsonArray>

namespace checkstand::ctl {

int checkOrder(Runtime& runtime, const QString& ticketFile) {
    int exitCode = ExitOk;
    const std::optional<Ticket> ticket = readTicket(ticketFile, &exitCode);
    if (!ticket)
        return exitCode;
    if (runtime.endpoint(service::orderChecker).isEmpty()) {
        printError(Tr::tr("No Order Checker endpoint is configured."));
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
        printError(Tr::tr("No pricing service endpoint is configured."));
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
            o.insert(QStringLiteral("name"),
                     l.isDeposit ? Tr::tr("Deposit: %1").arg(ticket->lines.at(i).name)
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

// Waits for the check-and-price pass that load() started: the window's cart as it stands.
void waitForPass(SaleSession& session) {
    if (!session.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&session, &SaleSession::passFinished, &loop, [&] {
        if (!session.isBusy())
            loop.quit();
    });
    loop.exec();
}

// The window's own path to "may this sale finish": the check-and-price pass on the cart, then
// the final check on exactly that cart and pricing with status "completed". Detached: the
// terminal's current sale (on screen in the window) is left alone.
orderchecker::Decision finalise(SaleSession& session, const Ticket& ticket) {
    session.load(ticket);
    waitForPass(session);
    return await<orderchecker::Decision>([&](auto done) {
        QObject::connect(&session, &SaleSession::finalisationDecided, &session, done,
                         Qt::SingleShotConnection);
        session.requestFinalisation();
    });
}

int blocked(const orderchecker::Decision& decision) {
    printError(decision.reason);
    printJson({{QStringLiteral("ok"), false}, {QStringLiteral("reason"), decision.reason}});
    return ExitFailed;
}

// One --tender as typed: "cash", "cash:50.00", "card:REF", "financing" or "financing:REF".
struct TenderSpec {
    Tender tender = Tender::Cash;
    std::optional<Money> tendered; // cash:AMOUNT; empty: this tender pays the rest
    QString reference;
    bool paysTheRest() const { return !tendered; }
};

// Empty on success, else why not in words.
QString readTenderSpec(const QString& text, const QString& currency, TenderSpec* out) {
    const qsizetype colon = text.indexOf(u':');
    const QString name = colon < 0 ? text : text.left(colon);
    const QString value = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    const std::optional<Tender> tender = tenderFromString(name.trimmed());
    if (!tender)
        return Tr::tr("--tender %1: the tender must be cash, card or financing.").arg(text);
    out->tender = *tender;
    switch (*tender) {
    case Tender::Cash:
        if (colon >= 0) {
            const auto parsed = Money::parse(value, currency);
            if (!parsed.ok())
                return Tr::tr("--tender %1: %2").arg(text, parsed.error);
            out->tendered = parsed.value;
        }
        return {};
    case Tender::Card:
        // The terminal's approval reference, never a card number: refused here as the tender
        // dialog refuses it, before anything is checked or priced.
        if (value.isEmpty())
            return Tr::tr(
                "A card payment needs the terminal's approval reference: --tender card:REF");
        if (const QString why = cardReferenceProblem(value); !why.isEmpty())
            return Tr::tr("--tender card: %1").arg(why);
        out->reference = value;
        return {};
    case Tender::Financing:
        out->reference = value;
        return {};
    }
    return {};
}

// The payments the specs make for `due`: the cash amounts as tendered, and the one tender
// without an amount pays the rest; with none, each cash pays what is still due (the last one's
// excess is change). nullopt with `error` in words.
std::optional<QList<Payment>> paymentsFor(const QList<TenderSpec>& specs, const Money& due,
                                          QString* error) {
    std::optional<Money> fixed = Money::fromMinor(0, due.currency());
    bool hasRest = false;
    for (const TenderSpec& s : specs) {
        hasRest = hasRest || s.paysTheRest();
        if (!s.paysTheRest())
            fixed = fixed ? fixed->plus(*s.tendered) : std::nullopt;
    }
    if (!fixed) {
        *error = Tr::tr("The amounts tendered are too large to add up.");
        return std::nullopt;
    }
    QList<Payment> payments;
    std::optional<Money> remaining = due;
    for (const TenderSpec& s : specs) {
        Payment p;
        p.tender = s.tender;
        p.reference = s.reference;
        if (s.paysTheRest()) {
            const std::optional<Money> rest = due.minus(*fixed);
            if (!rest) {
                *error = Tr::tr("The amounts tendered are too large to add up.");
                return std::nullopt;
            }
            if (rest->isNegative() || rest->isZero()) {
                *error =
                    Tr::tr("The cash tendered (%1) already pays the sale (%2); leave out "
                           "--tender %3.")
                        .arg(fixed->toDisplayString(), due.toDisplayString(), toString(s.tender));
                return std::nullopt;
            }
            p.amount = *rest;
            p.tendered = *rest;
        } else if (hasRest) {
            p.amount = *s.tendered;
            p.tendered = *s.tendered;
        } else {
            // What is still due, at most: the rest of what was handed over is change.
            const std::optional<Money> left = remaining->minus(*s.tendered);
            if (!left) {
                *error = Tr::tr("The amounts tendered are too large to add up.");
                return std::nullopt;
            }
            p.amount = left->isNegative() ? *remaining : *s.tendered;
            p.tendered = *s.tendered;
            remaining = left->isNegative() ? Money::fromMinor(0, due.currency()) : *left;
        }
        payments.append(p);
    }
    return payments;
}

// The tenders of `sale complete`: --tender values, or the tenders file (a JSON array of
// payments, Payment::toJson). nullopt (after saying why) on a usage error.
struct TenderInput {
    QList<TenderSpec> specs;
    std::optional<QList<Payment>> payments; // from the file, as they are
};

std::optional<TenderInput> readTenders(const SaleOptions& options, const QString& currency) {
    TenderInput input;
    if (!options.tendersFile.isEmpty()) {
        if (!options.tenders.isEmpty()) {
            printError(
                Tr::tr("Give the tenders with --tender or in a file (--tenders), not both."));
            return std::nullopt;
        }
        QJsonDocument doc;
        QString error;
        if (!readJsonDocument(options.tendersFile, doc, error)) {
            printError(error);
            return std::nullopt;
        }
        if (!doc.isArray() || doc.array().isEmpty()) {
            printError(Tr::tr("%1 must hold a JSON array of payments.").arg(options.tendersFile));
            return std::nullopt;
        }
        QList<Payment> payments;
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const std::optional<Payment> p =
                array.at(i).isObject() ? Payment::fromJson(array.at(i).toObject(), currency)
                                       : std::nullopt;
            if (!p) {
                printError(Tr::tr("%1: payment %2 is not a payment (\"tender\" cash, card or "
                                  "financing; \"amount\"; \"tendered\" for cash; \"reference\").")
                               .arg(options.tendersFile)
                               .arg(i + 1));
                return std::nullopt;
            }
            payments.append(*p);
        }
        input.payments = payments;
        return input;
    }
    const QStringList texts =
        options.tenders.isEmpty() ? QStringList{QStringLiteral("cash")} : options.tenders;
    int rest = 0;
    for (const QString& text : texts) {
        TenderSpec spec;
        if (const QString why = readTenderSpec(text, currency, &spec); !why.isEmpty()) {
            printError(why);
            return std::nullopt;
        }
        rest += spec.paysTheRest() ? 1 : 0;
        input.specs.append(spec);
    }
    if (rest > 1) {
        printError(Tr::tr("Only one tender can pay the rest of the total; give cash amounts "
                          "(--tender cash:20.00) for the others, or use --tenders FILE."));
        return std::nullopt;
    }
    return input;
}

QJsonArray paymentsJson(const QList<Payment>& payments) {
    QJsonArray array;
    for (const Payment& p : payments)
        array.append(p.toJson());
    return array;
}

} // namespace

int saleComplete(Runtime& runtime, const QString& ticketFile, const SaleOptions& options) {
    int exitCode = ExitOk;
    const std::optional<Ticket> read = readTicket(ticketFile, &exitCode);
    if (!read)
        return exitCode;
    if (read->lines.isEmpty()) {
        printError(Tr::tr("%1 has no lines.").arg(ticketFile));
        return ExitUsage;
    }
    // The tenders are read before anything is checked or priced: a typing mistake costs no
    // service call.
    const std::optional<TenderInput> tenders = readTenders(options, read->currency);
    if (!tenders)
        return ExitUsage;
    SaleSession session(runtime.saleServices(), SaleSession::Persistence::Detached);
    const orderchecker::Decision decision = finalise(session, *read);
    if (!decision.allowed)
        return blocked(decision);
    const std::optional<Money> due = session.payableTotal();
    if (!due)
        return refuse(Tr::tr("The sale's total is too large to compute."), ExitFailed,
                      QStringLiteral("overflow"));
    QString why;
    const std::optional<QList<Payment>> payments =
        tenders->payments ? tenders->payments : paymentsFor(tenders->specs, *due, &why);
    if (!payments)
        return refuse(why, ExitUsage, QStringLiteral("tender"));
    // The rule completeWith() applies, asked first so a tender that does not fit is a usage
    // error (exit 2) and a sale that cannot be saved is a failure (exit 1).
    if (const QString problem = paymentsProblem(*payments, *due); !problem.isEmpty())
        return refuse(problem, ExitUsage, QStringLiteral("tender"));
    // Recorded with the sale: "checkstand-ctl (<OS user>)". Set once the ticket is loaded, just
    // before it is recorded.
    session.setOperatorName(runtime.session().operatorName());
    std::optional<CompletedSale> recorded;
    QObject::connect(&session, &SaleSession::saleCompleted, &session,
                     [&](const CompletedSale& sale) { recorded = sale; });
    if (const QString failed = session.completeWith(*payments); !failed.isEmpty() || !recorded) {
        const StorageError& error = runtime.sales().lastError();
        const QString text = failed.isEmpty() ? Tr::tr("The sale could not be recorded.") : failed;
        return error.failed() ? storageRefusal(error, text) : refuse(text, ExitFailed);
    }
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("saleId"), recorded->ticket.id},
                    {QStringLiteral("number"), recorded->ticket.retailerOrderId},
                    {QStringLiteral("total"), recorded->total.toDecimalString()},
                    {QStringLiteral("tender"), toString(recorded->tender)},
                    {QStringLiteral("payments"), paymentsJson(recorded->payments)}};
    if (const std::optional<Money> change = changeDue(recorded->payments))
        out.insert(QStringLiteral("change"), change->toDecimalString());
    else
        printError(Tr::tr("The sale is recorded, but its change is too large to compute."));
    if (!decision.reason.isEmpty())
        out.insert(QStringLiteral("note"), decision.reason);
    printJson(out);
    return ExitOk;
}

int saleVoid(Runtime& runtime, const QString& ticketFile, const QString& reason) {
    if (reason.trimmed().isEmpty()) {
        printError(
            Tr::tr("A void needs its reason: --reason TEXT (it is recorded with the sale)."));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::optional<Ticket> read = readTicket(ticketFile, &exitCode);
    if (!read)
        return exitCode;
    SaleSession session(runtime.saleServices(), SaleSession::Persistence::Detached);
    session.load(*read);
    // The pass load() started is let finish, so nothing is in flight when the sale is given up.
    waitForPass(session);
    std::optional<VoidedSale> voided;
    QObject::connect(&session, &SaleSession::saleVoided, &session,
                     [&](const VoidedSale& v) { voided = v; });
    if (const QString why = session.voidSale(reason.trimmed(), runtime.session().operatorName());
        !why.isEmpty()) {
        const StorageError& error = runtime.sales().lastError();
        return error.failed() ? storageRefusal(error, why) : refuse(why, ExitFailed);
    }
    if (const int code = journalled(runtime, auditkind::kVoid,
                                    {{QStringLiteral("saleId"), read->id},
                                     {QStringLiteral("number"), read->retailerOrderId},
                                     {QStringLiteral("reason"), reason.trimmed()}},
                                    Tr::tr("Sale %1 was voided").arg(read->retailerOrderId));
        code != ExitOk)
        return code;
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("saleId"), read->id},
                    {QStringLiteral("number"), read->retailerOrderId},
                    {QStringLiteral("state"), QStringLiteral("voided")},
                    {QStringLiteral("reason"), voided ? voided->reason : reason.trimmed()}};
    if (voided)
        out.insert(QStringLiteral("voidedAt"), voided->voidedAt.toUTC().toString(Qt::ISODate));
    printJson(out);
    return ExitOk;
}

int saleFinance(Runtime& runtime, const QString& ticketFile, const QString& customerFile,
                const SaleOptions& options) {
    int exitCode = ExitOk;
    const std::optional<Ticket> read = readTicket(ticketFile, &exitCode);
    if (!read)
        return exitCode;
    if (read->lines.isEmpty()) {
        printError(Tr::tr("%1 has no lines.").arg(ticketFile));
        return ExitUsage;
    }
    QJsonObject customer;
    QString error;
    if (!readJsonObject(customerFile, customer, error)) {
        printError(error);
        return ExitUsage;
    }
    // The customer part of a send-link request: the cart and the order id are the sale's.
    for (const char* key : {"cartDetails", "merchantOrderId"}) {
        if (customer.contains(QLatin1String(key))) {
            printError(Tr::tr("%1: leave out \"%2\"; the sale supplies it.")
                           .arg(customerFile, QLatin1String(key)));
            return ExitUsage;
        }
    }
    if (!options.flow.isEmpty()) {
        if (options.flow != QLatin1String("checkout") && options.flow != QLatin1String("apply")) {
            printError(Tr::tr("--flow must be checkout or apply."));
            return ExitUsage;
        }
        customer.insert(QStringLiteral("flow"), options.flow);
    } else if (!customer.contains(QStringLiteral("flow"))) {
        customer.insert(QStringLiteral("flow"), QStringLiteral("checkout"));
    }
    // A second link for the same sale is a deliberate choice, as the window asks first.
    if (!read->financingLinks.isEmpty() && !options.again)
        return refuse(Tr::tr("A link was already sent for this sale (%1); add --again to send "
                             "another.")
                          .arg(read->financingLinks.join(QStringLiteral(", "))),
                      ExitUsage, QStringLiteral("alreadySent"));
    auto parsed = chargeafter::SendLinkRequest::fromJson(customer, runtime.settings().currency());
    if (!parsed.errors.isEmpty())
        return reportInvalid(parsed.errors);

    SaleSession session(runtime.saleServices(), SaleSession::Persistence::Detached);
    const orderchecker::Decision decision = finalise(session, *read);
    if (!decision.allowed)
        return blocked(decision);
    // The cart as priced (tax, deposits, discount, freight): what the customer would pay here.
    QString why;
    const auto cart = financingCart(session.ticket(), session.pricing(), &why);
    if (!cart)
        return refuse(
            Tr::tr("Sale %1 cannot go to financing: %2").arg(session.ticket().retailerOrderId, why),
            ExitFailed, QStringLiteral("cart"));
    chargeafter::SendLinkRequest request = parsed.request;
    request.cartDetails = *cart;
    request.merchantOrderId = session.ticket().retailerOrderId;
    QObject receiver;
    const auto result = await<SendLink::Result>(
        [&](auto done) { runtime.sendLinkUseCase().send(request, &receiver, done); });
    if (!result.invalid.isEmpty())
        return reportInvalid(result.invalid);
    if (!result.outcome.ok()) {
        printJson(chargeafter::toJson(result.outcome));
        printError(result.outcome.error);
        return result.outcome.isConfigurationError() ? ExitConfiguration : ExitFailed;
    }
    const QString trackingId = result.outcome->statusTrackingId;
    // Whoever sent the link, kept with the sale while it waits.
    session.setOperatorName(runtime.session().operatorName());
    if (const QString failed = session.awaitFinancing(trackingId); !failed.isEmpty())
        return refuse(Tr::tr("The link %1 went out, but the sale could not be put to wait for "
                             "financing: %2")
                          .arg(trackingId, failed),
                      ExitFailed, QStringLiteral("storage"));
    // Read back: the wait is what survives a restart, so that is what is reported.
    const std::optional<AwaitingFinancing> waiting = runtime.sales().awaiting(session.ticket().id);
    if (!waiting)
        return runtime.sales().lastError().failed()
                   ? storageRefusal(runtime.sales().lastError())
                   : refuse(
                         Tr::tr("The link %1 went out, but sale %2 is not waiting for financing.")
                             .arg(trackingId, session.ticket().retailerOrderId),
                         ExitFailed, QStringLiteral("storage"));
    printError(Tr::tr("Sale %1 waits for ChargeAfter (link %2). Record the answer with: "
                      "sale financing approve %1 --reference REF, or sale financing decline %1.")
                   .arg(waiting->ticket.retailerOrderId, trackingId));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("saleId"), waiting->ticket.id},
               {QStringLiteral("sale"), waiting->ticket.retailerOrderId},
               {QStringLiteral("total"), waiting->total.toDecimalString()},
               {QStringLiteral("trackingId"), waiting->trackingId},
               {QStringLiteral("state"), QStringLiteral("awaitingFinancing")},
               {QStringLiteral("environment"),
                runtime.isSandbox() ? QStringLiteral("sandbox") : QStringLiteral("live")}});
    return ExitOk;
}

} // namespace checkstand::ctl
