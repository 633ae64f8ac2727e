#include "quoterefund.h"

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
    // It goes into a header: a UUID and nothing else (no CR/LF, no second header).
    if (QUuid::fromString(result.requestId).isNull())
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
