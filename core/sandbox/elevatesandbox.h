// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxservice.h"

#include <QHash>
#include <QSet>

namespace checkstand::sandbox {

// Voyado Elevate's payment notification endpoint: Api-Key header, the three query keys, a body
// of lines. Unknown variant keys get a 400 while the valid lines of the same notification are
// still accepted — exactly the behaviour that makes a resend count lines twice — and the
// accepted lines are counted per sale so tests can see duplicates.
class ElevateSandbox : public SandboxService {
public:
    ElevateSandbox();

    QString service() const override;
    QString path() const override;
    QString apiKey() const override;
    SandboxReply handle(const SandboxRequest& request) override;
    SandboxReply declined(const SandboxRequest& request) override; // 403, wrong cluster credentials

    void addKnownVariant(const QString& key) { m_known.insert(key); }
    // Notifications accepted (204 or 400 with some valid lines) for a sale's sessionKey.
    int deliveries(const QString& sessionKey) const { return m_deliveries.value(sessionKey); }
    int acceptedLines(const QString& sessionKey) const { return m_lines.value(sessionKey); }
    QStringList sessions() const { return m_deliveries.keys(); }

private:
    QSet<QString> m_known;
    QHash<QString, int> m_deliveries;
    QHash<QString, int> m_lines;
};

} // namespace checkstand::sandbox
