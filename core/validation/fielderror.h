// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace checkstand {

// One validation failure, tied to the JSON path of the field ("consumerDetails.email",
// "cartDetails.items[0].price") so the form can show it next to that field and
// checkstand-ctl can name it.
struct FieldError {
    QString field;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

inline QString messageFor(const FieldErrors& errors, const QString& field) {
    for (const FieldError& e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

} // namespace checkstand
