#include "linkhistory.h"

#include "sendlinkreply.h"
#include "sendlinkrequest.h"
#include "validation/contactvalidation.h"

#include <QSqlQuery>
#include <QUuid>

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
    if (!m_db.open(path,
                   QStringLiteral("linkhistory-") + QUuid::createUuid().toString(QUuid::Id128),
                   migrations))
        return false;
    QSqlQuery(m_db.db()).exec(QStringLiteral("PRAGMA secure_delete=ON"));
    return true;
}

bool LinkHistory::record(const LinkHistoryEntry& e) {
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO sent_links (sent_at, channel, flow, customer_name, "
                             "masked_contact, tracking_id, result) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.sentAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(e.channel);
    q.addBindValue(e.flow);
    q.addBindValue(e.customerName);
    q.addBindValue(e.maskedContact);
    q.addBindValue(e.trackingId);
    q.addBindValue(e.result);
    const bool ok = q.exec();
    if (ok)
        Q_EMIT changed();
    return ok;
}

QList<LinkHistoryEntry> LinkHistory::entries(int limit) const {
    QList<LinkHistoryEntry> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT sent_at, channel, flow, customer_name, masked_contact, "
                             "tracking_id, result FROM sent_links ORDER BY sent_at DESC, id DESC "
                             "LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
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
    return out;
}

int LinkHistory::purgeOlderThan(const QDateTime& cutoff) {
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM sent_links WHERE sent_at < ?"));
    q.addBindValue(cutoff.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return 0;
    const int removed = q.numRowsAffected();
    if (removed > 0) {
        // Purged personal data must not linger in free pages or the WAL file.
        QSqlQuery(m_db.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        Q_EMIT changed();
    }
    return removed;
}

} // namespace checkstand::chargeafter
