// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settingsschema.h"
#include "widgets/validatedfield.h"

#include <QObject>
#include <QVariant>

class QLabel;

namespace checkstand {

// A word-wrapped, plain-text label for the notes and statuses of the Settings page (plain
// text: a status may quote what the keychain or a server said).
QLabel* settingsNote(const QString& text);

// Keeps the mouse wheel from changing a spin box or combo box that the pointer only passes
// over while the operator scrolls the page (a timeout once went from 7 s to 1 s that way): the
// wheel changes it only once it has focus, given by a click or Tab.
class WheelGuard : public QObject {
public:
    // Gives `widget` Qt::StrongFocus (so the wheel does not focus it either) and filters its
    // wheel events. The guard is a child of `widget`.
    static void install(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

// One row of the settings table as an input: a QLineEdit, a QSpinBox, a QCheckBox or a
// QComboBox as its kind says, configured from the row (limits, placeholder, help), with
// ValidatedField's error line. It loads raw values and yields normalized ones, so the page builds,
// reloads, checks and saves every setting in one loop each. Not for Kind::HeaderNames (the page's
// header list).
class SettingsField : public ValidatedField {
    Q_OBJECT
public:
    explicit SettingsField(const settingsschema::Setting& setting, QWidget* parent = nullptr);

    const settingsschema::Setting& setting() const { return m_setting; }
    // What the form shows: this field, or for a file the field with its Browse button.
    QWidget* row() const { return m_row; }
    // The form's label with its mnemonic, its buddy this field; nullptr for a switch, whose
    // box carries its own text.
    QLabel* makeLabel();

    // Shows `value` as saved (not normalized: the operator sees what the file holds).
    void setValue(const QVariant& value);
    // What would be saved: settingsschema::normalized() of the input.
    QVariant value() const;
    // Updates the error line from settingsschema::check().
    void validate();

Q_SIGNALS:
    // The value changed, by the operator or by setValue().
    void edited();

private:
    void browse();
    QVariant rawValue() const;

    const settingsschema::Setting& m_setting;
    QWidget* m_row = nullptr;
    QString m_unlisted; // Choice: the value loaded when it is none of the list's
};

} // namespace checkstand
