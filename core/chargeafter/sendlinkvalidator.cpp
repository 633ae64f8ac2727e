// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendlinkvalidator.h"

#include "net/endpointpolicy.h"
#include "validation/contactvalidation.h"

#include <QCoreApplication>
#include <QLocale>

namespace checkstand::chargeafter {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::chargeafter::validate)
};

class Rules {
public:
    explicit Rules(const ValidationContext& context)
        : m_context(context) {}

    void add(const QString& field, const QString& message) { m_errors.append({field, message}); }

    void required(const QString& field, const QString& value, const QString& what) {
        if (value.trimmed().isEmpty())
            add(field, Tr::tr("%1 is required.").arg(what));
        else if (value.size() > 200)
            add(field, Tr::tr("%1 is too long (200 characters at most).").arg(what));
    }

    void idEvidence(const IdVerification& id) {
        if (!IdVerification::idTypes().contains(id.idType))
            add(field::idType,
                Tr::tr("Choose the ID type: driver's license, federal or state issued."));
        QString why;
        const QDate expiry = contact::parseIsoDate(id.idExpiry, &why);
        if (!expiry.isValid())
            add(field::idExpiry, why);
        else if (expiry < m_context.today)
            add(field::idExpiry, Tr::tr("This ID expired on %1. Ask the customer for an ID that is "
                                        "still valid.")
                                     .arg(QLocale().toString(expiry, QLocale::LongFormat)));
        required(field::cardIssuer, id.cardIssuer, Tr::tr("The card issuer"));
        const QDate cardEnd = contact::parseCardExpiry(id.cardExpiry, &why);
        if (!cardEnd.isValid())
            add(field::cardExpiry, why);
        else if (cardEnd < m_context.today)
            add(field::cardExpiry,
                Tr::tr("This card expired at the end of %1.")
                    .arg(QLocale().toString(cardEnd, QStringLiteral("MMMM yyyy"))));
    }

    void address(const Address& a, const QString& path) {
        if (a.isEmpty())
            return;
        required(path + QStringLiteral(".line1"), a.line1, Tr::tr("The street address"));
        required(path + QStringLiteral(".city"), a.city, Tr::tr("The city"));
        required(path + QStringLiteral(".zipCode"), a.zipCode, Tr::tr("The ZIP code"));
        required(path + QStringLiteral(".state"), a.state, Tr::tr("The state"));
        if (a.line2.size() > 200)
            add(path + QStringLiteral(".line2"), Tr::tr("The second line is too long."));
    }

    void consumer(const ConsumerDetails& c, bool onCustomersDevice, SendUsing via) {
        required(field::firstName, c.firstName, Tr::tr("The first name"));
        required(field::lastName, c.lastName, Tr::tr("The last name"));
        const bool needEmail = onCustomersDevice || via == SendUsing::Email;
        const bool needPhone = onCustomersDevice || via == SendUsing::Sms;
        if (needEmail || !c.email.isEmpty()) {
            const QString e = contact::checkEmail(c.email);
            if (!e.isEmpty())
                add(field::email, e);
        }
        if (needPhone || !c.mobilePhoneNumber.isEmpty()) {
            const auto p = contact::checkPhone(c.mobilePhoneNumber, m_context.phoneRegion);
            if (!p.valid)
                add(field::phone, p.error);
        }
        address(c.shippingAddress, field::shipping);
        address(c.billingAddress, field::billing);
    }

    void money(const QString& path, const Money& m, bool mustBePositive, const QString& what) {
        if (m.isNegative() || (mustBePositive && m.isZero()))
            add(path, mustBePositive ? Tr::tr("%1 must be more than zero.").arg(what)
                                     : Tr::tr("%1 cannot be negative.").arg(what));
        else if (qAbs(m.minorUnits()) > kMaxJsonSafeMinor / 1000)
            add(path, Tr::tr("%1 is unrealistically large.").arg(what));
    }

    void cart(const CartDetails& cart) {
        if (cart.items.isEmpty())
            add(field::cartItems, Tr::tr("A checkout link needs at least one item."));
        for (qsizetype i = 0; i < cart.items.size(); ++i) {
            const CartItem& item = cart.items.at(i);
            const QString p = QStringLiteral("cartDetails.items[%1]").arg(i);
            required(p + QStringLiteral(".name"), item.name, Tr::tr("The item name"));
            required(p + QStringLiteral(".sku"), item.sku, Tr::tr("The SKU"));
            money(p + QStringLiteral(".price"), item.price, true, Tr::tr("The price"));
            if (item.quantity < 1 || item.quantity > 9999)
                add(p + QStringLiteral(".quantity"), Tr::tr("The quantity must be 1 to 9999."));
            if (item.warranty) {
                required(p + QStringLiteral(".warranty.name"), item.warranty->name,
                         Tr::tr("The warranty name"));
                required(p + QStringLiteral(".warranty.sku"), item.warranty->sku,
                         Tr::tr("The warranty SKU"));
                money(p + QStringLiteral(".warranty.price"), item.warranty->price, true,
                      Tr::tr("The warranty price"));
            }
        }
        for (qsizetype i = 0; i < cart.discounts.size(); ++i) {
            const Discount& d = cart.discounts.at(i);
            const QString p = QStringLiteral("cartDetails.discounts[%1]").arg(i);
            money(p + QStringLiteral(".amount"), d.amount, false, Tr::tr("The discount"));
            if (!d.amount.isZero())
                required(p + QStringLiteral(".name"), d.name, Tr::tr("The discount name"));
        }
        money(field::taxAmount, cart.taxAmount, false, Tr::tr("The tax"));
        money(field::shippingAmount, cart.shippingAmount, false, Tr::tr("The shipping"));
        const auto total = cart.computeTotal();
        if (!total)
            add(field::totalAmount, Tr::tr("The cart total is too large to compute."));
        else if (qAbs(total->minorUnits()) > kMaxJsonSafeMinor)
            add(field::totalAmount, Tr::tr("The cart total is too large to send exactly."));
        else if (total->isNegative() || total->isZero())
            add(field::totalAmount, Tr::tr("The cart total must be more than zero."));
        else if (cart.statedTotal && *cart.statedTotal != *total)
            add(field::totalAmount,
                Tr::tr("The total %1 does not match the cart, which adds up to %2.")
                    .arg(cart.statedTotal->toDecimalString(), total->toDecimalString()));
    }

    void url(const QString& path, const QString& value, bool isRequired, const QString& what) {
        if (value.isEmpty()) {
            if (isRequired)
                add(path,
                    Tr::tr("%1 is required for the checkout flow; set it in Settings.").arg(what));
            return;
        }
        const QString why = EndpointPolicy::check(QUrl(value, QUrl::StrictMode));
        if (!why.isEmpty())
            add(path, Tr::tr("%1: %2").arg(what, why));
    }

    FieldErrors errors() const { return m_errors; }

private:
    const ValidationContext& m_context;
    FieldErrors m_errors;
};

} // namespace

FieldErrors validate(const SendLinkRequest& r, const ValidationContext& context) {
    Rules rules(context);
    if (r.channel == Channel::CallCenter && !r.runFlowOnCustomersDevice)
        rules.add(field::runOnCustomersDevice,
                  Tr::tr("A call-center link always runs on the customer's device."));

    if (r.channel == Channel::InStore && !r.idVerificationEvidence)
        rules.add(field::idEvidence, Tr::tr("In store, record the customer's ID before sending."));
    if (r.idVerificationEvidence)
        rules.idEvidence(*r.idVerificationEvidence);

    if (r.runFlowOnCustomersDevice) {
        if (r.sendUsing == SendUsing::Unset)
            rules.add(field::sendUsing,
                      Tr::tr("Choose how to send the link: e-mail or text message."));
        if (!r.consumerDetails)
            rules.add(field::consumer,
                      Tr::tr("The customer's details are required to send the link "
                             "to their device."));
    }
    if (r.consumerDetails)
        rules.consumer(*r.consumerDetails, r.runFlowOnCustomersDevice, r.sendUsing);

    if (r.flow == Flow::Checkout && !r.cartDetails)
        rules.add(field::cart, Tr::tr("A checkout link needs the cart."));
    // The contract's own apply example carries a cart too, so an apply cart is checked, not
    // refused.
    if (r.cartDetails)
        rules.cart(*r.cartDetails);

    rules.url(field::finalPostback, r.finalPostbackUrl, r.flow == Flow::Checkout,
              Tr::tr("The final postback URL"));
    rules.url(field::dataPostback, r.dataUpdatePostbackUrl, false,
              Tr::tr("The data update postback URL"));
    if (r.merchantOrderId.size() > 100)
        rules.add(field::merchantOrderId,
                  Tr::tr("The merchant order id is too long (100 at most)."));
    return rules.errors();
}

void normalize(SendLinkRequest& r, const ValidationContext& context) {
    if (!r.consumerDetails)
        return;
    ConsumerDetails& c = *r.consumerDetails;
    for (QString* s : {&c.firstName, &c.lastName, &c.email, &c.merchantConsumerId})
        *s = s->trimmed();
    const auto phone = contact::checkPhone(c.mobilePhoneNumber, context.phoneRegion);
    if (phone.valid)
        c.mobilePhoneNumber = phone.normalized;
}

} // namespace checkstand::chargeafter
