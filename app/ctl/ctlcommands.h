// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

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
// The options of the sale and receipt commands, as main() read them from the command line.
struct SaleOptions {
    QStringList tenders; // --tender, repeatable; empty: not given (cash for the whole total)
    QString tendersFile; // --tenders FILE
    QString reason;      // sale void --reason
    QString reference;   // sale financing approve --reference
    QString flow;        // sale finance --flow apply|checkout
    bool again = false;  // sale finance --again
    // sale history
    QString number;
    QString from;
    QString to;
    QString amount;
    QString limit;
    // receipt
    QString pdf;
    bool a4 = false;
    bool isReturn = false;
};

// `sale SUBCOMMAND ...` (args without the leading "sale"); nullopt when it is no sale command,
// so main() prints the usage.
std::optional<int> sale(Runtime& runtime, const QStringList& args, const SaleOptions& options);
// `receipt ID [--pdf FILE] [--a4] [--return]`.
int receipt(Runtime& runtime, const QString& id, const SaleOptions& options);

// Records a paid sale (journal + outbox in one transaction), after the Order Checker allows it,
// paid by `tenders` ("cash", "cash:50.00", "card:REF", "financing:REF") or the tenders file.
int saleComplete(Runtime& runtime, const QString& ticketFile, const SaleOptions& options);
// Gives up the sale in the ticket file, with the reason (recorded).
int saleVoid(Runtime& runtime, const QString& ticketFile, const QString& reason);
// Prices the sale, sends its ChargeAfter checkout link and leaves it awaiting financing.
int saleFinance(Runtime& runtime, const QString& ticketFile, const QString& customerFile,
                const SaleOptions& options);
int outboxList(Runtime& runtime);
int outboxRetry(Runtime& runtime, qint64 id);
int outboxDiscard(Runtime& runtime, qint64 id, const QString& reason);
// Delivers what is due; exit code 0 when nothing is left waiting, 1 otherwise. Prints the count.
int outboxFlush(Runtime& runtime);

// The options of the operator and journal commands, as main() read them from the command line.
struct StaffOptions {
    QString name;   // operator add --name
    QString number; // operator add --number
    QString role;   // operator add --role cashier|supervisor|administrator
    QString badge;  // operator add --badge
    // journal list
    QString from; // a day (YYYY-MM-DD) or an ISO date-time, inclusive
    QString to;   // a day (included) or an ISO date-time (excluded)
    QString kind;
    QString operatorName;
    QString limit;
};
// Staff changes are journalled as "checkstand-ctl (<OS user>)". PINs come only from the first
// line of standard input, never from arguments.
int operatorList(Runtime& runtime);
int operatorAdd(Runtime& runtime, const StaffOptions& options);
int operatorDisable(Runtime& runtime, const QString& number);
int operatorResetPin(Runtime& runtime, const QString& number);
// The options of the shift and report commands, as main() read them from the command line.
struct ReportOptions {
    QString cashFloat; // shift open --float AMOUNT
    QString counted;   // shift close --counted AMOUNT
    QString reason;    // shift pay-in|pay-out --reason TEXT
    QString number;    // report z --number N (empty: the latest)
    QString pdf;       // report x|z --pdf FILE
    bool a4 = false;   // report x|z --a4
};
// `shift open|pay-in AMT|pay-out AMT|close` and `report x|z` (args without the leading word),
// through EndOfDay, journalled as checkstand-ctl; nullopt when it is no such command, so main()
// prints the usage. `shift close` makes the Z report and prints it as `report z` does.
std::optional<int> shift(Runtime& runtime, const QStringList& args, const ReportOptions& options);
std::optional<int> report(Runtime& runtime, const QStringList& args, const ReportOptions& options);

// Exit 0 when the chain is intact, 1 (naming the first bad entry) when it is not.
int journalVerify(Runtime& runtime);
int journalList(Runtime& runtime, const StaffOptions& options);

} // namespace checkstand::ctl
