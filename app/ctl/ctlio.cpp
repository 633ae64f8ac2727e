// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlio.h"

#include "ctlcommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace checkstand::ctl {

void printJson(const QJsonObject& object) {
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void printJson(const QJsonArray& array) {
    QTextStream(stdout) << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void printError(const QString& text) {
    QTextStream(stderr) << text << Qt::endl;
}

bool readJsonObject(const QString& path, QJsonObject& out, QString& error) {
    QJsonDocument doc;
    if (!readJsonDocument(path, doc, error))
        return false;
    if (!doc.isObject()) {
        error = Tr::tr("%1 must hold one JSON object.").arg(path);
        return false;
    }
    out = doc.object();
    return true;
}

bool readJsonDocument(const QString& path, QJsonDocument& out, QString& error) {
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly)) {
        error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(1024 * 1024 + 1);
    if (data.size() > 1024 * 1024) {
        error = Tr::tr("%1 is larger than 1 MB.").arg(path);
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = Tr::tr("%1 is not valid JSON: %2 at byte %3")
                    .arg(path, parseError.errorString())
                    .arg(parseError.offset);
        return false;
    }
    out = doc;
    return true;
}

std::optional<Ticket> readTicket(const QString& file, int* exitCode) {
    QJsonObject json;
    QString error;
    if (!readJsonObject(file, json, error)) {
        printError(error);
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    auto parsed = Ticket::fromJson(json);
    if (!parsed.ticket) {
        printError(Tr::tr("%1 is not a Checkstand ticket: %2").arg(file, parsed.error));
        *exitCode = ExitUsage;
    }
    return parsed.ticket;
}

int reportInvalid(const FieldErrors& errors) {
    QJsonArray fields;
    for (const FieldError& e : errors) {
        fields.append(QJsonObject{{QStringLiteral("field"), e.field},
                                  {QStringLiteral("message"), e.message}});
        printError(QStringLiteral("%1: %2").arg(e.field, e.message));
    }
    printJson({{QStringLiteral("ok"), false},
               {QStringLiteral("error"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("validation")},
                            {QStringLiteral("message"), Tr::tr("The request is not valid.")},
                            {QStringLiteral("fields"), fields}}}});
    return ExitUsage;
}

int storageRefusal(const StorageError& error, const QString& message) {
    return refuse(message.isEmpty() ? error.message : message, ExitFailed, toString(error.kind));
}

int refuse(const QString& message, int exitCode, const QString& kind) {
    printError(message);
    printJson({{QStringLiteral("ok"), false},
               {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), kind},
                                                     {QStringLiteral("message"), message}}}});
    return exitCode;
}

} // namespace checkstand::ctl
