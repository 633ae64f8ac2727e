// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressfields.h"

#include "validatedfield.h"

#include <QFormLayout>
#include <QLineEdit>

namespace checkstand {

namespace {

QLineEdit* edit(QWidget* field) {
    return static_cast<QLineEdit*>(static_cast<ValidatedField*>(field)->input());
}

} // namespace

AddressFields::AddressFields(const QString& prefix, QWidget* parent)
    : QWidget(parent) {
    const auto make = [this, &prefix](const char* suffix, int maxLength) {
        auto* line = new QLineEdit;
        line->setMaxLength(maxLength);
        auto* field = new ValidatedField(line, prefix + QLatin1String(suffix), this);
        connect(line, &QLineEdit::textChanged, this, &AddressFields::changed);
        return field;
    };
    m_line1 = make("Line1", 200);
    m_line2 = make("Line2", 200);
    m_city = make("City", 100);
    m_zip = make("Zip", 20);
    m_state = make("State", 50);
    edit(m_line2)->setPlaceholderText(tr("Apartment, suite, floor (optional)"));
    edit(m_state)->setPlaceholderText(tr("NY"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Street address"), m_line1);
    form->addRow(tr("Address line 2"), m_line2);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("ZIP code"), m_zip);
    form->addRow(tr("State"), m_state);
}

chargeafter::Address AddressFields::address() const {
    return {edit(m_line1)->text().trimmed(), edit(m_line2)->text().trimmed(),
            edit(m_city)->text().trimmed(), edit(m_zip)->text().trimmed(),
            edit(m_state)->text().trimmed()};
}

QList<std::pair<QString, ValidatedField*>> AddressFields::fieldsUnder(const QString& path) const {
    return {{path + QStringLiteral(".line1"), m_line1},
            {path + QStringLiteral(".line2"), m_line2},
            {path + QStringLiteral(".city"), m_city},
            {path + QStringLiteral(".zipCode"), m_zip},
            {path + QStringLiteral(".state"), m_state}};
}

QList<QLineEdit*> AddressFields::lineEdits() const {
    return {edit(m_line1), edit(m_line2), edit(m_city), edit(m_zip), edit(m_state)};
}

} // namespace checkstand
