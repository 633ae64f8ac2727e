// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace checkstand {

class Doctor;
class Runtime;
class SecretStore;
class SettingsField;
class SettingsHeaderList;
class SettingsSecret;
struct DoctorReport;
namespace settingsschema {
struct Group;
struct Secret;
struct Setting;
} // namespace settingsschema

// Edits AppSettings and the secrets. The page is generated from the settings table
// (settingsschema.h): one group per table group, one field per setting, so building,
// reloading, checking and saving are one loop each. A service's group also has its API key
// and a "Test connection" that runs the `doctor` check for that service.
//
// Secrets go to the OS keychain only and are never read back into the form: the page only
// learns whether one is stored. The keychain is first asked when the page is shown, never while
// the app starts, because a locked keyring can take seconds to answer.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Runtime& runtime, QWidget* parent = nullptr);
    // `keychain` is where secrets are kept: Runtime::keychain() normally, a memory store in tests.
    SettingsPage(Runtime& runtime, SecretStore& keychain, QWidget* parent = nullptr);
    ~SettingsPage() override;

    bool hasErrors() const;
    // True while the keychain is being read or written; Save waits for it.
    bool isKeychainBusy() const { return m_keychainBusy > 0; }
    // The form differs from what is saved: a setting edited, a key typed, a header added or
    // removed (or a removed header's value still to delete).
    bool hasUnsavedChanges() const;
    // For the main window before it leaves this page. True when the page may be left: nothing
    // unsaved, or the operator chose Save (and it saved) or Discard (edits dropped). False on
    // Cancel, or when Save found errors (they are shown; the operator stays to correct them).
    bool confirmLeave();
    // A "Test connection" of `service` is waiting for its answer.
    bool isTestingConnection(const QString& service) const;

public Q_SLOTS:
    // Fills the form from the saved settings, dropping unsaved edits.
    void reload();
    // Writes the settings, then every secret that was typed or removed. False when the form
    // has errors.
    bool save();
    // Asks the keychain whether the ChargeAfter key is stored.
    void checkStoredKey();
    // Asks the keychain which secrets are stored: every API key and every header value.
    void checkStoredSecrets();
    // Runs the doctor check of `service` (its saved endpoint, TLS and secret) and shows the
    // result in words next to its "Test connection" button.
    void testConnection(const QString& service);

Q_SIGNALS:
    void saved();
    // The keychain answered about the ChargeAfter key (read or write).
    void keyStatusChanged();
    // The keychain answered about any secret the page shows: a service's secret name or
    // "orderchecker.header.<name>".
    void secretStatusChanged(const QString& secretName);
    // hasUnsavedChanges() became true or false.
    void unsavedChangesChanged(bool unsaved);
    // A "Test connection" finished; `ok` is the doctor's verdict.
    void connectionTested(const QString& service, bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct ConnectionTest {
        QPushButton* button = nullptr;
        QLabel* result = nullptr;
        QPointer<Doctor> doctor;
    };

    QWidget* buildGroup(const settingsschema::Group& group);
    void addField(const settingsschema::Setting& setting, QFormLayout* form);
    void addSecret(const settingsschema::Secret& secret, QFormLayout* form);
    void addHeaderList(const settingsschema::Setting& setting, QFormLayout* form);
    void addConnectionTest(const QString& service, QFormLayout* form);
    QWidget* buildButtonBar();

    // Checks every field and brings the marker and the buttons up to date.
    void updateState();
    bool groupHasUnsavedChanges(const QString& group) const;
    QStringList savedHeaderNames() const;
    void showConnectionResult(const QString& service, const DoctorReport& report);
    void beginKeychainCall();
    void endKeychainCall();
    void setStatus(const QString& text, bool isError);
    void journalSecret(const QString& secretName);

    Runtime& m_runtime;
    SecretStore& m_keychain;
    bool m_secretsChecked = false;
    int m_keychainBusy = 0;
    // reload() sets every field in turn; the state is brought up to date once, at the end.
    // True until the constructor's first reload(), while the widgets are being built.
    bool m_loading = true;
    bool m_wasDirty = false;

    QList<SettingsField*> m_fields;
    QList<SettingsSecret*> m_secrets;
    SettingsHeaderList* m_headers = nullptr;
    QString m_headersKey;
    QHash<QString, ConnectionTest> m_tests;
    // Keys typed and saved, not yet confirmed by the keychain (set, not removed, when it does).
    QSet<QString> m_secretsBeingSet;

    QScrollArea* m_scroll = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_unsaved = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace checkstand
