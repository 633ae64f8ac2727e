// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl sale history | show | return | financing, receipt: the records of finished
// sales, through the same store and use cases as the Sale history page.
#include "ctlcommands.h"
#include "ctlio.h"
#include "ctljournal.h"

#include "audit/auditjournal.h"
#include "operators/operatorsession.h"
#include "print/receiptprinter.h"
#include "receipt/receipt.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "storage/salesstore.h"
#include "usecases/financingwait.h"
#include "usecases/returns.h"

#include <QGuiApplication>
#include <QJsonArray>

namespace checkstand::ctl {

namespace {

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODate);
}

QJsonArray paymentsJson(const QList<Payment>& payments) {
    QJsonArray array;
    for (const Payment& p : payments)
        array.append(p.toJson());
    return array;
}

QJsonObject summaryJson(const SaleSummary& s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("completedAt"), iso(s.completedAt)},
            {QStringLiteral("total"), s.total.toDecimalString()},
            {QStringLiteral("tender"), toString(s.tender)},
            {QStringLiteral("lines"), s.lines},
            {QStringLiteral("returned"), s.returned.toDecimalString()},
            {QStringLiteral("operator"), s.operatorName}};
}

QJsonObject returnJson(const SaleReturn& r) {
    QJsonArray lines;
    for (const ReturnLine& l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("lineId"), l.lineId},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("refund"), l.refund.toDecimalString()}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("saleId"), r.saleId},
            {QStringLiteral("saleNumber"), r.saleNumber},
            {QStringLiteral("createdAt"), iso(r.createdAt)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("refunds"), paymentsJson(r.refunds)},
            {QStringLiteral("total"), r.total.toDecimalString()},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("operator"), r.operatorName}};
}

// Nothing found is exit 1 with its own kind; a store that could not answer says why instead.
int notFound(const SalesStore& sales, const QString& message) {
    if (sales.lastError().failed())
        return storageRefusal(sales.lastError());
    return refuse(message, ExitFailed, QStringLiteral("notFound"));
}

int saleHistory(Runtime& runtime, const SaleOptions& options) {
    SaleQuery query;
    query.number = options.number.trimmed();
    for (auto [text, day, name] : {std::tuple{options.from, &query.from, "--from"},
                                   std::tuple{options.to, &query.to, "--to"}}) {
        if (text.isEmpty())
            continue;
        *day = QDate::fromString(text, Qt::ISODate);
        if (!day->isValid()) {
            printError(Tr::tr("%1 must be a day as YYYY-MM-DD, not \"%2\".")
                           .arg(QLatin1String(name), text));
            return ExitUsage;
        }
    }
    if (!options.amount.isEmpty()) {
        const auto amount = Money::parse(options.amount, runtime.settings().currency());
        if (!amount.ok()) {
            printError(Tr::tr("--amount %1: %2").arg(options.amount, amount.error));
            return ExitUsage;
        }
        query.amount = amount.value;
    }
    if (!options.limit.isEmpty()) {
        bool ok = false;
        query.limit = options.limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 10000) {
            printError(Tr::tr("--limit must be a whole number from 1 to 10000."));
            return ExitUsage;
        }
    }
    const QList<SaleSummary> found = runtime.sales().findSales(query);
    if (found.isEmpty() && runtime.sales().lastError().failed())
        return storageRefusal(runtime.sales().lastError());
    QJsonArray array;
    for (const SaleSummary& s : found)
        array.append(summaryJson(s));
    printJson(array);
    return ExitOk;
}

// Every receipt checkstand-ctl prints is of a recorded sale or return, so it is a reprint.
Receipt receiptOf(Runtime& runtime, const CompletedSale& sale) {
    return saleReceipt(sale, runtime.storeInfo(), runtime.isSandbox(), true);
}

int showAwaiting(const AwaitingFinancing& w) {
    printJson({{QStringLiteral("id"), w.ticket.id},
               {QStringLiteral("number"), w.ticket.retailerOrderId},
               {QStringLiteral("state"), QStringLiteral("awaitingFinancing")},
               {QStringLiteral("total"), w.total.toDecimalString()},
               {QStringLiteral("trackingId"), w.trackingId},
               {QStringLiteral("sentAt"), iso(w.sentAt)},
               {QStringLiteral("ticket"), w.ticket.toJson()},
               {QStringLiteral("breakdown"), w.breakdown.toJson()}});
    return ExitOk;
}

int saleShow(Runtime& runtime, const QString& id) {
    SalesStore& sales = runtime.sales();
    const std::optional<CompletedSale> sale = sales.sale(id);
    if (!sale) {
        if (sales.lastError().failed())
            return storageRefusal(sales.lastError());
        // A sale waiting for ChargeAfter is not in the journal yet, but it is this till's.
        if (const std::optional<AwaitingFinancing> waiting = sales.awaiting(id))
            return showAwaiting(*waiting);
        return notFound(sales, Tr::tr("No sale %1 in this terminal's journal.").arg(id));
    }
    const QList<SaleReturn> returns = sales.returnsOf(sale->ticket.id);
    if (returns.isEmpty() && sales.lastError().failed())
        return storageRefusal(sales.lastError());
    QJsonArray returnsJson;
    for (const SaleReturn& r : returns)
        returnsJson.append(returnJson(r));
    QJsonObject out{{QStringLiteral("id"), sale->ticket.id},
                    {QStringLiteral("number"), sale->ticket.retailerOrderId},
                    {QStringLiteral("state"), QStringLiteral("completed")},
                    {QStringLiteral("completedAt"), iso(sale->completedAt)},
                    {QStringLiteral("total"), sale->total.toDecimalString()},
                    {QStringLiteral("tender"), toString(sale->tender)},
                    {QStringLiteral("payments"), paymentsJson(sale->payments)},
                    {QStringLiteral("operator"), sale->operatorName},
                    {QStringLiteral("ticket"), sale->ticket.toJson()},
                    {QStringLiteral("breakdown"), sale->breakdown.toJson()},
                    {QStringLiteral("returns"), returnsJson},
                    {QStringLiteral("receiptText"), receiptText(receiptOf(runtime, *sale))}};
    if (const std::optional<Money> change = changeDue(sale->payments))
        out.insert(QStringLiteral("change"), change->toDecimalString());
    else
        printError(Tr::tr("The change of sale %1 is too large to compute.").arg(id));
    if (!sale->financingTrackingId.isEmpty())
        out.insert(QStringLiteral("financingTrackingId"), sale->financingTrackingId);
    printJson(out);
    return ExitOk;
}

// RETURN.json: {"lines": [{"line": "<line id or SKU>", "quantity": 1}], "reason": "..."}.
// The shape is checked here; what may be returned is the use case's to say.
std::optional<Returns::Request> readReturnRequest(const QString& file, const QString& sale) {
    QJsonObject json;
    QString error;
    if (!readJsonObject(file, json, error)) {
        printError(error);
        return std::nullopt;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("lines") && it.key() != QLatin1String("reason")) {
            printError(Tr::tr("%1: unknown field \"%2\" (only \"lines\" and \"reason\").")
                           .arg(file, it.key()));
            return std::nullopt;
        }
    }
    Returns::Request request;
    request.sale = sale;
    const QJsonValue reason = json.value(QLatin1String("reason"));
    if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
        printError(Tr::tr("%1: \"reason\" (what the customer said) is required.").arg(file));
        return std::nullopt;
    }
    request.reason = reason.toString().trimmed();
    const QJsonArray lines = json.value(QLatin1String("lines")).toArray();
    if (lines.isEmpty()) {
        printError(
            Tr::tr("%1: \"lines\" must list what comes back: [{\"line\": \"SKU or line id\", "
                   "\"quantity\": 1}].")
                .arg(file));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines.at(i).toObject();
        const QString line = l.value(QLatin1String("line")).toString().trimmed();
        const qint64 quantity = l.value(QLatin1String("quantity")).toInteger(0);
        if (!lines.at(i).isObject() || line.isEmpty() || quantity < 1 || l.size() != 2) {
            printError(
                Tr::tr("%1: lines[%2] must be {\"line\": \"SKU or line id\", \"quantity\": a "
                       "whole number of at least 1}.")
                    .arg(file)
                    .arg(i));
            return std::nullopt;
        }
        request.lines.append({line, quantity});
    }
    return request;
}

int saleReturnCommand(Runtime& runtime, const QString& sale, const QString& file) {
    std::optional<Returns::Request> request = readReturnRequest(file, sale);
    if (!request)
        return ExitUsage;
    request->operatorName = runtime.session().operatorName();
    const Returns::Result result = runtime.returns().record(*request);
    if (!result.ok()) {
        const StorageError& error = runtime.sales().lastError();
        return error.failed() ? storageRefusal(error, result.error)
                              : refuse(result.error, ExitFailed);
    }
    // The return is recorded: how to give the money back is said even if the journal fails.
    for (const QString& step : result.instructions)
        printError(step);
    const SaleReturn& recorded = *result.saleReturn;
    if (const int code = journalled(
            runtime, auditkind::kReturn,
            {{QStringLiteral("returnId"), recorded.id},
             {QStringLiteral("number"), recorded.number},
             {QStringLiteral("saleNumber"), recorded.saleNumber},
             {QStringLiteral("total"), recorded.total.toDecimalString()},
             {QStringLiteral("reason"), recorded.reason}},
            Tr::tr("Return %1 of sale %2 was recorded").arg(recorded.number, recorded.saleNumber));
        code != ExitOk)
        return code;
    QJsonObject out = returnJson(*result.saleReturn);
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("instructions"), QJsonArray::fromStringList(result.instructions));
    printJson(out);
    return ExitOk;
}

int financingList(Runtime& runtime) {
    const QList<AwaitingFinancing> waiting = runtime.sales().awaitingFinancing();
    if (waiting.isEmpty() && runtime.sales().lastError().failed())
        return storageRefusal(runtime.sales().lastError());
    QJsonArray array;
    for (const AwaitingFinancing& w : waiting)
        array.append(QJsonObject{{QStringLiteral("saleId"), w.ticket.id},
                                 {QStringLiteral("number"), w.ticket.retailerOrderId},
                                 {QStringLiteral("total"), w.total.toDecimalString()},
                                 {QStringLiteral("trackingId"), w.trackingId},
                                 {QStringLiteral("sentAt"), iso(w.sentAt)},
                                 {QStringLiteral("customerName"),
                                  QStringList{w.ticket.customer.name, w.ticket.customer.lastName}
                                      .join(u' ')
                                      .trimmed()}});
    printJson(array);
    return ExitOk;
}

int financingApprove(Runtime& runtime, const QString& id, const QString& reference) {
    if (reference.trimmed().isEmpty()) {
        printError(Tr::tr("Give ChargeAfter's approval reference: --reference REF."));
        return ExitUsage;
    }
    if (const QString why = FinancingWait::referenceProblem(reference.trimmed()); !why.isEmpty())
        return refuse(why, ExitUsage, QStringLiteral("reference"));
    // Recorded with the sale as whoever approved it: "checkstand-ctl (<OS user>)".
    const FinancingWait::Approved approved =
        runtime.financingWait().approve(id, reference.trimmed(), runtime.session().operatorName());
    if (!approved.sale) {
        const StorageError& error = runtime.sales().lastError();
        return error.failed() ? storageRefusal(error, approved.error)
                              : refuse(approved.error, ExitFailed);
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("saleId"), approved.sale->ticket.id},
               {QStringLiteral("sale"), approved.sale->ticket.retailerOrderId},
               {QStringLiteral("state"), QStringLiteral("completed")},
               {QStringLiteral("total"), approved.sale->total.toDecimalString()},
               {QStringLiteral("payments"), paymentsJson(approved.sale->payments)}});
    return ExitOk;
}

int financingDecline(Runtime& runtime, const QString& id) {
    SalesStore& sales = runtime.sales();
    // Which sale it is, before it leaves the wait: the answer says where it went.
    const std::optional<AwaitingFinancing> waiting = sales.awaiting(id);
    if (!waiting)
        return notFound(sales, Tr::tr("No sale %1 is waiting for financing.").arg(id));
    if (const QString why = runtime.financingWait().decline(id); !why.isEmpty())
        return sales.lastError().failed() ? storageRefusal(sales.lastError(), why)
                                          : refuse(why, ExitFailed);
    const QList<ParkedSale> parked = sales.parked();
    if (parked.isEmpty() && sales.lastError().failed())
        return storageRefusal(sales.lastError());
    bool isParked = false;
    for (const ParkedSale& p : parked)
        isParked = isParked || p.id == waiting->ticket.id;
    printError(isParked
                   ? Tr::tr("Sale %1 is parked: recall it at the till to take another payment.")
                         .arg(waiting->ticket.retailerOrderId)
                   : Tr::tr("Sale %1 no longer waits, but it is not in the parked list.")
                         .arg(waiting->ticket.retailerOrderId));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("saleId"), waiting->ticket.id},
               {QStringLiteral("sale"), waiting->ticket.retailerOrderId},
               {QStringLiteral("trackingId"), waiting->trackingId},
               {QStringLiteral("state"), QStringLiteral("declined")},
               {QStringLiteral("parked"), isParked}});
    return isParked ? ExitOk : ExitFailed;
}

} // namespace

std::optional<int> sale(Runtime& runtime, const QStringList& args, const SaleOptions& options) {
    const QString verb = args.value(0);
    const qsizetype n = args.size();
    if (verb == QLatin1String("complete") && n == 2)
        return saleComplete(runtime, args.at(1), options);
    if (verb == QLatin1String("void") && n == 2)
        return saleVoid(runtime, args.at(1), options.reason);
    if (verb == QLatin1String("finance") && n == 3)
        return saleFinance(runtime, args.at(1), args.at(2), options);
    if (verb == QLatin1String("history") && n == 1)
        return saleHistory(runtime, options);
    if (verb == QLatin1String("show") && n == 2)
        return saleShow(runtime, args.at(1));
    if (verb == QLatin1String("return") && n == 3)
        return saleReturnCommand(runtime, args.at(1), args.at(2));
    if (verb == QLatin1String("financing")) {
        const QString what = args.value(1);
        if (what == QLatin1String("list") && n == 2)
            return financingList(runtime);
        if (what == QLatin1String("approve") && n == 3)
            return financingApprove(runtime, args.at(2), options.reference);
        if (what == QLatin1String("decline") && n == 3)
            return financingDecline(runtime, args.at(2));
    }
    return std::nullopt;
}

int receipt(Runtime& runtime, const QString& id, const SaleOptions& options) {
    SalesStore& sales = runtime.sales();
    std::optional<Receipt> printed;
    if (options.isReturn) {
        const std::optional<SaleReturn> r = sales.saleReturn(id);
        if (!r)
            return notFound(sales, Tr::tr("No return %1 in this terminal's journal.").arg(id));
        printed = returnReceipt(*r, runtime.storeInfo(), runtime.isSandbox(), true);
    } else {
        const std::optional<CompletedSale> s = sales.sale(id);
        if (!s)
            return notFound(sales, Tr::tr("No sale %1 in this terminal's journal.").arg(id));
        printed = receiptOf(runtime, *s);
    }
    if (options.pdf.isEmpty()) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("number"), printed->number},
                   {QStringLiteral("text"), receiptText(*printed)}});
        return ExitOk;
    }
    // main() makes a QGuiApplication for exactly this command; painting needs its fonts.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return refuse(
            Tr::tr("A PDF receipt needs the graphical libraries, which were not started."),
            ExitConfiguration, QStringLiteral("configuration"));
    const bool a4 = options.a4 || runtime.settings().value(settingskey::receiptA4).toBool();
    QString why;
    if (!print::writeReceiptPdf(*printed, options.pdf,
                                a4 ? print::Paper::A4 : print::Paper::Roll80mm, &why))
        return refuse(why, ExitFailed, QStringLiteral("pdf"));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("number"), printed->number},
               {QStringLiteral("pdf"), options.pdf},
               {QStringLiteral("paper"), a4 ? QStringLiteral("a4") : QStringLiteral("roll80mm")}});
    return ExitOk;
}

} // namespace checkstand::ctl
