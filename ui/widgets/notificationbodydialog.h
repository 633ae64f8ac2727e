// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/outbox.h"

#include <QDialog>

class QPlainTextEdit;

namespace checkstand {

// Read-only view of one Elevate payment notification: the query keys it is sent with and its
// JSON body, pretty-printed. Non-modal, so the operator can keep it open next to the table.
class NotificationBodyDialog : public QDialog {
    Q_OBJECT
public:
    NotificationBodyDialog(const outbox::Entry& entry, const QString& saleNumber,
                           QWidget* parent = nullptr);

    QPlainTextEdit* bodyView() const { return m_body; }

    // The body as shown: indented JSON, or the stored bytes when they are not JSON.
    static QString prettyBody(const QByteArray& body);

private:
    QPlainTextEdit* m_body;
};

} // namespace checkstand
