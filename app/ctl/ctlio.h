#pragma once

#include "ticket/ticket.h"
#include "validation/fielderror.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// What every checkstand-ctl command shares: JSON on stdout, words on stderr, reading input files,
// and waiting for one asynchronous answer from a use case.
namespace checkstand::ctl {

QString tr(const char* text);
void printJson(const QJsonObject& object);
void printError(const QString& text);

// Input files are small JSON documents; a bigger one is a mistake, not a request. "-" is stdin.
bool readJsonObject(const QString& path, QJsonObject& out, QString& error);
// A ticket file for the sale commands; nullopt (with the exit code set) after saying why.
std::optional<Ticket> readTicket(const QString& file, int* exitCode);
// A request that fails validation: every field on stderr, all of them as JSON, exit 2.
int reportInvalid(const FieldErrors& errors);

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
