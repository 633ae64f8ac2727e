// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/shiftrecords.h"
#include "ticket/completedsale.h"
#include "ticket/salereturn.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace checkstand {

// One row of the sale history: enough to list and search; sale() reads the whole record.
struct SaleSummary {
    QString id;
    QString number; // retailerOrderId
    QDateTime completedAt;
    Money total;
    Tender tender = Tender::Cash; // the first payment's
    int lines = 0;
    Money returned; // refunded so far by returns of this sale
    QString operatorName;
};

// What the history search asks for; every part is optional and they all apply (AND).
struct SaleQuery {
    QString number;              // part of the sale number, "000042" finds store-001-000042
    QDate from;                  // completed on or after this day (local time)
    QDate to;                    // on or before this day
    std::optional<Money> amount; // total exactly this
    int limit = 200;             // newest first
};

struct ParkedSale {
    QString id;
    QString retailerOrderId;
    QDateTime parkedAt;
    int lines = 0;
    Money total;
    // False for a sale parked before its payable total was kept (or parked unpriced): then
    // `total` is the items' total before tax, and the Recall list says so.
    bool totalIsPayable = false;
    QString customerName;
};

// The sales database of this terminal (sales.db): the sale being built, parked sales and the
// journal of completed sales. Every change is committed at once, so a crash or kill of
// Checkstand loses nothing that was on screen; the storage thread puts it on disk shortly after
// (Database), so a power cut loses at most the changes of the last sync (one checkpoint time).
//
// Every statement is checked. A call that fails returns false / nullopt / an empty list AND sets
// lastError() (disk full, read-only, damaged, locked, already recorded) and emits
// storageFailed(): an empty list with lastError().failed() is a failure, never "no rows".
// lastError() describes the most recent call and is cleared when a call succeeds.
class SalesStore : public QObject {
    Q_OBJECT
public:
    explicit SalesStore(QObject* parent = nullptr);

    bool open(const QString& path);
    QString error() const { return m_error.failed() ? m_error.message : m_db.error(); }
    const StorageError& lastError() const { return m_error.failed() ? m_error : m_db.lastError(); }
    QString path() const { return m_db.path(); }
    // For tests of a locked database: how long to wait for another connection's lock.
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_db.setBusyTimeout(timeout); }

    // The open sale, saved now (a statement on this thread).
    bool saveCurrent(const Ticket& ticket);
    // The autosave on every cart change: serialized and written on the storage thread (only the
    // latest, when changes come faster), before any other statement on this store; it
    // survives a crash or kill of Checkstand from then on. A failure is said by
    // storageFailed(), as a failed sync is.
    void saveCurrentLater(const Ticket& ticket);
    // nullopt when there is none, or (lastError() set) when it could not be read.
    std::optional<Ticket> loadCurrent() const;

    // Moves the sale to the parked list (and out of "current"), with what the customer pays
    // (tax, deposits, discount, freight) when it is known, for the Recall list.
    bool park(const Ticket& ticket, const QDateTime& at,
              std::optional<Money> payable = std::nullopt);
    QList<ParkedSale> parked() const;
    // Takes a parked sale back out of the list; when the delete fails it stays parked.
    std::optional<Ticket> recall(const QString& id);

    // Work that must commit together with the journal entry (the Elevate outbox row): it runs
    // inside the transaction and returning false rolls the whole sale back. The checked form
    // says why it failed (shown instead of a generic "could not be recorded").
    using CompletionHook = std::function<bool(QSqlDatabase& db, const CompletedSale& sale)>;
    using CheckedCompletionHook =
        std::function<bool(QSqlDatabase& db, const CompletedSale& sale, StorageError& error)>;
    void addCompletionHook(CompletionHook hook);
    void addCompletionHook(CheckedCompletionHook hook) { m_hooks.append(std::move(hook)); }

    // Journals the sale, runs the hooks and clears "current", all in one transaction. A sale
    // recorded before fails with StorageError::Kind::Constraint ("already recorded").
    bool recordCompleted(const CompletedSale& sale);
    QSqlDatabase database() const { return m_db.db(); }
    // The checked statements of this file, for the outbox that shares it.
    const Database& storage() const { return m_db; }
    QList<CompletedSale> journal(int limit = 100) const;

    // --- history, returns, voids, financing (salesstore_records.cpp) ---
    // Newest first. An empty list with lastError().failed() is a failure.
    QList<SaleSummary> findSales(const SaleQuery& query) const;
    // By ticket id or by sale number; nullopt when there is none (lastError() clear) or when it
    // could not be read (lastError() set).
    std::optional<CompletedSale> sale(const QString& idOrNumber) const;
    // The returns of one sale, oldest first.
    QList<SaleReturn> returnsOf(const QString& saleId) const;
    std::optional<SaleReturn> saleReturn(const QString& idOrNumber) const;
    // Journals a return (its own record, linked to its sale). The caller (usecases/returns)
    // has checked quantities and amounts; this refuses, in one transaction, a return that
    // would take a line's returned quantity above what was sold (another till, a race).
    bool recordReturn(const SaleReturn& saleReturn);
    // "store-001-R000003": the next return number, from its own counter.
    QString nextReturnNumber(const QString& storeId);
    // Records the voided sale and removes it from "current"/"parked", in one transaction.
    bool recordVoid(const VoidedSale& voided);
    QList<VoidedSale> voids(int limit = 100) const;

    // The sale leaves "current" and waits for ChargeAfter's answer (state awaiting_financing).
    bool putAwaitingFinancing(const AwaitingFinancing& waiting);
    QList<AwaitingFinancing> awaitingFinancing() const;
    std::optional<AwaitingFinancing> awaiting(const QString& idOrNumber) const;
    // Approved: journals `sale` and removes the wait, in one transaction (hooks run as for
    // recordCompleted, so the Elevate notification is queued with it).
    bool completeAwaiting(const CompletedSale& sale);
    // Declined or given up: the sale goes back to the parked list (so it is never lost and the
    // till can recall it), its tracking id kept in ticket.financingLinks.
    bool releaseAwaiting(const QString& ticketId);

    // "store-001-000042": the next readable order number of this terminal; empty (with
    // lastError() set) when the counter cannot be advanced, never a number given out twice.
    // A number given back by returnUnusedOrderId() is handed out first.
    QString nextRetailerOrderId(const QString& storeId);
    // Gives back the number of a sale that was never used (an empty sale replaced by a recalled
    // one), so the next sale takes it and the numbers stay gap-free. Kept in sales.db, so it
    // survives a restart; one spare at most, and refused (false, the gap stays) when one is
    // already kept, when `id` was never given out, or when any record still carries it.
    bool returnUnusedOrderId(const QString& id);

    // --- shifts, cash moves and Z reports (salesstore_shifts.cpp) ---
    // The open shift; nullopt when none is open (lastError() clear) or on failure (set).
    std::optional<Shift> currentShift() const;
    // Opens a shift with `cashFloat` (>= 0) in the drawer. Refused (Constraint, in words) while
    // another is open.
    std::optional<Shift> openShift(const Money& cashFloat, const QString& operatorName,
                                   const QDateTime& at);
    // A pay-in or pay-out on the open shift (its id and shiftId filled in). Refused without an
    // open shift, with an amount that is not above zero or without a reason.
    std::optional<CashMove> recordCashMove(const CashMove& move);
    // The latest Z report (number 0) or Z report `number`; nullopt when there is none
    // (lastError() clear) or it could not be read (set).
    std::optional<StoredZReport> zReport(qint64 number = 0) const;
    // Every record after `from`, up to the last rowid of each table now. Call inside
    // inWriteTransaction() so the figures and the marks agree with each other.
    std::optional<PeriodRecords> recordsAfter(const RecordMarks& from) const;
    // Stores `z` (numbered, immutable) and closes the open shift `shiftId` with it. Call inside
    // inWriteTransaction(), in the same one that read its records.
    bool recordZReport(const StoredZReport& z, qint64 shiftId);
    // Runs `work` in one BEGIN IMMEDIATE transaction on this store's connection: no other
    // connection writes until it ends, so what it reads and what it writes agree. `work` must
    // not call the members that open a transaction of their own (recordCompleted, ...).
    // Returning false rolls back; lastError() then says why when a statement failed.
    bool inWriteTransaction(const std::function<bool()>& work);

Q_SIGNALS:
    void parkedChanged();
    void awaitingChanged();
    void returnRecorded(const checkstand::SaleReturn& saleReturn);
    void saleRecorded(const checkstand::CompletedSale& sale);
    // A call failed on the database; `error.message` says what to do.
    void storageFailed(const checkstand::StorageError& error) const;
    // A shift was opened or closed, or cash moved in or out of the drawer.
    void shiftChanged();

private:
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values = {}) const;
    bool finished(const QSqlQuery& q) const;
    bool begin() const;
    bool commit() const;
    bool fail(const StorageError& error) const;
    void succeed() const { m_error = {}; }
    // The triggers that keep Z reports and cash moves append-only (salesstore_shifts.cpp); run
    // at every open, so a dropped trigger comes back.
    bool installShiftGuards();
    // For recordsAfter(): the rows with after < rowid <= upTo, oldest first; false (lastError()
    // set) when one cannot be read, never a short list (salesstore_records.cpp).
    bool salesInRange(qint64 after, qint64 upTo, QList<CompletedSale>& out) const;
    bool returnsInRange(qint64 after, qint64 upTo, QList<SaleReturn>& out) const;

    Database m_db;
    QList<CheckedCompletionHook> m_hooks;
    mutable StorageError m_error;
    bool m_shiftClosedInTransaction = false; // shiftChanged() is emitted once it is committed
};

} // namespace checkstand
