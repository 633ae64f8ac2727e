// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "validatedfield.h"

namespace checkstand {

ValidatedField* FormFields::add(QWidget* input, const QString& name, const QString& path) {
    auto* field = new ValidatedField(input, name);
    add(field, path);
    return field;
}

void FormFields::add(ValidatedField* field, const QString& path) {
    if (!path.isEmpty())
        m_byPath.insert(path, field);
    m_order.append(field);
}

FieldErrors FormFields::show(const FieldErrors& errors,
                             const std::function<QString(const QString&)>& pathFor) const {
    QHash<ValidatedField*, QString> messages;
    FieldErrors unplaced;
    for (const FieldError& e : errors) {
        if (ValidatedField* f = m_byPath.value(pathFor ? pathFor(e.field) : e.field)) {
            if (!messages.contains(f))
                messages.insert(f, e.message);
        } else {
            unplaced.append(e);
        }
    }
    for (ValidatedField* f : m_order)
        f->setError(messages.value(f));
    return unplaced;
}

bool FormFields::hasHiddenErrors() const {
    for (const ValidatedField* f : m_order) {
        if (f->hasError() && !f->isTouched())
            return true;
    }
    return false;
}

void FormFields::setAllTouched(bool touched) const {
    for (ValidatedField* f : m_order)
        f->setTouched(touched);
}

QWidget* FormFields::firstErrorInput(const QWidget* page) const {
    for (const ValidatedField* f : m_order) {
        if (f->hasError() && f->isVisibleTo(page))
            return f->input();
    }
    return nullptr;
}

} // namespace checkstand
