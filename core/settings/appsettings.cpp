#include "appsettings.h"

#include <QHash>

namespace checkstand {

namespace {

constexpr int kSettingsVersion = 1;
const QString kVersionKey = QStringLiteral("meta/version");

const QHash<QString, QVariant>& defaults() {
    static const QHash<QString, QVariant> table = {
        {settingskey::storeId, QStringLiteral("store-001")},
        {settingskey::storeName, QStringLiteral("Main Street")},
        {settingskey::storeRegion, QStringLiteral("US")},
        {settingskey::currency, QStringLiteral("USD")},
        {settingskey::finalPostbackUrl, QString()},
        {settingskey::dataUpdatePostbackUrl, QString()},
        {settingskey::historyRetentionDays, 90},
        {settingskey::requestTimeoutSeconds, 20},
        {settingskey::caCertificatesFile, QString()},
        {settingskey::allowSalesOnApiErrors, false},
        {settingskey::allowSalesOnItemErrors, false},
        {settingskey::orderCheckerHeaders, QStringList()},
        {settingskey::orderCheckerTimeoutSeconds, 8},
        {settingskey::elevateMarket, QStringLiteral("US")},
        {settingskey::acmeApiKeyHeader, QStringLiteral("x-acme-api-key")},
        {settingskey::priceIncludesTax, false},
        {settingskey::allowLocalPrices, false},
        {settingskey::aifiStoreId, 0},
        {settingskey::aifiUniqueStoreId, QString()},
        {settingskey::elevateMaxInFlight, 2},
    };
    return table;
}

} // namespace

QStringList service::all() {
    return {chargeAfter, orderChecker, aifi, acme, elevate};
}

QString service::displayName(const QString& s) {
    if (s == chargeAfter)
        return QStringLiteral("ChargeAfter");
    if (s == orderChecker)
        return QStringLiteral("Omnichat Order Checker");
    if (s == aifi)
        return QStringLiteral("AiFi pricing");
    if (s == acme)
        return QStringLiteral("ACME Ticketing");
    if (s == elevate)
        return QStringLiteral("Voyado Elevate");
    return s;
}

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
    // Version 0 -> 1: nothing to move yet; the step exists so later renames have a home.
    m_settings->setValue(kVersionKey, kSettingsVersion);
}

QStringList AppSettings::keys() {
    QStringList k = defaults().keys();
    for (const QString& s : service::all())
        k << settingskey::endpoint(s);
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
    return qBound(1, value(settingskey::historyRetentionDays).toInt(), 3650);
}
int AppSettings::requestTimeoutSeconds() const {
    return qBound(1, value(settingskey::requestTimeoutSeconds).toInt(), 300);
}
QString AppSettings::caCertificatesFile() const {
    return value(settingskey::caCertificatesFile).toString();
}

} // namespace checkstand
