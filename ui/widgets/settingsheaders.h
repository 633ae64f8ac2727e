// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace checkstand {

class SecretStore;

// The Order Checker's extra headers on the Settings page. Each header's name goes to the
// settings file, its value to the keychain only (typed, never shown back). A saved header
// cannot be renamed, because its value is stored under its name: remove it and add the new one.
// Removing is an edit like any other: the stored value is deleted on Save.
class SettingsHeaderList : public QWidget {
    Q_OBJECT
public:
    // `listName` names the widget holding the rows (the table's objectName); `where` says where
    // the values are kept, shown under the list.
    SettingsHeaderList(SecretStore& keychain, const QString& listName, const QString& where,
                       QWidget* parent = nullptr);
    ~SettingsHeaderList() override;

    // Shows the saved names, dropping unsaved rows and removals (not failed deletions: those
    // are retried on the next save).
    void load(const QStringList& savedNames);
    // Asks the keychain whether a value is stored for each saved header.
    void checkValues();

    void validate();
    bool hasErrors() const;
    // Shows every row's error, also on rows not edited yet.
    void touchAll();
    // Saving would change something: the names differ from `savedNames`, a value is typed, or
    // a removed header's value is still to be deleted.
    bool hasUnsavedChanges(const QStringList& savedNames) const;

    // The names to save, in order; rows added and left blank are dropped.
    QStringList takeNames();
    // Once `names` are saved: each typed value goes to the keychain, and the value of each
    // removed header not in `names` is deleted.
    void saveValues(const QStringList& names);

Q_SIGNALS:
    void edited();
    void keychainCallStarted();
    void keychainCallFinished();
    // The keychain answered about "orderchecker.header.<name>".
    void secretStatusChanged(const QString& secretName);

private:
    class Row;

    Row* addRow(const QString& savedName);
    void removeRow(Row* row);
    void checkValue(Row* row);
    void writeValue(Row* row, const QString& name, const QString& value);
    void deleteValue(const QString& name);
    void setStatus(const QString& text, bool isError);

    SecretStore& m_keychain;
    QWidget* m_rowsWidget;
    QVBoxLayout* m_rowsLayout;
    QLabel* m_status;
    bool m_statusIsError = false;
    QList<Row*> m_rows;
    // Saved headers removed since the last save or reload; their values are deleted on Save.
    QStringList m_removed;
    // Removed headers whose value the keychain failed to delete; tried again on the next Save.
    QStringList m_undeleted;
};

} // namespace checkstand
