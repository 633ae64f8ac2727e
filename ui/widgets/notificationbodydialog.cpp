// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationbodydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QLabel* selectable(const QString& text, const QString& name) {
    auto* label = new QLabel(text);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

NotificationBodyDialog::NotificationBodyDialog(const outbox::Entry& entry,
                                               const QString& saleNumber, QWidget* parent)
    : QDialog(parent)
    , m_body(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("bodyDialog"));
    setWindowTitle(tr("Payment notification for sale %1").arg(saleNumber));

    auto* keys = new QFormLayout;
    keys->addRow(tr("Sale:"), selectable(entry.saleId, QStringLiteral("bodySaleId")));
    keys->addRow(tr("Customer key:"),
                 selectable(entry.customerKey, QStringLiteral("bodyCustomerKey")));
    keys->addRow(tr("Market:"), selectable(entry.market, QStringLiteral("bodyMarket")));
    keys->addRow(tr("Session key:"),
                 selectable(entry.sessionKey, QStringLiteral("bodySessionKey")));

    m_body->setObjectName(QStringLiteral("bodyText"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlainText(prettyBody(entry.body));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(keys);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

QString NotificationBodyDialog::prettyBody(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace checkstand
