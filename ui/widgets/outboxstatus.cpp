// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxstatus.h"

#include "palette.h"

#include "outbox/outbox.h"

namespace checkstand {

namespace {

// Fixed colours, as the Sale page's errors: an alert must look the same under every theme.
const QString kAttentionStyle =
    QStringLiteral("QToolButton#outboxStatus { color: %1; font-weight: bold; }")
        .arg(palette::errorColor().name());

} // namespace

OutboxStatus::OutboxStatus(outbox::Outbox& outbox, QWidget* parent)
    : QToolButton(parent)
    , m_outbox(outbox) {
    setObjectName(QStringLiteral("outboxStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Outbox status"));
    connect(&m_outbox, &outbox::Outbox::changed, this, &OutboxStatus::refresh);
    // Shown from the error itself: asking the failing database for counts again would only
    // fail again (and report again).
    connect(&m_outbox, &outbox::Outbox::storageFailed, this, &OutboxStatus::showStorageFailure);
    refresh();
}

QString OutboxStatus::pauseSummary(const QString& reason) {
    if (reason.contains(QLatin1String("HTTP 401")) || reason.contains(QLatin1String("HTTP 403")))
        return tr("credentials rejected");
    return tr("see the Outbox page");
}

void OutboxStatus::showStorageFailure(const StorageError& error) {
    m_showsFailure = true;
    setText(tr("Outbox: delivery stopped — %1").arg(error.shortText()));
    setToolTip(error.message + QLatin1Char('\n') +
               tr("Payment notifications to Voyado Elevate are kept and sent once the database "
                  "works again. Click to open the Outbox page."));
    setAttention(true);
}

void OutboxStatus::setAttention(bool attention) {
    m_attention = attention;
    const QString style = m_attention ? kAttentionStyle : QString();
    if (styleSheet() != style)
        setStyleSheet(style);
}

void OutboxStatus::refresh() {
    const outbox::Counts c = m_outbox.counts();
    // A failure since the last successful write (this read, or a write the worker could not
    // make) wins over counts: zeros would read as "nothing waiting".
    if (m_outbox.storageFailure().failed()) {
        showStorageFailure(m_outbox.storageFailure());
        return;
    }
    m_showsFailure = false;
    QString text = tr("Outbox: %1 queued · %2 retrying · %3 rejected · %4 delivered today")
                       .arg(c.queued)
                       .arg(c.retrying)
                       .arg(c.rejected)
                       .arg(c.deliveredToday);
    QString tip = tr("Payment notifications to Voyado Elevate. Click to open the Outbox page.");
    if (c.paused) {
        text += tr(" · Elevate paused: %1").arg(pauseSummary(c.pauseReason));
        tip = c.pauseReason + QLatin1Char('\n') + tip;
    }
    setText(text);
    setToolTip(tip);
    setAttention(c.paused || c.rejected > 0);
}

} // namespace checkstand
