// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl: every operation of the Checkstand UI, headless, for store IT scripts and
// diagnostics. JSON results on stdout, human errors on stderr, non-zero exit on failure.
#include "../common/commandlineoptions.h"
#include "ctlcommands.h"
#include "util/timezone.h"

#include "i18n/language.h"
#include "net/redaction.h"
#include "operators/operatorsession.h"
#include "runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace checkstand;

namespace {

// Log lines quote what vendors sent (--verbose): every control character is written as a
// visible escape, so a reply cannot move the cursor, recolour or retitle the operator's terminal.
void printableMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QByteArray line =
        redaction::printable(qFormatLogMessage(type, context, message)).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

// Only `receipt ... --pdf` and `report ... --pdf` paint (QPdfWriter needs a QGuiApplication
// for its fonts); every other command stays a console program that needs no display. Decided
// before any application object exists, so from argv itself.
bool paintsPdf(int argc, char* argv[]) {
    bool document = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        document =
            document || std::strcmp(argv[i], "receipt") == 0 || std::strcmp(argv[i], "report") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    }
    return document && pdf;
}

} // namespace

int main(int argc, char* argv[]) {
    readTimeZoneOnce();
    const bool gui = paintsPdf(argc, argv);
    // ctl never shows a window: with no platform chosen, paint off screen (no display needed).
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Checkstand"));
    QCoreApplication::setApplicationName(QStringLiteral("checkstand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHECKSTAND_VERSION));
    // Words on stderr in the store's language; the JSON on stdout never changes with it.
    i18n::applyLanguage(*app, cli::languageSetting(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Checkstand headless operations.\n\nCommands:\n"
        "  send-link REQUEST.json   send a ChargeAfter financing link\n"
        "  doctor                   check endpoints, TLS and secrets\n"
        "  history                  list the sent-links history\n"
        "  secret set NAME          store a secret read from stdin in the OS keychain\n"
        "  secret delete NAME       remove a secret from the OS keychain\n"
        "  catalog import FILE      import products from CSV or JSON\n"
        "  check-order TICKET.json  run the Order Checker on a saved ticket\n"
        "  price TICKET.json        price a saved ticket through the pricing service\n"
        "  refund-quote REQUEST.json  ACME refund quote; card number and CVC as JSON on stdin\n"
        "  sale complete TICKET.json [--tender cash[:AMOUNT]|card:REF|financing[:REF] ...]\n"
        "                [--tenders TENDERS.json]\n"
        "                           record a paid sale and queue its Elevate notification\n"
        "  sale history [--number TEXT] [--from DAY] [--to DAY] [--amount 12.34] [--limit N]\n"
        "                           completed sales of this terminal, newest first\n"
        "  sale show ID             one sale: lines, taxes, payments, returns, receipt text\n"
        "  sale return ID RETURN.json  return lines of a sale; prints the refund steps\n"
        "  sale void TICKET.json --reason TEXT   give up an open sale (recorded)\n"
        "  sale finance TICKET.json CUSTOMER.json [--flow checkout|apply] [--again]\n"
        "                           send the priced sale's ChargeAfter link; the sale waits\n"
        "  sale financing list      the sales waiting for ChargeAfter\n"
        "  sale financing approve ID --reference REF   complete it, paid by financing\n"
        "  sale financing decline ID   back to the parked sales, to be paid another way\n"
        "  receipt ID [--pdf FILE] [--a4] [--return]   a sale's (or return's) receipt\n"
        "  outbox list              the Elevate notifications and their state\n"
        "  outbox retry [ID]        retry one now (and resume a paused queue)\n"
        "  outbox discard ID --reason TEXT   give one up, with the reason recorded\n"
        "  outbox flush             deliver what is due; exit 1 if any is left\n"
        "  operator list            the operators (never their PINs)\n"
        "  operator add --name NAME --number N --role cashier|supervisor|administrator\n"
        "               [--badge CODE]   add one; the PIN on the first line of stdin\n"
        "  operator disable NUMBER  an operator who may no longer sign in\n"
        "  operator reset-pin NUMBER   a new PIN from stdin (also ends a lockout)\n"
        "  journal verify           check the audit journal's hash chain; exit 1 if broken\n"
        "  journal list [--from DAY] [--to DAY] [--kind KIND] [--operator NAME] [--limit N]\n"
        "                           audit journal entries, newest first\n"
        "  shift open --float AMOUNT   open the drawer's shift with its starting cash\n"
        "  shift pay-in AMOUNT --reason TEXT    cash put into the drawer\n"
        "  shift pay-out AMOUNT --reason TEXT   cash taken out of the drawer\n"
        "  shift close --counted AMOUNT   the Z report: close the shift and the day\n"
        "  report x [--pdf FILE] [--a4]   the figures since the last Z (changes nothing)\n"
        "  report z [--number N] [--pdf FILE] [--a4]   reprint a stored Z report\n\n"
        "Secrets come from CHECKSTAND_SECRET_<NAME> or the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addRuntimeOptions(parser);
    parser.addOption({QStringLiteral("verbose"),
                      QCoreApplication::translate(
                          "main", "Log requests and replies (secrets redacted) to stderr.")});
    parser.addOption({QStringLiteral("tender"),
                      QCoreApplication::translate(
                          "main", "sale complete: cash, cash:AMOUNT (tendered), card:REF (the "
                                  "terminal's approval) or financing[:REF]. Repeat to split."),
                      QStringLiteral("TENDER")});
    parser.addOption(
        {QStringLiteral("tenders"),
         QCoreApplication::translate("main", "sale complete: the payments as a JSON array file."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("number"),
         QCoreApplication::translate(
             "main", "sale history: part of the sale number; operator add: the operator number; "
                     "report z: the Z report's number."),
         QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("from"),
         QCoreApplication::translate("main", "sale history, journal list: on or after."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("main", "sale history, journal list: on or before."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("amount"),
                      QCoreApplication::translate("main", "sale history: a total of exactly this."),
                      QStringLiteral("AMOUNT")});
    parser.addOption(
        {QStringLiteral("limit"),
         QCoreApplication::translate("main", "sale history, journal list: at most N (200, 500)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("pdf"),
         QCoreApplication::translate("main", "receipt, report: write it as a PDF file."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("a4"),
         QCoreApplication::translate("main", "receipt, report: on A4 instead of the 80 mm roll.")});
    parser.addOption(
        {QStringLiteral("float"),
         QCoreApplication::translate("main", "shift open: the cash put in the drawer to start."),
         QStringLiteral("AMOUNT")});
    parser.addOption(
        {QStringLiteral("counted"),
         QCoreApplication::translate("main", "shift close: the cash counted in the drawer."),
         QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("return"),
                      QCoreApplication::translate("main", "receipt: ID is a return's number.")});
    parser.addOption(
        {QStringLiteral("flow"),
         QCoreApplication::translate("main", "sale finance: checkout (default) or apply."),
         QStringLiteral("FLOW")});
    parser.addOption({QStringLiteral("again"),
                      QCoreApplication::translate(
                          "main", "sale finance: send another link for the same sale.")});
    parser.addOption({QStringLiteral("reference"),
                      QCoreApplication::translate(
                          "main", "sale financing approve: ChargeAfter's approval reference."),
                      QStringLiteral("REF")});
    parser.addOption(
        {QStringLiteral("request-uuid"),
         QCoreApplication::translate("main", "refund-quote: retry the quote with this id."),
         QStringLiteral("UUID")});
    parser.addOption(
        {QStringLiteral("reason"),
         QCoreApplication::translate(
             "main", "outbox discard, sale void, shift pay-in/pay-out: why (recorded)."),
         QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("text"),
         QCoreApplication::translate("main", "doctor: print plain text instead of JSON.")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("main", "operator add: the operator's name."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("role"),
         QCoreApplication::translate("main", "operator add: cashier, supervisor or administrator."),
         QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("badge"),
                      QCoreApplication::translate("main", "operator add: a badge barcode."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("main", "journal list: entries of this kind."),
                      QStringLiteral("KIND")});
    parser.addOption(
        {QStringLiteral("operator"),
         QCoreApplication::translate("main", "journal list: entries by this operator (name)."),
         QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "one of the commands above"));
    parser.process(*app);

    // stderr is for the operator's words; the request log only when asked for.
    qInstallMessageHandler(printableMessages);
    QLoggingCategory::setFilterRules(parser.isSet(QStringLiteral("verbose"))
                                         ? QStringLiteral("checkstand.*=true")
                                         : QStringLiteral("checkstand.*=false"));

    QTextStream err(stderr);
    RuntimeOptions options;
    options.secretsFromEnvironment = true;
    QString error;
    if (!cli::readRuntimeOptions(parser, options, error)) {
        err << error << Qt::endl;
        return ctl::ExitUsage;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << parser.helpText();
        return ctl::ExitUsage;
    }
    Runtime runtime(options);
    if (!runtime.start(&error)) {
        err << error << Qt::endl;
        return ctl::ExitConfiguration;
    }
    // Whoever can run checkstand-ctl can read the data files anyway: it acts for the machine's
    // administrator, and what it does is journalled as "checkstand-ctl (<OS user>)".
    {
        const QString user = qEnvironmentVariable("USER");
        runtime.session().actAsMachineAdministrator(user.isEmpty() ? QStringLiteral("unknown")
                                                                   : user);
    }
    if (runtime.isImplicitSandbox())
        err << QCoreApplication::translate("main",
                                           "Note: no endpoint is configured, so this runs on "
                                           "the training sandbox; nothing reaches a real service.")
            << Qt::endl;
    const QString command = args.first();
    if (command == QLatin1String("send-link") && args.size() == 2)
        return ctl::sendLink(runtime, args.at(1));
    if (command == QLatin1String("doctor") && args.size() == 1)
        return ctl::doctor(runtime, parser.isSet(QStringLiteral("text")));
    if (command == QLatin1String("history") && args.size() == 1)
        return ctl::history(runtime);
    if (command == QLatin1String("secret") && args.size() == 3 &&
        args.at(1) == QLatin1String("set"))
        return ctl::secretSet(runtime, args.at(2));
    if (command == QLatin1String("secret") && args.size() == 3 &&
        args.at(1) == QLatin1String("delete"))
        return ctl::secretDelete(runtime, args.at(2));
    if (command == QLatin1String("catalog") && args.size() == 3 &&
        args.at(1) == QLatin1String("import"))
        return ctl::catalogImport(runtime, args.at(2));
    if (command == QLatin1String("check-order") && args.size() == 2)
        return ctl::checkOrder(runtime, args.at(1));
    if (command == QLatin1String("price") && args.size() == 2)
        return ctl::price(runtime, args.at(1));
    if (command == QLatin1String("refund-quote") && args.size() == 2)
        return ctl::refundQuote(runtime, args.at(1), parser.value(QStringLiteral("request-uuid")));
    if (command == QLatin1String("sale") || command == QLatin1String("receipt")) {
        ctl::SaleOptions o;
        o.tenders = parser.values(QStringLiteral("tender"));
        o.tendersFile = parser.value(QStringLiteral("tenders"));
        o.reason = parser.value(QStringLiteral("reason"));
        o.reference = parser.value(QStringLiteral("reference"));
        o.flow = parser.value(QStringLiteral("flow"));
        o.again = parser.isSet(QStringLiteral("again"));
        o.number = parser.value(QStringLiteral("number"));
        o.from = parser.value(QStringLiteral("from"));
        o.to = parser.value(QStringLiteral("to"));
        o.amount = parser.value(QStringLiteral("amount"));
        o.limit = parser.value(QStringLiteral("limit"));
        o.pdf = parser.value(QStringLiteral("pdf"));
        o.a4 = parser.isSet(QStringLiteral("a4"));
        o.isReturn = parser.isSet(QStringLiteral("return"));
        if (command == QLatin1String("receipt") && args.size() == 2)
            return ctl::receipt(runtime, args.at(1), o);
        if (command == QLatin1String("sale")) {
            if (const std::optional<int> code = ctl::sale(runtime, args.mid(1), o))
                return *code;
        }
    }
    if (command == QLatin1String("outbox") && args.size() >= 2) {
        const QString verb = args.at(1);
        bool idOk = args.size() == 3;
        const qint64 id = idOk ? args.at(2).toLongLong(&idOk) : 0;
        if (verb == QLatin1String("list") && args.size() == 2)
            return ctl::outboxList(runtime);
        if (verb == QLatin1String("flush") && args.size() == 2)
            return ctl::outboxFlush(runtime);
        if (verb == QLatin1String("retry") && (args.size() == 2 || idOk))
            return ctl::outboxRetry(runtime, id);
        if (verb == QLatin1String("discard") && idOk)
            return ctl::outboxDiscard(runtime, id, parser.value(QStringLiteral("reason")));
    }
    if ((command == QLatin1String("operator") || command == QLatin1String("journal")) &&
        args.size() >= 2) {
        ctl::StaffOptions o;
        o.name = parser.value(QStringLiteral("name"));
        o.number = parser.value(QStringLiteral("number"));
        o.role = parser.value(QStringLiteral("role"));
        o.badge = parser.value(QStringLiteral("badge"));
        o.from = parser.value(QStringLiteral("from"));
        o.to = parser.value(QStringLiteral("to"));
        o.kind = parser.value(QStringLiteral("kind"));
        o.operatorName = parser.value(QStringLiteral("operator"));
        o.limit = parser.value(QStringLiteral("limit"));
        const QString verb = args.at(1);
        const bool isOperator = command == QLatin1String("operator");
        if (isOperator && verb == QLatin1String("list") && args.size() == 2)
            return ctl::operatorList(runtime);
        if (isOperator && verb == QLatin1String("add") && args.size() == 2)
            return ctl::operatorAdd(runtime, o);
        if (isOperator && verb == QLatin1String("disable") && args.size() == 3)
            return ctl::operatorDisable(runtime, args.at(2));
        if (isOperator && verb == QLatin1String("reset-pin") && args.size() == 3)
            return ctl::operatorResetPin(runtime, args.at(2));
        if (!isOperator && verb == QLatin1String("verify") && args.size() == 2)
            return ctl::journalVerify(runtime);
        if (!isOperator && verb == QLatin1String("list") && args.size() == 2)
            return ctl::journalList(runtime, o);
    }
    if (command == QLatin1String("shift") || command == QLatin1String("report")) {
        ctl::ReportOptions o;
        o.cashFloat = parser.value(QStringLiteral("float"));
        o.counted = parser.value(QStringLiteral("counted"));
        o.reason = parser.value(QStringLiteral("reason"));
        o.number = parser.value(QStringLiteral("number"));
        o.pdf = parser.value(QStringLiteral("pdf"));
        o.a4 = parser.isSet(QStringLiteral("a4"));
        const std::optional<int> code = command == QLatin1String("shift")
                                            ? ctl::shift(runtime, args.mid(1), o)
                                            : ctl::report(runtime, args.mid(1), o);
        if (code)
            return *code;
    }
    err << QCoreApplication::translate("main", "Unknown command or wrong arguments: %1\n\n")
               .arg(args.join(u' '))
        << parser.helpText();
    return ctl::ExitUsage;
}
