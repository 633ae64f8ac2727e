// checkstand-ctl outbox list | retry | discard | flush
#include "ctlcommands.h"
#include "ctlio.h"

#include "outbox/deliveryworker.h"
#include "outbox/outbox.h"
#include "runtime/runtime.h"

#include <QJsonArray>

namespace checkstand::ctl {

namespace {

QJsonObject entryJson(const outbox::Entry& e, const QDateTime& now) {
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("saleId"), e.saleId},
                  {QStringLiteral("state"), outbox::toString(e.state)},
                  {QStringLiteral("createdAt"), e.createdAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("ageSeconds"), e.createdAt.secsTo(now)},
                  {QStringLiteral("attempts"), e.attempts},
                  {QStringLiteral("body"), QJsonDocument::fromJson(e.body).object()}};
    if (!e.lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), e.lastError);
    if (e.lastStatus != 0)
        o.insert(QStringLiteral("lastStatus"), e.lastStatus);
    if (e.state == outbox::State::Queued || e.state == outbox::State::Retrying)
        o.insert(QStringLiteral("nextAttemptAt"), e.nextAttemptAt.toUTC().toString(Qt::ISODate));
    if (e.deliveredAt.isValid())
        o.insert(QStringLiteral("deliveredAt"), e.deliveredAt.toUTC().toString(Qt::ISODate));
    if (!e.discardedReason.isEmpty())
        o.insert(QStringLiteral("discardedReason"), e.discardedReason);
    return o;
}

QJsonObject countsJson(const outbox::Counts& c) {
    QJsonObject o{{QStringLiteral("queued"), c.queued},
                  {QStringLiteral("retrying"), c.retrying},
                  {QStringLiteral("rejected"), c.rejected},
                  {QStringLiteral("deliveredToday"), c.deliveredToday},
                  {QStringLiteral("paused"), c.paused}};
    if (c.paused)
        o.insert(QStringLiteral("pauseReason"), c.pauseReason);
    return o;
}

} // namespace

int outboxList(Runtime& runtime) {
    QJsonArray entries;
    for (const outbox::Entry& e : runtime.outbox().entries())
        entries.append(entryJson(e, runtime.clock().now()));
    printJson({{QStringLiteral("counts"), countsJson(runtime.outbox().counts())},
               {QStringLiteral("entries"), entries}});
    return ExitOk;
}

int outboxRetry(Runtime& runtime, qint64 id) {
    // "retry" is also how an operator resumes a queue paused on rejected credentials.
    if (runtime.outbox().isPaused())
        runtime.outbox().resume();
    if (id > 0 && !runtime.outbox().retryNow(id)) {
        printError(tr("No notification %1 is waiting or rejected.").arg(id));
        return ExitUsage;
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("counts"), countsJson(runtime.outbox().counts())}});
    return ExitOk;
}

int outboxDiscard(Runtime& runtime, qint64 id, const QString& reason) {
    if (reason.trimmed().isEmpty()) {
        printError(tr("Discarding needs a reason: --reason \"...\" (it is recorded)."));
        return ExitUsage;
    }
    if (!runtime.outbox().discard(id, reason)) {
        printError(
            tr("No notification %1 can be discarded (delivered, discarded or unknown).").arg(id));
        return ExitUsage;
    }
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("id"), id},
               {QStringLiteral("reason"), reason}});
    return ExitOk;
}

int outboxFlush(Runtime& runtime) {
    const int left = await<int>([&](std::function<void(const int&)> done) {
        runtime.deliveryWorker().flush([done](int remaining) { done(remaining); });
    });
    const outbox::Counts c = runtime.outbox().counts();
    printJson({{QStringLiteral("left"), left}, {QStringLiteral("counts"), countsJson(c)}});
    if (c.paused)
        printError(c.pauseReason);
    return left == 0 ? ExitOk : ExitFailed;
}

} // namespace checkstand::ctl
