// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendlink.h"

#include "chargeafter/linkhistory.h"

#include <QUuid>

namespace checkstand {

using namespace chargeafter;

SendLink::SendLink(SendLinkClient& client, LinkHistory& history, std::function<Settings()> settings,
                   const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_settings(std::move(settings))
    , m_clock(clock) {}

ValidationContext SendLink::validationContext() const {
    return {m_clock.today(), m_settings().phoneRegion};
}

void SendLink::complete(SendLinkRequest& request) const {
    const Settings s = m_settings();
    if (request.finalPostbackUrl.isEmpty())
        request.finalPostbackUrl = s.finalPostbackUrl;
    if (request.dataUpdatePostbackUrl.isEmpty())
        request.dataUpdatePostbackUrl = s.dataUpdatePostbackUrl;
    // One per link: ChargeAfter signs its postbacks with it.
    if (request.postbackAuthKey.isEmpty())
        request.postbackAuthKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    normalize(request, {m_clock.today(), s.phoneRegion});
}

FieldErrors SendLink::check(const SendLinkRequest& request) const {
    // The copy is thrown away; the real request gets its own postbackAuthKey when sent.
    SendLinkRequest checked = request;
    complete(checked);
    return validate(checked, validationContext());
}

void SendLink::send(SendLinkRequest request, QObject* receiver,
                    std::function<void(const Result&)> done) {
    complete(request);
    Result result;
    result.sent = request;
    // Settings may hold something the form could not foresee: never send what the contract
    // forbids.
    result.invalid = validate(request, validationContext());
    if (!result.invalid.isEmpty()) {
        done(result);
        return;
    }
    m_client.send(request, receiver,
                  [this, result, done = std::move(done)](const SendLinkOutcome& outcome) mutable {
                      result.outcome = outcome;
                      result.recorded = m_history.record(
                          LinkHistoryEntry::from(result.sent, outcome, m_clock.now()));
                      done(result);
                  });
}

} // namespace checkstand
