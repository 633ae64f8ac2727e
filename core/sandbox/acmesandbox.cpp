// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acmesandbox.h"

#include "money/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace checkstand::sandbox {

namespace {

struct Membership {
    const char* id;
    const char* level;
    qint64 priceMinor;
    QDate start;
    QDate end;
    qint64 cardShareMinor; // paid by card; the rest by gift card
};

const Membership* findMembership(const QString& id) {
    static const Membership table[] = {
        {"57742a012095d87d690c39bc", "Gold", 12000, QDate(2026, 1, 1), QDate(2026, 12, 31), 12000},
        {"M-1001", "Silver", 8000, QDate(2026, 1, 1), QDate(2026, 12, 31), 8000},
        {"M-SPLIT", "Gold", 12000, QDate(2026, 1, 1), QDate(2026, 12, 31), 6000},
    };
    for (const Membership& m : table) {
        if (id == QLatin1String(m.id))
            return &m;
    }
    return nullptr;
}

qint64 levelPrice(const QString& level) {
    if (level == QLatin1String("Gold"))
        return 12000;
    if (level == QLatin1String("Silver"))
        return 8000;
    if (level == QLatin1String("Bronze"))
        return 5000;
    return -1;
}

} // namespace

QString AcmeSandbox::service() const {
    return QStringLiteral("acme");
}

QString AcmeSandbox::path() const {
    return QStringLiteral("/v2/b2b/orders/checkout/charges");
}

QString AcmeSandbox::apiKey() const {
    return QStringLiteral("sandbox-acme-api-key");
}

SandboxReply AcmeSandbox::declined(const SandboxRequest&) {
    return SandboxReply::error(409, QStringLiteral("Request already processed"));
}

SandboxReply AcmeSandbox::handle(const SandboxRequest& request) {
    if (request.method != "POST")
        return SandboxReply::error(405, QStringLiteral("use POST"));
    if (request.header("x-acme-api-key") != apiKey().toUtf8())
        return SandboxReply::error(401, QStringLiteral("invalid API key"));
    const QByteArray requestId = request.header("x-acme-request-uuid");
    if (requestId.isEmpty())
        return SandboxReply::error(400, QStringLiteral("x-acme-request-uuid is required"));
    const QJsonObject b = QJsonDocument::fromJson(request.body).object();
    for (const char* key : {"contactEmail", "contactFirstName", "contactLastName",
                            "ccLastFourDigits", "creditCardBrand", "cvc", "expDate"}) {
        if (b.value(QLatin1String(key)).toString().isEmpty())
            return SandboxReply::error(400,
                                       QStringLiteral("%1 is required").arg(QLatin1String(key)));
    }
    static const QStringList brands = {QStringLiteral("Visa"), QStringLiteral("MasterCard"),
                                       QStringLiteral("AmericanExpress"),
                                       QStringLiteral("Discover"), QStringLiteral("Jcb")};
    if (!brands.contains(b.value(QLatin1String("creditCardBrand")).toString()))
        return SandboxReply::error(
            400, QStringLiteral("creditCardBrand must be one of Visa, MasterCard, "
                                "AmericanExpress, Discover or Jcb"));
    const QJsonArray memberships = b.value(QLatin1String("memberships")).toArray();
    if (memberships.isEmpty())
        return SandboxReply::error(400, QStringLiteral("memberships is required"));
    if (m_seenRequestIds.contains(requestId))
        return SandboxReply::error(
            409,
            QStringLiteral("Request %1 was already processed").arg(QString::fromLatin1(requestId)));

    qint64 refundCard = 0;
    qint64 refundGift = 0;
    qint64 payment = 0;
    for (const QJsonValue& v : memberships) {
        const QJsonObject op = v.toObject();
        const QString type = op.value(QLatin1String("itemType")).toString();
        const QJsonObject info = op.value(QLatin1String("membershipInfo")).toObject();
        if (type.isEmpty())
            return SandboxReply::error(400, QStringLiteral("memberships[].itemType is required"));
        if (type == QLatin1String("MembershipPurchase")) {
            const qint64 price =
                levelPrice(info.value(QLatin1String("membershipLevel")).toString());
            if (price < 0)
                return SandboxReply::error(
                    400, QStringLiteral("membershipLevel must be Gold, Silver or Bronze"));
            payment += price;
            continue;
        }
        const Membership* m = findMembership(info.value(QLatin1String("membershipId")).toString());
        if (!m)
            return SandboxReply::error(404, QStringLiteral("Membership not found"));
        qint64 refund = 0;
        if (type == QLatin1String("MembershipCancel")) {
            const qint64 total = m->start.daysTo(m->end) + 1;
            const qint64 unused = qBound<qint64>(0, today().daysTo(m->end), total);
            refund = (m->priceMinor * unused + total / 2) / total;
        } else if (type == QLatin1String("MembershipDowngrade")) {
            const qint64 target =
                levelPrice(info.value(QLatin1String("membershipLevel")).toString());
            if (target < 0 || target >= m->priceMinor)
                return SandboxReply::error(
                    400, QStringLiteral("membershipLevel must be a lower level than %1")
                             .arg(QLatin1String(m->level)));
            refund = m->priceMinor - target;
        } else {
            return SandboxReply::error(400, QStringLiteral("unknown itemType %1").arg(type));
        }
        // Refund to the methods it was paid with, in proportion.
        const qint64 byCard = (refund * m->cardShareMinor + m->priceMinor / 2) / m->priceMinor;
        refundCard += byCard;
        refundGift += refund - byCard;
    }
    m_seenRequestIds.insert(requestId);
    if (!b.value(QLatin1String("manualEntryCardNumber")).toString().isEmpty())
        ++m_withPan;
    const auto money = [](qint64 minor) {
        return Money::fromMinor(minor).toDecimalString();
    };
    QJsonArray details;
    if (refundCard > 0)
        details.append(QJsonObject{
            {QStringLiteral("refundAmount"), money(refundCard)},
            {QStringLiteral("paymentMethod"), QStringLiteral("CreditCard")},
            {QStringLiteral("ccLastFourDigits"), b.value(QLatin1String("ccLastFourDigits"))}});
    if (refundGift > 0)
        details.append(QJsonObject{{QStringLiteral("refundAmount"), money(refundGift)},
                                   {QStringLiteral("paymentMethod"), QStringLiteral("GiftCard")}});
    const qint64 refund = refundCard + refundGift;
    return SandboxReply::json(200, {{QStringLiteral("netAmount"), money(payment - refund)},
                                    {QStringLiteral("paymentAmount"), money(payment)},
                                    {QStringLiteral("refundAmount"), money(refund)},
                                    {QStringLiteral("refundDetails"), details}});
}

} // namespace checkstand::sandbox
