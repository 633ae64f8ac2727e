// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/fielderror.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace checkstand {

class ValidatedField;

// The fields of a validated form, in form order, each tied to the validator's path for it
// ("consumerDetails.email"). Places the validator's errors on their fields, knows whether an
// error is still hidden on an untouched field, and where the first visible one is. Shared by
// the Financing and Memberships pages.
class FormFields {
public:
    ValidatedField* add(QWidget* input, const QString& name, const QString& path = {});
    void add(ValidatedField* field, const QString& path);

    ValidatedField* at(const QString& path) const { return m_byPath.value(path); }
    ValidatedField* last() const { return m_order.isEmpty() ? nullptr : m_order.last(); }
    const QList<ValidatedField*>& all() const { return m_order; }

    // Shows each error on its field (the first message per field wins) and returns the errors
    // no field shows. `pathFor` may redirect a path first (a copied address shows its
    // problems on the original).
    FieldErrors show(const FieldErrors& errors,
                     const std::function<QString(const QString&)>& pathFor = {}) const;
    // An error waits on a field the operator has not reached yet (or is still typing in).
    bool hasHiddenErrors() const;
    void setAllTouched(bool touched) const;
    // The input of the first field with an error that is visible within `page`.
    QWidget* firstErrorInput(const QWidget* page) const;

private:
    QHash<QString, ValidatedField*> m_byPath;
    QList<ValidatedField*> m_order;
};

// A label's text as a screen reader should say it: no '&' mnemonic marker, no trailing colon.
QString plainLabelText(const QString& text);

// Points every label under `root` whose buddy is a ValidatedField at the field's input (Alt+letter
// and screen readers both need the input itself), and names each buddy that has no accessible
// name yet after its label; `format` ("Billing address: %1") tells same-named fields apart.
void nameInputsByLabels(QWidget* root, const QString& format = QStringLiteral("%1"));

} // namespace checkstand
