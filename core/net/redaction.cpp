#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace checkstand::redaction {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

QJsonValue redactValue(const QJsonValue& v, int depth) {
    if (depth > 64)
        return kRedacted;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = isSensitiveKey(it.key()) ? QJsonValue(kRedacted)
                                                  : redactValue(it.value(), depth + 1);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactValue(a.at(i), depth + 1);
        return a;
    }
    return v;
}

} // namespace

bool isSensitiveKey(QStringView key) {
    QString k = key.toString().toLower();
    k.remove(u'-');
    k.remove(u'_');
    static const QStringList exact = {
        QStringLiteral("authorization"),
        QStringLiteral("cvc"),
        QStringLiteral("cvv"),
        QStringLiteral("cvv2"),
        QStringLiteral("pan"),
        QStringLiteral("password"),
        QStringLiteral("postbackauthkey"),
        QStringLiteral("pin"),
    };
    if (exact.contains(k))
        return true;
    // Personal data: logs are for diagnosing the exchange, not for reading who bought what.
    static const QStringList personal = {QStringLiteral("firstname"),
                                         QStringLiteral("lastname"),
                                         QStringLiteral("email"),
                                         QStringLiteral("contactemail"),
                                         QStringLiteral("billingemail"),
                                         QStringLiteral("mobilephonenumber"),
                                         QStringLiteral("phonenumber"),
                                         QStringLiteral("billingphonenumber"),
                                         QStringLiteral("line1"),
                                         QStringLiteral("line2"),
                                         QStringLiteral("addressline1"),
                                         QStringLiteral("addressline2"),
                                         QStringLiteral("address1"),
                                         QStringLiteral("address2"),
                                         QStringLiteral("zipcode"),
                                         QStringLiteral("zip"),
                                         QStringLiteral("taxdocumentnumber"),
                                         QStringLiteral("birthdate"),
                                         QStringLiteral("contactfirstname"),
                                         QStringLiteral("contactlastname"),
                                         QStringLiteral("billingfirstname"),
                                         QStringLiteral("billinglastname"),
                                         QStringLiteral("billingaddress1"),
                                         QStringLiteral("billingaddress2"),
                                         QStringLiteral("billingzipcode"),
                                         QStringLiteral("recipient")};
    if (personal.contains(k))
        return true;
    for (const char* part : {"apikey", "secret", "token", "privatekey", "cardnumber"}) {
        if (k.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

QByteArray forLog(const QByteArray& body, const QStringList& knownSecrets, qsizetype maxBytes) {
    QByteArray out = body;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull()) {
        const QJsonValue red =
            redactValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), 0);
        out = red.isObject() ? QJsonDocument(red.toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(red.toArray()).toJson(QJsonDocument::Compact);
    }
    QString text = QString::fromUtf8(out);
    for (const QString& secret : knownSecrets) {
        if (secret.size() >= 4)
            text.replace(secret, kRedacted);
    }
    static const QRegularExpression panLike(QStringLiteral("\\d(?:[ -]?\\d){12,18}"));
    text.replace(panLike, QStringLiteral("[digits]"));
    out = text.toUtf8();
    if (out.size() > maxBytes)
        out = out.left(maxBytes) + "...(" + QByteArray::number(body.size()) + " bytes)";
    return out;
}

} // namespace checkstand::redaction
