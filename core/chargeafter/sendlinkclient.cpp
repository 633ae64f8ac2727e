#include "sendlinkclient.h"

namespace checkstand::chargeafter {

SendLinkClient::SendLinkClient(HttpClient& http, QObject* parent)
    : ServiceClient(http, service::chargeAfter, parent) {}

void SendLinkClient::send(const SendLinkRequest& request, QObject* receiver,
                          std::function<void(const SendLinkOutcome&)> done) {
    call<SendLinkReply>(makeRequest(QJsonDocument(request.toJson())), receiver, &readSendLinkReply,
                        std::move(done));
}

} // namespace checkstand::chargeafter
