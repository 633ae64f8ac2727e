// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/serviceclient.h"
#include "sendlinkreply.h"
#include "sendlinkrequest.h"

namespace checkstand::chargeafter {

// POST /v2/omnichannel/send-link with the private key from the secret store.
class SendLinkClient : public ServiceClient {
    Q_OBJECT
public:
    explicit SendLinkClient(HttpClient& http, QObject* parent = nullptr);

    // Answers exactly once, unless `receiver` is destroyed first.
    void send(const SendLinkRequest& request, QObject* receiver,
              std::function<void(const SendLinkOutcome&)> done);
};

} // namespace checkstand::chargeafter
