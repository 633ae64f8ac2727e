// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendlinkrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace checkstand::chargeafter {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::chargeafter::SendLinkRequest)
};

QJsonObject addressJson(const Address& a) {
    QJsonObject o{{QStringLiteral("line1"), a.line1},
                  {QStringLiteral("city"), a.city},
                  {QStringLiteral("zipCode"), a.zipCode},
                  {QStringLiteral("state"), a.state}};
    if (!a.line2.isEmpty())
        o.insert(QStringLiteral("line2"), a.line2);
    return o;
}

// Reads one JSON document into the value types, collecting every problem instead of stopping
// at the first, so a store IT script sees all of them at once.
class Reader {
public:
    Reader(FieldErrors& errors, QString currency)
        : m_errors(errors)
        , m_currency(std::move(currency)) {}

    void allowOnly(const QJsonObject& o, const QString& path,
                   std::initializer_list<const char*> keys) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char* k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                error(join(path, it.key()), Tr::tr("unknown field (check the spelling against the "
                                                   "ChargeAfter contract)"));
        }
    }

    QString string(const QJsonObject& o, const QString& path, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            error(join(path, QLatin1String(key)), Tr::tr("must be a string"));
            return {};
        }
        return v.toString();
    }

    Money money(const QJsonObject& o, const QString& path, const char* key,
                bool* present = nullptr) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (present)
            *present = !v.isUndefined() && !v.isNull();
        if (v.isUndefined() || v.isNull())
            return Money::fromMinor(0, m_currency);
        if (!v.isDouble()) {
            error(join(path, QLatin1String(key)), Tr::tr("must be a number such as 1999.0"));
            return Money::fromMinor(0, m_currency);
        }
        const auto parsed = Money::fromJson(v, m_currency);
        if (!parsed.ok()) {
            error(join(path, QLatin1String(key)), parsed.error);
            return Money::fromMinor(0, m_currency);
        }
        return *parsed.value;
    }

    QJsonObject object(const QJsonObject& o, const QString& path, const char* key, bool* present) {
        const QJsonValue v = o.value(QLatin1String(key));
        *present = v.isObject();
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            error(join(path, QLatin1String(key)), Tr::tr("must be an object"));
        return v.toObject();
    }

    void error(const QString& field, const QString& message) { m_errors.append({field, message}); }

    static QString join(const QString& path, const QString& key) {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    QString currency() const { return m_currency; }

private:
    FieldErrors& m_errors;
    QString m_currency;
};

Address readAddress(Reader& r, const QJsonObject& o, const QString& path) {
    r.allowOnly(o, path, {"line1", "line2", "city", "zipCode", "state"});
    return {r.string(o, path, "line1"), r.string(o, path, "line2"), r.string(o, path, "city"),
            r.string(o, path, "zipCode"), r.string(o, path, "state")};
}

CartDetails readCart(Reader& r, const QJsonObject& o) {
    const QString path = QStringLiteral("cartDetails");
    r.allowOnly(o, path, {"items", "discounts", "taxAmount", "shippingAmount", "totalAmount"});
    CartDetails cart;
    const QJsonValue items = o.value(QLatin1String("items"));
    if (!items.isUndefined() && !items.isArray())
        r.error(path + QStringLiteral(".items"), Tr::tr("must be a list"));
    const QJsonArray itemArray = items.toArray();
    for (qsizetype i = 0; i < itemArray.size(); ++i) {
        const QString ip = QStringLiteral("%1.items[%2]").arg(path).arg(i);
        if (!itemArray.at(i).isObject()) {
            r.error(ip, Tr::tr("must be an object"));
            continue;
        }
        const QJsonObject io = itemArray.at(i).toObject();
        r.allowOnly(
            io, ip,
            {"name", "price", "sku", "quantity", "leasable", "productCategory", "warranty"});
        CartItem item;
        item.name = r.string(io, ip, "name");
        item.price = r.money(io, ip, "price");
        item.sku = r.string(io, ip, "sku");
        const QJsonValue q = io.value(QLatin1String("quantity"));
        const double quantity = q.toDouble();
        // Range first: casting an out-of-range double to an integer is undefined.
        if (q.isDouble() && quantity >= 0 && quantity <= 1e9 &&
            quantity == double(qint64(quantity))) {
            item.quantity = qint64(quantity);
        } else {
            r.error(ip + QStringLiteral(".quantity"), Tr::tr("must be a whole number"));
            item.quantity = 0;
        }
        const QJsonValue leasable = io.value(QLatin1String("leasable"));
        if (!leasable.isUndefined() && !leasable.isBool())
            r.error(ip + QStringLiteral(".leasable"), Tr::tr("must be true or false"));
        item.leasable = leasable.toBool();
        item.productCategory = r.string(io, ip, "productCategory");
        bool hasWarranty = false;
        const QJsonObject w = r.object(io, ip, "warranty", &hasWarranty);
        if (hasWarranty) {
            const QString wp = ip + QStringLiteral(".warranty");
            r.allowOnly(w, wp, {"name", "price", "sku"});
            item.warranty =
                Warranty{r.string(w, wp, "name"), r.money(w, wp, "price"), r.string(w, wp, "sku")};
        }
        cart.items.append(item);
    }
    const QJsonValue discounts = o.value(QLatin1String("discounts"));
    if (!discounts.isUndefined() && !discounts.isArray())
        r.error(path + QStringLiteral(".discounts"), Tr::tr("must be a list"));
    const QJsonArray discountArray = discounts.toArray();
    for (qsizetype i = 0; i < discountArray.size(); ++i) {
        const QString dp = QStringLiteral("%1.discounts[%2]").arg(path).arg(i);
        const QJsonObject d = discountArray.at(i).toObject();
        r.allowOnly(d, dp, {"name", "amount"});
        cart.discounts.append({r.string(d, dp, "name"), r.money(d, dp, "amount")});
    }
    cart.taxAmount = r.money(o, path, "taxAmount");
    cart.shippingAmount = r.money(o, path, "shippingAmount");
    bool hasTotal = false;
    const Money total = r.money(o, path, "totalAmount", &hasTotal);
    if (hasTotal)
        cart.statedTotal = total;
    return cart;
}

} // namespace

QString toString(Channel channel) {
    return channel == Channel::InStore ? QStringLiteral("in_store") : QStringLiteral("call_center");
}

QString toString(Flow flow) {
    return flow == Flow::Checkout ? QStringLiteral("checkout") : QStringLiteral("apply");
}

QString toString(SendUsing via) {
    switch (via) {
    case SendUsing::Email:
        return QStringLiteral("email");
    case SendUsing::Sms:
        return QStringLiteral("sms");
    case SendUsing::Unset:
        break;
    }
    return {};
}

QStringList IdVerification::idTypes() {
    return {QStringLiteral("driversLicense"), QStringLiteral("federal"),
            QStringLiteral("state issued")};
}

bool Address::isEmpty() const {
    return line1.trimmed().isEmpty() && line2.trimmed().isEmpty() && city.trimmed().isEmpty() &&
           zipCode.trimmed().isEmpty() && state.trimmed().isEmpty();
}

std::optional<Money> CartDetails::computeTotal() const {
    std::optional<Money> total = taxAmount.plus(shippingAmount);
    for (const CartItem& item : items) {
        const auto line = item.price.times(item.quantity);
        if (!total || !line)
            return std::nullopt;
        total = total->plus(*line);
        // The warranty is priced once per line, not per unit (see specs/README.md).
        if (total && item.warranty)
            total = total->plus(item.warranty->price);
    }
    for (const Discount& d : discounts) {
        if (!total)
            return std::nullopt;
        total = total->minus(d.amount);
    }
    return total;
}

QJsonObject SendLinkRequest::toJson() const {
    QJsonObject o{{QStringLiteral("channel"), toString(channel)},
                  {QStringLiteral("flow"), toString(flow)},
                  {QStringLiteral("runFlowOnCustomersDevice"), runFlowOnCustomersDevice},
                  {QStringLiteral("merchantOrderId"), merchantOrderId}};
    if (idVerificationEvidence) {
        const IdVerification& id = *idVerificationEvidence;
        o.insert(QStringLiteral("idVerificationEvidence"),
                 QJsonObject{{QStringLiteral("idType"), id.idType},
                             {QStringLiteral("idExpiry"), id.idExpiry},
                             {QStringLiteral("cardIssuer"), id.cardIssuer},
                             {QStringLiteral("cardExpiry"), id.cardExpiry}});
    }
    if (consumerDetails) {
        const ConsumerDetails& c = *consumerDetails;
        QJsonObject cj{{QStringLiteral("firstName"), c.firstName},
                       {QStringLiteral("lastName"), c.lastName}};
        const auto putIf = [&cj](const char* key, const QString& value) {
            if (!value.isEmpty())
                cj.insert(QLatin1String(key), value);
        };
        putIf("email", c.email);
        putIf("mobilePhoneNumber", c.mobilePhoneNumber);
        putIf("merchantConsumerId", c.merchantConsumerId);
        if (!c.shippingAddress.isEmpty())
            cj.insert(QStringLiteral("shippingAddress"), addressJson(c.shippingAddress));
        if (!c.billingAddress.isEmpty())
            cj.insert(QStringLiteral("billingAddress"), addressJson(c.billingAddress));
        o.insert(QStringLiteral("consumerDetails"), cj);
    }
    if (sendUsing != SendUsing::Unset)
        o.insert(QStringLiteral("sendUsing"), toString(sendUsing));
    if (cartDetails) {
        const CartDetails& cart = *cartDetails;
        QJsonArray items;
        for (const CartItem& item : cart.items) {
            QJsonObject io{{QStringLiteral("name"), item.name},
                           {QStringLiteral("price"), item.price.toJsonNumber()},
                           {QStringLiteral("sku"), item.sku},
                           {QStringLiteral("quantity"), item.quantity},
                           {QStringLiteral("leasable"), item.leasable},
                           {QStringLiteral("productCategory"), item.productCategory}};
            if (item.warranty)
                io.insert(
                    QStringLiteral("warranty"),
                    QJsonObject{{QStringLiteral("name"), item.warranty->name},
                                {QStringLiteral("price"), item.warranty->price.toJsonNumber()},
                                {QStringLiteral("sku"), item.warranty->sku}});
            items.append(io);
        }
        QJsonObject cj{{QStringLiteral("items"), items},
                       {QStringLiteral("taxAmount"), cart.taxAmount.toJsonNumber()},
                       {QStringLiteral("shippingAmount"), cart.shippingAmount.toJsonNumber()}};
        QJsonArray discounts;
        for (const Discount& d : cart.discounts) {
            // The contract: no discount amount, no discount entry.
            if (!d.amount.isZero())
                discounts.append(QJsonObject{{QStringLiteral("name"), d.name},
                                             {QStringLiteral("amount"), d.amount.toJsonNumber()}});
        }
        if (!discounts.isEmpty())
            cj.insert(QStringLiteral("discounts"), discounts);
        if (const auto total = cart.computeTotal())
            cj.insert(QStringLiteral("totalAmount"), total->toJsonNumber());
        o.insert(QStringLiteral("cartDetails"), cj);
    }
    if (!finalPostbackUrl.isEmpty())
        o.insert(QStringLiteral("finalPostbackURL"), finalPostbackUrl);
    if (!dataUpdatePostbackUrl.isEmpty())
        o.insert(QStringLiteral("dataUpdatePostbackURL"), dataUpdatePostbackUrl);
    if (!postbackAuthKey.isEmpty())
        o.insert(QStringLiteral("postbackAuthKey"), postbackAuthKey);
    return o;
}

SendLinkRequest::Parsed SendLinkRequest::fromJson(const QJsonObject& json,
                                                  const QString& currency) {
    Parsed out;
    Reader r(out.errors, currency);
    SendLinkRequest& req = out.request;
    r.allowOnly(json, {},
                {"channel", "flow", "runFlowOnCustomersDevice", "idVerificationEvidence",
                 "consumerDetails", "sendUsing", "cartDetails", "merchantOrderId",
                 "finalPostbackURL", "dataUpdatePostbackURL", "postbackAuthKey"});

    const QString channel = r.string(json, {}, "channel");
    if (channel == QLatin1String("in_store"))
        req.channel = Channel::InStore;
    else if (channel == QLatin1String("call_center"))
        req.channel = Channel::CallCenter;
    else
        r.error(QStringLiteral("channel"), Tr::tr("must be \"call_center\" or \"in_store\""));

    const QString flow = r.string(json, {}, "flow");
    if (flow == QLatin1String("checkout"))
        req.flow = Flow::Checkout;
    else if (flow == QLatin1String("apply"))
        req.flow = Flow::Apply;
    else
        r.error(QStringLiteral("flow"), Tr::tr("must be \"apply\" or \"checkout\""));

    const QJsonValue device = json.value(QLatin1String("runFlowOnCustomersDevice"));
    if (device.isBool())
        req.runFlowOnCustomersDevice = device.toBool();
    else if (!device.isUndefined())
        r.error(QStringLiteral("runFlowOnCustomersDevice"), Tr::tr("must be true or false"));

    const QString via = r.string(json, {}, "sendUsing");
    if (via == QLatin1String("email"))
        req.sendUsing = SendUsing::Email;
    else if (via == QLatin1String("sms"))
        req.sendUsing = SendUsing::Sms;
    else if (!via.isEmpty())
        r.error(QStringLiteral("sendUsing"), Tr::tr("must be \"email\" or \"sms\""));

    bool present = false;
    const QJsonObject id = r.object(json, {}, "idVerificationEvidence", &present);
    if (present) {
        const QString p = QStringLiteral("idVerificationEvidence");
        r.allowOnly(id, p, {"idType", "idExpiry", "cardIssuer", "cardExpiry"});
        req.idVerificationEvidence =
            IdVerification{r.string(id, p, "idType"), r.string(id, p, "idExpiry"),
                           r.string(id, p, "cardIssuer"), r.string(id, p, "cardExpiry")};
    }
    const QJsonObject consumer = r.object(json, {}, "consumerDetails", &present);
    if (present) {
        const QString p = QStringLiteral("consumerDetails");
        r.allowOnly(consumer, p,
                    {"firstName", "lastName", "email", "mobilePhoneNumber", "merchantConsumerId",
                     "shippingAddress", "billingAddress"});
        ConsumerDetails c;
        c.firstName = r.string(consumer, p, "firstName");
        c.lastName = r.string(consumer, p, "lastName");
        c.email = r.string(consumer, p, "email");
        c.mobilePhoneNumber = r.string(consumer, p, "mobilePhoneNumber");
        c.merchantConsumerId = r.string(consumer, p, "merchantConsumerId");
        bool has = false;
        const QJsonObject ship = r.object(consumer, p, "shippingAddress", &has);
        if (has)
            c.shippingAddress = readAddress(r, ship, p + QStringLiteral(".shippingAddress"));
        const QJsonObject bill = r.object(consumer, p, "billingAddress", &has);
        if (has)
            c.billingAddress = readAddress(r, bill, p + QStringLiteral(".billingAddress"));
        req.consumerDetails = c;
    }
    const QJsonObject cart = r.object(json, {}, "cartDetails", &present);
    if (present)
        req.cartDetails = readCart(r, cart);

    req.merchantOrderId = r.string(json, {}, "merchantOrderId");
    req.finalPostbackUrl = r.string(json, {}, "finalPostbackURL");
    req.dataUpdatePostbackUrl = r.string(json, {}, "dataUpdatePostbackURL");
    req.postbackAuthKey = r.string(json, {}, "postbackAuthKey");
    return out;
}

} // namespace checkstand::chargeafter
