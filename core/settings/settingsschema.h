// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The one table of settings: for each key its default, its limits, the rule its value must
// follow and how it is edited (widget kind, group, label, help). AppSettings takes its defaults
// from here and the Settings page is generated from it, so a setting is written once. No
// Widgets here: the kinds name what to edit, the UI decides how.
namespace checkstand::settingsschema {

// What the value is and, so, how it is edited.
enum class Kind {
    Text,        // QString, one line, trimmed
    Url,         // QString: empty, or an address EndpointPolicy allows
    File,        // QString: empty, or a readable file (picked with Browse)
    Integer,     // int within [minimum, maximum]
    Switch,      // bool
    HeaderNames, // QStringList of HTTP header names; each value is a secret, edited with it
    Choice,      // QString: one of `choices`' values, picked from a list
};

// What a non-empty Text value must look like. An empty one is judged by `requiredText`.
enum class Format { Any, RegionCode, CurrencyCode, NoSpaces, HeaderName };

// A box on the Settings page. A service's group also holds its secret and "Test connection".
struct Group {
    QString id;                  // "store", a service id, "network"
    const char* title = nullptr; // untranslated; null for a service: service::displayName(id)
    const char* note = nullptr;  // shown at the top of the group; may be null
    QString objectName;
    bool isService = false;
};

// One entry of a Choice's list: the value stored, and the words shown for it.
struct Choice {
    QString value;
    const char* label = nullptr; // untranslated, through translate(); a language's own name
                                 // is not in the .ts, so it stays as written
};

struct Setting {
    QString key;
    Kind kind = Kind::Text;
    QString group;
    QString objectName; // of its input (or the header list): tests and screen readers use it
    const char* label = nullptr;        // with its & mnemonic; a Switch's own text
    const char* help = nullptr;         // tooltip; may be null
    const char* placeholder = nullptr;  // may be null
    const char* suffix = nullptr;       // Integer: " s", " days"; may be null
    const char* fileFilter = nullptr;   // File: the Browse dialog's filter
    QVariant defaultValue;              // of the type `kind` names
    int minimum = 0;                    // Integer
    int maximum = 0;                    // Integer
    int maxLength = 0;                  // Text; 0: QLineEdit's own limit
    const char* requiredText = nullptr; // non-null: may not be empty; says so to the operator
    Format format = Format::Any;        // Text
    const char* formatText = nullptr;   // what a value breaking `format` is told
    bool upperCase = false;             // Text: stored in capitals ("us" -> "US")
    bool emptyMeansDefault = false;     // Text: left empty, the default is stored
    QList<Choice> choices = {};         // Choice: the only values it may hold, in list order
};

// The API key of a service: typed on its group, written to the keychain only and never read
// back. Its keychain name is service::info(service).secretName. All texts untranslated.
struct Secret {
    QString service;
    QString objectName; // of its QLineEdit; "<name>Status", "remove<Name>" for the others
    const char* label = nullptr;
    const char* accessibleName = nullptr;
    const char* missingPlaceholder = nullptr; // in the empty field when none is stored
    const char* foundText = nullptr;          // status when one is stored
    const char* missingText = nullptr;        // status when none is
    const char* storedText = nullptr;         // status after it was saved
    const char* removedText = nullptr;        // status after it was removed
    const char* removeTitle = nullptr;
    const char* removeQuestion = nullptr;
};

// In the order the page shows them.
const QList<Group>& groups();
const QList<Setting>& settings();
const QList<Secret>& secrets();

// The row of `key`, or nullptr when the table has none.
const Setting* find(const QString& key);
// The rows of `group`, in table order.
QList<const Setting*> inGroup(const QString& group);
// The secret shown in `service`'s group, or nullptr.
const Secret* secretOf(const QString& service);

// `text` from the table in the current language ("" for null).
QString translate(const char* text);

// `value` as it is stored: typed as `kind` says, trimmed, in capitals where asked, within the
// limits, the default for an empty value where asked. The page compares and saves these.
QVariant normalized(const Setting& setting, const QVariant& value);
// Empty when `value` may be saved; otherwise what is wrong with it, in words.
QString check(const Setting& setting, const QVariant& value);

// RFC 9110 "token": what an HTTP header field name may be made of (non-empty).
bool isHeaderName(const QString& name);

} // namespace checkstand::settingsschema
