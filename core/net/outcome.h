// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpresult.h"

#include <QString>

#include <optional>
#include <utility>

namespace checkstand {

// What one call to an integration came to, the same shape for all five: a value when the
// vendor's answer was usable, otherwise the error in plain words. The transport result is kept
// for its kind and status (exit codes, retry rules), never shown raw.
template <typename T> struct Outcome {
    std::optional<T> value;
    HttpResult http;
    QString error; // plain words, set exactly when there is no value

    bool ok() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
    // Never sent (bad endpoint, missing secret, keychain unavailable): checkstand-ctl exit 3.
    bool isConfigurationError() const { return http.kind == HttpResult::Kind::Configuration; }

    static Outcome success(T v, HttpResult from) {
        Outcome o;
        o.value = std::move(v);
        o.http = std::move(from);
        return o;
    }
    static Outcome failure(HttpResult from, QString why) {
        Outcome o;
        o.http = std::move(from);
        o.error = std::move(why);
        return o;
    }
    // The transport failed: the HTTP layer's own words.
    static Outcome failure(const HttpResult& from) { return failure(from, from.describe()); }
    // A 2xx whose body breaks the contract: "unusable reply" in words, kind InvalidResponse.
    static Outcome invalid(const HttpResult& from, const QString& why) {
        const HttpResult bad = HttpResult::invalid(from, why);
        return failure(bad, bad.describe());
    }
};

} // namespace checkstand
