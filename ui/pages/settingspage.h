#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace checkstand {

class Runtime;
class SecretStore;
class ValidatedField;

// Edits AppSettings (endpoints, store, postback URLs, Order Checker, Elevate, network, history)
// and the secrets: the ChargeAfter private key, the Elevate API key and the values of the Order
// Checker's extra headers. Secrets go to the OS keychain only and are never read back into the
// form: the page only learns whether one is stored. The keychain is first asked when the page
// is shown, never while the app starts, because a locked keyring can take seconds to answer.
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

public Q_SLOTS:
    // Fills the form from the saved settings, dropping unsaved edits.
    void reload();
    // Writes the settings, then every secret that was typed or removed. False when the form
    // has errors.
    bool save();
    // Asks the keychain whether the ChargeAfter key is stored.
    void checkStoredKey();
    // Asks the keychain which secrets are stored: both API keys and every header value.
    void checkStoredSecrets();

Q_SIGNALS:
    void saved();
    // The keychain answered about the ChargeAfter key (read or write).
    void keyStatusChanged();
    // The keychain answered about any secret the page shows: "chargeafter", "elevate" or
    // "orderchecker.header.<name>".
    void secretStatusChanged(const QString& secretName);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // An API key: typed, written to the keychain, never read back. The texts differ per service.
    struct KeyField {
        QString secretName;
        QLineEdit* edit = nullptr;
        QLabel* status = nullptr;
        QPushButton* remove = nullptr;
        QString missingPlaceholder; // in the empty field when no key is stored
        QString foundText;          // status when a key is stored
        QString missingText;        // status when none is
        QString storedText;         // status after a key was saved
        QString removedText;        // status after the key was removed
        QString removeTitle;
        QString removeQuestion;
    };
    // One extra Order Checker header: its name goes to settings, its value to the keychain.
    class HeaderRow;

    ValidatedField* addLineEdit(const QString& name);
    QWidget* buildEndpointsGroup();
    QWidget* buildStoreGroup();
    QWidget* buildChargeAfterGroup();
    QWidget* buildOrderCheckerGroup();
    QWidget* buildElevateGroup();
    QWidget* buildPricingGroup();
    QWidget* buildAcmeGroup();
    QWidget* buildNetworkGroup();
    QWidget* buildButtonBar();
    void addKeyRow(KeyField& key, const QString& objectName, const QString& label,
                   const QString& accessibleName, QFormLayout* form);
    void validateForm();
    void validateHeaders();
    void beginKeychainCall();
    void endKeychainCall();

    void checkKey(KeyField& key);
    void writeKey(KeyField& key, const QString& value);
    void removeKey(KeyField& key);
    void keyAnswered(const KeyField& key);
    static void setKeyStatus(KeyField& key, const QString& text, bool isError);

    HeaderRow* addHeaderRow(const QString& savedName);
    void removeHeaderRow(HeaderRow* row);
    void clearHeaderRows();
    void checkHeaderValue(HeaderRow* row);
    void writeHeaderValue(HeaderRow* row, const QString& name, const QString& value);
    void deleteHeaderValue(const QString& name);
    void setHeadersStatus(const QString& text, bool isError);

    void setStatus(const QString& text, bool isError);

    Runtime& m_runtime;
    SecretStore& m_keychain;
    bool m_secretsChecked = false;
    int m_keychainBusy = 0;

    QList<ValidatedField*> m_fields;
    QHash<QString, ValidatedField*> m_endpoints;
    ValidatedField* m_storeId = nullptr;
    ValidatedField* m_storeName = nullptr;
    ValidatedField* m_region = nullptr;
    ValidatedField* m_currency = nullptr;
    ValidatedField* m_finalPostback = nullptr;
    ValidatedField* m_dataPostback = nullptr;
    ValidatedField* m_caFile = nullptr;
    ValidatedField* m_elevateMarket = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_checkerTimeout = nullptr;
    QSpinBox* m_elevateMaxInFlight = nullptr;
    QCheckBox* m_allowApiErrors = nullptr;
    QCheckBox* m_allowItemErrors = nullptr;
    KeyField m_chargeAfterKey;
    KeyField m_elevateKey;
    KeyField m_aifiToken;
    KeyField m_acmeKey;
    QCheckBox* m_priceIncludesTax = nullptr;
    QCheckBox* m_allowLocalPrices = nullptr;
    QSpinBox* m_aifiStoreId = nullptr;
    ValidatedField* m_aifiUniqueStoreId = nullptr;
    ValidatedField* m_acmeHeader = nullptr;

    QWidget* m_headers = nullptr;
    QVBoxLayout* m_headersLayout = nullptr;
    QList<HeaderRow*> m_headerRows;
    QLabel* m_headersStatus = nullptr;
    bool m_headersStatusIsError = false;
    // Saved headers the operator removed since the last save or revert; their values are deleted
    // from the keychain on Save.
    QStringList m_removedHeaders;
    // Removed headers whose value the keychain failed to delete; tried again on the next Save.
    QStringList m_undeletedHeaders;

    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace checkstand
