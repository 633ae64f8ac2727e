// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendlinkclient.h"

namespace checkstand::chargeafter {

SendLinkClient::SendLinkClient(HttpClient& http, QObject* parent)
    : ServiceClient(http, service::chargeAfter, parent) {}

void SendLinkClient::send(const SendLinkRequest& request, QObject* receiver,
                          std::function<void(const SendLinkOutcome&)> done) {
    ApiRequest api = makeRequest(QJsonDocument(request.toJson()));
    // ChargeAfter signs its postbacks with it: a secret, even though it travels in the body.
    api.bodySecrets = {request.postbackAuthKey};
    call<SendLinkReply>(api, receiver, &readSendLinkReply, std::move(done));
}

} // namespace checkstand::chargeafter
