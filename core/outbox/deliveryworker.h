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
// 401/403 pause the whole queue until the key changes. Asynchronous on the owning thread: each
// step is a short database update, the network part never blocks.
class DeliveryWorker : public QObject {
    Q_OBJECT
public:
    DeliveryWorker(Outbox& outbox, elevate::NotificationClient& client, const Clock& clock,
                   QObject* parent = nullptr);

    void setMaxInFlight(int n) { m_maxInFlight = qBound(1, n, 16); }
    void setBackoff(const BackoffPolicy& policy) { m_backoff = policy; }
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }

    // Keeps delivering in the background (the app).
    void start();
    // Delivers what is due now, then reports how many notifications are still waiting
    // (checkstand-ctl outbox flush).
    void flush(std::function<void(int left)> done);
    int inFlight() const { return int(m_busy.size()); }

Q_SIGNALS:
    void delivered(qint64 id);
    void idle();

private:
    void pump();
    void send(const Entry& entry);
    void handle(const Entry& entry, const elevate::NotificationOutcome& outcome);
    void scheduleNext();

    Outbox& m_outbox;
    elevate::NotificationClient& m_client;
    int m_maxInFlight = 2;
    BackoffPolicy m_backoff;
    std::function<double()> m_random;
    const Clock& m_clock;
    QList<qint64> m_busy;
    QTimer* m_timer = nullptr;
    bool m_running = false;
    std::function<void(int)> m_flushDone;
};

} // namespace checkstand::outbox
