// checkstand-ctl: every operation of the Checkstand UI, headless, for store IT scripts and
// diagnostics. JSON results on stdout, human errors on stderr, non-zero exit on failure.
#include "../common/commandlineoptions.h"
#include "ctlcommands.h"

#include "runtime/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace checkstand;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Checkstand"));
    QCoreApplication::setApplicationName(QStringLiteral("checkstand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHECKSTAND_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Checkstand headless operations.\n\nCommands:\n"
                "  send-link REQUEST.json   send a ChargeAfter financing link\n"
                "  doctor                   check endpoints, TLS and secrets\n\n"
                "Secrets come from CHECKSTAND_SECRET_<NAME> or the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addRuntimeOptions(parser);
    parser.addOption({QStringLiteral("verbose"),
                      QCoreApplication::translate(
                          "main", "Log requests and replies (secrets redacted) to stderr.")});
    parser.addOption(
        {QStringLiteral("text"),
         QCoreApplication::translate("main", "doctor: print plain text instead of JSON.")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "send-link or doctor"));
    parser.process(app);

    // stderr is for the operator's words; the request log only when asked for.
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("checkstand.*=false"));

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
    const QString command = args.first();
    if (command == QLatin1String("send-link") && args.size() == 2)
        return ctl::sendLink(runtime, args.at(1));
    if (command == QLatin1String("doctor") && args.size() == 1)
        return ctl::doctor(runtime, parser.isSet(QStringLiteral("text")));
    err << QCoreApplication::translate("main", "Unknown command or wrong arguments: %1\n\n")
               .arg(args.join(u' '))
        << parser.helpText();
    return ctl::ExitUsage;
}
