#pragma once

#include <QToolButton>

namespace checkstand {

namespace outbox {
class Outbox;
}

// The Elevate outbox in the status bar, always visible: "Outbox: 2 queued · 0 retrying ·
// 1 rejected · 14 delivered today", red and bold when the operator is needed (a rejected
// notification, or delivery paused). Updated on every outbox change; clicking it is meant to
// open the Outbox page (the window connects clicked()).
class OutboxStatus : public QToolButton {
    Q_OBJECT
public:
    explicit OutboxStatus(outbox::Outbox& outbox, QWidget* parent = nullptr);

    void refresh();
    bool needsAttention() const { return m_attention; }

    // The status bar's few words for why delivery is paused: "credentials rejected" for a 401
    // or 403, otherwise a pointer to the Outbox page (which shows the whole reason).
    static QString pauseSummary(const QString& reason);

private:
    outbox::Outbox& m_outbox;
    bool m_attention = false;
};

} // namespace checkstand
