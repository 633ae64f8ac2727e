// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryworker.h"

#include "elevate/notificationclient.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcDelivery, "checkstand.outbox.delivery", QtInfoMsg)

namespace checkstand::outbox {

namespace {

bool isTransient(const HttpResult& r) {
    switch (r.kind) {
    case HttpResult::Kind::NetworkError:
    case HttpResult::Kind::Timeout:
    case HttpResult::Kind::InvalidResponse:
        return true;
    case HttpResult::Kind::HttpStatus:
        return r.httpStatus == 408 || r.httpStatus == 429 ||
               (r.httpStatus >= 500 && r.httpStatus != 501);
    default:
        return false;
    }
}

} // namespace

DeliveryWorker::DeliveryWorker(Outbox& outbox, elevate::NotificationClient& client,
                               const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_marksDue(new QTimer(this)) {
    m_timer->setSingleShot(true);
    // A "delivered" mark waits at most this long for the other replies of its step: a crash
    // meanwhile would send that notification again.
    m_marksDue->setSingleShot(true);
    m_marksDue->setInterval(20);
    connect(m_marksDue, &QTimer::timeout, this, &DeliveryWorker::postPump);
    connect(m_timer, &QTimer::timeout, this, &DeliveryWorker::pump);
    // A new sale, a retry or a resume: look again soon (queued, so a burst of changes pumps once).
    connect(&m_outbox, &Outbox::changed, this, [this] {
        // The worker's own writes are followed by a pump anyway, and must never lift a stop.
        if (m_writing || !m_running || m_flushDone)
            return;
        if (isStopped()) {
            qCInfo(lcDelivery) << "the sales database takes writes again; delivery resumes";
            m_stopError = {};
        }
        // Restart even when a long wait is scheduled: a new sale must go out now, not in a minute.
        m_timer->start(0);
    });
    // A flush waiting for the disk (rows not synced, or marks holding back the room) ends in
    // words when the disk does not sync: it would otherwise wait for as long as that lasts.
    connect(&m_outbox, &Outbox::syncFailed, this, [this](const StorageError& error) {
        if (m_flushDone && m_busy.isEmpty() && m_awaitingSync)
            stop(error);
    });
    // Rows wait in the outbox until the storage thread has synced them (Outbox::due()).
    connect(&m_outbox, &Outbox::madeDurable, this, [this] {
        if (m_running && !isStopped())
            m_timer->start(0);
    });
}

void DeliveryWorker::start() {
    m_stopError = {};
    m_running = true;
    m_timer->start(0);
}

void DeliveryWorker::flush(std::function<void(int left)> done) {
    m_flushDone = std::move(done);
    m_running = true;
    // An explicit "deliver now" tries again after a stop; a database that still fails stops it
    // again at its first call.
    m_stopError = {};
    // Always answer asynchronously, even with nothing to do, like every other call here.
    QTimer::singleShot(0, this, &DeliveryWorker::pump);
}

QString DeliveryWorker::stopReason() const {
    if (!isStopped())
        return {};
    return tr("Delivery to Elevate stopped: %1").arg(m_stopError.message);
}

bool DeliveryWorker::storageOk() {
    if (!m_outbox.error().failed())
        return true;
    stop(m_outbox.error());
    return false;
}

void DeliveryWorker::stop(const StorageError& error) {
    if (isStopped())
        return;
    m_stopError = error;
    m_timer->stop();
    qCWarning(lcDelivery).noquote() << stopReason();
    Q_EMIT storageFailed(stopReason());
    // A flush waits for the requests still in flight: their outcome is recorded if it can be.
    if (m_busy.isEmpty())
        finishFlush(-1);
}

void DeliveryWorker::finishFlush(int left) {
    if (!m_flushDone)
        return;
    auto done = std::move(m_flushDone);
    m_flushDone = nullptr;
    m_running = false;
    done(left);
}

void DeliveryWorker::postPump() {
    if (m_pumpPosted)
        return;
    m_pumpPosted = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpPosted = false;
        pump();
    });
}

void DeliveryWorker::pump() {
    m_marksDue->stop(); // this step writes them
    m_awaitingSync = false;
    if (isStopped()) {
        if (m_busy.isEmpty())
            finishFlush(-1);
        return;
    }
    // One commit per step: the "delivered" marks of the replies since the last step, then the
    // attempts of the batch about to leave, counted before any request does (a crash
    // mid-flight still shows the attempt). Not sent when it cannot be recorded: a full disk
    // must not turn into a stream of requests for the same rows.
    //
    // Room: at most maxInFlight requests in flight, the most a crash can make Elevate count
    // twice (the marks of this step are in the WAL before anything new leaves, and a kill
    // keeps the WAL). A power cut also takes back the marks not synced yet: with those, at
    // most twice maxInFlight, so a slow disk slows delivery down rather than widening it.
    const int unsynced = unsyncedMarks();
    const int inFlight = int(m_busy.size());
    const int room =
        std::min(m_maxInFlight - inFlight,
                 2 * m_maxInFlight - inFlight - int(m_pendingDelivered.size()) - unsynced);
    std::optional<Outbox::Batch> batch;
    {
        const QScopedValueRollback<bool> own(m_writing, true);
        batch = m_outbox.nextBatch(m_pendingDelivered, m_busy, room);
    }
    if (!batch) {
        storageOk();
        return;
    }
    const QList<Outbox::Delivered> done = std::exchange(m_pendingDelivered, {});
    if (!done.isEmpty())
        m_unsynced.append({m_outbox.commitGeneration(), int(done.size())});
    // Held back by marks still on their way to the disk: the next sync pumps again.
    if (room < m_maxInFlight - inFlight && !batch->paused &&
        int(batch->due.size()) == std::max(room, 0)) {
        m_outbox.wakeWhenDurable();
        m_awaitingSync = true;
    }
    for (const Outbox::Delivered& d : done)
        Q_EMIT delivered(d.id);
    const bool paused = batch->paused;
    for (const Entry& e : std::as_const(batch->due))
        send(e);
    if (m_busy.isEmpty()) {
        // A flush also waits for rows written a moment ago: madeDurable() pumps again.
        if (m_flushDone && !paused && m_outbox.waitingForDisk()) {
            m_awaitingSync = true;
            if (m_outbox.syncFailure().failed())
                stop(m_outbox.syncFailure()); // said already: the disk does not sync now
            return;
        }
        if (m_flushDone) {
            const Counts c = m_outbox.counts();
            if (!storageOk())
                return;
            finishFlush(c.queued + c.retrying);
            return;
        }
        Q_EMIT idle();
    }
    scheduleNext(paused);
}

int DeliveryWorker::unsyncedMarks() {
    const quint64 durable = m_outbox.durableGeneration();
    m_unsynced.removeIf([durable](const Unsynced& u) { return u.generation <= durable; });
    int n = 0;
    for (const Unsynced& u : std::as_const(m_unsynced))
        n += u.marks;
    return n;
}

void DeliveryWorker::scheduleNext(bool paused) {
    if (!m_running || m_flushDone || isStopped())
        return;
    // Paused (credentials rejected, no key): nothing is due until resume(), whose change wakes
    // us. Polling here would only spin.
    if (paused) {
        m_timer->stop();
        return;
    }
    // Every slot taken: the next reply (or its deadline) pumps, and nothing more could leave
    // before it anyway. Spares a query per step while the queue drains. Waiting for the disk:
    // its sync pumps (madeDurable), polling would only open and roll back transactions.
    if (int(m_busy.size()) >= m_maxInFlight || m_awaitingSync)
        return;
    // Wake up when the earliest retry is due; changes (new sale, retry, resume) wake us earlier.
    qint64 wait = 60000;
    const QDateTime next = m_outbox.nextAttemptAt(m_busy);
    if (!storageOk())
        return;
    if (next.isValid())
        wait = qBound(qint64(50), m_clock.now().msecsTo(next), qint64(60000));
    m_timer->start(int(wait));
}

void DeliveryWorker::send(const Entry& entry) {
    m_busy.append(entry.id);
    m_client.notify({entry.customerKey, entry.market, entry.sessionKey}, entry.body, this,
                    [this, entry](const elevate::NotificationOutcome& outcome) {
                        m_busy.removeAll(entry.id);
                        if (outcome.ok()) {
                            // Marked by the next pump, with the other replies of this pass. A
                            // pump waits until half the requests are back (or every one, with
                            // fewer than two in flight): its two commits and two queries then
                            // serve several replies, not one each.
                            m_pendingDelivered.append({entry.id, outcome.http.httpStatus});
                            if (m_busy.size() <= m_maxInFlight / 2)
                                postPump();
                            else if (!m_marksDue->isActive())
                                m_marksDue->start(); // slow ones do not hold the marks back
                            return;
                        }
                        handle(entry, outcome);
                        pump();
                    });
}

void DeliveryWorker::handle(const Entry& entry, const elevate::NotificationOutcome& outcome) {
    // Every outcome is recorded by the worker itself; storageOk() after each write stops it when
    // the database would not take the outcome (the row would otherwise come round again now).
    const QScopedValueRollback<bool> own(m_writing, true);
    const HttpResult& r = outcome.http;
    if (r.kind == HttpResult::Kind::HttpStatus && r.httpStatus == 400) {
        // Final: Elevate has already counted the lines it could; sending again would double them.
        // So a power cut must not take the mark back unnoticed: counted like a delivered one.
        if (m_outbox.markRejected(entry.id, r.describe(), r.httpStatus))
            m_unsynced.append({m_outbox.commitGeneration(), 1});
        storageOk();
        return;
    }
    if ((r.kind == HttpResult::Kind::HttpStatus && (r.httpStatus == 401 || r.httpStatus == 403)) ||
        r.kind == HttpResult::Kind::Configuration) {
        const QString why =
            r.kind == HttpResult::Kind::Configuration
                ? r.describe()
                : tr("Elevate rejected the credentials (HTTP %1). Delivery is paused until "
                     "the Elevate API key is changed in Settings.")
                      .arg(r.httpStatus);
        m_outbox.markRetry(entry.id, m_clock.now(), why, r.httpStatus);
        if (!storageOk())
            return;
        // Paused, not retried: without a (valid) key every attempt fails the same way.
        m_outbox.pause(why);
        storageOk();
        return;
    }
    // Transient, or a status the contract does not define: keep it, try later. Never dropped.
    const int attempts = entry.attempts + 1;
    std::chrono::milliseconds wait = backoffDelay(attempts, m_backoff, m_random);
    if (const auto retryAfter = parseRetryAfter(r.retryAfter, m_clock.now());
        retryAfter && *retryAfter > wait)
        wait = *retryAfter;
    const QString why =
        isTransient(r)
            ? r.describe()
            : tr("%1 Checkstand keeps the notification and tries again.").arg(r.describe());
    m_outbox.markRetry(entry.id, m_clock.now().addMSecs(wait.count()), why, r.httpStatus);
    storageOk();
}

} // namespace checkstand::outbox
