// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "ticket/ticket.h"
#include "validation/fielderror.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// What every checkstand-ctl command shares: JSON on stdout, words on stderr, reading input files,
// and waiting for one asynchronous answer from a use case.
namespace checkstand::ctl {

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate
// files the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::ctl)
};

void printJson(const QJsonObject& object);
void printJson(const QJsonArray& array);
void printError(const QString& text);

// Input files are small JSON documents; a bigger one is a mistake, not a request. "-" is stdin.
bool readJsonObject(const QString& path, QJsonObject& out, QString& error);
// The same limits for a file that may hold an array (a tenders file).
bool readJsonDocument(const QString& path, QJsonDocument& out, QString& error);
// A ticket file for the sale commands; nullopt (with the exit code set) after saying why.
std::optional<Ticket> readTicket(const QString& file, int* exitCode);
// A request that fails validation: every field on stderr, all of them as JSON, exit 2.
int reportInvalid(const FieldErrors& errors);
// A database that could not answer: the message on stderr, {"ok": false, "error": {kind,
// message}} on stdout, exit 1. Never an empty list, which would read as "nothing there".
int storageRefusal(const StorageError& error, const QString& message = {});
// A refusal in words (a use case said no): stderr, {"ok": false, "error": {kind, message}}
// on stdout, and `exitCode`.
int refuse(const QString& message, int exitCode, const QString& kind = QStringLiteral("refused"));

// Runs `start`, hands it a callback, and returns what that callback was given: the one way the
// commands wait for an asynchronous use case. An answer given at once needs no event loop.
template <typename T> T await(const std::function<void(std::function<void(const T&)>)>& start) {
    QEventLoop loop;
    std::optional<T> result;
    start([&](const T& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace checkstand::ctl
