#include "settingspage.h"

#include "net/endpointpolicy.h"
#include "orderchecker/ordercheckclient.h"
#include "runtime/runtime.h"
#include "secrets/secretnames.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "widgets/validatedfield.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace checkstand {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kElevateKey = QStringLiteral("elevate");

QLineEdit* edit(const ValidatedField* field) {
    return static_cast<QLineEdit*>(field->input());
}

QString text(const ValidatedField* field) {
    return edit(field)->text().trimmed();
}

// Empty means "not configured", which is allowed; anything else must pass the one rule for
// where Checkstand may send data.
QString checkOptionalUrl(const QString& value) {
    if (value.isEmpty())
        return {};
    return EndpointPolicy::check(QUrl(value, QUrl::StrictMode));
}

QLabel* note(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A header value goes on one request line: a line break would start a header of its own.
bool hasControlCharacters(const QString& value) {
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

// One row of the extra-headers list: name, value (typed, never shown back), remove, and under
// them the row's error and what the keychain said about its value.
class SettingsPage::HeaderRow : public QWidget {
public:
    explicit HeaderRow(const QString& savedName)
        : saved(savedName)
        , name(new QLineEdit(savedName))
        , value(new QLineEdit)
        , remove(new QPushButton(SettingsPage::tr("Remove")))
        , error(new QLabel)
        , status(new QLabel) {
        setObjectName(QStringLiteral("checkerHeaderRow"));
        name->setObjectName(QStringLiteral("checkerHeaderName"));
        name->setMaxLength(100);
        name->setPlaceholderText(SettingsPage::tr("Name, such as X-Api-Token"));
        name->setAccessibleName(SettingsPage::tr("Header name"));
        if (!saved.isEmpty()) {
            // The value is stored under this name, so a saved header keeps it.
            name->setReadOnly(true);
            name->setToolTip(SettingsPage::tr("To rename a header, remove it and add the new "
                                              "name with its value."));
        }
        value->setObjectName(QStringLiteral("checkerHeaderValue"));
        value->setEchoMode(QLineEdit::Password);
        value->setAttribute(Qt::WA_InputMethodEnabled, false);
        value->setAccessibleName(SettingsPage::tr("Header value"));
        value->setPlaceholderText(saved.isEmpty() ? SettingsPage::tr("Value") : QString());
        remove->setObjectName(QStringLiteral("removeCheckerHeader"));
        remove->setToolTip(SettingsPage::tr("Remove this header; its stored value is deleted "
                                            "when you save."));
        for (QLabel* label : {error, status}) {
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->hide();
        }
        error->setObjectName(QStringLiteral("checkerHeaderNameError"));
        error->setStyleSheet(kErrorStyle);
        status->setObjectName(QStringLiteral("checkerHeaderStatus"));

        auto* grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->addWidget(name, 0, 0);
        grid->addWidget(value, 0, 1);
        grid->addWidget(remove, 0, 2);
        grid->addWidget(error, 1, 0, 1, 3);
        grid->addWidget(status, 2, 0, 1, 3);
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 3);
    }

    QString nameText() const { return name->text().trimmed(); }
    // A row added and left empty: not an error, and not saved.
    bool isBlank() const {
        return saved.isEmpty() && nameText().isEmpty() && value->text().isEmpty();
    }
    bool hasError() const { return !problem.isEmpty(); }

    void setProblem(const QString& message) {
        problem = message;
        updateError();
    }
    void setTouched() {
        touched = true;
        updateError();
    }
    void setStatus(const QString& message, bool isError) {
        status->setText(message);
        status->setStyleSheet(isError ? kErrorStyle : QString());
        status->setVisible(!message.isEmpty());
    }

    // The name as saved in settings; empty for a row added since the last save.
    QString saved;
    QLineEdit* name;
    QLineEdit* value;
    QPushButton* remove;

private:
    void updateError() {
        const bool shown = touched && !problem.isEmpty();
        error->setText(shown ? problem : QString());
        error->setVisible(shown);
        name->setAccessibleDescription(shown ? problem : QString());
    }

    QLabel* error;
    QLabel* status;
    QString problem;
    bool touched = false;
};

SettingsPage::SettingsPage(Runtime& runtime, QWidget* parent)
    : SettingsPage(runtime, runtime.keychain(), parent) {}

SettingsPage::SettingsPage(Runtime& runtime, SecretStore& keychain, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_keychain(keychain) {
    setObjectName(QStringLiteral("settingsPage"));

    m_chargeAfterKey.secretName = secrets::chargeAfterPrivateKey();
    m_chargeAfterKey.missingPlaceholder = tr("Paste the private API key from ChargeAfter");
    m_chargeAfterKey.foundText = tr("A private key is stored. Type a new one only to replace it.");
    m_chargeAfterKey.missingText =
        tr("No private key is stored yet; links cannot be sent live without one.");
    m_chargeAfterKey.storedText = tr("The private key is stored in the keychain.");
    m_chargeAfterKey.removedText = tr("The private key was removed from the keychain.");
    m_chargeAfterKey.removeTitle = tr("Remove the ChargeAfter key");
    m_chargeAfterKey.removeQuestion =
        tr("Remove the ChargeAfter private key from the keychain? Links cannot be sent live "
           "until a key is saved again.");

    m_elevateKey.secretName = kElevateKey;
    m_elevateKey.missingPlaceholder = tr("Paste the API key from Voyado Elevate");
    m_elevateKey.foundText = tr("An API key is stored. Type a new one only to replace it.");
    m_elevateKey.missingText = tr("No API key is stored yet; payment notifications wait in the "
                                  "outbox until one is saved.");
    m_elevateKey.storedText = tr("The API key is stored in the keychain. Notifications held "
                                 "back by a rejected key are sent again.");
    m_elevateKey.removedText = tr("The API key was removed from the keychain.");
    m_elevateKey.removeTitle = tr("Remove the Elevate key");
    m_elevateKey.removeQuestion =
        tr("Remove the Voyado Elevate API key from the keychain? Payment notifications wait in "
           "the outbox until a key is saved again.");

    m_aifiToken.secretName = QStringLiteral("aifi");
    m_aifiToken.missingPlaceholder = tr("Paste the bearer token of the pricing service");
    m_aifiToken.foundText = tr("A token is stored. Type a new one only to replace it.");
    m_aifiToken.missingText =
        tr("No token is stored yet; sales cannot be priced live without one.");
    m_aifiToken.storedText = tr("The token is stored in the keychain.");
    m_aifiToken.removedText = tr("The token was removed from the keychain.");
    m_aifiToken.removeTitle = tr("Remove the pricing token");
    m_aifiToken.removeQuestion = tr("Remove the pricing service's token from the keychain? Sales "
                                    "cannot be priced live until a token is saved again.");

    m_acmeKey.secretName = QStringLiteral("acme");
    m_acmeKey.missingPlaceholder = tr("Paste the API key from ACME Ticketing");
    m_acmeKey.foundText = tr("An API key is stored. Type a new one only to replace it.");
    m_acmeKey.missingText = tr("No API key is stored yet; refund quotes cannot be asked live.");
    m_acmeKey.storedText = tr("The API key is stored in the keychain.");
    m_acmeKey.removedText = tr("The API key was removed from the keychain.");
    m_acmeKey.removeTitle = tr("Remove the ACME key");
    m_acmeKey.removeQuestion = tr("Remove the ACME Ticketing API key from the keychain?");

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    if (m_runtime.isSandbox()) {
        auto* sandboxNote = note(tr("Checkstand is running in training mode and talks to its "
                                    "built-in sandbox, so the endpoints below are not used now. "
                                    "Restart without --sandbox to use these endpoints."));
        sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
        sandboxNote->setStyleSheet(
            QStringLiteral("background-color: #fff3cd; color: #000000; padding: 6px;"));
        contentLayout->addWidget(sandboxNote);
    }
    contentLayout->addWidget(buildEndpointsGroup());
    contentLayout->addWidget(buildStoreGroup());
    contentLayout->addWidget(buildChargeAfterGroup());
    contentLayout->addWidget(buildOrderCheckerGroup());
    contentLayout->addWidget(buildPricingGroup());
    contentLayout->addWidget(buildElevateGroup());
    contentLayout->addWidget(buildAcmeGroup());
    contentLayout->addWidget(buildNetworkGroup());
    contentLayout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buildButtonBar());

    for (const ValidatedField* f : std::as_const(m_fields))
        connect(edit(f), &QLineEdit::textChanged, this, &SettingsPage::validateForm);
    reload();
}

SettingsPage::~SettingsPage() = default;

ValidatedField* SettingsPage::addLineEdit(const QString& name) {
    auto* field = new ValidatedField(new QLineEdit, name);
    m_fields.append(field);
    return field;
}

QWidget* SettingsPage::buildEndpointsGroup() {
    auto* group = new QGroupBox(tr("Service endpoints"));
    auto* form = new QFormLayout(group);
    form->addRow(note(tr("The full address of each service's API, called exactly as written. "
                         "Leave empty for a service this store does not use.")));
    for (const QString& s : service::all()) {
        ValidatedField* field = addLineEdit(QStringLiteral("endpoint_") + s);
        edit(field)->setPlaceholderText(QStringLiteral("https://"));
        m_endpoints.insert(s, field);
        form->addRow(service::displayName(s), field);
    }
    return group;
}

QWidget* SettingsPage::buildStoreGroup() {
    auto* group = new QGroupBox(tr("Store"));
    auto* form = new QFormLayout(group);
    m_storeId = addLineEdit(QStringLiteral("storeId"));
    form->addRow(tr("Store &id"), m_storeId);
    m_storeName = addLineEdit(QStringLiteral("storeName"));
    form->addRow(tr("Store &name"), m_storeName);
    m_region = addLineEdit(QStringLiteral("storeRegion"));
    edit(m_region)->setMaxLength(2);
    edit(m_region)->setPlaceholderText(QStringLiteral("US"));
    edit(m_region)->setToolTip(tr("Two-letter country code; phone numbers are read as numbers "
                                  "of this country."));
    form->addRow(tr("&Country"), m_region);
    m_currency = addLineEdit(QStringLiteral("currency"));
    edit(m_currency)->setMaxLength(3);
    edit(m_currency)->setPlaceholderText(QStringLiteral("USD"));
    form->addRow(tr("C&urrency"), m_currency);
    return group;
}

void SettingsPage::addKeyRow(KeyField& key, const QString& objectName, const QString& label,
                             const QString& accessibleName, QFormLayout* form) {
    key.edit = new QLineEdit;
    key.edit->setObjectName(objectName);
    key.edit->setEchoMode(QLineEdit::Password);
    key.edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    key.edit->setAccessibleName(accessibleName);
    key.remove = new QPushButton(tr("Remo&ve stored key"));
    QString removeName = objectName;
    removeName[0] = removeName.at(0).toUpper();
    key.remove->setObjectName(QStringLiteral("remove") + removeName);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(key.edit, 1);
    keyRow->addWidget(key.remove);
    auto* keyLabel = new QLabel(label);
    keyLabel->setBuddy(key.edit);
    form->addRow(keyLabel, keyRow);

    key.status = note(QString());
    key.status->setObjectName(objectName + QStringLiteral("Status"));
    form->addRow(QString(), key.status);
    QString where =
        tr("Stored in: %1. Never saved in the settings file.").arg(m_keychain.description());
    if (m_runtime.isSandbox())
        where += u' ' + tr("Training uses the sandbox's own key; the key saved here is used when "
                           "Checkstand runs live.");
    form->addRow(QString(), note(where));

    connect(key.remove, &QPushButton::clicked, this, [this, &key] { removeKey(key); });
    connect(key.edit, &QLineEdit::textChanged, this, &SettingsPage::validateForm);
}

QWidget* SettingsPage::buildChargeAfterGroup() {
    auto* group = new QGroupBox(tr("ChargeAfter"));
    auto* form = new QFormLayout(group);
    m_finalPostback = addLineEdit(QStringLiteral("finalPostbackUrl"));
    edit(m_finalPostback)->setPlaceholderText(tr("https://… (required for checkout links)"));
    form->addRow(tr("&Final postback URL"), m_finalPostback);
    m_dataPostback = addLineEdit(QStringLiteral("dataUpdatePostbackUrl"));
    edit(m_dataPostback)->setPlaceholderText(tr("https://… (optional)"));
    form->addRow(tr("&Data update postback URL"), m_dataPostback);
    addKeyRow(m_chargeAfterKey, QStringLiteral("chargeAfterKey"), tr("Private API &key"),
              tr("ChargeAfter private API key"), form);
    return group;
}

QWidget* SettingsPage::buildOrderCheckerGroup() {
    auto* group = new QGroupBox(service::displayName(service::orderChecker));
    group->setObjectName(QStringLiteral("orderCheckerGroup"));
    auto* form = new QFormLayout(group);
    form->addRow(note(tr("Every cart change is checked at the Order Checker endpoint set above. "
                         "The two switches are the contract's own settings.")));

    // The contract's wording, word for word.
    m_allowApiErrors = new QCheckBox(tr("Allow sales even if there are errors in the API"));
    m_allowApiErrors->setObjectName(QStringLiteral("allowApiErrors"));
    m_allowApiErrors->setToolTip(tr("When the check fails (no network, a timeout, a server error "
                                    "or an unreadable reply), let the sale go on instead of "
                                    "blocking it."));
    form->addRow(m_allowApiErrors);
    m_allowItemErrors = new QCheckBox(tr("Allow sales even if there are errors in the items"));
    m_allowItemErrors->setObjectName(QStringLiteral("allowItemErrors"));
    m_allowItemErrors->setToolTip(tr("When the checker refuses the order only because of errors "
                                     "on items, let the sale go on."));
    form->addRow(m_allowItemErrors);

    m_checkerTimeout = new QSpinBox;
    m_checkerTimeout->setObjectName(QStringLiteral("orderCheckerTimeout"));
    m_checkerTimeout->setRange(1, 120);
    m_checkerTimeout->setSuffix(tr(" s"));
    form->addRow(tr("Check time&out"), m_checkerTimeout);

    auto* headersBox = new QWidget;
    auto* headersBoxLayout = new QVBoxLayout(headersBox);
    headersBoxLayout->setContentsMargins(0, 0, 0, 0);
    m_headers = new QWidget;
    m_headers->setObjectName(QStringLiteral("checkerHeaders"));
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headersLayout = new QVBoxLayout(m_headers);
    m_headersLayout->setContentsMargins(0, 0, 0, 0);
    headersBoxLayout->addWidget(m_headers);
    auto* add = new QPushButton(tr("+ &Add header"));
    add->setObjectName(QStringLiteral("addCheckerHeader"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch();
    headersBoxLayout->addLayout(addRow);
    m_headersStatus = note(QString());
    m_headersStatus->setObjectName(QStringLiteral("checkerHeadersStatus"));
    headersBoxLayout->addWidget(m_headersStatus);
    QString where = tr("Sent with every check. The names are saved in the settings file; the "
                       "values only in: %1. A saved value is never shown; leave the field empty "
                       "to keep it.")
                        .arg(m_keychain.description());
    if (m_runtime.isSandbox())
        where += u' ' + tr("Training sends the sandbox's own header; the headers saved here are "
                           "used when Checkstand runs live.");
    headersBoxLayout->addWidget(note(where));
    form->addRow(tr("Extra headers"), headersBox);

    connect(add, &QPushButton::clicked, this, [this] {
        HeaderRow* row = addHeaderRow(QString());
        validateForm();
        row->name->setFocus();
    });
    return group;
}

QWidget* SettingsPage::buildElevateGroup() {
    auto* group = new QGroupBox(service::displayName(service::elevate));
    group->setObjectName(QStringLiteral("elevateGroup"));
    auto* form = new QFormLayout(group);
    form->addRow(note(tr("Paid sales are reported to the Elevate endpoint set above, through the "
                         "outbox.")));
    m_elevateMarket = addLineEdit(QStringLiteral("elevateMarket"));
    edit(m_elevateMarket)->setMaxLength(64);
    edit(m_elevateMarket)->setPlaceholderText(QStringLiteral("UK"));
    form->addRow(tr("&Market"), m_elevateMarket);

    m_elevateMaxInFlight = new QSpinBox;
    m_elevateMaxInFlight->setObjectName(QStringLiteral("elevateMaxInFlight"));
    m_elevateMaxInFlight->setRange(1, 16);
    m_elevateMaxInFlight->setToolTip(tr("How many notifications may be on their way at once."));
    form->addRow(tr("Notifications in f&light at most"), m_elevateMaxInFlight);

    addKeyRow(m_elevateKey, QStringLiteral("elevateKey"), tr("API k&ey"),
              tr("Voyado Elevate API key"), form);
    return group;
}

QWidget* SettingsPage::buildPricingGroup() {
    auto* group = new QGroupBox(service::displayName(service::aifi));
    group->setObjectName(QStringLiteral("pricingGroup"));
    auto* form = new QFormLayout(group);
    m_priceIncludesTax = new QCheckBox(tr("Catalog prices &include tax"));
    m_priceIncludesTax->setObjectName(QStringLiteral("priceIncludesTax"));
    form->addRow(m_priceIncludesTax);
    m_allowLocalPrices =
        new QCheckBox(tr("Allow finishing a sale on &local prices when the pricing "
                         "service cannot confirm them"));
    m_allowLocalPrices->setObjectName(QStringLiteral("allowLocalPrices"));
    form->addRow(m_allowLocalPrices);
    m_aifiStoreId = new QSpinBox;
    m_aifiStoreId->setObjectName(QStringLiteral("aifiStoreId"));
    m_aifiStoreId->setRange(0, 999999999);
    form->addRow(tr("AiFi store &number"), m_aifiStoreId);
    m_aifiUniqueStoreId = addLineEdit(QStringLiteral("aifiUniqueStoreId"));
    edit(m_aifiUniqueStoreId)->setMaxLength(128);
    form->addRow(tr("AiFi unique store id"), m_aifiUniqueStoreId);
    addKeyRow(m_aifiToken, QStringLiteral("aifiToken"), tr("Bearer &token"),
              tr("Pricing service bearer token"), form);
    return group;
}

QWidget* SettingsPage::buildAcmeGroup() {
    auto* group = new QGroupBox(service::displayName(service::acme));
    group->setObjectName(QStringLiteral("acmeGroup"));
    auto* form = new QFormLayout(group);
    m_acmeHeader = addLineEdit(QStringLiteral("acmeHeader"));
    edit(m_acmeHeader)->setMaxLength(64);
    edit(m_acmeHeader)->setPlaceholderText(QStringLiteral("x-acme-api-key"));
    form->addRow(tr("API key &header"), m_acmeHeader);
    addKeyRow(m_acmeKey, QStringLiteral("acmeKey"), tr("API ke&y"), tr("ACME Ticketing API key"),
              form);
    return group;
}

QWidget* SettingsPage::buildNetworkGroup() {
    auto* group = new QGroupBox(tr("Network and history"));
    auto* form = new QFormLayout(group);
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("requestTimeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("Request &timeout"), m_timeout);

    m_caFile = addLineEdit(QStringLiteral("caCertificatesFile"));
    edit(m_caFile)->setPlaceholderText(tr("Only when the store's network uses its own CA"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseCaFile"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse, 0, Qt::AlignTop);
    auto* caLabel = new QLabel(tr("CA &certificates file (PEM)"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_retention = new QSpinBox;
    m_retention->setObjectName(QStringLiteral("historyRetentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    form->addRow(tr("Keep sent-link &history for"), m_retention);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificates file"), QFileInfo(text(m_caFile)).absolutePath(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            edit(m_caFile)->setText(file);
            m_caFile->setTouched(true);
        }
    });
    return group;
}

QWidget* SettingsPage::buildButtonBar() {
    auto* bar = new QWidget;
    m_status = note(QString());
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    auto* layout = new QHBoxLayout(bar);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_revert);
    layout->addWidget(m_save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        reload();
        setStatus(tr("Unsaved changes were dropped."), false);
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    return bar;
}

void SettingsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_secretsChecked)
        checkStoredSecrets();
}

void SettingsPage::reload() {
    const AppSettings& s = m_runtime.settings();
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        edit(it.value())->setText(s.endpoint(it.key()).toString());
    edit(m_storeId)->setText(s.storeId());
    edit(m_storeName)->setText(s.storeName());
    edit(m_region)->setText(s.storeRegion());
    edit(m_currency)->setText(s.currency());
    edit(m_finalPostback)->setText(s.finalPostbackUrl());
    edit(m_dataPostback)->setText(s.dataUpdatePostbackUrl());
    edit(m_caFile)->setText(s.caCertificatesFile());
    m_timeout->setValue(s.requestTimeoutSeconds());
    m_retention->setValue(s.historyRetentionDays());
    m_chargeAfterKey.edit->clear();

    m_allowApiErrors->setChecked(s.value(settingskey::allowSalesOnApiErrors).toBool());
    m_allowItemErrors->setChecked(s.value(settingskey::allowSalesOnItemErrors).toBool());
    m_checkerTimeout->setValue(
        qBound(1, s.value(settingskey::orderCheckerTimeoutSeconds).toInt(), 120));
    clearHeaderRows();
    m_removedHeaders.clear();
    setHeadersStatus(QString(), false);
    for (const QString& name : s.value(settingskey::orderCheckerHeaders).toStringList()) {
        if (!name.trimmed().isEmpty())
            addHeaderRow(name.trimmed());
    }
    // Rows are new widgets: ask again what is stored, once the page has asked at all.
    if (m_secretsChecked) {
        for (HeaderRow* row : std::as_const(m_headerRows))
            checkHeaderValue(row);
    }

    edit(m_elevateMarket)->setText(s.value(settingskey::elevateMarket).toString());
    m_elevateMaxInFlight->setValue(qBound(1, s.value(settingskey::elevateMaxInFlight).toInt(), 16));
    m_elevateKey.edit->clear();

    m_priceIncludesTax->setChecked(s.value(settingskey::priceIncludesTax).toBool());
    m_allowLocalPrices->setChecked(s.value(settingskey::allowLocalPrices).toBool());
    m_aifiStoreId->setValue(s.value(settingskey::aifiStoreId).toInt());
    edit(m_aifiUniqueStoreId)->setText(s.value(settingskey::aifiUniqueStoreId).toString());
    m_aifiToken.edit->clear();
    edit(m_acmeHeader)->setText(s.value(settingskey::acmeApiKeyHeader).toString());
    m_acmeKey.edit->clear();

    for (ValidatedField* f : std::as_const(m_fields))
        f->setTouched(false);
    validateForm();
}

void SettingsPage::validateForm() {
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        it.value()->setError(checkOptionalUrl(text(it.value())));
    m_storeId->setError(text(m_storeId).isEmpty() ? tr("Enter the store id.") : QString());
    m_storeName->setError(text(m_storeName).isEmpty() ? tr("Enter the store name.") : QString());
    static const QRegularExpression region(QStringLiteral("^[A-Za-z]{2}$"));
    m_region->setError(region.match(text(m_region)).hasMatch()
                           ? QString()
                           : tr("Enter the two-letter country code, such as US."));
    static const QRegularExpression currency(QStringLiteral("^[A-Za-z]{3}$"));
    m_currency->setError(currency.match(text(m_currency)).hasMatch()
                             ? QString()
                             : tr("Enter the three-letter currency code, such as USD."));
    m_finalPostback->setError(checkOptionalUrl(text(m_finalPostback)));
    m_dataPostback->setError(checkOptionalUrl(text(m_dataPostback)));
    const QString ca = text(m_caFile);
    const QFileInfo caInfo(ca);
    m_caFile->setError(ca.isEmpty() || (caInfo.isFile() && caInfo.isReadable())
                           ? QString()
                           : tr("This file does not exist or cannot be read."));
    static const QRegularExpression market(QStringLiteral("^\\S+$"));
    m_elevateMarket->setError(text(m_elevateMarket).isEmpty()
                                  ? tr("Enter the Elevate market, such as UK.")
                                  : (market.match(text(m_elevateMarket)).hasMatch()
                                         ? QString()
                                         : tr("A market has no spaces.")));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]*$"));
    m_acmeHeader->setError(token.match(text(m_acmeHeader)).hasMatch()
                               ? QString()
                               : tr("A header name has letters, digits and dashes only."));
    validateHeaders();
    m_save->setEnabled(!hasErrors() && m_keychainBusy == 0);
}

void SettingsPage::validateHeaders() {
    // RFC 9110 "token": what a header field name may be made of.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    // Checkstand sets these on every request itself.
    static const QStringList reserved = {
        QStringLiteral("Accept"),         QStringLiteral("Connection"),
        QStringLiteral("Content-Length"), QStringLiteral("Content-Type"),
        QStringLiteral("Host"),           QStringLiteral("Transfer-Encoding")};
    QSet<QString> seen;
    for (HeaderRow* row : std::as_const(m_headerRows)) {
        const QString name = row->nameText();
        const QString value = row->value->text();
        QString problem;
        if (row->isBlank())
            problem.clear();
        else if (name.isEmpty())
            problem = tr("Enter the header name, or remove this row.");
        else if (!token.match(name).hasMatch())
            problem = tr("A header name may contain only letters, digits and marks such as - or "
                         "_; no spaces or colons.");
        else if (reserved.contains(name, Qt::CaseInsensitive))
            problem = tr("Checkstand sets %1 itself; choose another header.").arg(name);
        else if (seen.contains(name.toLower()))
            problem = tr("%1 is already in the list (header names ignore case).").arg(name);
        else if (hasControlCharacters(value))
            problem = tr("The value cannot contain line breaks or other control characters.");
        else if (row->saved.isEmpty() && value.isEmpty())
            problem = tr("Enter the value to send with %1.").arg(name);
        if (!name.isEmpty())
            seen.insert(name.toLower());
        row->setProblem(problem);
    }
}

bool SettingsPage::hasErrors() const {
    for (const ValidatedField* f : m_fields) {
        if (f->hasError())
            return true;
    }
    for (const HeaderRow* row : m_headerRows) {
        if (row->hasError())
            return true;
    }
    return false;
}

bool SettingsPage::save() {
    validateForm();
    if (hasErrors()) {
        for (ValidatedField* f : std::as_const(m_fields))
            f->setTouched(true);
        for (HeaderRow* row : std::as_const(m_headerRows))
            row->setTouched();
        setStatus(tr("Nothing was saved: correct the fields marked in red."), true);
        return false;
    }
    AppSettings& s = m_runtime.settings();
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
        s.setEndpoint(it.key(), QUrl(text(it.value()), QUrl::StrictMode));
    s.setValue(settingskey::storeId, text(m_storeId));
    s.setValue(settingskey::storeName, text(m_storeName));
    s.setValue(settingskey::storeRegion, text(m_region).toUpper());
    s.setValue(settingskey::currency, text(m_currency).toUpper());
    s.setValue(settingskey::finalPostbackUrl, text(m_finalPostback));
    s.setValue(settingskey::dataUpdatePostbackUrl, text(m_dataPostback));
    s.setValue(settingskey::caCertificatesFile, text(m_caFile));
    s.setValue(settingskey::requestTimeoutSeconds, m_timeout->value());
    s.setValue(settingskey::historyRetentionDays, m_retention->value());

    s.setValue(settingskey::allowSalesOnApiErrors, m_allowApiErrors->isChecked());
    s.setValue(settingskey::allowSalesOnItemErrors, m_allowItemErrors->isChecked());
    s.setValue(settingskey::orderCheckerTimeoutSeconds, m_checkerTimeout->value());
    // Only the names: each value goes to the keychain below.
    QStringList headerNames;
    const QList<HeaderRow*> rows = m_headerRows;
    for (HeaderRow* row : rows) {
        if (row->isBlank())
            removeHeaderRow(row);
        else
            headerNames << row->nameText();
    }
    s.setValue(settingskey::orderCheckerHeaders, headerNames);

    s.setValue(settingskey::elevateMarket, text(m_elevateMarket));
    s.setValue(settingskey::elevateMaxInFlight, m_elevateMaxInFlight->value());
    s.setValue(settingskey::priceIncludesTax, m_priceIncludesTax->isChecked());
    s.setValue(settingskey::allowLocalPrices, m_allowLocalPrices->isChecked());
    s.setValue(settingskey::aifiStoreId, m_aifiStoreId->value());
    s.setValue(settingskey::aifiUniqueStoreId, text(m_aifiUniqueStoreId));
    s.setValue(settingskey::acmeApiKeyHeader, text(m_acmeHeader).isEmpty()
                                                  ? QStringLiteral("x-acme-api-key")
                                                  : text(m_acmeHeader));
    s.sync();
    setStatus(m_runtime.isSandbox() ? tr("Settings saved. Restart without --sandbox to use these "
                                         "endpoints.")
                                    : tr("Settings saved."),
              false);

    if (!m_chargeAfterKey.edit->text().isEmpty())
        writeKey(m_chargeAfterKey, m_chargeAfterKey.edit->text());
    if (!m_elevateKey.edit->text().isEmpty())
        writeKey(m_elevateKey, m_elevateKey.edit->text());
    if (!m_aifiToken.edit->text().isEmpty())
        writeKey(m_aifiToken, m_aifiToken.edit->text());
    if (!m_acmeKey.edit->text().isEmpty())
        writeKey(m_acmeKey, m_acmeKey.edit->text());

    setHeadersStatus(QString(), false);
    for (HeaderRow* row : std::as_const(m_headerRows)) {
        const QString name = row->nameText();
        if (row->saved != name) {
            // Saved now: from here on the value lives under this name.
            row->saved = name;
            row->name->setReadOnly(true);
        }
        if (!row->value->text().isEmpty())
            writeHeaderValue(row, name, row->value->text());
    }
    // A removed header's value is deleted, unless the same name is in the list again.
    QStringList toDelete = m_removedHeaders + m_undeletedHeaders;
    toDelete.removeDuplicates();
    m_removedHeaders.clear();
    m_undeletedHeaders.clear();
    for (const QString& name : std::as_const(toDelete)) {
        if (!headerNames.contains(name))
            deleteHeaderValue(name);
    }
    Q_EMIT saved();
    return true;
}

void SettingsPage::beginKeychainCall() {
    ++m_keychainBusy;
    validateForm();
}

void SettingsPage::endKeychainCall() {
    --m_keychainBusy;
    validateForm();
}

void SettingsPage::checkStoredKey() {
    checkKey(m_chargeAfterKey);
}

void SettingsPage::checkStoredSecrets() {
    m_secretsChecked = true;
    checkKey(m_chargeAfterKey);
    checkKey(m_elevateKey);
    checkKey(m_aifiToken);
    checkKey(m_acmeKey);
    for (HeaderRow* row : std::as_const(m_headerRows))
        checkHeaderValue(row);
}

void SettingsPage::checkKey(KeyField& key) {
    beginKeychainCall();
    setKeyStatus(key, tr("Checking the keychain…"), false);
    m_keychain.read(key.secretName, this, [this, &key](const SecretResult& result) {
        endKeychainCall();
        // Only whether a key exists is kept; the value itself is not held by the form.
        switch (result.status) {
        case SecretResult::Status::Found:
            key.edit->setPlaceholderText(tr("(stored)"));
            key.remove->setEnabled(true);
            setKeyStatus(key, key.foundText, false);
            break;
        case SecretResult::Status::NotFound:
            key.edit->setPlaceholderText(key.missingPlaceholder);
            key.remove->setEnabled(false);
            setKeyStatus(key, key.missingText, false);
            break;
        case SecretResult::Status::Unavailable:
        case SecretResult::Status::TimedOut:
            key.edit->setPlaceholderText(QString());
            setKeyStatus(key, result.error, true);
            break;
        }
        keyAnswered(key);
    });
}

void SettingsPage::writeKey(KeyField& key, const QString& value) {
    beginKeychainCall();
    setKeyStatus(key,
                 value.isEmpty() ? tr("Removing the key from the keychain…")
                                 : tr("Saving the key in the keychain…"),
                 false);
    m_keychain.write(key.secretName, value, this,
                     [this, &key, removing = value.isEmpty()](const SecretWriteResult& result) {
                         endKeychainCall();
                         if (!result.ok) {
                             // The typed key stays in the field so it can be retried; it is
                             // never written anywhere else.
                             setKeyStatus(key, result.error, true);
                         } else if (removing) {
                             key.edit->setPlaceholderText(key.missingPlaceholder);
                             key.remove->setEnabled(false);
                             setKeyStatus(key, key.removedText, false);
                         } else {
                             key.edit->clear();
                             key.edit->setPlaceholderText(tr("(stored)"));
                             key.remove->setEnabled(true);
                             setKeyStatus(key, key.storedText, false);
                         }
                         keyAnswered(key);
                     });
}

void SettingsPage::removeKey(KeyField& key) {
    const auto answer = QMessageBox::question(this, key.removeTitle, key.removeQuestion);
    if (answer == QMessageBox::Yes)
        writeKey(key, QString());
}

void SettingsPage::keyAnswered(const KeyField& key) {
    if (&key == &m_chargeAfterKey)
        Q_EMIT keyStatusChanged();
    Q_EMIT secretStatusChanged(key.secretName);
}

void SettingsPage::setKeyStatus(KeyField& key, const QString& text, bool isError) {
    key.status->setText(text);
    key.status->setStyleSheet(isError ? kErrorStyle : QString());
}

SettingsPage::HeaderRow* SettingsPage::addHeaderRow(const QString& savedName) {
    auto* row = new HeaderRow(savedName);
    m_headersLayout->addWidget(row);
    m_headerRows.append(row);
    connect(row->name, &QLineEdit::textEdited, this, [row] { row->setTouched(); });
    connect(row->value, &QLineEdit::textEdited, this, [row] { row->setTouched(); });
    connect(row->name, &QLineEdit::textChanged, this, &SettingsPage::validateForm);
    connect(row->value, &QLineEdit::textChanged, this, &SettingsPage::validateForm);
    connect(row->remove, &QPushButton::clicked, this, [this, row] {
        if (!row->saved.isEmpty()) {
            m_removedHeaders << row->saved;
            setHeadersStatus(
                tr("%1 and its stored value are removed when you save.").arg(row->saved), false);
        }
        removeHeaderRow(row);
        validateForm();
    });
    return row;
}

void SettingsPage::removeHeaderRow(HeaderRow* row) {
    m_headerRows.removeOne(row);
    // Out of the page at once; deleted later because its own button may be calling us.
    row->hide();
    row->setParent(nullptr);
    row->deleteLater();
}

void SettingsPage::clearHeaderRows() {
    const QList<HeaderRow*> rows = m_headerRows;
    for (HeaderRow* row : rows)
        removeHeaderRow(row);
}

void SettingsPage::checkHeaderValue(HeaderRow* row) {
    if (row->saved.isEmpty())
        return;
    const QString secret = orderchecker::headerSecretName(row->saved);
    beginKeychainCall();
    row->setStatus(tr("Checking the keychain…"), false);
    QPointer<HeaderRow> guard(row);
    m_keychain.read(secret, this, [this, guard, secret](const SecretResult& result) {
        endKeychainCall();
        // The row may have been removed or reverted while the keychain was answering.
        if (HeaderRow* r = guard.data()) {
            switch (result.status) {
            case SecretResult::Status::Found:
                r->value->setPlaceholderText(tr("(stored)"));
                r->setStatus(QString(), false);
                break;
            case SecretResult::Status::NotFound:
                r->value->setPlaceholderText(tr("Value"));
                r->setStatus(
                    tr("No value is stored for %1; checks fail until one is saved.").arg(r->saved),
                    true);
                break;
            case SecretResult::Status::Unavailable:
            case SecretResult::Status::TimedOut:
                r->value->setPlaceholderText(QString());
                r->setStatus(result.error, true);
                break;
            }
        }
        Q_EMIT secretStatusChanged(secret);
    });
}

void SettingsPage::writeHeaderValue(HeaderRow* row, const QString& name, const QString& value) {
    const QString secret = orderchecker::headerSecretName(name);
    beginKeychainCall();
    row->setStatus(tr("Saving the value in the keychain…"), false);
    QPointer<HeaderRow> guard(row);
    m_keychain.write(
        secret, value, this, [this, guard, name, secret](const SecretWriteResult& result) {
            endKeychainCall();
            if (HeaderRow* r = guard.data()) {
                if (!result.ok) {
                    // The typed value stays in the field for another Save; it is
                    // never written anywhere else.
                    r->setStatus(tr("The value of %1 was not stored: %2").arg(name, result.error),
                                 true);
                } else {
                    r->value->clear();
                    r->value->setPlaceholderText(tr("(stored)"));
                    r->setStatus(tr("The value is stored in the keychain."), false);
                }
            } else if (!result.ok) {
                setHeadersStatus(tr("The value of %1 was not stored: %2").arg(name, result.error),
                                 true);
            }
            Q_EMIT secretStatusChanged(secret);
        });
}

void SettingsPage::deleteHeaderValue(const QString& name) {
    const QString secret = orderchecker::headerSecretName(name);
    beginKeychainCall();
    m_keychain.write(secret, QString(), this, [this, name, secret](const SecretWriteResult& r) {
        endKeychainCall();
        if (!r.ok) {
            m_undeletedHeaders << name;
            setHeadersStatus(tr("The value of the removed header %1 is still in the keychain: "
                                "%2. Save again to retry.")
                                 .arg(name, r.error),
                             true);
        } else if (!m_headersStatusIsError) {
            setHeadersStatus(tr("The value of %1 was deleted from the keychain.").arg(name), false);
        }
        Q_EMIT secretStatusChanged(secret);
    });
}

void SettingsPage::setHeadersStatus(const QString& text, bool isError) {
    m_headersStatus->setText(text);
    m_headersStatus->setStyleSheet(isError ? kErrorStyle : QString());
    m_headersStatusIsError = isError && !text.isEmpty();
}

void SettingsPage::setStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(isError ? kErrorStyle : QString());
}

} // namespace checkstand
