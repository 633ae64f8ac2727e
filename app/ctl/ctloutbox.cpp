// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand-ctl outbox list | retry | discard | flush
#include "ctlcommands.h"
#include "ctlio.h"
#include "ctljournal.h"

#include "audit/auditjournal.h"
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

// A database that could not answer: its message on stderr, {"ok": false, "error": ...} on
// stdout, exit 1. Never a list or count of zero, which would read as "nothing waiting".
int storageFailure(const StorageError& error, const QString& message = {}) {
    const QString text = message.isEmpty() ? error.message : message;
    printError(text);
    printJson({{QStringLiteral("ok"), false},
               {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), toString(error.kind)},
                                                     {QStringLiteral("message"), text}}}});
    return ExitFailed;
}

} // namespace

int outboxList(Runtime& runtime) {
    outbox::Outbox& box = runtime.outbox();
    QJsonArray entries;
    const QList<outbox::Entry> rows = box.entries();
    if (box.error().failed())
        return storageFailure(box.error());
    for (const outbox::Entry& e : rows)
        entries.append(entryJson(e, runtime.clock().now()));
    const outbox::Counts counts = box.counts();
    if (box.error().failed())
        return storageFailure(box.error());
    printJson(
        {{QStringLiteral("counts"), countsJson(counts)}, {QStringLiteral("entries"), entries}});
    return ExitOk;
}

int outboxRetry(Runtime& runtime, qint64 id) {
    outbox::Outbox& box = runtime.outbox();
    // "retry" is also how an operator resumes a queue paused on rejected credentials.
    const bool paused = box.isPaused();
    if (box.error().failed() || (paused && !box.resume()))
        return storageFailure(box.error());
    if (id > 0 && !box.retryNow(id)) {
        if (box.error().failed())
            return storageFailure(box.error());
        printError(Tr::tr("No notification %1 is waiting or rejected.").arg(id));
        return ExitUsage;
    }
    // Without an ID, retry resumes a paused queue; with none paused it changed nothing, and
    // nothing is journalled.
    if (id > 0 || paused) {
        QJsonObject details{{QStringLiteral("resumed"), paused}};
        details.insert(QStringLiteral("id"),
                       id > 0 ? QJsonValue(id) : QJsonValue(QStringLiteral("all")));
        if (const int code = journalled(runtime, auditkind::kOutboxRetry, details,
                                        id > 0 ? Tr::tr("Notification %1 is due again").arg(id)
                                               : Tr::tr("The outbox was resumed"));
            code != ExitOk)
            return code;
    }
    const outbox::Counts counts = box.counts();
    if (box.error().failed())
        return storageFailure(box.error());
    printJson({{QStringLiteral("ok"), true}, {QStringLiteral("counts"), countsJson(counts)}});
    return ExitOk;
}

int outboxDiscard(Runtime& runtime, qint64 id, const QString& reason) {
    if (reason.trimmed().isEmpty()) {
        printError(Tr::tr("Discarding needs a reason: --reason \"...\" (it is recorded)."));
        return ExitUsage;
    }
    if (!runtime.outbox().discard(id, reason)) {
        if (runtime.outbox().error().failed())
            return storageFailure(runtime.outbox().error());
        printError(Tr::tr("No notification %1 can be discarded (delivered, discarded or unknown).")
                       .arg(id));
        return ExitUsage;
    }
    if (const int code =
            journalled(runtime, auditkind::kOutboxDiscard,
                       {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}},
                       Tr::tr("Notification %1 was discarded").arg(id));
        code != ExitOk)
        return code;
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("id"), id},
               {QStringLiteral("reason"), reason}});
    return ExitOk;
}

int outboxFlush(Runtime& runtime) {
    outbox::DeliveryWorker& worker = runtime.deliveryWorker();
    const int left = await<int>([&](std::function<void(const int&)> done) {
        worker.flush([done](int remaining) { done(remaining); });
    });
    // Stopped on a storage failure: the worker did not loop, and says why (exit 1).
    if (left < 0)
        return storageFailure(worker.stopError(), worker.stopReason());
    const outbox::Counts c = runtime.outbox().counts();
    if (runtime.outbox().error().failed())
        return storageFailure(runtime.outbox().error());
    printJson({{QStringLiteral("left"), left}, {QStringLiteral("counts"), countsJson(c)}});
    if (c.paused)
        printError(c.pauseReason);
    return left == 0 ? ExitOk : ExitFailed;
}

} // namespace checkstand::ctl
