// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxservice.h"

namespace checkstand::sandbox {

// ChargeAfter's POST /v2/omnichannel/send-link as the contract describes it: bearer key,
// strict JSON, the required-if rules, and { success: "true", statusTrackingId } on success.
class ChargeAfterSandbox : public SandboxService {
public:
    QString service() const override;
    QString path() const override;
    QString apiKey() const override;
    SandboxReply handle(const SandboxRequest& request) override;
    SandboxReply declined(const SandboxRequest& request) override;
};

} // namespace checkstand::sandbox
