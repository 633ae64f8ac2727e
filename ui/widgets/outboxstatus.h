// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace checkstand {

struct StorageError;

namespace outbox {
class Outbox;
}

// The Elevate outbox in the status bar, always visible: "Outbox: 2 queued · 0 retrying ·
// 1 rejected · 14 delivered today", red and bold when the operator is needed (a rejected
// notification, delivery paused, or the sales database failing: then "Outbox: delivery
// stopped — disk full", the whole message in the tooltip, instead of counts it cannot read).
// Updated on every outbox change and every storage failure the outbox reports (the delivery
// worker stops on those, so this is also how the window learns it stopped); clicking it is
// meant to open the Outbox page (the window connects clicked()).
class OutboxStatus : public QToolButton {
    Q_OBJECT
public:
    explicit OutboxStatus(outbox::Outbox& outbox, QWidget* parent = nullptr);

    void refresh();
    bool needsAttention() const { return m_attention; }
    // The storage failure shown, if any (cleared when the database takes a write again).
    bool showsStorageFailure() const { return m_showsFailure; }

    // The status bar's few words for why delivery is paused: "credentials rejected" for a 401
    // or 403, otherwise a pointer to the Outbox page (which shows the whole reason).
    static QString pauseSummary(const QString& reason);

private:
    void showStorageFailure(const StorageError& error);
    void setAttention(bool attention);

    outbox::Outbox& m_outbox;
    bool m_attention = false;
    bool m_showsFailure = false;
};

} // namespace checkstand
