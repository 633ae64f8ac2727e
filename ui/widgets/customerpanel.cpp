// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerpanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QString textOf(const QLineEdit* edit) {
    return edit->text().trimmed();
}

} // namespace

CustomerPanel::CustomerPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("customerPanel"));

    m_name = addEdit(QStringLiteral("customerName"), 200);
    m_lastName = addEdit(QStringLiteral("customerLastName"), 200);
    m_email = addEdit(QStringLiteral("customerEmail"), 254);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phoneCountry = addEdit(QStringLiteral("customerPhoneCountry"), 4);
    m_phoneCountry->setPlaceholderText(tr("Country"));
    m_phoneCountry->setMaximumWidth(70);
    m_phoneArea = addEdit(QStringLiteral("customerPhoneArea"), 6);
    m_phoneArea->setPlaceholderText(tr("Area"));
    m_phoneArea->setMaximumWidth(70);
    m_phone = addEdit(QStringLiteral("customerPhone"), 20);
    m_phone->setPlaceholderText(tr("Number"));
    m_taxDocument = addEdit(QStringLiteral("taxDocument"), 40);

    m_line1 = addEdit(QStringLiteral("shippingLine1"), 200);
    m_line1->setPlaceholderText(tr("Street"));
    m_number = addEdit(QStringLiteral("shippingNumber"), 20);
    m_number->setPlaceholderText(tr("No."));
    m_number->setMaximumWidth(80);
    m_line2 = addEdit(QStringLiteral("shippingLine2"), 200);
    m_line2->setPlaceholderText(tr("Apartment, suite (optional)"));
    m_suburb = addEdit(QStringLiteral("shippingSuburb"), 100);
    m_city = addEdit(QStringLiteral("shippingCity"), 100);
    m_state = addEdit(QStringLiteral("shippingState"), 50);
    m_state->setPlaceholderText(tr("State"));
    m_state->setMaximumWidth(80);
    m_zip = addEdit(QStringLiteral("shippingZip"), 20);
    m_zip->setMaximumWidth(110);
    m_country = addEdit(QStringLiteral("shippingCountry"), 60);
    m_country->setPlaceholderText(tr("Country"));
    m_recipient = addEdit(QStringLiteral("shippingRecipient"), 200);
    m_recipient->setPlaceholderText(tr("If not the customer"));

    const auto row = [](std::initializer_list<QWidget*> widgets) {
        auto* box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : widgets)
            box->addWidget(w);
        return box;
    };

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("E-&mail"), m_email);
    // A label in front of a row of fields needs its buddy named, or "&" shows as is.
    auto* phoneLabel = new QLabel(tr("&Phone"));
    phoneLabel->setBuddy(m_phoneCountry);
    form->addRow(phoneLabel, row({m_phoneCountry, m_phoneArea, m_phone}));
    form->addRow(tr("Ta&x document"), m_taxDocument);
    auto* heading = new QLabel(tr("Shipping address"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);
    form->addRow(tr("Street"), row({m_line1, m_number}));
    form->addRow(tr("Line 2"), m_line2);
    form->addRow(tr("Suburb"), m_suburb);
    form->addRow(tr("City"), row({m_city, m_state}));
    form->addRow(tr("ZIP"), row({m_zip, m_country}));
    form->addRow(tr("Recipient"), m_recipient);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
}

QLineEdit* CustomerPanel::addEdit(const QString& name, int maxLength) {
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    m_edits.append(edit);
    connect(edit, &QLineEdit::editingFinished, this, &CustomerPanel::edited);
    connect(edit, &QLineEdit::returnPressed, this, &CustomerPanel::returnPressed);
    return edit;
}

TicketCustomer CustomerPanel::customer() const {
    TicketCustomer c = m_base;
    c.name = textOf(m_name);
    c.lastName = textOf(m_lastName);
    c.email = textOf(m_email);
    c.phoneCountryCode = textOf(m_phoneCountry);
    c.phoneAreaCode = textOf(m_phoneArea);
    c.phoneNumber = textOf(m_phone);
    c.taxDocumentNumber = textOf(m_taxDocument);
    TicketAddress& a = c.shippingAddress;
    a.addressLine1 = textOf(m_line1);
    a.number = textOf(m_number);
    a.addressLine2 = textOf(m_line2);
    a.suburb = textOf(m_suburb);
    a.city = textOf(m_city);
    a.state = textOf(m_state);
    a.zip = textOf(m_zip);
    a.country = textOf(m_country);
    a.recipient = textOf(m_recipient);
    return c;
}

void CustomerPanel::showText(QLineEdit* edit, const QString& text, bool force) {
    if (edit->text() == text || (!force && edit->hasFocus() && edit->isModified()))
        return;
    edit->setText(text);
}

void CustomerPanel::setCustomer(const TicketCustomer& c, bool force) {
    m_base = c;
    showText(m_name, c.name, force);
    showText(m_lastName, c.lastName, force);
    showText(m_email, c.email, force);
    showText(m_phoneCountry, c.phoneCountryCode, force);
    showText(m_phoneArea, c.phoneAreaCode, force);
    showText(m_phone, c.phoneNumber, force);
    showText(m_taxDocument, c.taxDocumentNumber, force);
    const TicketAddress& a = c.shippingAddress;
    showText(m_line1, a.addressLine1, force);
    showText(m_number, a.number, force);
    showText(m_line2, a.addressLine2, force);
    showText(m_suburb, a.suburb, force);
    showText(m_city, a.city, force);
    showText(m_state, a.state, force);
    showText(m_zip, a.zip, force);
    showText(m_country, a.country, force);
    showText(m_recipient, a.recipient, force);
}

} // namespace checkstand
