// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finalisationpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace checkstand::orderchecker {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::orderchecker)
};

QString errorList(const QList<Action>& actions) {
    QStringList messages;
    for (const Action& a : actions) {
        if (a.isError() && !a.message.isEmpty() && !messages.contains(a.message))
            messages << a.message;
    }
    return messages.isEmpty() ? Tr::tr("the order checker found errors")
                              : messages.join(QStringLiteral("; "));
}

} // namespace

bool CheckVerdict::allErrorsAreItemErrors() const {
    bool any = false;
    for (const Action& a : actions) {
        if (a.kind == Action::Kind::OrderError)
            return false;
        any = any || a.kind == Action::Kind::ItemError;
    }
    return any;
}

CheckOutcome readCheckReply(const HttpResult& http, const QString& currency) {
    const bool is200 = http.kind == HttpResult::Kind::Ok && http.httpStatus == 200;
    const bool is403 = http.kind == HttpResult::Kind::HttpStatus && http.httpStatus == 403;
    if (!is200 && !is403) {
        return CheckOutcome::failure(http, http.ok() ? Tr::tr("The order checker answered HTTP %1, "
                                                              "which its contract does not define.")
                                                           .arg(http.httpStatus)
                                                     : http.describe());
    }
    QString error;
    // An empty 200 body reads as "no actions".
    const QJsonValue body =
        is200 && http.body.trimmed().isEmpty() ? QJsonValue(QJsonArray()) : http.json;
    const auto reply = parseActions(body, currency, &error);
    if (!reply)
        return CheckOutcome::invalid(http, error);
    CheckVerdict verdict;
    verdict.actions = reply->actions;
    verdict.ignored = reply->ignored;
    bool anyError = false;
    for (const Action& a : verdict.actions)
        anyError = anyError || a.isError();
    if (is403) {
        // A 403 without a reason is not the contract's 403; it is most likely an auth problem at
        // the endpoint, so it counts as an API failure.
        if (!anyError)
            return CheckOutcome::failure(http);
        verdict.kind = CheckVerdict::Kind::Blocked;
        return CheckOutcome::success(verdict, http);
    }
    verdict.kind = anyError ? CheckVerdict::Kind::PassedWithErrors : CheckVerdict::Kind::Passed;
    return CheckOutcome::success(verdict, http);
}

Decision decide(const CheckOutcome& outcome, const CheckerSettings& settings) {
    if (!outcome.ok()) {
        if (settings.allowSalesOnApiErrors)
            return {
                true,
                Tr::tr("Allowed without an order check (store setting): %1").arg(outcome.error)};
        return {false, Tr::tr("The order could not be checked, so it cannot be finalised yet: %1")
                           .arg(outcome.error)};
    }
    switch (outcome->kind) {
    case CheckVerdict::Kind::Passed:
    case CheckVerdict::Kind::PassedWithErrors:
        return {true, {}};
    case CheckVerdict::Kind::Blocked:
        if (settings.allowSalesOnItemErrors && outcome->allErrorsAreItemErrors())
            return {true, Tr::tr("Allowed although some items have errors (store setting): %1")
                              .arg(errorList(outcome->actions))};
        return {false,
                Tr::tr("The order checker blocks this sale: %1").arg(errorList(outcome->actions))};
    }
    return {false, {}};
}

} // namespace checkstand::orderchecker
