// checkstand-ctl: every operation of the Checkstand UI, headless, for store IT scripts and
// diagnostics. JSON results on stdout, human errors on stderr, non-zero exit on failure.
#include "../common/commandlineoptions.h"
#include "ctlcommands.h"

#include "net/redaction.h"
#include "runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

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

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Checkstand"));
    QCoreApplication::setApplicationName(QStringLiteral("checkstand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHECKSTAND_VERSION));

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
        "  sale complete TICKET.json [--tender cash|card|financing]\n"
        "                           record a paid sale and queue its Elevate notification\n"
        "  outbox list              the Elevate notifications and their state\n"
        "  outbox retry [ID]        retry one now (and resume a paused queue)\n"
        "  outbox discard ID --reason TEXT   give one up, with the reason recorded\n"
        "  outbox flush             deliver what is due; exit 1 if any is left\n\n"
        "Secrets come from CHECKSTAND_SECRET_<NAME> or the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addRuntimeOptions(parser);
    parser.addOption({QStringLiteral("verbose"),
                      QCoreApplication::translate(
                          "main", "Log requests and replies (secrets redacted) to stderr.")});
    parser.addOption(
        {QStringLiteral("tender"),
         QCoreApplication::translate("main", "sale complete: cash, card or financing."),
         QStringLiteral("TENDER"), QStringLiteral("cash")});
    parser.addOption(
        {QStringLiteral("request-uuid"),
         QCoreApplication::translate("main", "refund-quote: retry the quote with this id."),
         QStringLiteral("UUID")});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("main", "outbox discard: why (recorded)."),
                      QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("text"),
         QCoreApplication::translate("main", "doctor: print plain text instead of JSON.")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "send-link or doctor"));
    parser.process(app);

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
    if (command == QLatin1String("sale") && args.size() == 3 &&
        args.at(1) == QLatin1String("complete"))
        return ctl::saleComplete(runtime, args.at(2), parser.value(QStringLiteral("tender")));
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
    err << QCoreApplication::translate("main", "Unknown command or wrong arguments: %1\n\n")
               .arg(args.join(u' '))
        << parser.helpText();
    return ctl::ExitUsage;
}
