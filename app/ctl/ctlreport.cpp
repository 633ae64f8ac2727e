// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl shift open | pay-in | pay-out | close, report x | z: the till's drawer and
// the end of the day, through the same use case (EndOfDay) as the till menu.
#include "ctlcommands.h"
#include "ctlio.h"

#include "endofday/endofday.h"
#include "endofday/reportdocument.h"
#include "print/reportprinter.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "util/isotime.h"

#include <QGuiApplication>

namespace checkstand::ctl {

namespace {

// The context of every checkstand-ctl text (ctlio.h).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::ctl)
};

QJsonObject shiftJson(const Shift& s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("openedAt"), isoUtc(s.openedAt)},
            {QStringLiteral("openedBy"), s.openedBy},
            {QStringLiteral("float"), s.cashFloat.toDecimalString()},
            {QStringLiteral("currency"), s.cashFloat.currency()}};
}

QJsonObject cashMoveJson(const CashMove& m) {
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("shiftId"), m.shiftId},
            {QStringLiteral("kind"), toString(m.kind)},
            {QStringLiteral("at"), isoUtc(m.at)},
            {QStringLiteral("amount"), m.amount.toDecimalString()},
            {QStringLiteral("reason"), m.reason},
            {QStringLiteral("operator"), m.operatorName}};
}

// "--float 12,50" and the like: the reason on stderr, exit 2, nothing written.
std::optional<Money> amountOption(Runtime& runtime, const QString& name, const QString& text) {
    if (text.trimmed().isEmpty()) {
        printError(Tr::tr("Give the amount: %1 AMOUNT (e.g. 100.00).").arg(name));
        return std::nullopt;
    }
    const Money::ParseResult parsed = Money::parse(text.trimmed(), runtime.settings().currency());
    if (!parsed.ok()) {
        printError(Tr::tr("%1 %2: %3").arg(name, text, parsed.error));
        return std::nullopt;
    }
    return parsed.value;
}

// What a use case said no to: invalid input exits 2, anything else 1. A result that was
// recorded although the journal failed still prints what was recorded, under "recorded".
template <typename T>
int failed(const EndOfDay::Result<T>& result, const QJsonObject& recorded = {}) {
    const int code = result.errorKind == QLatin1String("invalid") ? ExitUsage : ExitFailed;
    printError(result.error);
    QJsonObject out{
        {QStringLiteral("ok"), false},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), result.errorKind},
                                              {QStringLiteral("message"), result.error}}}};
    if (!recorded.isEmpty())
        out.insert(QStringLiteral("recorded"), recorded);
    printJson(out);
    return code;
}

// The report as JSON, with its text, or (--pdf) written as a PDF; `reprint` marks a Z printed
// again from its stored figures.
int printReport(Runtime& runtime, const EndOfDay::Result<DayReport>& result, bool reprint,
                const ReportOptions& options) {
    if (!result.value)
        return failed(result);
    const DayReport& figures = *result.value;
    if (!result.ok())
        return failed(result, figures.toJson());
    const ReportDocument document =
        reportDocument(figures, runtime.storeInfo(), runtime.isSandbox(), reprint);
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("reprint"), reprint && figures.isZ()},
                    {QStringLiteral("report"), figures.toJson()}};
    if (options.pdf.isEmpty()) {
        out.insert(QStringLiteral("text"), reportText(document));
        printJson(out);
        return ExitOk;
    }
    // main() makes a QGuiApplication for exactly this; painting needs its fonts.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return refuse(Tr::tr("A PDF report needs the graphical libraries, which were not started."),
                      ExitConfiguration, QStringLiteral("configuration"));
    const bool a4 = options.a4 || runtime.settings().value(settingskey::receiptA4).toBool();
    QString why;
    if (!print::writeReportPdf(document, options.pdf,
                               a4 ? print::Paper::A4 : print::Paper::Roll80mm, &why))
        return refuse(why, ExitFailed, QStringLiteral("pdf"));
    out.insert(QStringLiteral("pdf"), options.pdf);
    out.insert(QStringLiteral("paper"), a4 ? QStringLiteral("a4") : QStringLiteral("roll80mm"));
    printJson(out);
    return ExitOk;
}

int shiftOpen(Runtime& runtime, const ReportOptions& options) {
    const std::optional<Money> cashFloat =
        amountOption(runtime, QStringLiteral("--float"), options.cashFloat);
    if (!cashFloat)
        return ExitUsage;
    const EndOfDay::Result<Shift> result = runtime.endOfDay().openShift(*cashFloat);
    if (!result.ok())
        return failed(result, result.value ? shiftJson(*result.value) : QJsonObject());
    printJson({{QStringLiteral("ok"), true}, {QStringLiteral("shift"), shiftJson(*result.value)}});
    return ExitOk;
}

int shiftMove(Runtime& runtime, CashMove::Kind kind, const QString& amountText,
              const ReportOptions& options) {
    const std::optional<Money> amount =
        amountOption(runtime,
                     kind == CashMove::Kind::PayIn ? QStringLiteral("shift pay-in")
                                                   : QStringLiteral("shift pay-out"),
                     amountText);
    if (!amount)
        return ExitUsage;
    if (options.reason.trimmed().isEmpty()) {
        printError(Tr::tr("Give the reason: --reason TEXT (it is printed on the report)."));
        return ExitUsage;
    }
    EndOfDay& endOfDay = runtime.endOfDay();
    const EndOfDay::Result<CashMove> result = kind == CashMove::Kind::PayIn
                                                  ? endOfDay.payIn(*amount, options.reason)
                                                  : endOfDay.payOut(*amount, options.reason);
    if (!result.ok())
        return failed(result, result.value ? cashMoveJson(*result.value) : QJsonObject());
    printJson(
        {{QStringLiteral("ok"), true}, {QStringLiteral("cashMove"), cashMoveJson(*result.value)}});
    return ExitOk;
}

int shiftClose(Runtime& runtime, const ReportOptions& options) {
    const std::optional<Money> counted =
        amountOption(runtime, QStringLiteral("--counted"), options.counted);
    if (!counted)
        return ExitUsage;
    return printReport(runtime, runtime.endOfDay().closeDay(*counted), false, options);
}

int reportZ(Runtime& runtime, const ReportOptions& options) {
    qint64 number = 0;
    if (!options.number.isEmpty()) {
        bool ok = false;
        number = options.number.toLongLong(&ok);
        if (!ok || number < 1) {
            printError(Tr::tr("--number must be a Z report's number: a whole number from 1."));
            return ExitUsage;
        }
    }
    return printReport(runtime, runtime.endOfDay().zReport(number), true, options);
}

} // namespace

std::optional<int> shift(Runtime& runtime, const QStringList& args, const ReportOptions& options) {
    const QString verb = args.value(0);
    const qsizetype n = args.size();
    if (verb == QLatin1String("open") && n == 1)
        return shiftOpen(runtime, options);
    if (verb == QLatin1String("pay-in") && n == 2)
        return shiftMove(runtime, CashMove::Kind::PayIn, args.at(1), options);
    if (verb == QLatin1String("pay-out") && n == 2)
        return shiftMove(runtime, CashMove::Kind::PayOut, args.at(1), options);
    if (verb == QLatin1String("close") && n == 1)
        return shiftClose(runtime, options);
    return std::nullopt;
}

std::optional<int> report(Runtime& runtime, const QStringList& args, const ReportOptions& options) {
    const QString kind = args.value(0);
    if (kind == QLatin1String("x") && args.size() == 1)
        return printReport(runtime, runtime.endOfDay().xReport(), false, options);
    if (kind == QLatin1String("z") && args.size() == 1)
        return reportZ(runtime, options);
    return std::nullopt;
}

} // namespace checkstand::ctl
