// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingssecret.h"

#include "dialogs.h"
#include "palette.h"
#include "secrets/secretstore.h"
#include "services/services.h"
#include "settingsfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace checkstand {

using settingsschema::translate;

SettingsSecret::SettingsSecret(const settingsschema::Secret& secret, SecretStore& keychain,
                               QFormLayout* form, const QString& where, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_secret(secret)
    , m_keychain(keychain)
    , m_dialogParent(dialogParent)
    , m_secretName(service::info(secret.service).secretName)
    , m_edit(new QLineEdit)
    , m_status(settingsNote(QString()))
    , m_remove(new QPushButton(tr("Remo&ve stored key"))) {
    m_edit->setObjectName(secret.objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    // An input method would see (and might keep) what is typed.
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_edit->setAccessibleName(translate(secret.accessibleName));
    QString removeName = secret.objectName;
    removeName[0] = removeName.at(0).toUpper();
    m_remove->setObjectName(QStringLiteral("remove") + removeName);
    m_status->setObjectName(secret.objectName + QStringLiteral("Status"));

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_edit, 1);
    keyRow->addWidget(m_remove);
    auto* label = new QLabel(translate(secret.label));
    label->setBuddy(m_edit);
    form->addRow(label, keyRow);
    form->addRow(QString(), m_status);
    form->addRow(QString(), settingsNote(where));

    connect(m_remove, &QPushButton::clicked, this, &SettingsSecret::confirmRemove);
    connect(m_edit, &QLineEdit::textChanged, this, &SettingsSecret::edited);
}

bool SettingsSecret::hasTypedValue() const {
    return !m_edit->text().isEmpty();
}

void SettingsSecret::clearTyped() {
    m_edit->clear();
}

void SettingsSecret::check() {
    Q_EMIT keychainCallStarted();
    setStatus(tr("Checking the keychain…"), false);
    m_keychain.read(m_secretName, this, [this](const SecretResult& result) {
        // Only whether a key exists is kept; the value itself is not held by the form.
        switch (result.status) {
        case SecretResult::Status::Found:
            m_edit->setPlaceholderText(tr("(stored)"));
            m_remove->setEnabled(true);
            setStatus(translate(m_secret.foundText), false);
            break;
        case SecretResult::Status::NotFound:
            m_edit->setPlaceholderText(translate(m_secret.missingPlaceholder));
            m_remove->setEnabled(false);
            setStatus(translate(m_secret.missingText), false);
            break;
        case SecretResult::Status::Unavailable:
        case SecretResult::Status::TimedOut:
            m_edit->setPlaceholderText(QString());
            setStatus(result.error, true);
            break;
        }
        Q_EMIT keychainCallFinished();
        Q_EMIT answered(m_secretName);
    });
}

void SettingsSecret::saveTyped() {
    if (hasTypedValue())
        write(m_edit->text());
}

void SettingsSecret::write(const QString& value) {
    Q_EMIT keychainCallStarted();
    setStatus(value.isEmpty() ? tr("Removing the key from the keychain…")
                              : tr("Saving the key in the keychain…"),
              false);
    m_keychain.write(m_secretName, value, this,
                     [this, removing = value.isEmpty()](const SecretWriteResult& result) {
                         if (!result.ok) {
                             // The typed key stays in the field so it can be retried; it is
                             // never written anywhere else.
                             setStatus(result.error, true);
                         } else if (removing) {
                             m_edit->setPlaceholderText(translate(m_secret.missingPlaceholder));
                             m_remove->setEnabled(false);
                             setStatus(translate(m_secret.removedText), false);
                         } else {
                             m_edit->clear();
                             m_edit->setPlaceholderText(tr("(stored)"));
                             m_remove->setEnabled(true);
                             setStatus(translate(m_secret.storedText), false);
                         }
                         Q_EMIT keychainCallFinished();
                         Q_EMIT answered(m_secretName);
                     });
}

void SettingsSecret::confirmRemove() {
    const auto answer = dialogs::question(m_dialogParent, translate(m_secret.removeTitle),
                                          translate(m_secret.removeQuestion),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        write(QString());
}

void SettingsSecret::setStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(palette::statusStyleSheet(isError));
}

} // namespace checkstand
