// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "audit/auditjournal.h"
#include "diagnostics/doctor.h"
#include "dialogs.h"
#include "operators/operatorsession.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "secrets/secretnames.h"
#include "secrets/secretstore.h"
#include "services/services.h"
#include "settings/appsettings.h"
#include "settings/settingsschema.h"
#include "widgets/permission.h"
#include "widgets/scrollfocus.h"
#include "widgets/settingsfield.h"
#include "widgets/settingsheaders.h"
#include "widgets/settingssecret.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace checkstand {

using settingsschema::Kind;
using settingsschema::translate;

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
        QLabel* sandboxNote =
            settingsNote(tr("Checkstand is running in training mode and talks to its built-in "
                            "sandbox, so the endpoints below are not used now. Restart without "
                            "--sandbox to use these endpoints."));
        sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
        sandboxNote->setStyleSheet(
            QStringLiteral("background-color: #fff3cd; color: #000000; padding: 6px;"));
        contentLayout->addWidget(sandboxNote);
    }
    for (const settingsschema::Group& group : settingsschema::groups())
        contentLayout->addWidget(buildGroup(group));
    contentLayout->addStretch();

    m_scroll = new QScrollArea;
    keepFocusInView(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Ctrl+5 and Tab land in the first setting.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildButtonBar());
    // A key stored or removed is journalled once the keychain has it (its name, never a value).
    connect(&m_keychain, &SecretStore::secretWritten, this, &SettingsPage::journalSecret);
    reload();
}

SettingsPage::~SettingsPage() = default;

QWidget* SettingsPage::buildGroup(const settingsschema::Group& group) {
    auto* box =
        new QGroupBox(group.title ? translate(group.title) : service::displayName(group.id));
    box->setObjectName(group.objectName);
    auto* form = new QFormLayout(box);
    if (group.note)
        form->addRow(settingsNote(translate(group.note)));
    for (const settingsschema::Setting* setting : settingsschema::inGroup(group.id)) {
        if (setting->kind == Kind::HeaderNames)
            addHeaderList(*setting, form);
        else
            addField(*setting, form);
    }
    if (group.isService) {
        if (const settingsschema::Secret* secret = settingsschema::secretOf(group.id))
            addSecret(*secret, form);
        addConnectionTest(group.id, form);
    }
    return box;
}

void SettingsPage::addField(const settingsschema::Setting& setting, QFormLayout* form) {
    auto* field = new SettingsField(setting);
    m_fields.append(field);
    connect(field, &SettingsField::edited, this, &SettingsPage::updateState);
    if (QLabel* label = field->makeLabel())
        form->addRow(label, field->row());
    else
        form->addRow(field->row());
}

void SettingsPage::addSecret(const settingsschema::Secret& secret, QFormLayout* form) {
    QString where =
        tr("Stored in: %1. Never saved in the settings file.").arg(m_keychain.description());
    if (m_runtime.isSandbox())
        where += u' ' + tr("Training uses the sandbox's own key; the key saved here is used when "
                           "Checkstand runs live.");
    auto* key = new SettingsSecret(secret, m_keychain, form, where, this);
    m_secrets.append(key);
    connect(key, &SettingsSecret::edited, this, &SettingsPage::updateState);
    connect(key, &SettingsSecret::keychainCallStarted, this, &SettingsPage::beginKeychainCall);
    connect(key, &SettingsSecret::keychainCallFinished, this, &SettingsPage::endKeychainCall);
    connect(key, &SettingsSecret::answered, this, [this](const QString& name) {
        if (name == secrets::chargeAfterPrivateKey())
            Q_EMIT keyStatusChanged();
        Q_EMIT secretStatusChanged(name);
    });
}

void SettingsPage::addHeaderList(const settingsschema::Setting& setting, QFormLayout* form) {
    QString where = tr("Sent with every check. The names are saved in the settings file; the "
                       "values only in: %1. A saved value is never shown; leave the field empty "
                       "to keep it.")
                        .arg(m_keychain.description());
    if (m_runtime.isSandbox())
        where += u' ' + tr("Training sends the sandbox's own header; the headers saved here are "
                           "used when Checkstand runs live.");
    m_headersKey = setting.key;
    m_headers = new SettingsHeaderList(m_keychain, setting.objectName, where);
    connect(m_headers, &SettingsHeaderList::edited, this, &SettingsPage::updateState);
    connect(m_headers, &SettingsHeaderList::keychainCallStarted, this,
            &SettingsPage::beginKeychainCall);
    connect(m_headers, &SettingsHeaderList::keychainCallFinished, this,
            &SettingsPage::endKeychainCall);
    connect(m_headers, &SettingsHeaderList::secretStatusChanged, this,
            &SettingsPage::secretStatusChanged);
    form->addRow(translate(setting.label), m_headers);
}

void SettingsPage::addConnectionTest(const QString& service, QFormLayout* form) {
    ConnectionTest& test = m_tests[service];
    test.button = new QPushButton(tr("Test connection"));
    test.button->setObjectName(QStringLiteral("testConnection_") + service);
    test.button->setToolTip(tr("Checks the saved endpoint of %1: the address, the connection, "
                               "TLS and the stored key.")
                                .arg(service::inSentence(service)));
    test.result = settingsNote(QString());
    test.result->setObjectName(QStringLiteral("testConnectionResult_") + service);
    auto* row = new QHBoxLayout;
    row->addWidget(test.button, 0, Qt::AlignTop);
    row->addWidget(test.result, 1);
    form->addRow(QString(), row);
    connect(test.button, &QPushButton::clicked, this, [this, service] { testConnection(service); });
}

QWidget* SettingsPage::buildButtonBar() {
    auto* bar = new QWidget;
    m_status = settingsNote(QString());
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    // Next to the buttons, so the operator sees it wherever the page is scrolled.
    m_unsaved = new QLabel(tr("Unsaved changes"));
    m_unsaved->setObjectName(QStringLiteral("unsavedChanges"));
    m_unsaved->setStyleSheet(palette::warningStyleSheet() + QStringLiteral(" font-weight: bold;"));
    m_unsaved->hide();
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setObjectName(QStringLiteral("revertSettings"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setDefault(true);
    auto* layout = new QHBoxLayout(bar);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_unsaved);
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

QStringList SettingsPage::savedHeaderNames() const {
    const settingsschema::Setting* setting = settingsschema::find(m_headersKey);
    if (!setting)
        return {};
    return settingsschema::normalized(*setting, m_runtime.settings().value(m_headersKey))
        .toStringList();
}

void SettingsPage::reload() {
    m_loading = true;
    const AppSettings& s = m_runtime.settings();
    for (SettingsField* field : std::as_const(m_fields)) {
        field->setValue(s.value(field->setting().key));
        field->setTouched(false);
    }
    for (SettingsSecret* key : std::as_const(m_secrets))
        key->clearTyped();
    if (m_headers) {
        m_headers->load(savedHeaderNames());
        // Rows are new widgets: ask again what is stored, once the page has asked at all.
        if (m_secretsChecked)
            m_headers->checkValues();
    }
    m_loading = false;
    updateState();
}

void SettingsPage::updateState() {
    if (m_loading)
        return;
    for (SettingsField* field : std::as_const(m_fields))
        field->validate();
    if (m_headers)
        m_headers->validate();
    const bool dirty = hasUnsavedChanges();
    m_unsaved->setVisible(dirty);
    m_revert->setEnabled(dirty);
    m_save->setEnabled(dirty && !hasErrors() && m_keychainBusy == 0);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT unsavedChangesChanged(dirty);
    }
}

bool SettingsPage::hasErrors() const {
    for (const SettingsField* field : m_fields) {
        if (field->hasError())
            return true;
    }
    return m_headers && m_headers->hasErrors();
}

bool SettingsPage::groupHasUnsavedChanges(const QString& group) const {
    const AppSettings& s = m_runtime.settings();
    for (const SettingsField* field : m_fields) {
        const settingsschema::Setting& setting = field->setting();
        // Both sides normalized: "us" typed over a saved "US" is no change, and an INI file
        // reads numbers back as text.
        if (setting.group == group &&
            field->value() != settingsschema::normalized(setting, s.value(setting.key)))
            return true;
    }
    for (const SettingsSecret* key : m_secrets) {
        if (key->service() == group && key->hasTypedValue())
            return true;
    }
    const settingsschema::Setting* headers = settingsschema::find(m_headersKey);
    return m_headers && headers && headers->group == group &&
           m_headers->hasUnsavedChanges(savedHeaderNames());
}

bool SettingsPage::hasUnsavedChanges() const {
    for (const settingsschema::Group& group : settingsschema::groups()) {
        if (groupHasUnsavedChanges(group.id))
            return true;
    }
    return false;
}

bool SettingsPage::confirmLeave() {
    if (!hasUnsavedChanges())
        return true;
    const QMessageBox::StandardButton answer = dialogs::question(
        this, tr("Unsaved settings"),
        tr("Some settings were changed but not saved. Save them before leaving Settings?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        reload();
        setStatus(tr("Unsaved changes were dropped."), false);
        return true;
    default:
        return false;
    }
}

bool SettingsPage::save() {
    updateState();
    if (hasErrors()) {
        for (SettingsField* field : std::as_const(m_fields))
            field->setTouched(true);
        if (m_headers)
            m_headers->touchAll();
        setStatus(tr("Nothing was saved: correct the fields marked in red."), true);
        // The keyboard goes to the first of them, which may be scrolled out of sight.
        for (SettingsField* field : std::as_const(m_fields)) {
            if (field->hasError() && field->isVisibleTo(this)) {
                field->input()->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(field->input());
                break;
            }
        }
        return false;
    }
    AppSettings& s = m_runtime.settings();
    // The journal gets the names of what changed, never a value.
    QStringList changed;
    for (const SettingsField* field : std::as_const(m_fields)) {
        const settingsschema::Setting& setting = field->setting();
        if (field->value() != settingsschema::normalized(setting, s.value(setting.key)))
            changed << setting.key;
    }
    const QStringList headersBefore = savedHeaderNames();
    for (const SettingsField* field : std::as_const(m_fields))
        s.setValue(field->setting().key, field->value());
    // Only the names: each value goes to the keychain below.
    QStringList headerNames;
    if (m_headers) {
        headerNames = m_headers->takeNames();
        s.setValue(m_headersKey, headerNames);
        if (headerNames != headersBefore)
            changed << m_headersKey;
    }
    s.sync();
    for (const SettingsSecret* key : std::as_const(m_secrets)) {
        if (key->hasTypedValue())
            m_secretsBeingSet.insert(key->secretName());
    }
    const QString note =
        changed.isEmpty()
            ? QString()
            : journalAction(m_runtime.session(), auditkind::kSettingsChanged,
                            {{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
    setStatus((m_runtime.isSandbox() ? tr("Settings saved. Restart without --sandbox to use these "
                                          "endpoints.")
                                     : tr("Settings saved.")) +
                  note,
              !note.isEmpty());

    for (SettingsSecret* key : std::as_const(m_secrets))
        key->saveTyped();
    if (m_headers)
        m_headers->saveValues(headerNames);
    Q_EMIT saved();
    updateState();
    return true;
}

void SettingsPage::journalSecret(const QString& secretName) {
    // "apiKey of chargeafter set": which key and what happened to it, nothing of the key.
    QString what = QStringLiteral("%1 changed").arg(secretName);
    for (const SettingsSecret* key : std::as_const(m_secrets)) {
        if (key->secretName() == secretName)
            what = m_secretsBeingSet.remove(secretName)
                       ? QStringLiteral("apiKey of %1 set").arg(key->service())
                       : QStringLiteral("apiKey of %1 removed").arg(key->service());
    }
    journalAction(m_runtime.session(), auditkind::kSettingsChanged,
                  {{QStringLiteral("changed"), QJsonArray{what}}});
}

void SettingsPage::beginKeychainCall() {
    ++m_keychainBusy;
    updateState();
}

void SettingsPage::endKeychainCall() {
    --m_keychainBusy;
    updateState();
}

void SettingsPage::checkStoredKey() {
    for (SettingsSecret* key : std::as_const(m_secrets)) {
        if (key->secretName() == secrets::chargeAfterPrivateKey())
            key->check();
    }
}

void SettingsPage::checkStoredSecrets() {
    m_secretsChecked = true;
    for (SettingsSecret* key : std::as_const(m_secrets))
        key->check();
    if (m_headers)
        m_headers->checkValues();
}

bool SettingsPage::isTestingConnection(const QString& service) const {
    return !m_tests.value(service).doctor.isNull();
}

void SettingsPage::testConnection(const QString& service) {
    const auto it = m_tests.find(service);
    if (it == m_tests.end() || it->doctor)
        return;
    auto* doctor = new Doctor(m_runtime, this);
    it->doctor = doctor;
    it->button->setEnabled(false);
    it->result->setStyleSheet(QString());
    it->result->setText(tr("Testing the connection…"));
    connect(doctor, &Doctor::finished, this, [this, service, doctor](const DoctorReport& report) {
        doctor->deleteLater();
        showConnectionResult(service, report);
    });
    doctor->run({service});
}

void SettingsPage::showConnectionResult(const QString& service, const DoctorReport& report) {
    ConnectionTest& test = m_tests[service];
    test.doctor = nullptr;
    test.button->setEnabled(true);
    const DoctorCheck check = report.checks.value(0);
    QStringList findings;
    for (const DoctorFinding& finding : check.findings)
        findings << finding.text;
    const bool ok = check.ok();
    QString text = findings.join(u' ');
    if (check.configured)
        text = (ok ? tr("It works (%1): %2") : tr("It does not work (%1): %2"))
                   .arg(check.url.toDisplayString(), text);
    // The check runs on what Runtime uses now, which is not always what the form shows.
    if (m_runtime.isSandbox())
        text += u' ' + tr("Training tests the sandbox, not the endpoint set here.");
    else if (groupHasUnsavedChanges(service))
        text += u' ' + tr("Unsaved changes were not tested; save them first.");
    test.result->setText(text);
    test.result->setStyleSheet(!check.configured ? QString()
                               : ok              ? palette::okStyleSheet()
                                                 : palette::errorStyleSheet());
    Q_EMIT connectionTested(service, ok);
}

void SettingsPage::setStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(palette::statusStyleSheet(isError));
}

} // namespace checkstand
