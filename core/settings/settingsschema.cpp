// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsschema.h"

#include "i18n/language.h"
#include "net/endpointpolicy.h"
#include "services/services.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace checkstand::settingsschema {

namespace {

// lupdate finds every text below by its QT_TRANSLATE_NOOP; translate() uses the same context.
constexpr char kContext[] = "checkstand::settings";

// Every service has its endpoint first in its group, written the same way for all of them.
Setting endpointRow(const QString& service) {
    return {.key = settingskey::endpoint(service),
            .kind = Kind::Url,
            .group = service,
            .objectName = QStringLiteral("endpoint_") + service,
            .label = QT_TRANSLATE_NOOP("checkstand::settings", "&Endpoint"),
            .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                      "The full address of the service's API, called exactly as "
                                      "written. Leave empty when this store does not use it."),
            .placeholder = QT_TRANSLATE_NOOP("checkstand::settings", "https://"),
            .defaultValue = QString()};
}

// Each service has its own request timeout (see the services table for its key).
Setting timeoutRow(const QString& service, const QString& objectName, const char* label,
                   int defaultSeconds, int maximum) {
    return {.key = service::info(service).timeoutKey,
            .kind = Kind::Integer,
            .group = service,
            .objectName = objectName,
            .label = label,
            .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                      "How long a request to this service may take before it "
                                      "counts as failed."),
            .suffix = QT_TRANSLATE_NOOP("checkstand::settings", " s"),
            .defaultValue = defaultSeconds,
            .minimum = 1,
            .maximum = maximum};
}

// "" (the system's language), then each language Checkstand ships, by its own name.
QList<Choice> languageChoices() {
    QList<Choice> choices{
        {QString(), QT_TRANSLATE_NOOP("checkstand::settings", "The system's language")}};
    for (const i18n::Language& language : i18n::shippedLanguages())
        choices.append({QString::fromLatin1(language.code), language.nativeName});
    return choices;
}

bool isListed(const Setting& setting, const QString& value) {
    for (const Choice& c : setting.choices) {
        if (c.value == value)
            return true;
    }
    return false;
}

QList<Setting> buildSettings() {
    const char* requestTimeout = QT_TRANSLATE_NOOP("checkstand::settings", "Request &timeout");
    return {
        // --- store ---
        {.key = settingskey::storeId,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("storeId"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Store &id"),
         .defaultValue = QStringLiteral("store-001"),
         .requiredText = QT_TRANSLATE_NOOP("checkstand::settings", "Enter the store id.")},
        {.key = settingskey::storeName,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("storeName"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Store &name"),
         .defaultValue = QStringLiteral("Main Street"),
         .requiredText = QT_TRANSLATE_NOOP("checkstand::settings", "Enter the store name.")},
        {.key = settingskey::storeAddress,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("storeAddress"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Store add&ress"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "Printed under the store name on receipts and refund quotes."),
         .placeholder =
             QT_TRANSLATE_NOOP("checkstand::settings", "12 Main Street, Springfield, IL 62701"),
         .defaultValue = QStringLiteral("1 Main Street, Springfield"),
         .maxLength = 200},
        {.key = settingskey::storeRegion,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("storeRegion"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "&Country"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "Two-letter country code; phone numbers are read as numbers "
                                   "of this country."),
         .placeholder = QT_TRANSLATE_NOOP("checkstand::settings", "US"),
         .defaultValue = QStringLiteral("US"),
         .maxLength = 2,
         .requiredText = QT_TRANSLATE_NOOP("checkstand::settings",
                                           "Enter the two-letter country code, such as US."),
         .format = Format::RegionCode,
         .formatText = QT_TRANSLATE_NOOP("checkstand::settings",
                                         "Enter the two-letter country code, such as US."),
         .upperCase = true},
        {.key = settingskey::currency,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("currency"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "C&urrency"),
         .placeholder = QT_TRANSLATE_NOOP("checkstand::settings", "USD"),
         .defaultValue = QStringLiteral("USD"),
         .maxLength = 3,
         .requiredText = QT_TRANSLATE_NOOP("checkstand::settings",
                                           "Enter the three-letter currency code, such as USD."),
         .format = Format::CurrencyCode,
         .formatText = QT_TRANSLATE_NOOP("checkstand::settings",
                                         "Enter the three-letter currency code, such as USD."),
         .upperCase = true},
        {.key = settingskey::beepOnBadScan,
         .kind = Kind::Switch,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("beepOnBadScan"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings",
                                    "Sound a beep on a bad scan or a scan while paying"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "The cashier often looks at the customer, not the screen: a "
                                   "beep says a scan was not added."),
         .defaultValue = true},

        {.key = settingskey::receiptFooter,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("receiptFooter"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Receipt &footer"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "The last line of every receipt, such as the return policy."),
         .defaultValue = QStringLiteral("Returns within 30 days with this receipt."),
         .maxLength = 200},
        {.key = settingskey::receiptA4,
         .kind = Kind::Switch,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("receiptA4"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings",
                                    "Print receipts on A4 sheets (otherwise an 80 mm roll)"),
         .defaultValue = false},
        {.key = settingskey::receiptPrintAfterSale,
         .kind = Kind::Switch,
         .group = QStringLiteral("store"),
         .objectName = QStringLiteral("receiptPrintAfterSale"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Print a receipt after every sale"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "Off: the receipt is printed when the cashier asks for it "
                                   "(F8 after the sale, or from Sale history)."),
         .defaultValue = false},

        // --- till and operators ---
        {.key = settingskey::idleLockMinutes,
         .kind = Kind::Integer,
         .group = QStringLiteral("till"),
         .objectName = QStringLiteral("idleLockMinutes"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "&Lock the screen after"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "Minutes without a key press or click before the till locks "
                                   "and asks for an operator's number and PIN. 0: only when "
                                   "locked by hand (Ctrl+L)."),
         .suffix = QT_TRANSLATE_NOOP("checkstand::settings", " min"),
         .defaultValue = 5,
         .minimum = 0,
         .maximum = 240},
        {.key = settingskey::discountLimitPercent,
         .kind = Kind::Integer,
         .group = QStringLiteral("till"),
         .objectName = QStringLiteral("discountLimitPercent"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Cashier &discount limit"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "The largest order discount a cashier may give, as a share of "
                                   "the sale; a larger one needs a supervisor's PIN."),
         .suffix = QT_TRANSLATE_NOOP("checkstand::settings", " %"),
         .defaultValue = 10,
         .minimum = 0,
         .maximum = 100},
        // Alt+G: Alt+L is "Lock the screen after", in the same group.
        {.key = settingskey::uiLanguage,
         .kind = Kind::Choice,
         .group = QStringLiteral("till"),
         .objectName = QStringLiteral("uiLanguage"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Lan&guage"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "The language of the screens, receipts and reports, and how "
                                   "they write amounts and dates. Takes effect at the next "
                                   "start."),
         .defaultValue = QString(),
         .choices = languageChoices()},
        // Alt+W: L, D and G are taken in this group, and Alt+H opens the Help menu.
        {.key = settingskey::uiHighContrast,
         .kind = Kind::Switch,
         .group = QStringLiteral("till"),
         .objectName = QStringLiteral("highContrast"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings",
                                    "High contrast: black on &white, with a thick focus outline"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "For bright shops and for operators who need stronger colours: "
                                   "black text on white, a strong selection and a thick outline "
                                   "around the field or button that has the keyboard. Takes "
                                   "effect as soon as the settings are saved."),
         .defaultValue = false},

        // --- ChargeAfter ---
        endpointRow(service::chargeAfter),
        {.key = settingskey::finalPostbackUrl,
         .kind = Kind::Url,
         .group = service::chargeAfter,
         .objectName = QStringLiteral("finalPostbackUrl"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "&Final postback URL"),
         .placeholder =
             QT_TRANSLATE_NOOP("checkstand::settings", "https://… (required for checkout links)"),
         .defaultValue = QString()},
        {.key = settingskey::dataUpdatePostbackUrl,
         .kind = Kind::Url,
         .group = service::chargeAfter,
         .objectName = QStringLiteral("dataUpdatePostbackUrl"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "&Data update postback URL"),
         .placeholder = QT_TRANSLATE_NOOP("checkstand::settings", "https://… (optional)"),
         .defaultValue = QString()},
        timeoutRow(service::chargeAfter, QStringLiteral("chargeAfterTimeout"), requestTimeout, 20,
                   300),

        // --- Order Checker ---
        endpointRow(service::orderChecker),
        // The contract's wording, word for word (so no mnemonic either).
        {.key = settingskey::allowSalesOnApiErrors,
         .kind = Kind::Switch,
         .group = service::orderChecker,
         .objectName = QStringLiteral("allowApiErrors"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings",
                                    "Allow sales even if there are errors in the API"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "When the check fails (no network, a timeout, a server error "
                                   "or an unreadable reply), let the sale go on instead of "
                                   "blocking it."),
         .defaultValue = false},
        {.key = settingskey::allowSalesOnItemErrors,
         .kind = Kind::Switch,
         .group = service::orderChecker,
         .objectName = QStringLiteral("allowItemErrors"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings",
                                    "Allow sales even if there are errors in the items"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "When the checker refuses the order only because of errors on "
                                   "items, let the sale go on."),
         .defaultValue = false},
        // A check runs on every cart change: a shorter ceiling than the other services.
        timeoutRow(service::orderChecker, QStringLiteral("orderCheckerTimeout"),
                   QT_TRANSLATE_NOOP("checkstand::settings", "Check time&out"), 8, 120),
        {.key = settingskey::orderCheckerHeaders,
         .kind = Kind::HeaderNames,
         .group = service::orderChecker,
         .objectName = QStringLiteral("checkerHeaders"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Extra headers"),
         .defaultValue = QStringList()},

        // --- pricing ---
        endpointRow(service::aifi),
        {.key = settingskey::priceIncludesTax,
         .kind = Kind::Switch,
         .group = service::aifi,
         .objectName = QStringLiteral("priceIncludesTax"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Catalog prices &include tax"),
         .defaultValue = false},
        {.key = settingskey::allowLocalPrices,
         .kind = Kind::Switch,
         .group = service::aifi,
         .objectName = QStringLiteral("allowLocalPrices"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings",
                                    "Allow finishing a sale on &local prices when the pricing "
                                    "service cannot confirm them"),
         .defaultValue = false},
        {.key = settingskey::aifiStoreId,
         .kind = Kind::Integer,
         .group = service::aifi,
         .objectName = QStringLiteral("aifiStoreId"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "AiFi store &number"),
         .defaultValue = 0,
         .minimum = 0,
         .maximum = 999999999},
        {.key = settingskey::aifiUniqueStoreId,
         .group = service::aifi,
         .objectName = QStringLiteral("aifiUniqueStoreId"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "AiFi unique store id"),
         .defaultValue = QString(),
         .maxLength = 128},
        timeoutRow(service::aifi, QStringLiteral("aifiTimeout"), requestTimeout, 10, 300),

        // --- Elevate ---
        endpointRow(service::elevate),
        {.key = settingskey::elevateMarket,
         .group = service::elevate,
         .objectName = QStringLiteral("elevateMarket"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "&Market"),
         .placeholder = QT_TRANSLATE_NOOP("checkstand::settings", "UK"),
         .defaultValue = QStringLiteral("US"),
         .maxLength = 64,
         .requiredText =
             QT_TRANSLATE_NOOP("checkstand::settings", "Enter the Elevate market, such as UK."),
         .format = Format::NoSpaces,
         .formatText = QT_TRANSLATE_NOOP("checkstand::settings", "A market has no spaces.")},
        {.key = settingskey::elevateMaxInFlight,
         .kind = Kind::Integer,
         .group = service::elevate,
         .objectName = QStringLiteral("elevateMaxInFlight"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Notifications in f&light at most"),
         .help = QT_TRANSLATE_NOOP("checkstand::settings",
                                   "How many notifications may be on their way at once."),
         .defaultValue = 16,
         .minimum = 1,
         .maximum = 16},
        timeoutRow(service::elevate, QStringLiteral("elevateTimeout"), requestTimeout, 20, 300),

        // --- ACME ---
        endpointRow(service::acme),
        {.key = settingskey::acmeApiKeyHeader,
         .group = service::acme,
         .objectName = QStringLiteral("acmeHeader"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "API key &header"),
         .placeholder = QT_TRANSLATE_NOOP("checkstand::settings", "x-acme-api-key"),
         .defaultValue = QStringLiteral("x-acme-api-key"),
         .maxLength = 64,
         .format = Format::HeaderName,
         .formatText = QT_TRANSLATE_NOOP("checkstand::settings",
                                         "A header name has letters, digits and dashes only."),
         .emptyMeansDefault = true},
        timeoutRow(service::acme, QStringLiteral("acmeTimeout"), requestTimeout, 20, 300),

        // --- network and history ---
        {.key = settingskey::caCertificatesFile,
         .kind = Kind::File,
         .group = QStringLiteral("network"),
         .objectName = QStringLiteral("caCertificatesFile"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "CA &certificates file (PEM)"),
         .placeholder = QT_TRANSLATE_NOOP("checkstand::settings",
                                          "Only when the store's network uses its own CA"),
         .fileFilter = QT_TRANSLATE_NOOP("checkstand::settings",
                                         "PEM certificates (*.pem *.crt);;All files (*)"),
         .defaultValue = QString()},
        {.key = settingskey::historyRetentionDays,
         .kind = Kind::Integer,
         .group = QStringLiteral("network"),
         .objectName = QStringLiteral("historyRetentionDays"),
         .label = QT_TRANSLATE_NOOP("checkstand::settings", "Keep sent-link &history for"),
         .suffix = QT_TRANSLATE_NOOP("checkstand::settings", " days"),
         .defaultValue = 90,
         .minimum = 1,
         .maximum = 3650},
    };
}

} // namespace

const QList<Group>& groups() {
    static const QList<Group> rows = {
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("checkstand::settings", "Store"), nullptr,
         QStringLiteral("storeGroup"), false},
        {QStringLiteral("till"), QT_TRANSLATE_NOOP("checkstand::settings", "Till and operators"),
         nullptr, QStringLiteral("tillGroup"), false},
        {service::chargeAfter, nullptr, nullptr, QStringLiteral("chargeAfterGroup"), true},
        {service::orderChecker, nullptr,
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "Every cart change is checked at this endpoint. The two switches are "
                           "the contract's own settings."),
         QStringLiteral("orderCheckerGroup"), true},
        {service::aifi, nullptr, nullptr, QStringLiteral("pricingGroup"), true},
        {service::elevate, nullptr,
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "Paid sales are reported to this endpoint, through the outbox."),
         QStringLiteral("elevateGroup"), true},
        {service::acme, nullptr, nullptr, QStringLiteral("acmeGroup"), true},
        {QStringLiteral("network"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Network and history"), nullptr,
         QStringLiteral("networkGroup"), false},
    };
    return rows;
}

const QList<Setting>& settings() {
    static const QList<Setting> rows = buildSettings();
    return rows;
}

const QList<Secret>& secrets() {
    static const QList<Secret> rows = {
        {service::chargeAfter, QStringLiteral("chargeAfterKey"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Private API &key"),
         QT_TRANSLATE_NOOP("checkstand::settings", "ChargeAfter private API key"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Paste the private API key from ChargeAfter"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "A private key is stored. Type a new one only to replace it."),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "No private key is stored yet; links cannot be sent live without one."),
         QT_TRANSLATE_NOOP("checkstand::settings", "The private key is stored in the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "The private key was removed from the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings", "Remove the ChargeAfter key"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "Remove the ChargeAfter private key from the keychain? Links cannot be "
                           "sent live until a key is saved again.")},
        {service::aifi, QStringLiteral("aifiToken"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Bearer &token"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Pricing service bearer token"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Paste the bearer token of the pricing service"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "A token is stored. Type a new one only to replace it."),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "No token is stored yet; sales cannot be priced live without one."),
         QT_TRANSLATE_NOOP("checkstand::settings", "The token is stored in the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings", "The token was removed from the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings", "Remove the pricing token"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "Remove the pricing service's token from the keychain? Sales cannot be "
                           "priced live until a token is saved again.")},
        {service::elevate, QStringLiteral("elevateKey"),
         QT_TRANSLATE_NOOP("checkstand::settings", "API k&ey"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Voyado Elevate API key"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Paste the API key from Voyado Elevate"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "An API key is stored. Type a new one only to replace it."),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "No API key is stored yet; payment notifications wait in the outbox "
                           "until one is saved."),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "The API key is stored in the keychain. Notifications held back by a "
                           "rejected key are sent again."),
         QT_TRANSLATE_NOOP("checkstand::settings", "The API key was removed from the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings", "Remove the Elevate key"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "Remove the Voyado Elevate API key from the keychain? Payment "
                           "notifications wait in the outbox until a key is saved again.")},
        {service::acme, QStringLiteral("acmeKey"),
         QT_TRANSLATE_NOOP("checkstand::settings", "API ke&y"),
         QT_TRANSLATE_NOOP("checkstand::settings", "ACME Ticketing API key"),
         QT_TRANSLATE_NOOP("checkstand::settings", "Paste the API key from ACME Ticketing"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "An API key is stored. Type a new one only to replace it."),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "No API key is stored yet; refund quotes cannot be asked live."),
         QT_TRANSLATE_NOOP("checkstand::settings", "The API key is stored in the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings", "The API key was removed from the keychain."),
         QT_TRANSLATE_NOOP("checkstand::settings", "Remove the ACME key"),
         QT_TRANSLATE_NOOP("checkstand::settings",
                           "Remove the ACME Ticketing API key from the keychain?")},
    };
    return rows;
}

const Setting* find(const QString& key) {
    for (const Setting& s : settings()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QList<const Setting*> inGroup(const QString& group) {
    QList<const Setting*> rows;
    for (const Setting& s : settings()) {
        if (s.group == group)
            rows.append(&s);
    }
    return rows;
}

const Secret* secretOf(const QString& service) {
    for (const Secret& s : secrets()) {
        if (s.service == service)
            return &s;
    }
    return nullptr;
}

QString translate(const char* text) {
    return text ? QCoreApplication::translate(kContext, text) : QString();
}

QVariant normalized(const Setting& setting, const QVariant& value) {
    switch (setting.kind) {
    case Kind::Integer:
        // A hand-edited file may hold anything; what is used stays within the limits.
        return qBound(setting.minimum, value.isValid() ? value.toInt() : setting.minimum,
                      setting.maximum);
    case Kind::Switch:
        return value.toBool();
    case Kind::HeaderNames: {
        // An INI file reads a one-name list back as a string and an empty one as "".
        QStringList names;
        for (const QString& name : value.toStringList()) {
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
        return names;
    }
    case Kind::Choice: {
        // A hand-edited file may hold anything; what is used is one of the list.
        const QString text = value.toString().trimmed();
        return isListed(setting, text) ? text : setting.defaultValue.toString();
    }
    case Kind::Text:
    case Kind::Url:
    case Kind::File:
        break;
    }
    QString text = value.toString().trimmed();
    if (setting.upperCase)
        text = text.toUpper();
    if (text.isEmpty() && setting.emptyMeansDefault)
        text = setting.defaultValue.toString();
    return text;
}

QString check(const Setting& setting, const QVariant& value) {
    if (setting.kind == Kind::Choice)
        return isListed(setting, value.toString().trimmed())
                   ? QString()
                   : QCoreApplication::translate("checkstand::settings",
                                                 "Choose one of the values in the list.");
    if (setting.kind != Kind::Text && setting.kind != Kind::Url && setting.kind != Kind::File)
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return setting.requiredText ? translate(setting.requiredText) : QString();
    if (setting.kind == Kind::Url)
        return EndpointPolicy::check(QUrl(text, QUrl::StrictMode));
    if (setting.kind == Kind::File) {
        const QFileInfo file(text);
        return file.isFile() && file.isReadable()
                   ? QString()
                   : QCoreApplication::translate("checkstand::settings",
                                                 "This file does not exist or cannot be read.");
    }
    static const QRegularExpression region(QStringLiteral("^[A-Za-z]{2}$"));
    static const QRegularExpression currency(QStringLiteral("^[A-Za-z]{3}$"));
    static const QRegularExpression noSpaces(QStringLiteral("^\\S+$"));
    bool ok = true;
    switch (setting.format) {
    case Format::Any:
        break;
    case Format::RegionCode:
        ok = region.match(text).hasMatch();
        break;
    case Format::CurrencyCode:
        ok = currency.match(text).hasMatch();
        break;
    case Format::NoSpaces:
        ok = noSpaces.match(text).hasMatch();
        break;
    case Format::HeaderName:
        ok = isHeaderName(text);
        break;
    }
    return ok ? QString() : translate(setting.formatText);
}

bool isHeaderName(const QString& name) {
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return token.match(name).hasMatch();
}

} // namespace checkstand::settingsschema
