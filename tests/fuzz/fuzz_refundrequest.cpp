// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile refund request file (checkstand-ctl refund-quote REQUEST.json): card data is never
// taken from the file, what passes validation is what the contract requires, and the body that
// is sent is valid JSON carrying exactly the request and its card, none of which reaches a log
// line. The card comes from the file's "card" member, read as standard input would be.
#include "fuzzcheck.h"

#include "acme/card.h"
#include "acme/refundrequest.h"
#include "net/redaction.h"

using namespace checkstand;
using namespace checkstand::fuzz;

namespace {

bool asciiDigits(const QString& s, qsizetype minSize, qsizetype maxSize) {
    if (s.size() < minSize || s.size() > maxSize)
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

void checkValid(const acme::RefundRequest& request) {
    const acme::CardEntry& c = request.card;
    FUZZ_CHECK(asciiDigits(c.lastFour, 4, 4), c.lastFour);
    FUZZ_CHECK(asciiDigits(c.cvc.reveal(), 3, 4), QString::number(c.cvc.size()));
    FUZZ_CHECK(asciiDigits(c.expDate, 4, 4), c.expDate);
    FUZZ_CHECK(acme::brandFromString(c.brand).has_value(), c.brand);
    const QString& pan = c.number.reveal();
    if (!pan.isEmpty()) {
        FUZZ_CHECK(asciiDigits(pan, 12, 19) && luhn(pan), QString::number(pan.size()));
        FUZZ_CHECK(pan.endsWith(c.lastFour), c.lastFour);
    }
    FUZZ_CHECK(!request.memberships.isEmpty(), QString());
    FUZZ_CHECK(!request.contact.email.trimmed().isEmpty(), request.contact.email);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QJsonObject file = jsonOf(bytes(data, size)).toObject();
    FieldErrors errors;
    acme::RefundRequest request = acme::RefundRequest::fromJson(file, &errors);
    FUZZ_CHECK(request.card.number.isEmpty() && request.card.cvc.isEmpty(), QString());
    if (file.contains(QLatin1String("cvc")) ||
        file.contains(QLatin1String("manualEntryCardNumber")))
        FUZZ_CHECK(!errors.isEmpty(), QStringLiteral("card data read from the request file"));

    if (const QJsonValue card = file.value(QLatin1String("card")); card.isObject()) {
        QString why;
        const QByteArray text = QJsonDocument(card.toObject()).toJson(QJsonDocument::Compact);
        if (!acme::readCardData(text, &request.card, &why))
            FUZZ_CHECK(!why.isEmpty(), QString());
    }
    const QString pan = request.card.number.reveal();
    const QString cvc = request.card.cvc.reveal();
    const FieldErrors invalid = acme::validate(request, QDate(2026, 11, 22));
    note(invalid.isEmpty() ? QStringLiteral("valid request") : invalid.first().message);
    if (invalid.isEmpty())
        checkValid(request);
    // Shown masked: no more than the last four digits.
    const QString masked = acme::maskedNumber(pan);
    FUZZ_CHECK(std::count_if(masked.begin(), masked.end(), [](QChar ch) { return ch.isDigit(); }) <=
                   4,
               masked);

    // The wire body: valid JSON, the card exactly as read, everything else as toJson() says.
    const auto body = request.wireBody();
    FUZZ_CHECK(body != nullptr, QString());
    const QByteArray wire(body->constData(), body->size());
    QJsonParseError parse{};
    QJsonObject sent = QJsonDocument::fromJson(wire, &parse).object();
    FUZZ_CHECK(parse.error == QJsonParseError::NoError, parse.errorString());
    FUZZ_CHECK(sent.value(QLatin1String("cvc")).toString() == cvc, QString());
    FUZZ_CHECK(sent.value(QLatin1String("manualEntryCardNumber")).toString() == pan, QString());
    QJsonObject expected = request.toJson();
    for (QJsonObject* o : {&sent, &expected}) {
        o->remove(QStringLiteral("cvc"));
        o->remove(QStringLiteral("manualEntryCardNumber"));
    }
    FUZZ_CHECK(sent == expected, QString::fromUtf8(QJsonDocument(sent).toJson()));
    // Logged redacted: no card number, no CVC value.
    const QString logged = QString::fromUtf8(redaction::forLog(wire));
    FUZZ_CHECK(cardNumberIn(logged).isEmpty(), logged);
    if (cvc.size() >= 3)
        FUZZ_CHECK(!logged.contains(QLatin1String("\"cvc\":\"") + cvc + u'"'), logged);

    request.card.wipe();
    FUZZ_CHECK(request.card.number.isEmpty() && request.card.cvc.isEmpty(), QString());
    return 0;
}
