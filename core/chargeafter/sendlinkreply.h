#pragma once

#include "net/httpresult.h"

#include <QJsonObject>
#include <QString>

namespace checkstand::chargeafter {

// What a send-link call came to, for the operator and for checkstand-ctl.
struct SendLinkOutcome {
    bool ok = false;
    QString statusTrackingId;
    HttpResult http;   // the transport result, for its kind and status
    QString errorText; // plain words when not ok

    // Reads the reply: success true or "true" with a statusTrackingId; anything else is an
    // error in words, carrying the vendor's message when it gives one.
    static SendLinkOutcome fromHttp(const HttpResult& http);

    // What the sent-links history keeps: "sent", or why not in a few words, never the vendor's
    // own text (which may echo the customer's data).
    QString historySummary() const;

    // For checkstand-ctl: {"ok", "statusTrackingId"} or {"ok": false, "error": {...}}.
    QJsonObject toJson() const;
};

} // namespace checkstand::chargeafter
