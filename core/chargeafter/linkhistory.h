// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

// Every statement is checked: after a call, lastError() says whether the database failed (an
// empty list is then "could not be read", not "nothing sent").
class LinkHistory : public QObject {
    Q_OBJECT
public:
    explicit LinkHistory(QObject* parent = nullptr);

    bool open(const QString& path);
    QString error() const { return lastError().message; }
    const StorageError& lastError() const { return m_error.failed() ? m_error : m_db.lastError(); }

    bool record(const LinkHistoryEntry& entry);
    QList<LinkHistoryEntry> entries(int limit = 500) const;
    // Returns the number of entries removed, or -1 when the database failed.
    int purgeOlderThan(const QDateTime& cutoff);

Q_SIGNALS:
    void changed();

private:
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values = {}) const;

    Database m_db;
    mutable StorageError m_error;
};

} // namespace checkstand::chargeafter
