#include "refundrequest.h"

#include "validation/contactvalidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace checkstand::acme {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("checkstand::acme", s);
}

void putIf(QJsonObject& o, const char* key, const QString& value) {
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1String(key), value.trimmed());
}

} // namespace

QStringList MembershipOperation::itemTypes() {
    return {QStringLiteral("MembershipCancel"), QStringLiteral("MembershipDowngrade"),
            QStringLiteral("MembershipPurchase")};
}

void CardEntry::wipe() {
    number.clear();
    cvc.clear();
    brand.clear();
    lastFour.clear();
    expDate.clear();
}

QJsonObject RefundRequest::toJson() const {
    QJsonObject o;
    putIf(o, "contactFirstName", contact.firstName);
    putIf(o, "contactLastName", contact.lastName);
    putIf(o, "contactEmail", contact.email);
    putIf(o, "phoneNumber", contact.phone);
    putIf(o, "address1", contact.address1);
    putIf(o, "address2", contact.address2);
    putIf(o, "city", contact.city);
    putIf(o, "state", contact.state);
    putIf(o, "country", contact.country);
    putIf(o, "zipCode", contact.zipCode);
    const Person& b = billingSameAsContact ? contact : billing;
    putIf(o, "billingFirstName", b.firstName);
    putIf(o, "billingLastName", b.lastName);
    putIf(o, "billingEmail", b.email);
    putIf(o, "billingPhoneNumber", b.phone);
    putIf(o, "billingAddress1", b.address1);
    putIf(o, "billingAddress2", b.address2);
    putIf(o, "billingCity", b.city);
    putIf(o, "billingState", b.state);
    putIf(o, "billingCountry", b.country);
    putIf(o, "billingZipCode", b.zipCode);
    putIf(o, "notes", notes);
    putIf(o, "paymentId", paymentId);
    o.insert(QStringLiteral("ccLastFourDigits"), card.lastFour);
    o.insert(QStringLiteral("creditCardBrand"), card.brand);
    o.insert(QStringLiteral("cvc"), card.cvc.reveal());
    o.insert(QStringLiteral("expDate"), card.expDate);
    if (!card.number.isEmpty())
        o.insert(QStringLiteral("manualEntryCardNumber"), card.number.reveal());
    QJsonArray ms;
    for (const MembershipOperation& m : memberships) {
        QJsonObject info{{QStringLiteral("membershipId"), m.membershipId}};
        if (!m.targetLevel.isEmpty())
            info.insert(QStringLiteral("membershipLevel"), m.targetLevel);
        ms.append(QJsonObject{{QStringLiteral("itemType"), m.itemType},
                              {QStringLiteral("membershipInfo"), info}});
    }
    o.insert(QStringLiteral("memberships"), ms);
    return o;
}

RefundRequest RefundRequest::fromJson(const QJsonObject& o, FieldErrors* errors) {
    const auto s = [&o](const char* k) {
        return o.value(QLatin1String(k)).toString();
    };
    RefundRequest r;
    r.contact = {s("contactFirstName"), s("contactLastName"), s("contactEmail"), s("phoneNumber"),
                 s("address1"),         s("address2"),        s("city"),         s("state"),
                 s("country"),          s("zipCode")};
    r.billing = {s("billingFirstName"),   s("billingLastName"), s("billingEmail"),
                 s("billingPhoneNumber"), s("billingAddress1"), s("billingAddress2"),
                 s("billingCity"),        s("billingState"),    s("billingCountry"),
                 s("billingZipCode")};
    r.billingSameAsContact =
        r.billing.firstName.isEmpty() && r.billing.lastName.isEmpty() && r.billing.email.isEmpty();
    r.notes = s("notes");
    r.paymentId = s("paymentId");
    r.card.brand = s("creditCardBrand");
    r.card.lastFour = s("ccLastFourDigits");
    r.card.expDate = s("expDate");
    for (const char* forbidden : {"cvc", "manualEntryCardNumber"}) {
        if (o.contains(QLatin1String(forbidden)))
            errors->append({QLatin1String(forbidden),
                            tr("card data is never read from a file; give it on standard input")});
    }
    const QJsonArray ms = o.value(QLatin1String("memberships")).toArray();
    for (const QJsonValue& v : ms) {
        const QJsonObject m = v.toObject();
        const QJsonObject info = m.value(QLatin1String("membershipInfo")).toObject();
        r.memberships.append({m.value(QLatin1String("itemType")).toString(),
                              info.value(QLatin1String("membershipId")).toString(),
                              info.value(QLatin1String("membershipLevel")).toString()});
    }
    return r;
}

FieldErrors validate(const RefundRequest& r, const QDate& today) {
    FieldErrors e;
    const auto required = [&e](const QString& field, const QString& value, const QString& what) {
        if (value.trimmed().isEmpty())
            e.append({field, tr("%1 is required.").arg(what)});
    };
    required(refundfield::firstName, r.contact.firstName, tr("The first name"));
    required(refundfield::lastName, r.contact.lastName, tr("The last name"));
    if (const QString why = contact::checkEmail(r.contact.email); !why.isEmpty())
        e.append({refundfield::email, why});

    const auto brand = brandFromString(r.card.brand);
    if (!brand)
        e.append(
            {refundfield::brand,
             tr("Choose the card brand: Visa, MasterCard, American Express, Discover or JCB.")});
    static const QRegularExpression four(QStringLiteral("^\\d{4}$"));
    if (!four.match(r.card.lastFour).hasMatch())
        e.append({refundfield::lastFour, tr("Enter the card's last four digits.")});
    if (!r.card.number.isEmpty()) {
        const QString& pan = r.card.number.reveal();
        if (!luhnValid(pan))
            e.append({refundfield::number, tr("This card number is not valid; check the digits.")});
        else if (brand && brandOfNumber(pan) != brand)
            e.append({refundfield::number, tr("This is not a %1 card number.").arg(r.card.brand)});
        else if (!pan.endsWith(r.card.lastFour))
            e.append(
                {refundfield::lastFour, tr("The last four digits do not match the card number.")});
    }
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const int cvcLen = brand ? cvcLength(*brand) : 3;
    if (r.card.cvc.size() != cvcLen || !digits.match(r.card.cvc.reveal()).hasMatch())
        e.append({refundfield::cvc, tr("The security code has %1 digits.").arg(cvcLen)});
    static const QRegularExpression mmyy(QStringLiteral("^(\\d{2})(\\d{2})$"));
    const auto m = mmyy.match(r.card.expDate);
    if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(1).toInt() > 12) {
        e.append({refundfield::expDate, tr("Enter the expiry as MMyy, e.g. 0829.")});
    } else {
        const QDate first(2000 + m.captured(2).toInt(), m.captured(1).toInt(), 1);
        if (first.addDays(first.daysInMonth() - 1) < today)
            e.append({refundfield::expDate,
                      tr("This card has expired; ask for a card that is still valid.")});
    }
    if (r.memberships.isEmpty())
        e.append({refundfield::memberships, tr("Add at least one membership operation.")});
    for (qsizetype i = 0; i < r.memberships.size(); ++i) {
        const MembershipOperation& op = r.memberships.at(i);
        const QString p = QStringLiteral("memberships[%1]").arg(i);
        if (!MembershipOperation::itemTypes().contains(op.itemType))
            e.append(
                {p + QStringLiteral(".itemType"), tr("Choose cancel, downgrade or purchase.")});
        if (op.membershipId.trimmed().isEmpty())
            e.append({p + QStringLiteral(".membershipInfo.membershipId"),
                      tr("The membership id is required.")});
        if (op.itemType == QLatin1String("MembershipDowngrade") &&
            op.targetLevel.trimmed().isEmpty())
            e.append({p + QStringLiteral(".membershipInfo.membershipLevel"),
                      tr("Choose the level to downgrade to.")});
    }
    return e;
}

} // namespace checkstand::acme
