// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "settingsschema.h"

#include <QHash>

namespace checkstand {

namespace {

constexpr int kSettingsVersion = 2;
// Version 1 had one request timeout for ChargeAfter, ACME and Elevate, and pricing read the
// Order Checker's.
const QString kOldTimeoutKey = QStringLiteral("network/timeoutSeconds");
const QString kVersionKey = QStringLiteral("meta/version");

// Built once from the settings table, the only place a default is written.
const QHash<QString, QVariant>& defaults() {
    static const QHash<QString, QVariant> table = [] {
        QHash<QString, QVariant> values;
        for (const settingsschema::Setting& s : settingsschema::settings())
            values.insert(s.key, s.defaultValue);
        return values;
    }();
    return table;
}

} // namespace

QString settingskey::endpoint(const QString& service) {
    return QStringLiteral("endpoints/") + service;
}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    migrate();
}

AppSettings::~AppSettings() = default;

std::unique_ptr<QSettings> AppSettings::openDefault() {
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Checkstand"), QStringLiteral("checkstand"));
}

std::unique_ptr<QSettings> AppSettings::openFile(const QString& path) {
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void AppSettings::migrate() {
    const int from = m_settings->value(kVersionKey, 0).toInt();
    if (from >= kSettingsVersion)
        return;
    // Version 0 -> 1: nothing to move. 1 -> 2: every service has its own timeout; each starts
    // from the value it used before, so an upgrade changes no behaviour.
    if (from < 2) {
        if (m_settings->contains(kOldTimeoutKey)) {
            const QVariant old = m_settings->value(kOldTimeoutKey);
            for (const QString& s : {service::chargeAfter, service::acme, service::elevate})
                m_settings->setValue(service::info(s).timeoutKey, old);
            m_settings->remove(kOldTimeoutKey);
        }
        if (m_settings->contains(settingskey::orderCheckerTimeoutSeconds))
            m_settings->setValue(service::info(service::aifi).timeoutKey,
                                 m_settings->value(settingskey::orderCheckerTimeoutSeconds));
    }
    m_settings->setValue(kVersionKey, kSettingsVersion);
}

QStringList AppSettings::keys() {
    // The table has every endpoint too.
    QStringList k = defaults().keys();
    k.sort();
    return k;
}

QVariant AppSettings::value(const QString& key) const {
    return m_settings->value(key, defaults().value(key));
}

void AppSettings::setValue(const QString& key, const QVariant& value) {
    if (m_settings->value(key, defaults().value(key)) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

QUrl AppSettings::endpoint(const QString& service) const {
    return QUrl(value(settingskey::endpoint(service)).toString().trimmed(), QUrl::StrictMode);
}

void AppSettings::setEndpoint(const QString& service, const QUrl& url) {
    setValue(settingskey::endpoint(service), url.toString());
}

bool AppSettings::anyEndpointConfigured() const {
    for (const QString& s : service::all()) {
        if (!endpoint(s).isEmpty())
            return true;
    }
    return false;
}

QString AppSettings::storeId() const {
    return value(settingskey::storeId).toString();
}
QString AppSettings::storeName() const {
    return value(settingskey::storeName).toString();
}
QString AppSettings::storeRegion() const {
    return value(settingskey::storeRegion).toString();
}
QString AppSettings::currency() const {
    return value(settingskey::currency).toString();
}
QString AppSettings::finalPostbackUrl() const {
    return value(settingskey::finalPostbackUrl).toString();
}
QString AppSettings::dataUpdatePostbackUrl() const {
    return value(settingskey::dataUpdatePostbackUrl).toString();
}
int AppSettings::historyRetentionDays() const {
    return intValue(settingskey::historyRetentionDays);
}
int AppSettings::timeoutSeconds(const QString& service) const {
    const QString key = service::info(service).timeoutKey;
    return settingsschema::find(key) ? intValue(key) : 20;
}
int AppSettings::intValue(const QString& key) const {
    const settingsschema::Setting* setting = settingsschema::find(key);
    if (!setting || setting->kind != settingsschema::Kind::Integer)
        return value(key).toInt();
    return settingsschema::normalized(*setting, value(key)).toInt();
}
QString AppSettings::caCertificatesFile() const {
    return value(settingskey::caCertificatesFile).toString();
}

} // namespace checkstand
