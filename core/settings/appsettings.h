// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/services.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>

namespace checkstand {

// Everything that is not a secret: endpoints, store identity, feature switches. Secrets live
// in the SecretStore, never here. Defaults and limits come from the one settings table
// (settingsschema.h); a versioned migrate step upgrades an old settings file in place.
class AppSettings : public QObject {
    Q_OBJECT
public:
    // Takes ownership. Tests pass an INI file in a temporary directory.
    explicit AppSettings(std::unique_ptr<QSettings> settings, QObject* parent = nullptr);
    ~AppSettings() override;

    static std::unique_ptr<QSettings> openDefault();
    static std::unique_ptr<QSettings> openFile(const QString& path);

    QUrl endpoint(const QString& service) const;
    void setEndpoint(const QString& service, const QUrl& url);
    bool anyEndpointConfigured() const;

    QString storeId() const;
    QString storeName() const;
    QString storeRegion() const; // ISO 3166 region for phone numbers, "US"
    QString currency() const;    // ISO 4217, "USD"

    QString finalPostbackUrl() const;
    QString dataUpdatePostbackUrl() const;
    int historyRetentionDays() const;
    // The request timeout of one service (its own key in the services table), within the
    // settings table's limits.
    int timeoutSeconds(const QString& service) const;
    QString caCertificatesFile() const;

    QVariant value(const QString& key) const;
    // An Integer setting, kept within the settings table's limits whatever the file says.
    int intValue(const QString& key) const;
    void setValue(const QString& key, const QVariant& value);
    void sync();
    QString fileName() const;

    static QStringList keys();

Q_SIGNALS:
    void changed(const QString& key);

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};

namespace settingskey {
inline const QString storeId = QStringLiteral("store/id");
inline const QString storeName = QStringLiteral("store/name");
inline const QString storeRegion = QStringLiteral("store/region");
inline const QString currency = QStringLiteral("store/currency");
inline const QString finalPostbackUrl = QStringLiteral("chargeafter/finalPostbackUrl");
inline const QString dataUpdatePostbackUrl = QStringLiteral("chargeafter/dataUpdatePostbackUrl");
inline const QString historyRetentionDays = QStringLiteral("history/retentionDays");
inline const QString caCertificatesFile = QStringLiteral("network/caCertificatesFile");
inline const QString allowSalesOnApiErrors = QStringLiteral("orderchecker/allowSalesOnApiErrors");
inline const QString allowSalesOnItemErrors = QStringLiteral("orderchecker/allowSalesOnItemErrors");
inline const QString orderCheckerHeaders = QStringLiteral("orderchecker/headerNames");
inline const QString orderCheckerTimeoutSeconds = QStringLiteral("orderchecker/timeoutSeconds");
inline const QString priceIncludesTax = QStringLiteral("aifi/priceIncludesTax");
inline const QString allowLocalPrices = QStringLiteral("aifi/allowLocalPrices");
inline const QString aifiStoreId = QStringLiteral("aifi/storeId");
inline const QString aifiUniqueStoreId = QStringLiteral("aifi/uniqueStoreId");
inline const QString acmeApiKeyHeader = QStringLiteral("acme/apiKeyHeader");
inline const QString elevateMarket = QStringLiteral("elevate/market");
inline const QString elevateMaxInFlight = QStringLiteral("elevate/maxInFlight");
inline const QString beepOnBadScan = QStringLiteral("sale/beepOnBadScan");
inline const QString storeAddress = QStringLiteral("store/address");
inline const QString receiptFooter = QStringLiteral("receipt/footer");
inline const QString receiptA4 = QStringLiteral("receipt/a4");
inline const QString receiptPrintAfterSale = QStringLiteral("receipt/printAfterSale");
// Minutes without a key or click before the screen locks; 0: never by itself.
inline const QString idleLockMinutes = QStringLiteral("operators/idleLockMinutes");
// A cashier may give an order discount up to this percentage of the sale; more needs a
// supervisor.
inline const QString discountLimitPercent = QStringLiteral("operators/discountLimitPercent");
// "" follows the system locale; otherwise a locale name such as "pt_BR" or "en_US".
inline const QString uiLanguage = QStringLiteral("ui/language");
// Black on white, strong selection and a 3 px focus outline (ui/theme.h); applied at once.
inline const QString uiHighContrast = QStringLiteral("ui/highContrast");
QString endpoint(const QString& service);
// "aifi/timeoutSeconds": each service has its own (see the services table).
inline QString timeout(const QString& service) {
    return service::info(service).timeoutKey;
}
} // namespace settingskey

} // namespace checkstand
