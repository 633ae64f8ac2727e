#pragma once

#include "net/httpresult.h"
#include "ordercheckreply.h"

#include <QString>

namespace checkstand::orderchecker {

// The two switches of the Omnichat integration screen.
struct CheckerSettings {
    bool allowSalesOnApiErrors = false;  // "Allow sales even if there are errors in the API"
    bool allowSalesOnItemErrors = false; // "Allow sales even if there are errors in the items"
};

// What one Order Checker call came to.
struct CheckOutcome {
    enum class Kind {
        Passed,           // 200 with an empty array
        PassedWithErrors, // 200 with error actions: marked, finalisation may pass
        Blocked,          // 403 with error actions
        ApiFailure,       // network, timeout, 5xx, unreadable or unexpected reply
    };
    Kind kind = Kind::ApiFailure;
    QList<Action> actions;
    QStringList ignored;
    QString failure; // plain words for ApiFailure
    HttpResult http;

    bool allErrorsAreItemErrors() const;
    static CheckOutcome fromHttp(const HttpResult& http, const QString& currency);
};

struct Decision {
    bool allowed = false;
    QString reason; // plain words, always set when not allowed; a note when allowed by a switch
};

// The contract's table plus the two switches:
//   200 []            -> allow
//   200 [errors]      -> allow (errors stay marked)
//   403 [errors]      -> block, unless every error is an ITEM error and item errors are allowed
//   API failure       -> block, unless API errors are allowed
Decision decide(const CheckOutcome& outcome, const CheckerSettings& settings);

} // namespace checkstand::orderchecker

Q_DECLARE_METATYPE(checkstand::orderchecker::Decision)
