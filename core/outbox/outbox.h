// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace checkstand {

class SalesStore;
struct CompletedSale;

namespace outbox {

enum class State { Queued, Retrying, Rejected, Delivered, Discarded };
QString toString(State state); // "queued", ...

struct Entry {
    qint64 id = 0;
    QString saleId;
    QDateTime createdAt;
    QString customerKey;
    QString sessionKey;
    QString market;
    QByteArray body;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    int lastStatus = 0;
    QDateTime deliveredAt;
    QString discardedReason;
};

struct Counts {
    int queued = 0;
    int retrying = 0;
    int rejected = 0;
    int deliveredToday = 0;
    bool paused = false;
    QString pauseReason;
};

// The durable queue of Elevate payment notifications, in the sales database. A row is written
// in the same transaction as the completed sale (SalesStore completion hook), so after a crash
// either both exist or neither does. Nothing leaves the queue without being delivered,
// rejected by Elevate (400, final) or discarded by an operator (with the reason recorded).
//
// Every query is checked. After each call error() says whether the database failed (then an
// empty list or zero counts mean "could not be read", never "nothing queued") and a mark*()
// returning false is either "no such row in that state" (error() not failed) or a storage
// failure (error() failed: the caller must stop, not retry at once). storageFailure() keeps
// the latest failure until a write succeeds again, for the status bar.
class Outbox : public QObject {
    Q_OBJECT
public:
    Outbox(SalesStore& store, const Clock& clock, std::function<QString()> market,
           QObject* parent = nullptr);

    QList<Entry> entries(int limit = 500) const;
    std::optional<Entry> entry(qint64 id) const;
    // Queued or retrying rows whose time has come, oldest first, skipping `busy` ids. Only rows
    // already on disk (synced by the storage thread, see Database): a notification must never
    // reach Elevate for a sale that a power cut could still take back.
    QList<Entry> due(const QList<qint64>& busy, int limit) const;
    // True when the last due() held rows back until the storage thread has synced them;
    // madeDurable() then follows.
    bool waitingForDisk() const;
    // The generation of the last commit on the sales database, and the highest one synced
    // (Database): the worker counts its "delivered" marks as written only when synced.
    quint64 commitGeneration() const;
    quint64 durableGeneration() const;
    // Asks for madeDurable() after the storage thread's next sync, as for held-back rows.
    void wakeWhenDurable() { m_heldBack = true; }
    Counts counts() const;
    // When the earliest waiting row (not in `busy`) is due; invalid when none waits.
    QDateTime nextAttemptAt(const QList<qint64>& busy) const;

    bool markAttempt(qint64 id);
    bool markDelivered(qint64 id, int status);
    // The same for several rows in one transaction (one commit, one fsync instead of one per
    // row): the delivery worker's batches. All or nothing: false (nothing written) when any
    // statement or the commit failed; a row that is gone or in another state is skipped.
    bool markAttempts(const QList<qint64>& ids);
    struct Delivered {
        qint64 id = 0;
        int status = 0;
    };
    bool markDelivered(const QList<Delivered>& rows);
    // The delivery worker's step, in one transaction (one commit): the `delivered` marks, then
    // whether the queue is paused, then (when not) up to `room` due rows (as due()) with their
    // attempt counted. Nothing written and nullopt (error() says why) when any of it failed.
    struct Batch {
        bool paused = false;
        QList<Entry> due;
    };
    std::optional<Batch> nextBatch(const QList<Delivered>& delivered, const QList<qint64>& busy,
                                   int room);
    bool markRetry(qint64 id, const QDateTime& next, const QString& error, int status);
    bool markRejected(qint64 id, const QString& error, int status);
    bool retryNow(qint64 id);
    bool discard(qint64 id, const QString& reason);

    bool pause(const QString& reason);
    bool resume();
    bool isPaused() const;
    QString pauseReason() const;

    // The outcome of the most recent call: failed() when the database did not answer.
    const StorageError& error() const { return m_error; }
    // The latest failure of any call since the last successful write; none when healthy.
    const StorageError& storageFailure() const { return m_failure; }
    // Why the storage thread's last sync failed; none once one worked.
    const StorageError& syncFailure() const { return m_syncFailure; }

Q_SIGNALS:
    // A write succeeded (a new sale, a delivery, an operator's retry...).
    void changed();
    // Rows held back by waitingForDisk() are on disk now and may be sent.
    void madeDurable();
    // The storage thread could not sync the database (syncFailure() until one works).
    void syncFailed(const checkstand::StorageError& error);
    // A call failed on the database (emitted for each failure).
    void storageFailed(const checkstand::StorageError& error) const;

private:
    bool enqueue(QSqlDatabase& db, const CompletedSale& sale, StorageError& error);
    bool update(const QString& sql, const QVariantList& values);
    // `statements` in one transaction, committed when it returns true; all or nothing.
    bool inTransaction(const std::function<bool()>& statements);
    // The statements of the "delivered" marks and of the attempts (no transaction of their own).
    bool writeDelivered(const QList<Delivered>& delivered);
    bool countAttempts(const QList<qint64>& ids);
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values) const;
    // Database::runKept(), failures recorded like run()'s: for the worker's every step.
    Database::KeptQuery runKept(const QString& sql, const QVariantList& values) const;
    bool finished(const QSqlQuery& q) const;
    bool fail(const StorageError& error) const;
    void begin() const { m_error = {}; }
    void wrote();
    std::optional<QString> metaValue(const QString& name) const;
    // The highest row id that may be sent now (see due()).
    qint64 sendableUpTo() const;
    bool setMeta(const QString& name, const QString& value);

    SalesStore& m_store;
    const Clock& m_clock;
    std::function<QString()> m_market;
    mutable StorageError m_error;
    mutable StorageError m_failure;
    // Rows committed but maybe not synced yet: from `id` on, held until commit `generation` is
    // durable. The first entry (id 1) holds what an earlier run left until its first sync.
    struct Held {
        qint64 id = 0;
        quint64 generation = 0;
    };
    mutable QList<Held> m_held;
    qint64 m_lastInserted = 0; // by enqueue(), inside the sale's transaction
    mutable bool m_heldBack = false;
    StorageError m_syncFailure;
};

} // namespace outbox
} // namespace checkstand
