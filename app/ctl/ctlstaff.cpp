// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl operator list | add | disable | reset-pin, journal verify | list
#include "ctlcommands.h"
#include "ctlio.h"
#include "ctljournal.h"

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
            printError(Tr::tr("PIN:"));
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
            error = Tr::tr("The PIN on standard input is too long (4 to 8 digits).");
            return false;
        }
        if (m_size == 0) {
            error =
                Tr::tr("Give the PIN on the first line of standard input, never as an argument, "
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

// A store call that said no: the database failed (exit 1, its kind), or a rule did (`why`,
// `exitCode`, `kind`).
int storeRefused(const OperatorStore& store, const QString& why, int exitCode,
                 const QString& kind = QStringLiteral("refused")) {
    if (store.lastError().failed())
        return storageRefusal(store.lastError(), why);
    return refuse(why, exitCode, kind);
}

// Runs `act` on the operator NUMBER names, and returns what it returns; when there is no such
// operator, or the store could not say, the exit code after saying why.
template <typename Act> int withOperator(Runtime& runtime, const QString& number, Act act) {
    OperatorStore& store = runtime.operators();
    const std::optional<Operator> op = store.byNumber(number);
    if (op)
        return act(*op);
    if (store.lastError().failed())
        return storageRefusal(store.lastError());
    return refuse(Tr::tr("There is no operator number %1.").arg(number), ExitFailed,
                  QStringLiteral("notFound"));
}

// What every operator entry says about whom it is.
QJsonObject whom(const Operator& op) {
    return {{QStringLiteral("operatorId"), op.id},
            {QStringLiteral("number"), op.number},
            {QStringLiteral("name"), op.name}};
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
        printError(Tr::tr("operator add needs --name NAME --number N --role "
                          "cashier|supervisor|administrator, and the PIN on standard input."));
        return ExitUsage;
    }
    const std::optional<Role> role = roleFromString(options.role);
    if (!role) {
        printError(Tr::tr("--role must be cashier, supervisor or administrator, not \"%1\".")
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
    if (!op)
        return storeRefused(store, why, ExitUsage, QStringLiteral("invalid"));
    QJsonObject details = whom(*op);
    details.insert(QStringLiteral("role"), toString(op->role));
    details.insert(QStringLiteral("hasBadge"), !op->badge.isEmpty());
    if (const int code = journalled(runtime, kOperatorAdded, details,
                                    Tr::tr("Operator %1 was added").arg(op->number));
        code != ExitOk)
        return code;
    printJson({{QStringLiteral("ok"), true}, {QStringLiteral("operator"), operatorJson(*op)}});
    return ExitOk;
}

int operatorDisable(Runtime& runtime, const QString& number) {
    return withOperator(runtime, number, [&runtime](const Operator& op) {
        OperatorStore& store = runtime.operators();
        QString why;
        if (!store.disable(op.id, &why))
            return storeRefused(store, why, ExitFailed);
        if (const int code = journalled(runtime, kOperatorDisabled, whom(op),
                                        Tr::tr("Operator %1 was disabled").arg(op.number));
            code != ExitOk)
            return code;
        Operator after = op;
        after.disabled = true;
        printJson(
            {{QStringLiteral("ok"), true}, {QStringLiteral("operator"), operatorJson(after)}});
        return int(ExitOk);
    });
}

int operatorResetPin(Runtime& runtime, const QString& number) {
    return withOperator(runtime, number, [&runtime](const Operator& op) {
        StdinPin pin;
        QString why;
        if (!pin.read(why)) {
            printError(why);
            return int(ExitUsage);
        }
        OperatorStore& store = runtime.operators();
        if (!store.resetPin(op.id, pin.view(), &why))
            return storeRefused(store, why, ExitUsage, QStringLiteral("invalid"));
        if (const int code = journalled(runtime, kPinReset, whom(op),
                                        Tr::tr("The PIN of operator %1 was reset").arg(op.number));
            code != ExitOk)
            return code;
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("number"), op.number},
                   {QStringLiteral("name"), op.name}});
        return int(ExitOk);
    });
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
            printError(Tr::tr("%1 must be a day as YYYY-MM-DD or a date-time as "
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
            printError(Tr::tr("--limit must be a whole number from 1 to 10000."));
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
