#include "deliveryworker.h"

#include "elevate/notificationclient.h"

#include <QRandomGenerator>
#include <QTimer>

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
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeliveryWorker::pump);
    // A new sale, a retry or a resume: look again soon (queued, so a burst of changes pumps once).
    connect(&m_outbox, &Outbox::changed, this, [this] {
        // Restart even when a long wait is scheduled: a new sale must go out now, not in a minute.
        if (m_running && !m_flushDone)
            m_timer->start(0);
    });
}

void DeliveryWorker::start() {
    m_running = true;
    m_timer->start(0);
}

void DeliveryWorker::flush(std::function<void(int left)> done) {
    m_flushDone = std::move(done);
    m_running = true;
    // Always answer asynchronously, even with nothing to do, like every other call here.
    QTimer::singleShot(0, this, &DeliveryWorker::pump);
}

void DeliveryWorker::pump() {
    if (!m_outbox.isPaused()) {
        const int room = m_maxInFlight - int(m_busy.size());
        if (room > 0) {
            for (const Entry& e : m_outbox.due(m_busy, room))
                send(e);
        }
    }
    if (m_busy.isEmpty()) {
        if (m_flushDone) {
            const Counts c = m_outbox.counts();
            auto done = std::move(m_flushDone);
            m_flushDone = nullptr;
            m_running = false;
            done(c.queued + c.retrying);
            return;
        }
        Q_EMIT idle();
    }
    scheduleNext();
}

void DeliveryWorker::scheduleNext() {
    if (!m_running || m_flushDone)
        return;
    // Wake up when the earliest retry is due; changes (new sale, retry, resume) wake us earlier.
    qint64 wait = 60000;
    if (const QDateTime next = m_outbox.nextAttemptAt(m_busy); next.isValid())
        wait = qBound(qint64(50), m_clock.now().msecsTo(next), qint64(60000));
    m_timer->start(int(wait));
}

void DeliveryWorker::send(const Entry& entry) {
    m_busy.append(entry.id);
    m_outbox.markAttempt(entry.id);
    m_client.notify({entry.customerKey, entry.market, entry.sessionKey}, entry.body, this,
                    [this, entry](const elevate::NotificationOutcome& outcome) {
                        m_busy.removeAll(entry.id);
                        handle(entry, outcome);
                        pump();
                    });
}

void DeliveryWorker::handle(const Entry& entry, const elevate::NotificationOutcome& outcome) {
    const HttpResult& r = outcome.http;
    if (outcome.ok()) {
        m_outbox.markDelivered(entry.id, r.httpStatus);
        Q_EMIT delivered(entry.id);
        return;
    }
    if (r.kind == HttpResult::Kind::HttpStatus && r.httpStatus == 400) {
        // Final: Elevate has already counted the lines it could; sending again would double them.
        m_outbox.markRejected(entry.id, r.describe(), r.httpStatus);
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
        m_outbox.pause(why);
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
}

} // namespace checkstand::outbox
