#include "finalisationpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace checkstand::orderchecker {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("checkstand::orderchecker", s);
}

QString errorList(const QList<Action>& actions) {
    QStringList messages;
    for (const Action& a : actions) {
        if (a.isError() && !a.message.isEmpty() && !messages.contains(a.message))
            messages << a.message;
    }
    return messages.isEmpty() ? tr("the order checker found errors")
                              : messages.join(QStringLiteral("; "));
}

} // namespace

bool CheckOutcome::allErrorsAreItemErrors() const {
    bool any = false;
    for (const Action& a : actions) {
        if (a.kind == Action::Kind::OrderError)
            return false;
        any = any || a.kind == Action::Kind::ItemError;
    }
    return any;
}

CheckOutcome CheckOutcome::fromHttp(const HttpResult& http, const QString& currency) {
    CheckOutcome out;
    out.http = http;
    const bool is200 = http.kind == HttpResult::Kind::Ok && http.httpStatus == 200;
    const bool is403 = http.kind == HttpResult::Kind::HttpStatus && http.httpStatus == 403;
    if (!is200 && !is403) {
        out.kind = Kind::ApiFailure;
        out.failure = http.ok() ? tr("The order checker answered HTTP %1, which its contract does "
                                     "not define.")
                                      .arg(http.httpStatus)
                                : http.describe();
        return out;
    }
    QString error;
    // An empty 200 body reads as "no actions".
    const QJsonValue body =
        is200 && http.body.trimmed().isEmpty() ? QJsonValue(QJsonArray()) : http.json;
    const auto reply = parseActions(body, currency, &error);
    if (!reply) {
        out.kind = Kind::ApiFailure;
        out.failure = HttpResult::invalid(http, error).describe();
        return out;
    }
    out.actions = reply->actions;
    out.ignored = reply->ignored;
    bool anyError = false;
    for (const Action& a : out.actions)
        anyError = anyError || a.isError();
    if (is403) {
        if (!anyError) {
            // A 403 without a reason is not the contract's 403; it is most likely an auth
            // problem at the endpoint, so it counts as an API failure.
            out.kind = Kind::ApiFailure;
            out.failure = http.describe();
            return out;
        }
        out.kind = Kind::Blocked;
        return out;
    }
    out.kind = anyError ? Kind::PassedWithErrors : Kind::Passed;
    return out;
}

Decision decide(const CheckOutcome& outcome, const CheckerSettings& settings) {
    switch (outcome.kind) {
    case CheckOutcome::Kind::Passed:
    case CheckOutcome::Kind::PassedWithErrors:
        return {true, {}};
    case CheckOutcome::Kind::Blocked:
        if (settings.allowSalesOnItemErrors && outcome.allErrorsAreItemErrors())
            return {true, tr("Allowed although some items have errors (store setting): %1")
                              .arg(errorList(outcome.actions))};
        return {false,
                tr("The order checker blocks this sale: %1").arg(errorList(outcome.actions))};
    case CheckOutcome::Kind::ApiFailure:
        if (settings.allowSalesOnApiErrors)
            return {true,
                    tr("Allowed without an order check (store setting): %1").arg(outcome.failure)};
        return {false, tr("The order could not be checked, so it cannot be finalised yet: %1")
                           .arg(outcome.failure)};
    }
    return {false, {}};
}

} // namespace checkstand::orderchecker
