// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backoff.h"
#include "elevate/notificationclient.h"
#include "outbox.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTimer;

namespace checkstand::outbox {

// Delivers the outbox to Elevate: oldest first, at most `maxInFlight` at once, exponential
// backoff with full jitter for network errors, timeouts, 408/429 and 5xx (Retry-After
// honoured), 204 delivered, 400 rejected for good (a resend would count the valid lines twice),
// 401/403 and a missing key pause the whole queue until the key changes. Asynchronous on the
// owning thread: each step is a short database update, the network part never blocks.
//
// A storage failure (disk full, read-only, damaged or locked database) STOPS the worker: a row
// whose outcome cannot be recorded would otherwise be picked and sent again at once, forever
// (20,770 sends in 20 s on a full disk). It says so with storageFailed() and stopReason(); a
// flush then ends with left = -1. Requests already in flight still have their outcome recorded
// if the database takes it. A stopped background worker starts again on start(), or by itself
// when someone else's write succeeds (a new sale, an operator's retry): proof the database
// takes writes again, and never a loop of its own.
class DeliveryWorker : public QObject {
    Q_OBJECT
public:
    DeliveryWorker(Outbox& outbox, elevate::NotificationClient& client, const Clock& clock,
                   QObject* parent = nullptr);

    void setMaxInFlight(int n) { m_maxInFlight = qBound(1, n, 16); }
    void setBackoff(const BackoffPolicy& policy) { m_backoff = policy; }
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }

    // Keeps delivering in the background (the app); clears a storage stop.
    void start();
    // Delivers what is due now, then reports how many notifications are still waiting
    // (checkstand-ctl outbox flush); -1 when delivery stopped on a storage failure
    // (stopReason() says why).
    void flush(std::function<void(int left)> done);
    int inFlight() const { return int(m_busy.size()); }

    bool isStopped() const { return m_stopError.failed(); }
    // "Delivery to Elevate stopped: <what the database said, in words>"; empty when running.
    QString stopReason() const;
    const StorageError& stopError() const { return m_stopError; }

Q_SIGNALS:
    void delivered(qint64 id);
    void idle();
    // The worker stopped because the database failed; `reason` is stopReason().
    void storageFailed(const QString& reason);

private:
    void pump();
    void postPump();
    void send(const Entry& entry);
    void handle(const Entry& entry, const elevate::NotificationOutcome& outcome);
    void scheduleNext(bool paused);
    // True when the outbox's last call worked; otherwise stops (once) and returns false.
    bool storageOk();
    void stop(const StorageError& error);
    void finishFlush(int left);
    // "Delivered" marks committed but not synced yet (forgetting those that are now).
    int unsyncedMarks();

    Outbox& m_outbox;
    elevate::NotificationClient& m_client;
    int m_maxInFlight = 16;
    BackoffPolicy m_backoff;
    std::function<double()> m_random;
    const Clock& m_clock;
    QList<qint64> m_busy;
    QTimer* m_timer = nullptr;
    QTimer* m_marksDue = nullptr; // writes the marks of replies held back for their step
    bool m_running = false;
    std::function<void(int)> m_flushDone;
    StorageError m_stopError;
    // Set while the worker writes to the outbox itself: its own writes never restart it.
    bool m_writing = false;
    // Answered 2xx, their "delivered" mark not written yet: written together by the next pump
    // (one commit for all replies of one event-loop pass). In flight + pending never exceeds
    // maxInFlight (the duplicate bound of a kill), and with m_unsynced never twice that (the
    // bound of a power cut): a lost mark only means one resend of that notification.
    QList<Outbox::Delivered> m_pendingDelivered;
    bool m_pumpPosted = false;
    // The marks of each step's commit until the storage thread has synced it: a power cut
    // would take them back, and their notifications would be sent again.
    struct Unsynced {
        quint64 generation = 0;
        int marks = 0;
    };
    QList<Unsynced> m_unsynced;
    // The last step waits for the storage thread's next sync (madeDurable() pumps again).
    bool m_awaitingSync = false;
};

} // namespace checkstand::outbox
