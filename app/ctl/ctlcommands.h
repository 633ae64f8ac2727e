#pragma once

#include <QString>

namespace checkstand {
class Runtime;
}

namespace checkstand::ctl {

// Exit codes, documented in docs/checkstand-ctl.md.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,        // the service answered no, or could not be reached
    ExitUsage = 2,         // bad command line or invalid input file
    ExitConfiguration = 3, // missing secret, keychain unavailable, endpoint not allowed
};

int sendLink(Runtime& runtime, const QString& requestFile);
int doctor(Runtime& runtime, bool asText);
int history(Runtime& runtime);
// The value is read from standard input (first line), never from the command line, so it does
// not end up in shell history or the process list.
int secretSet(Runtime& runtime, const QString& name);
int secretDelete(Runtime& runtime, const QString& name);
int catalogImport(Runtime& runtime, const QString& file);
int checkOrder(Runtime& runtime, const QString& ticketFile);

} // namespace checkstand::ctl
