// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endofday/dayreport.h"
#include "storage/shiftrecords.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace checkstand {

class OperatorSession;
class SalesStore;

// Shifts and the end of the day, once for the till menu and checkstand-ctl:
//  - a shift opens with a starting cash float; one is open at a time;
//  - cash goes into or out of the drawer (pay-in, pay-out) only with an amount above zero and
//    a reason, and only while a shift is open;
//  - an X report gives the figures since the last Z at any time and changes nothing;
//  - a Z report closes the open shift and the day: its figures, the period, the counted cash
//    and the audit journal's head hash are stored for good (the table refuses UPDATE and
//    DELETE), and the next report starts after its records, so the closed day cannot change.
//    A Z report is reprinted from what was stored, never computed again.
// Each of these is journalled through the OperatorSession as the current actor. Who may do
// which is the caller's to check (OperatorSession::may, the override); nobody signed in is
// refused here.
class EndOfDay {
public:
    // `currency` is read at each call (the store's, from settings).
    EndOfDay(SalesStore& sales, OperatorSession& session, const Clock& clock,
             std::function<QString()> currency);

    template <typename T> struct Result {
        std::optional<T> value;
        // In words. Without a value nothing was written; with one (kind "journal") it was
        // recorded but the audit journal could not be written.
        QString error;
        // "refused", "invalid", "notFound", "journal", or a storage kind ("diskFull", ...).
        QString errorKind;
        bool ok() const { return value.has_value() && error.isEmpty(); }
    };

    Result<Shift> openShift(const Money& cashFloat);
    Result<CashMove> payIn(const Money& amount, const QString& reason);
    Result<CashMove> payOut(const Money& amount, const QString& reason);
    Result<DayReport> xReport();
    // The Z report: closes the open shift with `counted` cash in the drawer.
    Result<DayReport> closeDay(const Money& counted);
    // A stored Z report as it was made (number 0: the latest), for a reprint; journalled.
    Result<DayReport> zReport(qint64 number = 0);

    // The open shift; nullopt when none is open, or (with `error` set) when it cannot be read.
    std::optional<Shift> currentShift(QString* error = nullptr) const;
    QString currency() const { return m_currency(); }

    // What is wrong with an input, in words; empty when it is fine. The dialogs show these
    // beside the field before anything is written; the calls above check them again.
    static QString floatProblem(const Money& amount, const QString& currency);
    static QString cashAmountProblem(const Money& amount, const QString& currency);
    static QString reasonProblem(const QString& reason);
    static QString countedProblem(const Money& amount, const QString& currency);
    static constexpr int kMaxReasonLength = 200;

private:
    Result<CashMove> moveCash(CashMove::Kind kind, const Money& amount, const QString& reason);
    // The figures since the last Z, read in one transaction; for a Z also stored and the shift
    // closed in that transaction.
    Result<DayReport> report(DayReport::Kind kind, const std::optional<Money>& counted);
    QString journalProblem(const QString& kind, const QJsonObject& details);

    SalesStore& m_sales;
    OperatorSession& m_session;
    const Clock& m_clock;
    std::function<QString()> m_currency;
};

} // namespace checkstand
