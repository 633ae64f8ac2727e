#pragma once

#include <QByteArray>
#include <QStringList>

namespace checkstand::redaction {

// Text safe for a log line: values of secret or card fields replaced, any run of 13-19 digits
// (a possible card number) masked, the given secret values removed, and the size bounded.
QByteArray forLog(const QByteArray& body, const QStringList& knownSecrets = {},
                  qsizetype maxBytes = 4096);

// True for JSON keys and header names whose values must never be logged.
bool isSensitiveKey(QStringView key);

} // namespace checkstand::redaction
