// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinhash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace checkstand::pin {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::pin)
};

// INTERACTIVE (2 passes over 64 MiB) rather than MODERATE or SENSITIVE: a till signs operators
// in dozens of times a day, on cheap hardware, with a queue waiting; SENSITIVE takes seconds
// and 1 GiB there. The lockout (a few wrong PINs, then a growing wait) is what keeps a 4-digit
// PIN from being guessed at the till; the hash cost protects a stolen staff.db, where even
// SENSITIVE would not save a 4-digit PIN for long. That is why the file is owner-only too.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

constexpr qsizetype kMinDigits = 4;
constexpr qsizetype kMaxDigits = 8;

// libsodium wants a NUL-terminated encoded string; a view need not be one. The encoded hash is
// not secret, so copying it is fine (the PIN itself is passed as it is, never copied).
std::optional<QByteArray> terminated(QByteArrayView encoded) {
    if (encoded.isEmpty() || encoded.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return std::nullopt;
    QByteArray copy = encoded.toByteArray();
    if (copy.contains('\0'))
        return std::nullopt;
    return copy; // QByteArray keeps a NUL after its last byte
}

int code(QChar c) {
    return c.unicode();
}
int code(char c) {
    return static_cast<unsigned char>(c);
}

// One rule set for both spellings of a PIN (UTF-16 from a line edit, bytes from stdin).
template <typename View> QString problemOf(View pin) {
    const qsizetype n = pin.size();
    if (n == 0)
        return Tr::tr("Enter a PIN of 4 to 8 digits.");
    for (qsizetype i = 0; i < n; ++i) {
        const int c = code(pin.at(i));
        if (c < '0' || c > '9')
            return Tr::tr("A PIN has digits only (0 to 9).");
    }
    if (n < kMinDigits || n > kMaxDigits)
        return Tr::tr("A PIN has 4 to 8 digits; this one has %n.", nullptr, int(n));
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < n; ++i) {
        const int step = code(pin.at(i)) - code(pin.at(i - 1));
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same)
        return Tr::tr("A PIN of one digit repeated (like 1111) is too easy to guess.");
    if (up || down)
        return Tr::tr("A PIN of digits in a row (like 1234 or 4321) is too easy to guess.");
    return {};
}

} // namespace

bool initialise() {
    // A function-local static is initialised once, thread-safely (C++11); sodium_init() is
    // itself safe to call again, but this also keeps its answer.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::optional<QByteArray> hash(QByteArrayView pin) {
    if (!initialise())
        return std::nullopt;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), static_cast<unsigned long long>(pin.size()),
                              kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    const QByteArray encoded(out);
    sodium_memzero(out, sizeof out);
    return encoded;
}

bool verify(QByteArrayView encoded, QByteArrayView pin) {
    if (!initialise())
        return false;
    const std::optional<QByteArray> str = terminated(encoded);
    if (!str)
        return false;
    return crypto_pwhash_str_verify(str->constData(), pin.data(),
                                    static_cast<unsigned long long>(pin.size())) == 0;
}

bool needsRehash(QByteArrayView encoded) {
    if (!initialise())
        return true;
    const std::optional<QByteArray> str = terminated(encoded);
    if (!str)
        return true;
    return crypto_pwhash_str_needs_rehash(str->constData(), kOpsLimit, kMemLimit) != 0;
}

QString pinProblem(QStringView pin) {
    return problemOf(pin);
}

QString pinProblem(QByteArrayView pin) {
    return problemOf(pin);
}

} // namespace checkstand::pin
