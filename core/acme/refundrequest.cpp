// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refundrequest.h"

#include "validation/contactvalidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace checkstand::acme {

namespace {

// How an error names a field: only a field of the card data by its name. Any other key is the
// sender's text and may be anything, a card number included, so it is never repeated.
QString keyName(QByteArrayView key) {
    for (const char* known :
         {"manualEntryCardNumber", "cvc", "creditCardBrand", "ccLastFourDigits", "expDate"}) {
        if (key == QByteArrayView(known))
            return QStringLiteral("\"%1\"").arg(QLatin1String(known));
    }
    return QCoreApplication::translate("checkstand::acme", "a field");
}

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::acme)
};

void putIf(QJsonObject& o, const char* key, const QString& value) {
    if (!value.trimmed().isEmpty())
        o.insert(QLatin1String(key), value.trimmed());
}

// At least 2 KiB: Qt copies a request body once for its HTTP thread, and glibc keeps freed
// blocks under ~1 KiB in a per-thread cache that M_PERTURB does not overwrite. A body above
// that size makes the copy a block that is wiped when it is freed. JSON allows the spaces.
constexpr qsizetype kMinWireBodyBytes = 2048;

// A tiny reader for {"key": "value", ...} with plain string values, so that card data read from
// standard input goes from one wiped buffer straight into its SensitiveText.
class FlatJsonReader {
public:
    explicit FlatJsonReader(QByteArrayView text)
        : m_t(text) {}

    // Calls `field(key, value)` for each pair; false with `error` on anything else.
    template <typename F> bool read(F field, QString* error) {
        skipSpace();
        if (!take('{'))
            return fail(error, Tr::tr("expected a JSON object"));
        skipSpace();
        if (take('}'))
            return atEnd(error);
        for (;;) {
            QByteArrayView key;
            QByteArrayView value;
            skipSpace();
            if (!string(&key))
                return fail(error, Tr::tr("expected a field name in quotes"));
            skipSpace();
            if (!take(':'))
                return fail(error, Tr::tr("expected ':' after %1").arg(keyName(key)));
            skipSpace();
            if (!string(&value))
                return fail(error,
                            Tr::tr("%1 must be a plain string (no escapes)").arg(keyName(key)));
            field(key, value);
            skipSpace();
            if (take('}'))
                return atEnd(error);
            if (!take(','))
                return fail(error, Tr::tr("expected ',' or '}'"));
        }
    }

private:
    void skipSpace() {
        while (m_at < m_t.size() &&
               (m_t[m_at] == ' ' || m_t[m_at] == '\t' || m_t[m_at] == '\n' || m_t[m_at] == '\r'))
            ++m_at;
    }
    bool take(char c) {
        if (m_at < m_t.size() && m_t[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool string(QByteArrayView* out) {
        if (!take('"'))
            return false;
        const qsizetype start = m_at;
        while (m_at < m_t.size() && m_t[m_at] != '"') {
            if (m_t[m_at] == '\\' || static_cast<unsigned char>(m_t[m_at]) < 0x20)
                return false;
            ++m_at;
        }
        if (m_at >= m_t.size())
            return false;
        *out = m_t.sliced(start, m_at - start);
        ++m_at;
        return true;
    }
    bool atEnd(QString* error) {
        skipSpace();
        return m_at == m_t.size() || fail(error, Tr::tr("unexpected text after the object"));
    }
    static bool fail(QString* error, const QString& why) {
        *error = why;
        return false;
    }

    QByteArrayView m_t;
    qsizetype m_at = 0;
};

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
    o.insert(QStringLiteral("cvc"), QString()); // wireBody() writes it
    o.insert(QStringLiteral("expDate"), card.expDate);
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

std::shared_ptr<SensitiveBytes> RefundRequest::wireBody() const {
    QJsonObject rest = toJson();
    rest.remove(QStringLiteral("cvc"));
    const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Compact); // "{...}"
    // Six bytes per UTF-16 unit covers any JSON escape.
    const qsizetype cardBytes = 6 * (card.cvc.size() + card.number.size()) + 64;
    auto body =
        std::make_shared<SensitiveBytes>(std::max(kMinWireBodyBytes, others.size() + cardBytes));
    bool ok =
        body->isValid() && body->append("{\"cvc\":") && body->appendJsonString(card.cvc.reveal());
    if (ok && !card.number.isEmpty())
        ok = body->append(",\"manualEntryCardNumber\":") &&
             body->appendJsonString(card.number.reveal());
    if (ok && others.size() > 2) // the other fields, without their object's braces
        ok = body->append(',') && body->append(QByteArrayView(others).sliced(1, others.size() - 2));
    ok = ok && body->padTo(kMinWireBodyBytes - 1) && body->append('}');
    return ok ? body : nullptr;
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
            errors->append(
                {QLatin1String(forbidden),
                 Tr::tr("card data is never read from a file; give it on standard input")});
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
            e.append({field, Tr::tr("%1 is required.").arg(what)});
    };
    required(refundfield::firstName, r.contact.firstName, Tr::tr("The first name"));
    required(refundfield::lastName, r.contact.lastName, Tr::tr("The last name"));
    if (const QString why = contact::checkEmail(r.contact.email); !why.isEmpty())
        e.append({refundfield::email, why});

    const auto brand = brandFromString(r.card.brand);
    if (!brand)
        e.append(
            {refundfield::brand,
             Tr::tr(
                 "Choose the card brand: Visa, MasterCard, American Express, Discover or JCB.")});
    // \z, not $: "$" also matches before a final newline, so "4242\n" would pass.
    static const QRegularExpression four(QStringLiteral("\\A\\d{4}\\z"));
    if (!four.match(r.card.lastFour).hasMatch())
        e.append({refundfield::lastFour, Tr::tr("Enter the card's last four digits.")});
    if (!r.card.number.isEmpty()) {
        const QString& pan = r.card.number.reveal();
        if (!luhnValid(pan))
            e.append(
                {refundfield::number, Tr::tr("This card number is not valid; check the digits.")});
        else if (brand && brandOfNumber(pan) != brand)
            e.append(
                {refundfield::number, Tr::tr("This is not a %1 card number.").arg(r.card.brand)});
        else if (!pan.endsWith(r.card.lastFour))
            e.append({refundfield::lastFour,
                      Tr::tr("The last four digits do not match the card number.")});
    }
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const int cvcLen = brand ? cvcLength(*brand) : 3;
    if (r.card.cvc.size() != cvcLen || !digits.match(r.card.cvc.reveal()).hasMatch())
        e.append({refundfield::cvc, Tr::tr("The security code has %1 digits.").arg(cvcLen)});
    static const QRegularExpression mmyy(QStringLiteral("^(\\d{2})(\\d{2})$"));
    const auto m = mmyy.match(r.card.expDate);
    if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(1).toInt() > 12) {
        e.append({refundfield::expDate, Tr::tr("Enter the expiry as MM/YY, e.g. 08/29.")});
    } else {
        const QDate first(2000 + m.captured(2).toInt(), m.captured(1).toInt(), 1);
        if (first.addDays(first.daysInMonth() - 1) < today)
            e.append({refundfield::expDate,
                      Tr::tr("This card has expired; ask for a card that is still valid.")});
    }
    if (r.memberships.isEmpty())
        e.append({refundfield::memberships, Tr::tr("Add at least one membership operation.")});
    for (qsizetype i = 0; i < r.memberships.size(); ++i) {
        const MembershipOperation& op = r.memberships.at(i);
        const QString p = QStringLiteral("memberships[%1]").arg(i);
        if (!MembershipOperation::itemTypes().contains(op.itemType))
            e.append(
                {p + QStringLiteral(".itemType"), Tr::tr("Choose cancel, downgrade or purchase.")});
        if (op.membershipId.trimmed().isEmpty())
            e.append({p + QStringLiteral(".membershipInfo.membershipId"),
                      Tr::tr("The membership id is required.")});
        if (op.itemType == QLatin1String("MembershipDowngrade") &&
            op.targetLevel.trimmed().isEmpty())
            e.append({p + QStringLiteral(".membershipInfo.membershipLevel"),
                      Tr::tr("Choose the level to downgrade to.")});
    }
    return e;
}

bool readCardData(QByteArrayView json, CardEntry* card, QString* error) {
    if (json.trimmed().isEmpty())
        return true; // no card data: validation says what is missing
    QString why;
    const bool ok = FlatJsonReader(json).read(
        [card](QByteArrayView key, QByteArrayView value) {
            // One UTF-16 copy each, owned (and wiped) by its SensitiveText.
            if (key == "manualEntryCardNumber")
                card->number = SensitiveText(QString::fromLatin1(value));
            else if (key == "cvc")
                card->cvc = SensitiveText(QString::fromLatin1(value));
            else if (key == "creditCardBrand")
                card->brand = QString::fromUtf8(value);
            else if (key == "ccLastFourDigits")
                card->lastFour = QString::fromUtf8(value);
            else if (key == "expDate")
                card->expDate = expiryForWire(QString::fromUtf8(value));
        },
        &why);
    if (!ok)
        *error = Tr::tr("The card data is not a JSON object of plain strings: %1.").arg(why);
    return ok;
}

bool readCardDataFromStandardInput(CardEntry* card, QString* error) {
#ifdef Q_OS_UNIX
    SensitiveBytes raw(4096); // wiped when it goes out of scope
    QString why;
    if (!raw.readAll(STDIN_FILENO, &why)) {
        *error = Tr::tr("Cannot read the card data from standard input: %1.").arg(why);
        return false;
    }
    return readCardData(QByteArrayView(raw.constData(), raw.size()), card, error);
#else
    Q_UNUSED(card);
    *error = Tr::tr("Cannot read the card data from standard input on this platform.");
    return false;
#endif
}

QString expiryForWire(const QString& typed) {
    static const QRegularExpression slashed(QStringLiteral("^(\\d{2})\\s*/\\s*(\\d{2})$"));
    const QString t = typed.trimmed();
    const auto m = slashed.match(t);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : t;
}

} // namespace checkstand::acme
