// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/sendlinkclient.h"
#include "chargeafter/sendlinkvalidator.h"
#include "util/clock.h"
#include "validation/fielderror.h"

#include <QObject>

#include <functional>

namespace checkstand {

namespace chargeafter {
class LinkHistory;
}

// Sending a ChargeAfter financing link, once for the Financing page and `checkstand-ctl
// send-link`: fill in what the operator does not type, check every contract rule, send, and
// keep the attempt in the sent-links history.
class SendLink : public QObject {
    Q_OBJECT
public:
    // What the use case reads from settings, at the moment it needs it.
    struct Settings {
        QString finalPostbackUrl;
        QString dataUpdatePostbackUrl;
        QString phoneRegion = QStringLiteral("US");
    };

    SendLink(chargeafter::SendLinkClient& client, chargeafter::LinkHistory& history,
             std::function<Settings()> settings, const Clock& clock, QObject* parent = nullptr);

    chargeafter::ValidationContext validationContext() const;
    // Postback URLs from settings and a fresh postbackAuthKey (unless the request has them),
    // then the contract's normal form (phone digits, trimmed fields).
    void complete(chargeafter::SendLinkRequest& request) const;
    // What would stop `request` from being sent, as send() would check it (on a completed copy).
    FieldErrors check(const chargeafter::SendLinkRequest& request) const;

    struct Result {
        chargeafter::SendLinkRequest sent; // completed, as it went out
        FieldErrors invalid;               // set when nothing was sent
        chargeafter::SendLinkOutcome outcome;
        bool recorded = false; // the attempt is in the history
        bool ok() const { return invalid.isEmpty() && outcome.ok(); }
    };
    // Answers exactly once, unless `receiver` is destroyed first; an invalid request is answered
    // at once, unsent and unrecorded.
    void send(chargeafter::SendLinkRequest request, QObject* receiver,
              std::function<void(const Result&)> done);

private:
    chargeafter::SendLinkClient& m_client;
    chargeafter::LinkHistory& m_history;
    std::function<Settings()> m_settings;
    const Clock& m_clock;
};

} // namespace checkstand
