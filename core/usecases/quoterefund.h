// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acme/refundclient.h"
#include "util/clock.h"
#include "validation/fielderror.h"

#include <QObject>

#include <functional>

namespace checkstand {

// An ACME refund quote for a membership cancellation or downgrade, once for the Memberships
// page and `checkstand-ctl refund-quote`: check the request and the card, send it under its
// request id, and wipe the card data as soon as the request has gone out, whatever happens.
class QuoteRefund : public QObject {
    Q_OBJECT
public:
    QuoteRefund(acme::RefundClient& client, const Clock& clock, QObject* parent = nullptr);

    // A new quote's x-acme-request-uuid; a retry of the same quote must reuse its first one.
    static QString newRequestId();

    FieldErrors check(const acme::RefundRequest& request) const;

    struct Result {
        QString requestId;
        FieldErrors invalid; // set when nothing was sent
        acme::QuoteOutcome outcome;
        bool ok() const { return invalid.isEmpty() && outcome.ok(); }
        bool alreadySubmitted() const { return acme::isAlreadySubmitted(outcome); }
    };
    // `request.card` is wiped before this returns (the request body is built first). Answers
    // exactly once, unless `receiver` is destroyed first.
    void quote(acme::RefundRequest& request, const QString& requestId, QObject* receiver,
               std::function<void(const Result&)> done);

private:
    acme::RefundClient& m_client;
    const Clock& m_clock;
};

} // namespace checkstand
