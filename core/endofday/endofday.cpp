// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endofday.h"

#include "audit/auditjournal.h"
#include "operators/operatorsession.h"
#include "storage/salesstore.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QLocale>

namespace checkstand {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files the
// texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::EndOfDay)
};

QString shown(const QDateTime& t) {
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat); // as on screen
}

template <typename T> EndOfDay::Result<T> failure(const QString& error, const QString& kind) {
    EndOfDay::Result<T> r;
    r.error = error;
    r.errorKind = kind;
    return r;
}

// A rule the store enforces (a shift already open, no shift to move cash on) is a refusal in
// its own words; anything else is the database, said with `context` ("Nothing was recorded:
// %1") and its kind, never an empty answer.
template <typename T>
EndOfDay::Result<T> storageFailure(const StorageError& error, const QString& context) {
    if (!error.failed())
        return failure<T>(context.arg(Tr::tr("the sales database did not answer")),
                          toString(StorageError::Kind::Other));
    if (error.kind == StorageError::Kind::Constraint)
        return failure<T>(error.message, QStringLiteral("refused"));
    return failure<T>(context.arg(error.message), toString(error.kind));
}

QString notSignedIn() {
    return Tr::tr("Nobody is signed in at the till: sign in first.");
}

QString tooLarge(const Money& amount) {
    const qint64 minor = amount.minorUnits();
    return minor > kMaxJsonSafeMinor || minor < -kMaxJsonSafeMinor
               ? Tr::tr("The amount is too large.")
               : QString();
}

} // namespace

EndOfDay::EndOfDay(SalesStore& sales, OperatorSession& session, const Clock& clock,
                   std::function<QString()> currency)
    : m_sales(sales)
    , m_session(session)
    , m_clock(clock)
    , m_currency(std::move(currency)) {}

QString EndOfDay::floatProblem(const Money& amount, const QString& currency) {
    if (amount.currency() != currency)
        return Tr::tr("The amount must be in %1.").arg(currency);
    if (amount.isNegative())
        return Tr::tr("The cash float cannot be negative (0.00 for an empty drawer).");
    return tooLarge(amount);
}

QString EndOfDay::cashAmountProblem(const Money& amount, const QString& currency) {
    if (amount.currency() != currency)
        return Tr::tr("The amount must be in %1.").arg(currency);
    if (amount.isNegative() || amount.isZero())
        return Tr::tr("Enter an amount above zero.");
    return tooLarge(amount);
}

QString EndOfDay::reasonProblem(const QString& reason) {
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return Tr::tr(
            "Give the reason: it is printed on the report and kept in the audit journal.");
    if (text.size() > kMaxReasonLength)
        return Tr::tr("Keep the reason to %1 characters.").arg(kMaxReasonLength);
    return {};
}

QString EndOfDay::countedProblem(const Money& amount, const QString& currency) {
    if (amount.currency() != currency)
        return Tr::tr("The amount must be in %1.").arg(currency);
    if (amount.isNegative())
        return Tr::tr("The counted cash cannot be negative.");
    return tooLarge(amount);
}

std::optional<Shift> EndOfDay::currentShift(QString* error) const {
    const std::optional<Shift> shift = m_sales.currentShift();
    if (error)
        *error = !shift && m_sales.lastError().failed() ? m_sales.lastError().message : QString();
    return shift;
}

QString EndOfDay::journalProblem(const QString& kind, const QJsonObject& details) {
    if (m_session.journal(kind, details))
        return {};
    const QString why = m_session.lastError().message;
    return why.isEmpty() ? Tr::tr("the audit journal could not be written") : why;
}

EndOfDay::Result<Shift> EndOfDay::openShift(const Money& cashFloat) {
    if (!m_session.isSignedIn())
        return failure<Shift>(notSignedIn(), QStringLiteral("refused"));
    if (const QString why = floatProblem(cashFloat, currency()); !why.isEmpty())
        return failure<Shift>(why, QStringLiteral("invalid"));
    const std::optional<Shift> open = m_sales.currentShift();
    if (m_sales.lastError().failed())
        return storageFailure<Shift>(m_sales.lastError(), Tr::tr("No shift was opened: %1"));
    if (open)
        return failure<Shift>(
            Tr::tr("A shift is already open (since %1, opened by %2, float %3): "
                   "close it with a Z report before opening another.")
                .arg(shown(open->openedAt), open->openedBy, open->cashFloat.toDisplayString()),
            QStringLiteral("refused"));
    const std::optional<Shift> shift =
        m_sales.openShift(cashFloat, m_session.operatorName(), m_clock.now());
    if (!shift)
        return storageFailure<Shift>(m_sales.lastError(), Tr::tr("No shift was opened: %1"));
    Result<Shift> r;
    r.value = shift;
    const QString why =
        journalProblem(QLatin1String(auditkind::kShiftOpen),
                       {{QStringLiteral("shiftId"), QString::number(shift->id)},
                        {QStringLiteral("float"), shift->cashFloat.toDecimalString()},
                        {QStringLiteral("currency"), shift->cashFloat.currency()}});
    if (!why.isEmpty()) {
        r.error =
            Tr::tr("The shift is open, but the audit journal could not be written: %1").arg(why);
        r.errorKind = QStringLiteral("journal");
    }
    return r;
}

EndOfDay::Result<CashMove> EndOfDay::payIn(const Money& amount, const QString& reason) {
    return moveCash(CashMove::Kind::PayIn, amount, reason);
}

EndOfDay::Result<CashMove> EndOfDay::payOut(const Money& amount, const QString& reason) {
    return moveCash(CashMove::Kind::PayOut, amount, reason);
}

EndOfDay::Result<CashMove> EndOfDay::moveCash(CashMove::Kind kind, const Money& amount,
                                              const QString& reason) {
    if (!m_session.isSignedIn())
        return failure<CashMove>(notSignedIn(), QStringLiteral("refused"));
    QString why = cashAmountProblem(amount, currency());
    if (why.isEmpty())
        why = reasonProblem(reason);
    if (!why.isEmpty())
        return failure<CashMove>(why, QStringLiteral("invalid"));
    const QString context = kind == CashMove::Kind::PayIn
                                ? Tr::tr("The pay-in was not recorded: %1")
                                : Tr::tr("The pay-out was not recorded: %1");
    const std::optional<Shift> shift = m_sales.currentShift();
    if (m_sales.lastError().failed())
        return storageFailure<CashMove>(m_sales.lastError(), context);
    if (!shift)
        return failure<CashMove>(Tr::tr("No shift is open: open one with its cash float before "
                                        "moving cash in or out of the drawer."),
                                 QStringLiteral("refused"));
    CashMove move;
    move.kind = kind;
    move.at = m_clock.now();
    move.amount = amount;
    move.reason = reason.trimmed();
    move.operatorName = m_session.operatorName();
    const std::optional<CashMove> recorded = m_sales.recordCashMove(move);
    if (!recorded)
        return storageFailure<CashMove>(m_sales.lastError(), context);
    Result<CashMove> r;
    r.value = recorded;
    why = journalProblem(
        QLatin1String(kind == CashMove::Kind::PayIn ? auditkind::kPayIn : auditkind::kPayOut),
        {{QStringLiteral("shiftId"), QString::number(recorded->shiftId)},
         {QStringLiteral("moveId"), QString::number(recorded->id)},
         {QStringLiteral("amount"), recorded->amount.toDecimalString()},
         {QStringLiteral("currency"), recorded->amount.currency()},
         {QStringLiteral("reason"), recorded->reason}});
    if (!why.isEmpty()) {
        r.error =
            Tr::tr("The cash move is recorded, but the audit journal could not be written: %1")
                .arg(why);
        r.errorKind = QStringLiteral("journal");
    }
    return r;
}

EndOfDay::Result<DayReport> EndOfDay::xReport() {
    return report(DayReport::Kind::X, std::nullopt);
}

EndOfDay::Result<DayReport> EndOfDay::closeDay(const Money& counted) {
    return report(DayReport::Kind::Z, counted);
}

EndOfDay::Result<DayReport> EndOfDay::report(DayReport::Kind kind,
                                             const std::optional<Money>& counted) {
    const bool z = kind == DayReport::Kind::Z;
    if (!m_session.isSignedIn())
        return failure<DayReport>(notSignedIn(), QStringLiteral("refused"));
    const QString money = currency();
    if (counted) {
        if (const QString why = countedProblem(*counted, money); !why.isEmpty())
            return failure<DayReport>(why, QStringLiteral("invalid"));
    }
    // The Z prints the journal's newest hash: whoever rewrites the journal from an entry of
    // this day onwards gets another head than the one on the paper (docs/endofday.md).
    QString head;
    if (z) {
        head = m_session.auditJournal().head();
        if (head.isEmpty())
            return failure<DayReport>(
                Tr::tr("The day was not closed: the audit journal cannot be read, so the Z report "
                       "cannot be anchored to it (%1).")
                    .arg(m_session.auditJournal().lastError().message),
                QStringLiteral("journal"));
    }
    const QString who = m_session.operatorName();
    const QDateTime now = m_clock.now();
    std::optional<DayReport> made;
    QString refusal;
    QString refusalKind;
    // Read (and for a Z, stored) in one write transaction: a sale recorded by another
    // connection meanwhile is either in these figures and before the marks, or after both.
    const bool done = m_sales.inWriteTransaction([&]() -> bool {
        const std::optional<Shift> shift = m_sales.currentShift();
        if (m_sales.lastError().failed())
            return false;
        if (z && !shift) {
            refusal = Tr::tr("No shift is open, so there is no day to close: open a shift with its "
                             "cash float first (0.00 if the drawer is empty).");
            refusalKind = QStringLiteral("refused");
            return false;
        }
        const std::optional<StoredZReport> last = m_sales.zReport();
        if (m_sales.lastError().failed())
            return false;
        const std::optional<PeriodRecords> records =
            m_sales.recordsAfter(last ? last->marks : RecordMarks{});
        if (!records)
            return false;
        DayReportInput input;
        input.kind = kind;
        input.number = (last ? last->number : 0) + 1;
        input.to = now;
        // From the previous Z's close; the first day from its first record (or its shift).
        input.from = last ? last->to : records->firstAt;
        if (!last && shift && (!input.from.isValid() || shift->openedAt < input.from))
            input.from = shift->openedAt;
        if (!input.from.isValid())
            input.from = now;
        input.operatorName = who;
        input.currency = money;
        input.shift = shift;
        input.countedCash = counted;
        input.journalHead = head;
        DayReportBuild built = buildDayReport(input, *records);
        if (!built.report) {
            refusal = built.error;
            refusalKind = QStringLiteral("figures");
            return false;
        }
        if (z) {
            StoredZReport stored;
            stored.number = input.number;
            stored.from = input.from;
            stored.to = input.to;
            stored.operatorName = who;
            stored.counted = built.report->countedCash.value_or(Money::fromMinor(0, money));
            stored.journalHead = head;
            stored.marks = records->to;
            stored.figures = built.report->toJson();
            if (!m_sales.recordZReport(stored, shift->id))
                return false;
        }
        made = std::move(built.report);
        return true;
    });
    if (!done) {
        if (!refusal.isEmpty())
            return failure<DayReport>(refusal, refusalKind);
        return storageFailure<DayReport>(m_sales.lastError(),
                                         z ? Tr::tr("The day was not closed: %1")
                                           : Tr::tr("The X report could not be made: %1"));
    }

    Result<DayReport> r;
    r.value = made;
    const DayReport& d = *made;
    QJsonObject details{{QStringLiteral("report"), toString(kind)},
                        {QStringLiteral("from"), isoUtc(d.from)},
                        {QStringLiteral("to"), isoUtc(d.to)},
                        {QStringLiteral("salesCount"), QString::number(d.salesCount)},
                        {QStringLiteral("netSales"), d.netSales.toDecimalString()},
                        {QStringLiteral("expectedCash"), d.expectedCash.toDecimalString()}};
    QString why;
    if (z) {
        const QString counts = d.countedCash ? d.countedCash->toDecimalString() : QString();
        const QString overShort = d.overShort ? d.overShort->toDecimalString() : QString();
        details.insert(QStringLiteral("number"), QString::number(d.number));
        details.insert(QStringLiteral("countedCash"), counts);
        details.insert(QStringLiteral("overShort"), overShort);
        details.insert(QStringLiteral("journalHead"), d.journalHead);
        why = journalProblem(QLatin1String(auditkind::kShiftClose),
                             {{QStringLiteral("shiftId"), QString::number(d.shiftId)},
                              {QStringLiteral("zNumber"), QString::number(d.number)},
                              {QStringLiteral("countedCash"), counts},
                              {QStringLiteral("expectedCash"), d.expectedCash.toDecimalString()},
                              {QStringLiteral("overShort"), overShort}});
    }
    if (why.isEmpty())
        why = journalProblem(QLatin1String(auditkind::kReport), details);
    if (!why.isEmpty()) {
        r.error =
            z ? Tr::tr("Z report No. %1 is stored and the day is closed, but the audit journal "
                       "could not be written: %2")
                    .arg(d.number)
                    .arg(why)
              : Tr::tr("The X report was made, but the audit journal could not be written: %1")
                    .arg(why);
        r.errorKind = QStringLiteral("journal");
    }
    return r;
}

EndOfDay::Result<DayReport> EndOfDay::zReport(qint64 number) {
    if (!m_session.isSignedIn())
        return failure<DayReport>(notSignedIn(), QStringLiteral("refused"));
    const std::optional<StoredZReport> stored = m_sales.zReport(number);
    if (!stored) {
        if (m_sales.lastError().failed())
            return storageFailure<DayReport>(m_sales.lastError(),
                                             Tr::tr("The Z report could not be read: %1"));
        return failure<DayReport>(
            number > 0 ? Tr::tr("There is no Z report No. %1 on this till.").arg(number)
                       : Tr::tr("There is no Z report yet: the day has never been closed on this "
                                "till."),
            QStringLiteral("notFound"));
    }
    QString why;
    std::optional<DayReport> figures = DayReport::fromJson(stored->figures, &why);
    if (figures && (!figures->isZ() || figures->number != stored->number))
        why = Tr::tr("its figures are those of another report");
    if (!figures || !why.isEmpty())
        return failure<DayReport>(
            Tr::tr("Z report No. %1 cannot be read (%2).").arg(stored->number).arg(why),
            toString(StorageError::Kind::Corrupt));
    Result<DayReport> r;
    r.value = std::move(figures);
    why = journalProblem(QLatin1String(auditkind::kReport),
                         {{QStringLiteral("report"), toString(DayReport::Kind::Z)},
                          {QStringLiteral("number"), QString::number(stored->number)},
                          {QStringLiteral("reprint"), QStringLiteral("true")}});
    if (!why.isEmpty()) {
        r.error = Tr::tr("Z report No. %1 was read, but the audit journal could not be written: %2")
                      .arg(stored->number)
                      .arg(why);
        r.errorKind = QStringLiteral("journal");
    }
    return r;
}

} // namespace checkstand
