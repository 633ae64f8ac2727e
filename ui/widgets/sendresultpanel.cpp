// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendresultpanel.h"

#include "palette.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace checkstand {

SendResultPanel::SendResultPanel(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_trackingId(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this)) {
    setObjectName(QStringLiteral("sendResult"));
    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trackingId->setObjectName(QStringLiteral("trackingId"));
    m_trackingId->setReadOnly(true);
    m_trackingId->setAccessibleName(tr("Tracking id"));
    m_copy->setObjectName(QStringLiteral("copyTrackingId"));
    m_copy->setToolTip(tr("Copy the tracking id to the clipboard"));

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Tracking id:"), this));
    idRow->addWidget(m_trackingId, 1);
    idRow->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(idRow);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_trackingId->text());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("&Copy")); });
    });
    clear();
}

void SendResultPanel::showSending() {
    m_trackingId->clear();
    setMessage(tr("Sending…"), false);
    m_trackingId->setEnabled(false);
    m_copy->setEnabled(false);
}

void SendResultPanel::showSent(const QString& trackingId, const QString& note) {
    setMessage(note.isEmpty() ? tr("Link sent.") : tr("Link sent. %1").arg(note), false);
    m_trackingId->setText(trackingId);
    m_trackingId->setEnabled(true);
    m_copy->setEnabled(true);
}

void SendResultPanel::showFailed(const QString& message) {
    setMessage(tr("The link was not sent. %1").arg(message), true);
    m_trackingId->clear();
    m_trackingId->setEnabled(false);
    m_copy->setEnabled(false);
}

void SendResultPanel::clear() {
    setMessage({}, false);
    m_trackingId->clear();
    m_trackingId->setEnabled(false);
    m_copy->setEnabled(false);
}

void SendResultPanel::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(palette::statusStyleSheet(isError) +
                             QStringLiteral(" font-weight: bold;"));
}

} // namespace checkstand
