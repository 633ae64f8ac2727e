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
int price(Runtime& runtime, const QString& ticketFile);
// Card number and CVC come only from standard input (a JSON object), never from arguments or
// files. `requestUuid` repeats an earlier quote's id to retry exactly that quote.
int refundQuote(Runtime& runtime, const QString& requestFile, const QString& requestUuid);
// Records a paid sale (journal + outbox in one transaction), after the Order Checker allows it.
int saleComplete(Runtime& runtime, const QString& ticketFile, const QString& tender);
int outboxList(Runtime& runtime);
int outboxRetry(Runtime& runtime, qint64 id);
int outboxDiscard(Runtime& runtime, qint64 id, const QString& reason);
// Delivers what is due; exit code 0 when nothing is left waiting, 1 otherwise. Prints the count.
int outboxFlush(Runtime& runtime);

} // namespace checkstand::ctl
