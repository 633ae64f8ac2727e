// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingsschema.h"

#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace checkstand {

class SecretStore;

// The API key of one service on the Settings page: typed, written to the keychain only and
// never read back into the form; the page only learns whether one is stored. Removing asks
// first. The texts are the settings table's Secret row.
class SettingsSecret : public QObject {
    Q_OBJECT
public:
    // Adds its rows (field and Remove, status, where it is kept) to `form`; `where` is that
    // last note. The confirmation is asked over `dialogParent`.
    SettingsSecret(const settingsschema::Secret& secret, SecretStore& keychain, QFormLayout* form,
                   const QString& where, QWidget* dialogParent);

    QString secretName() const { return m_secretName; }
    QString service() const { return m_secret.service; }
    // A key is typed and not yet stored.
    bool hasTypedValue() const;
    void clearTyped();

    // Asks the keychain whether a key is stored and says so.
    void check();
    // Writes the typed key, if any. On failure it stays in the field to retry.
    void saveTyped();

Q_SIGNALS:
    void edited();
    // Around every keychain call, so the page can wait for the keychain before saving.
    void keychainCallStarted();
    void keychainCallFinished();
    // The keychain answered about this key (read or write).
    void answered(const QString& secretName);

private:
    void write(const QString& value);
    void confirmRemove();
    void setStatus(const QString& text, bool isError);

    const settingsschema::Secret& m_secret;
    SecretStore& m_keychain;
    QWidget* m_dialogParent;
    QString m_secretName;
    QLineEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace checkstand
