// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// Operator PINs as Argon2id hashes (libsodium crypto_pwhash). A PIN travels in a QByteArray that
// its owner wipes (sodium_memzero) once done; nothing here copies it, logs it or keeps it.
namespace checkstand::pin {

// Initialises libsodium once per process; safe from any thread. Every function below calls it,
// so callers need it only to fail early (at start-up) when the library cannot start.
bool initialise();

// The encoded hash ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"): algorithm, cost and a fresh
// random salt are inside the string, so two hashes of the same PIN differ and a later change of
// the cost still verifies old hashes. Empty when libsodium fails (out of memory).
std::optional<QByteArray> hash(QByteArrayView pin);
// True only when `encoded` is a valid hash of `pin`; false for a wrong PIN or a damaged hash.
bool verify(QByteArrayView encoded, QByteArrayView pin);
// True when `encoded` was made with other parameters than hash() uses today (or is not a valid
// hash): the caller re-hashes the PIN it has just verified.
bool needsRehash(QByteArrayView encoded);

// Why `pin` may not be used, in words, or empty when it may: 4 to 8 ASCII digits, not one digit
// repeated (1111), not digits in a row up or down (1234, 0123, 98765).
QString pinProblem(QStringView pin);
QString pinProblem(QByteArrayView pin);

} // namespace checkstand::pin
