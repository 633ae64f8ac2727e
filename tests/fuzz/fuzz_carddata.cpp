// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The card data checkstand-ctl reads on standard input ({"manualEntryCardNumber": ...,
// "cvc": ...}), parsed by acme::readCardData without a QJsonDocument: it accepts only what is a
// JSON object of plain strings (checked against Qt's own parser), reads each field exactly, and
// never repeats a card number in its error text.
#include "fuzzcheck.h"

#include "acme/refundrequest.h"

using namespace checkstand;
using namespace checkstand::fuzz;

namespace {

// The value of `key` when it occurs once as a plain ASCII string (the cases where Qt's parser
// and the card reader must agree byte for byte).
std::optional<QString> onlyValue(const QByteArray& input, const QJsonObject& json,
                                 const char* key) {
    const QByteArray quoted = '"' + QByteArray(key) + '"';
    if (input.count(quoted) != 1 || !json.value(QLatin1String(key)).isString())
        return std::nullopt;
    const QString value = json.value(QLatin1String(key)).toString();
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'\\' || c == u'"')
            return std::nullopt;
    }
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = bytes(data, size);
    acme::CardEntry card;
    QString error;
    const bool ok = acme::readCardData(input, &card, &error);
    note(ok ? QStringLiteral("read") : error);
    if (!ok) {
        FUZZ_CHECK(!error.isEmpty(), QString());
        FUZZ_CHECK(cardNumberIn(error).isEmpty(), error);
        FUZZ_CHECK(!hasControlCharacters(error), error);
        return 0;
    }
    FUZZ_CHECK(error.isEmpty(), error);
    if (!input.trimmed().isEmpty() && QString::fromUtf8(input).toUtf8() == input) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(input, &parse);
        FUZZ_CHECK(parse.error == QJsonParseError::NoError && doc.isObject(), parse.errorString());
        const QJsonObject json = doc.object();
        const std::pair<const char*, QString> fields[] = {
            {"manualEntryCardNumber", card.number.reveal()},
            {"cvc", card.cvc.reveal()},
            {"creditCardBrand", card.brand},
            {"ccLastFourDigits", card.lastFour},
            {"expDate", card.expDate}};
        for (const auto& [key, read] : fields) {
            // The expiry is taken as typed ("08/29", " 0829") and kept in the contract's MMyy.
            if (const auto expected = onlyValue(input, json, key))
                FUZZ_CHECK(read == (qstrcmp(key, "expDate") == 0 ? acme::expiryForWire(*expected)
                                                                 : *expected),
                           QLatin1String(key));
        }
    }
    card.wipe();
    FUZZ_CHECK(card.number.isEmpty() && card.cvc.isEmpty() && card.lastFour.isEmpty(), QString());
    return 0;
}
