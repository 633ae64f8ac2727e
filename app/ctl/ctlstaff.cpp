// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl operator list | add | disable | reset-pin, journal verify | list
#include "ctlcommands.h"
#include "ctlio.h"

#include "audit/auditjournal.h"
#include "operators/operatorstore.h"
#include "runtime/runtime.h"

#include <QDate>
#include <QJsonArray>

#include <array>
#include <cerrno>

#include <termios.h>
#include <unistd.h>

namespace checkstand::ctl {

namespace {

// What ctl's own changes are journalled as (docs/checkstand-ctl.md).
constexpr char kOperatorAdded[] = "operatorAdded";
constexpr char kOperatorDisabled[] = "operatorDisabled";
constexpr char kPinReset[] = "pinReset";

// A PIN read from standard input into one fixed buffer that is wiped when it goes. Read byte
// by byte from the descriptor, not through stdio or QTextStream, so no library buffer keeps a
// copy; view() hands it on without copying (QByteArray::fromRawData).
class StdinPin {
public:
    static constexpr qsizetype kMax = 64; // far beyond any PIN: a longer line is a mistake
    static constexpr qsizetype kMaxLine = 4096;

    StdinPin() = default;
    StdinPin(const StdinPin&) = delete;
    StdinPin& operator=(const StdinPin&) = delete;
    ~StdinPin() {
        // volatile, so the compiler cannot drop a write to memory that is not read again.
        volatile char* p = m_bytes.data();
        for (std::size_t i = 0; i < m_bytes.size(); ++i)
            p[i] = 0;
    }

    // The first line of stdin; false (with `error` in words) when it is empty or too long.
    bool read(QString& error) {
        termios saved{};
        // Typed at a terminal: no echo, so the PIN is not on the screen.
        const bool terminal = ::isatty(STDIN_FILENO) != 0 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (terminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
            printError(tr("PIN:"));
        }
        bool tooLong = false;
        qsizetype skipped = 0;
        for (;;) {
            char c = 0;
            const ssize_t got = ::read(STDIN_FILENO, &c, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0 || c == '\n')
                break;
            if (m_size == kMax) {
                tooLong = true;
                if (++skipped > kMaxLine)
                    break; // not a PIN at all (a file given by mistake): stop reading
                continue;  // read the rest of the line, keep none of it
            }
            m_bytes[std::size_t(m_size++)] = c;
        }
        if (terminal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            printError(QString()); // the typed newline was not echoed
        }
        // "1357\r\n" from a file written on Windows, "1357 " from a careless echo.
        while (m_size > 0 && (m_bytes[std::size_t(m_size - 1)] == '\r' ||
                              m_bytes[std::size_t(m_size - 1)] == ' '))
            m_bytes[std::size_t(--m_size)] = 0;
        if (tooLong) {
            error = tr("The PIN on standard input is too long (4 to 8 digits).");
            return false;
        }
        if (m_size == 0) {
            error = tr("Give the PIN on the first line of standard input, never as an argument, "
                       "e.g. checkstand-ctl operator add ... < pin.txt");
            return false;
        }
        return true;
    }

    QByteArray view() const { return QByteArray::fromRawData(m_bytes.data(), m_size); }

private:
    std::array<char, kMax> m_bytes{};
    qsizetype m_size = 0;
};

// checkstand-ctl acts for whoever runs it on this machine: journalled under the OS user name.
AuditActor ctlActor() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {QString(), QStringLiteral("checkstand-ctl (") + user + u')'};
}

QString isoOrNull(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// Never the PIN hash, and not the badge code either: a badge signs in without a PIN.
QJsonObject operatorJson(const Operator& op) {
    return {{QStringLiteral("id"), op.id},
            {QStringLiteral("number"), op.number},
            {QStringLiteral("name"), op.name},
            {QStringLiteral("role"), toString(op.role)},
            {QStringLiteral("disabled"), op.disabled},
            {QStringLiteral("hasBadge"), !op.badge.isEmpty()},
            {QStringLiteral("createdAt"), isoOrNull(op.createdAt)},
            {QStringLiteral("failedAttempts"), op.failedAttempts},
            {QStringLiteral("lockedUntil"),
             op.lockedUntil.isValid() ? QJsonValue(isoOrNull(op.lockedUntil)) : QJsonValue()}};
}

QJsonObject entryJson(const AuditEntry& e) {
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("operatorId"), e.operatorId},
            {QStringLiteral("operatorName"), e.operatorName},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("prevHash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

// The change is made; only its journal entry failed. Said plainly, exit 1: the store's IT must
// know the journal is missing an entry.
int journalFailed(Runtime& runtime, const QString& done) {
    return storageRefusal(runtime.audit().lastError(),
                          tr("%1, but it could not be written to the audit journal: %2")
                              .arg(done, runtime.audit().lastError().message));
}

// The operator NUMBER names; nullopt after saying why (exit code in `code`).
std::optional<Operator> findOperator(Runtime& runtime, const QString& number, int* code) {
    OperatorStore& store = runtime.operators();
    std::optional<Operator> op = store.byNumber(number);
    if (!op) {
        *code = store.lastError().failed()
                    ? storageRefusal(store.lastError())
                    : refuse(tr("There is no operator number %1.").arg(number), ExitFailed,
                             QStringLiteral("notFound"));
    }
    return op;
}

// --from / --to: a day (YYYY-MM-DD, local time, both days included) or an ISO date-time.
bool parseBound(const QString& text, bool isEnd, QDateTime* out) {
    if (text.isEmpty())
        return true;
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid()) {
        *out = isEnd ? day.addDays(1).startOfDay() : day.startOfDay();
        return true;
    }
    *out = QDateTime::fromString(text, Qt::ISODateWithMs);
    return out->isValid();
}

} // namespace

int operatorList(Runtime& runtime) {
    OperatorStore& store = runtime.operators();
    const QList<Operator> ops = store.list();
    if (store.lastError().failed())
        return storageRefusal(store.lastError());
    QJsonArray array;
    for (const Operator& op : ops)
        array.append(operatorJson(op));
    printJson(array);
    return ExitOk;
}

int operatorAdd(Runtime& runtime, const StaffOptions& options) {
    if (options.name.trimmed().isEmpty() || options.number.trimmed().isEmpty() ||
        options.role.isEmpty()) {
        printError(tr("operator add needs --name NAME --number N --role "
                      "cashier|supervisor|administrator, and the PIN on standard input."));
        return ExitUsage;
    }
    const std::optional<Role> role = roleFromString(options.role);
    if (!role) {
        printError(tr("--role must be cashier, supervisor or administrator, not \"%1\".")
                       .arg(options.role));
        return ExitUsage;
    }
    StdinPin pin;
    QString why;
    if (!pin.read(why)) {
        printError(why);
        return ExitUsage;
    }
    OperatorStore& store = runtime.operators();
    const std::optional<Operator> op =
        store.add(options.name, options.number, *role, pin.view(), options.badge, &why);
    if (!op) {
        if (store.lastError().failed())
            return storageRefusal(store.lastError(), why);
        return refuse(why, ExitUsage, QStringLiteral("invalid"));
    }
    if (!runtime.audit().append(QLatin1String(kOperatorAdded), ctlActor(),
                                {{QStringLiteral("operatorId"), op->id},
                                 {QStringLiteral("number"), op->number},
                                 {QStringLiteral("name"), op->name},
                                 {QStringLiteral("role"), toString(op->role)},
                                 {QStringLiteral("hasBadge"), !op->badge.isEmpty()}}))
        return journalFailed(runtime, tr("Operator %1 was added").arg(op->number));
    printJson({{QStringLiteral("ok"), true}, {QStringLiteral("operator"), operatorJson(*op)}});
    return ExitOk;
}

int operatorDisable(Runtime& runtime, const QString& number) {
    int code = ExitFailed;
    const std::optional<Operator> op = findOperator(runtime, number, &code);
    if (!op)
        return code;
    OperatorStore& store = runtime.operators();
    QString why;
    if (!store.disable(op->id, &why)) {
        if (store.lastError().failed())
            return storageRefusal(store.lastError(), why);
        return refuse(why, ExitFailed);
    }
    if (!runtime.audit().append(QLatin1String(kOperatorDisabled), ctlActor(),
                                {{QStringLiteral("operatorId"), op->id},
                                 {QStringLiteral("number"), op->number},
                                 {QStringLiteral("name"), op->name}}))
        return journalFailed(runtime, tr("Operator %1 was disabled").arg(op->number));
    Operator after = *op;
    after.disabled = true;
    printJson({{QStringLiteral("ok"), true}, {QStringLiteral("operator"), operatorJson(after)}});
    return ExitOk;
}

int operatorResetPin(Runtime& runtime, const QString& number) {
    int code = ExitFailed;
    const std::optional<Operator> op = findOperator(runtime, number, &code);
    if (!op)
        return code;
    StdinPin pin;
    QString why;
    if (!pin.read(why)) {
        printError(why);
        return ExitUsage;
    }
    OperatorStore& store = runtime.operators();
    if (!store.resetPin(op->id, pin.view(), &why)) {
        if (store.lastError().failed())
            return storageRefusal(store.lastError(), why);
        return refuse(why, ExitUsage, QStringLiteral("invalid"));
    }
    if (!runtime.audit().append(QLatin1String(kPinReset), ctlActor(),
                                {{QStringLiteral("operatorId"), op->id},
                                 {QStringLiteral("number"), op->number},
                                 {QStringLiteral("name"), op->name}}))
        return journalFailed(runtime, tr("The PIN of operator %1 was reset").arg(op->number));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("number"), op->number},
               {QStringLiteral("name"), op->name}});
    return ExitOk;
}

int journalVerify(Runtime& runtime) {
    const AuditVerify v = runtime.audit().verify();
    if (!v.ok) {
        printError(v.message);
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("problem"), toString(v.problem)},
                   {QStringLiteral("firstBadSeq"), v.firstBadSeq},
                   {QStringLiteral("checked"), v.checked},
                   {QStringLiteral("message"), v.message}});
        return ExitFailed;
    }
    const QString head = runtime.audit().head();
    if (head.isEmpty())
        return storageRefusal(runtime.audit().lastError());
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("checked"), v.checked},
               {QStringLiteral("head"), head},
               {QStringLiteral("message"), v.message}});
    return ExitOk;
}

int journalList(Runtime& runtime, const StaffOptions& options) {
    AuditFilter filter;
    for (auto [text, isEnd, bound, name] : {std::tuple{options.from, false, &filter.from, "--from"},
                                            std::tuple{options.to, true, &filter.to, "--to"}}) {
        if (!parseBound(text, isEnd, bound)) {
            printError(tr("%1 must be a day as YYYY-MM-DD or a date-time as "
                          "YYYY-MM-DDTHH:MM:SS, not \"%2\".")
                           .arg(QLatin1String(name), text));
            return ExitUsage;
        }
    }
    filter.kind = options.kind.trimmed();
    filter.operatorName = options.operatorName.trimmed();
    if (!options.limit.isEmpty()) {
        bool ok = false;
        filter.limit = options.limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 10000) {
            printError(tr("--limit must be a whole number from 1 to 10000."));
            return ExitUsage;
        }
    }
    const QList<AuditEntry> entries = runtime.audit().list(filter);
    if (runtime.audit().lastError().failed())
        return storageRefusal(runtime.audit().lastError());
    QJsonArray array;
    // AuditJournal::list gives the newest matches in the order written; the command prints them
    // newest first, as its docs say (what an admin looking for "what just happened" wants).
    for (auto e = entries.crbegin(); e != entries.crend(); ++e)
        array.append(entryJson(*e));
    printJson(array);
    return ExitOk;
}

} // namespace checkstand::ctl
