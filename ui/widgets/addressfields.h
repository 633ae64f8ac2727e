// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chargeafter/sendlinkrequest.h"

#include <QWidget>

#include <utility>

class QLineEdit;

namespace checkstand {

class ValidatedField;

// The five lines of a postal address, each with its own error line. Object names carry a
// prefix ("ship" gives shipLine1, shipLine2, shipCity, shipZip, shipState).
class AddressFields : public QWidget {
    Q_OBJECT
public:
    explicit AddressFields(const QString& prefix, QWidget* parent = nullptr);

    chargeafter::Address address() const;

    // Each field with the validator's path for it under `path`
    // ("consumerDetails.shippingAddress" + ".line1", ...).
    QList<std::pair<QString, ValidatedField*>> fieldsUnder(const QString& path) const;
    QList<QLineEdit*> lineEdits() const;

Q_SIGNALS:
    void changed();

private:
    ValidatedField* m_line1;
    ValidatedField* m_line2;
    ValidatedField* m_city;
    ValidatedField* m_zip;
    ValidatedField* m_state;
};

} // namespace checkstand
