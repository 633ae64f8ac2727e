// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxservice.h"

#include <QDate>
#include <QSet>

namespace checkstand::sandbox {

// ACME Ticketing's checkout/charges for membership cancellations and downgrades, computed from a
// small membership table: a cancel refunds the unused share of the period, a downgrade the price
// difference, and membership M-SPLIT (paid half by card, half by gift card) refunds across both.
// A repeated x-acme-request-uuid answers 409, as the real service does for a replayed request.
class AcmeSandbox : public SandboxService {
public:
    QString service() const override;
    QString path() const override;
    QString apiKey() const override;
    SandboxReply handle(const SandboxRequest& request) override;
    SandboxReply declined(const SandboxRequest& request) override;

    void setToday(const QDate& today) { m_today = today; }
    int requestsWithCardNumber() const { return m_withPan; }

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QDate m_today;
    QSet<QByteArray> m_seenRequestIds;
    int m_withPan = 0;
};

} // namespace checkstand::sandbox
