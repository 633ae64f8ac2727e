// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/outcome.h"

#include <QJsonObject>
#include <QString>

namespace checkstand::chargeafter {

// What ChargeAfter answers when it sent the link.
struct SendLinkReply {
    QString statusTrackingId;
};
using SendLinkOutcome = Outcome<SendLinkReply>;

// Reads the reply: success true or "true" with a statusTrackingId; anything else is an error in
// words, carrying the vendor's message when it gives one.
SendLinkOutcome readSendLinkReply(const HttpResult& http);

// What the sent-links history keeps: "sent", or why not in a few words, never the vendor's own
// text (which may echo the customer's data).
QString historySummary(const SendLinkOutcome& outcome);

// For checkstand-ctl: {"ok", "statusTrackingId"} or {"ok": false, "error": {...}}.
QJsonObject toJson(const SendLinkOutcome& outcome);

} // namespace checkstand::chargeafter
