#pragma once

#include "net/outcome.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace checkstand::chargeafter {

struct SendLinkRequest;
struct SendLinkReply;
using SendLinkOutcome = Outcome<SendLinkReply>;

// One sent link as the history keeps it: no more personal data than an agent needs to find
// it again (name, masked contact), never the address, ID evidence or the cart.
struct LinkHistoryEntry {
    QDateTime sentAt;
    QString channel;
    QString flow;
    QString customerName;
    QString maskedContact;
    QString trackingId;
    QString result; // "sent" or the error in words

    static LinkHistoryEntry from(const SendLinkRequest& request, const SendLinkOutcome& outcome,
                                 const QDateTime& at);
};

class LinkHistory : public QObject {
    Q_OBJECT
public:
    explicit LinkHistory(QObject* parent = nullptr);

    bool open(const QString& path);
    QString error() const { return m_db.error(); }

    bool record(const LinkHistoryEntry& entry);
    QList<LinkHistoryEntry> entries(int limit = 500) const;
    // Returns the number of entries removed.
    int purgeOlderThan(const QDateTime& cutoff);

Q_SIGNALS:
    void changed();

private:
    Database m_db;
};

} // namespace checkstand::chargeafter
