#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace checkstand {

class Runtime;
class SecretStore;
class ValidatedField;

// Edits AppSettings (endpoints, store, postback URLs, network, history) and the ChargeAfter
// private key. The key goes to the OS keychain only and is never read back into the form:
// the page only learns whether one is stored. The keychain is first asked when the page is
// shown, never while the app starts, because a locked keyring can take seconds to answer.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Runtime& runtime, QWidget* parent = nullptr);
    // `keychain` is where the key is kept: Runtime::keychain() normally, a memory store in tests.
    SettingsPage(Runtime& runtime, SecretStore& keychain, QWidget* parent = nullptr);

    bool hasErrors() const;

public Q_SLOTS:
    // Fills the form from the saved settings, dropping unsaved edits.
    void reload();
    // Writes the settings, and the key when one was typed. False when the form has errors.
    bool save();
    void checkStoredKey();

Q_SIGNALS:
    void saved();
    void keyStatusChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ValidatedField* addLineEdit(const QString& name);
    QWidget* buildEndpointsGroup();
    QWidget* buildStoreGroup();
    QWidget* buildChargeAfterGroup();
    QWidget* buildNetworkGroup();
    QWidget* buildButtonBar();
    void validateForm();
    void writeKey(const QString& value);
    void removeKey();
    void setKeyStatus(const QString& text, bool isError);
    void setStatus(const QString& text, bool isError);

    Runtime& m_runtime;
    SecretStore& m_keychain;
    bool m_keyChecked = false;
    bool m_keyBusy = false;

    QList<ValidatedField*> m_fields;
    QHash<QString, ValidatedField*> m_endpoints;
    ValidatedField* m_storeId = nullptr;
    ValidatedField* m_storeName = nullptr;
    ValidatedField* m_region = nullptr;
    ValidatedField* m_currency = nullptr;
    ValidatedField* m_finalPostback = nullptr;
    ValidatedField* m_dataPostback = nullptr;
    ValidatedField* m_caFile = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_keyStatus = nullptr;
    QPushButton* m_removeKey = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace checkstand
