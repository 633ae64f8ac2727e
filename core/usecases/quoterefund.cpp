// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quoterefund.h"

#include <QRegularExpression>
#include <QUuid>

namespace checkstand {

QuoteRefund::QuoteRefund(acme::RefundClient& client, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock) {}

QString QuoteRefund::newRequestId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

FieldErrors QuoteRefund::check(const acme::RefundRequest& request) const {
    return acme::validate(request, m_clock.today());
}

void QuoteRefund::quote(acme::RefundRequest& request, const QString& requestId, QObject* receiver,
                        std::function<void(const Result&)> done) {
    Result result;
    result.requestId = requestId.isEmpty() ? newRequestId() : requestId;
    result.invalid = check(request);
    // It goes into a header: a UUID and nothing else. QUuid::fromString() alone is not enough:
    // it reads the first 36 characters and ignores what follows ("<uuid>\r\nX-Evil: 1").
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    if (!uuid.match(result.requestId).hasMatch())
        result.invalid.append({QStringLiteral("requestUuid"),
                               tr("The request id must be a UUID such as the one an earlier "
                                  "quote printed.")});
    if (!result.invalid.isEmpty()) {
        request.card.wipe();
        done(result);
        return;
    }
    m_client.quote(request, result.requestId, receiver,
                   [result, done = std::move(done)](const acme::QuoteOutcome& outcome) mutable {
                       result.outcome = outcome;
                       done(result);
                   });
    // The body is built: the card data has served its one request.
    request.card.wipe();
}

} // namespace checkstand
