#include "outboxstatus.h"

#include "outbox/outbox.h"

namespace checkstand {

namespace {

// Fixed colours, as the Sale page's errors: an alert must look the same under every theme.
const QString kAttentionStyle =
    QStringLiteral("QToolButton#outboxStatus { color: #b00020; font-weight: bold; }");

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
    refresh();
}

QString OutboxStatus::pauseSummary(const QString& reason) {
    if (reason.contains(QLatin1String("HTTP 401")) || reason.contains(QLatin1String("HTTP 403")))
        return tr("credentials rejected");
    return tr("see the Outbox page");
}

void OutboxStatus::refresh() {
    const outbox::Counts c = m_outbox.counts();
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
    m_attention = c.paused || c.rejected > 0;
    const QString style = m_attention ? kAttentionStyle : QString();
    if (styleSheet() != style)
        setStyleSheet(style);
}

} // namespace checkstand
