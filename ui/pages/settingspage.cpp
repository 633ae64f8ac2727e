#include "settingspage.h"

#include "net/endpointpolicy.h"
#include "runtime/runtime.h"
#include "secrets/secretnames.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "widgets/validatedfield.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace checkstand {

namespace {

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

} // namespace

SettingsPage::SettingsPage(Runtime& runtime, QWidget* parent)
    : SettingsPage(runtime, runtime.keychain(), parent) {}

SettingsPage::SettingsPage(Runtime& runtime, SecretStore& keychain, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_keychain(keychain) {
    setObjectName(QStringLiteral("settingsPage"));

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

QWidget* SettingsPage::buildChargeAfterGroup() {
    auto* group = new QGroupBox(tr("ChargeAfter"));
    auto* form = new QFormLayout(group);
    m_finalPostback = addLineEdit(QStringLiteral("finalPostbackUrl"));
    edit(m_finalPostback)->setPlaceholderText(tr("https://… (required for checkout links)"));
    form->addRow(tr("&Final postback URL"), m_finalPostback);
    m_dataPostback = addLineEdit(QStringLiteral("dataUpdatePostbackUrl"));
    edit(m_dataPostback)->setPlaceholderText(tr("https://… (optional)"));
    form->addRow(tr("&Data update postback URL"), m_dataPostback);

    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("chargeAfterKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_key->setAccessibleName(tr("ChargeAfter private API key"));
    m_removeKey = new QPushButton(tr("Remo&ve stored key"));
    m_removeKey->setObjectName(QStringLiteral("removeChargeAfterKey"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_removeKey);
    auto* keyLabel = new QLabel(tr("Private API &key"));
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);

    m_keyStatus = note(QString());
    m_keyStatus->setObjectName(QStringLiteral("chargeAfterKeyStatus"));
    form->addRow(QString(), m_keyStatus);
    QString where =
        tr("Stored in: %1. Never saved in the settings file.").arg(m_keychain.description());
    if (m_runtime.isSandbox())
        where += u' ' + tr("Training uses the sandbox's own key; the key saved here is used when "
                           "Checkstand runs live.");
    form->addRow(QString(), note(where));

    connect(m_removeKey, &QPushButton::clicked, this, &SettingsPage::removeKey);
    connect(m_key, &QLineEdit::textChanged, this, &SettingsPage::validateForm);
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
    if (!m_keyChecked)
        checkStoredKey();
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
    m_key->clear();
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
    m_save->setEnabled(!hasErrors() && !m_keyBusy);
}

bool SettingsPage::hasErrors() const {
    for (const ValidatedField* f : m_fields) {
        if (f->hasError())
            return true;
    }
    return false;
}

bool SettingsPage::save() {
    validateForm();
    if (hasErrors()) {
        for (ValidatedField* f : std::as_const(m_fields))
            f->setTouched(true);
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
    s.sync();
    setStatus(m_runtime.isSandbox() ? tr("Settings saved. Restart without --sandbox to use these "
                                         "endpoints.")
                                    : tr("Settings saved."),
              false);
    if (!m_key->text().isEmpty())
        writeKey(m_key->text());
    Q_EMIT saved();
    return true;
}

void SettingsPage::checkStoredKey() {
    m_keyChecked = true;
    m_keyBusy = true;
    validateForm();
    setKeyStatus(tr("Checking the keychain…"), false);
    m_keychain.read(secrets::chargeAfterPrivateKey(), this, [this](const SecretResult& result) {
        m_keyBusy = false;
        validateForm();
        // Only whether a key exists is kept; the value itself is not held by the form.
        switch (result.status) {
        case SecretResult::Status::Found:
            m_key->setPlaceholderText(tr("(stored)"));
            m_removeKey->setEnabled(true);
            setKeyStatus(tr("A private key is stored. Type a new one only to replace it."), false);
            break;
        case SecretResult::Status::NotFound:
            m_key->setPlaceholderText(tr("Paste the private API key from ChargeAfter"));
            m_removeKey->setEnabled(false);
            setKeyStatus(tr("No private key is stored yet; links cannot be sent live without one."),
                         false);
            break;
        case SecretResult::Status::Unavailable:
        case SecretResult::Status::TimedOut:
            m_key->setPlaceholderText(QString());
            setKeyStatus(result.error, true);
            break;
        }
        Q_EMIT keyStatusChanged();
    });
}

void SettingsPage::writeKey(const QString& value) {
    m_keyBusy = true;
    validateForm();
    setKeyStatus(value.isEmpty() ? tr("Removing the key from the keychain…")
                                 : tr("Saving the key in the keychain…"),
                 false);
    m_keychain.write(
        secrets::chargeAfterPrivateKey(), value, this,
        [this, removing = value.isEmpty()](const SecretWriteResult& result) {
            m_keyBusy = false;
            validateForm();
            if (!result.ok) {
                // The typed key stays in the field so it can be retried; it is
                // never written anywhere else.
                setKeyStatus(result.error, true);
            } else if (removing) {
                m_key->setPlaceholderText(tr("Paste the private API key from ChargeAfter"));
                m_removeKey->setEnabled(false);
                setKeyStatus(tr("The private key was removed from the keychain."), false);
            } else {
                m_key->clear();
                m_key->setPlaceholderText(tr("(stored)"));
                m_removeKey->setEnabled(true);
                setKeyStatus(tr("The private key is stored in the keychain."), false);
            }
            Q_EMIT keyStatusChanged();
        });
}

void SettingsPage::removeKey() {
    const auto answer = QMessageBox::question(
        this, tr("Remove the ChargeAfter key"),
        tr("Remove the ChargeAfter private key from the keychain? Links cannot be sent live "
           "until a key is saved again."));
    if (answer == QMessageBox::Yes)
        writeKey(QString());
}

void SettingsPage::setKeyStatus(const QString& text, bool isError) {
    m_keyStatus->setText(text);
    m_keyStatus->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void SettingsPage::setStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace checkstand
