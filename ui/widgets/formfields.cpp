// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "validatedfield.h"

#include <QLabel>

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
        if (f->hasError() && !f->isErrorShown())
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

QString plainLabelText(const QString& text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        // "&&" is a literal ampersand; a single '&' only marks the mnemonic.
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                plain.append(u'&');
                ++i;
            }
            continue;
        }
        plain.append(text.at(i));
    }
    plain = plain.trimmed();
    if (plain.endsWith(u':'))
        plain.chop(1);
    return plain.trimmed();
}

void nameInputsByLabels(QWidget* root, const QString& format) {
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        QWidget* buddy = label->buddy();
        if (!buddy)
            continue;
        if (auto* field = qobject_cast<ValidatedField*>(buddy)) {
            buddy = field->input();
            label->setBuddy(buddy);
        }
        if (buddy->accessibleName().isEmpty())
            buddy->setAccessibleName(format.arg(plainLabelText(label->text())));
    }
}

} // namespace checkstand
