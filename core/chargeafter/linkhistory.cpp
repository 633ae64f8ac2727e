// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkhistory.h"

#include "sendlinkreply.h"
#include "sendlinkrequest.h"
#include "validation/contactvalidation.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcHistory, "checkstand.history", QtInfoMsg)

namespace checkstand::chargeafter {

LinkHistoryEntry LinkHistoryEntry::from(const SendLinkRequest& request,
                                        const SendLinkOutcome& outcome, const QDateTime& at) {
    LinkHistoryEntry e;
    e.sentAt = at;
    e.channel = toString(request.channel);
    e.flow = toString(request.flow);
    if (request.consumerDetails) {
        const ConsumerDetails& c = *request.consumerDetails;
        e.customerName = QString(c.firstName + u' ' + c.lastName).trimmed();
        e.maskedContact =
            request.sendUsing == SendUsing::Sms || c.email.isEmpty()
                ? (c.mobilePhoneNumber.isEmpty() ? QString()
                                                 : contact::maskPhone(c.mobilePhoneNumber))
                : contact::maskEmail(c.email);
    }
    e.trackingId = outcome.ok() ? outcome->statusTrackingId : QString();
    e.result = historySummary(outcome);
    return e;
}

LinkHistory::LinkHistory(QObject* parent)
    : QObject(parent) {}

bool LinkHistory::open(const QString& path) {
    static const QStringList migrations = {
        QStringLiteral("CREATE TABLE sent_links (id INTEGER PRIMARY KEY, sent_at TEXT NOT NULL, "
                       "channel TEXT NOT NULL, flow TEXT NOT NULL, customer_name TEXT, "
                       "masked_contact TEXT, tracking_id TEXT, result TEXT NOT NULL);"
                       "CREATE INDEX sent_links_at ON sent_links(sent_at)"),
    };
    m_error = {};
    if (!m_db.open(path,
                   QStringLiteral("linkhistory-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations))
        return false;
    // Purged personal data must not stay readable in free pages.
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("PRAGMA secure_delete=ON"))) {
        const StorageError failure = m_error;
        m_db.close();
        m_error = failure;
        return false;
    }
    return true;
}

bool LinkHistory::run(QSqlQuery& q, const QString& sql, const QVariantList& values) const {
    m_error = {};
    return m_db.run(q, sql, values, m_error);
}

bool LinkHistory::record(const LinkHistoryEntry& e) {
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("INSERT INTO sent_links (sent_at, channel, flow, customer_name, "
                            "masked_contact, tracking_id, result) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {e.sentAt.toUTC().toString(Qt::ISODateWithMs), e.channel, e.flow, e.customerName,
              e.maskedContact, e.trackingId, e.result}))
        return false;
    Q_EMIT changed();
    return true;
}

QList<LinkHistoryEntry> LinkHistory::entries(int limit) const {
    QList<LinkHistoryEntry> out;
    QSqlQuery q(m_db.db());
    if (!run(q,
             QStringLiteral("SELECT sent_at, channel, flow, customer_name, masked_contact, "
                            "tracking_id, result FROM sent_links ORDER BY sent_at DESC, id DESC "
                            "LIMIT ?"),
             {limit}))
        return {};
    while (q.next()) {
        LinkHistoryEntry e;
        e.sentAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
        e.channel = q.value(1).toString();
        e.flow = q.value(2).toString();
        e.customerName = q.value(3).toString();
        e.maskedContact = q.value(4).toString();
        e.trackingId = q.value(5).toString();
        e.result = q.value(6).toString();
        out.append(e);
    }
    if (m_db.finished(q, m_error))
        return out;
    return {};
}

int LinkHistory::purgeOlderThan(const QDateTime& cutoff) {
    QSqlQuery q(m_db.db());
    if (!run(q, QStringLiteral("DELETE FROM sent_links WHERE sent_at < ?"),
             {cutoff.toUTC().toString(Qt::ISODateWithMs)}))
        return -1;
    const int removed = q.numRowsAffected();
    if (removed > 0) {
        // Purged personal data must not linger in free pages or the WAL file. A checkpoint that
        // cannot finish (a reader holds the WAL) is retried by the next purge, so it is only
        // logged; the rows themselves are gone.
        //
        // The storage thread's own checkpoint makes this one return busy at once (SQLite does
        // not wait for another checkpoint), and its copy of the WAL may just have put the old
        // page into the file: so it is tried again, briefly. A purge is a rare admin step.
        StorageError why;
        for (int attempt = 0; attempt < 50; ++attempt) {
            QSqlQuery checkpoint(m_db.db());
            why = {};
            const bool ran =
                m_db.run(checkpoint, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, why);
            const bool busy = !ran || (checkpoint.next() && checkpoint.value(0).toInt() != 0);
            if (!busy)
                break;
            if (ran || why.kind == StorageError::Kind::Locked)
                QThread::msleep(20);
            else
                break; // not a lock: retrying will not help
        }
        if (why.failed())
            qCWarning(lcHistory) << "checkpoint after purge failed:" << why.detail;
        Q_EMIT changed();
    }
    return removed;
}

} // namespace checkstand::chargeafter
