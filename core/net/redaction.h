// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace checkstand::redaction {

// Text safe for a log line: values of secret or card fields replaced, any run of 13-19 digits
// (a possible card number) masked, the given secret values removed, the size bounded, and
// every control character written as an escape (a reply can carry terminal escapes).
QByteArray forLog(const QByteArray& body, const QStringList& knownSecrets = {},
                  qsizetype maxBytes = 4096);

// True for JSON keys and header names whose values must never be logged.
bool isSensitiveKey(QStringView key);

// A vendor's words made safe to show, log or store. Vendor text is untrusted: a server may
// repeat what it was sent (our API key, the card number and CVC) or carry terminal escapes
// and bidi overrides that rewrite what the operator reads. So, in this order: control
// characters, ANSI escape sequences and bidi/zero-width characters are removed; `sentSecrets`
// (what went out with this request) are replaced wherever they appear; values of sensitive
// keys ("cvc":"123", "Api-Key: k"), bearer tokens, CVC-like phrases ("CVC 123") and every
// Luhn-valid card number of 13-19 digits (spaces or dashes allowed between digits) are
// masked; whitespace is collapsed and the result is at most `maxChars` long.
QString vendorText(QStringView text, const QStringList& sentSecrets = {}, qsizetype maxChars = 300);

// An identifier a vendor sends (an id, a SKU): control, bidi and zero-width characters removed,
// whitespace collapsed, at most `maxChars` long, and nothing else changed (a SKU made of digits
// stays what it is; vendorText() would mask it if it looked like a card number).
QString withoutControls(QStringView text, qsizetype maxChars);

// `text` with every control, bidi and zero-width character written as a visible escape
// ("\x1b", "\u202e"), so a log line cannot drive the terminal it is printed on.
QString printable(QStringView text);

// True when `text` holds a Luhn-valid run of 13-19 digits, separators allowed (for tests and
// the fuzzers: the same rule vendorText() masks by).
bool containsCardNumber(QStringView text);

// `value` with every string (keys included) that contains one of `secrets` rewritten without
// it, so a reply that echoes our key cannot pass it on to whoever reads the JSON.
QJsonValue withoutSecrets(const QJsonValue& value, const QStringList& secrets);
// The same for raw bytes.
QByteArray withoutSecrets(const QByteArray& bytes, const QStringList& secrets);

} // namespace checkstand::redaction
