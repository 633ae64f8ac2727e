// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsheaders.h"

#include "orderchecker/ordercheckclient.h"
#include "palette.h"
#include "secrets/secretstore.h"
#include "settings/settingsschema.h"
#include "settingsfield.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// A header value goes on one request line: a line break would start a header of its own.
bool hasControlCharacters(const QString& value) {
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

// One header: name, value (typed, never shown back), remove, and under them the row's error
// and what the keychain said about its value.
class SettingsHeaderList::Row : public QWidget {
public:
    explicit Row(const QString& savedName)
        : saved(savedName)
        , name(new QLineEdit(savedName))
        , value(new QLineEdit)
        , remove(new QPushButton(SettingsHeaderList::tr("Remove")))
        , error(new QLabel)
        , status(new QLabel) {
        setObjectName(QStringLiteral("checkerHeaderRow"));
        name->setObjectName(QStringLiteral("checkerHeaderName"));
        name->setMaxLength(100);
        name->setPlaceholderText(SettingsHeaderList::tr("Name, such as X-Api-Token"));
        name->setAccessibleName(SettingsHeaderList::tr("Header name"));
        if (!saved.isEmpty())
            lockName();
        value->setObjectName(QStringLiteral("checkerHeaderValue"));
        value->setEchoMode(QLineEdit::Password);
        value->setAttribute(Qt::WA_InputMethodEnabled, false);
        value->setAccessibleName(SettingsHeaderList::tr("Header value"));
        value->setPlaceholderText(saved.isEmpty() ? SettingsHeaderList::tr("Value") : QString());
        remove->setObjectName(QStringLiteral("removeCheckerHeader"));
        remove->setToolTip(SettingsHeaderList::tr("Remove this header; its stored value is "
                                                  "deleted when you save."));
        for (QLabel* label : {error, status}) {
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->hide();
        }
        error->setObjectName(QStringLiteral("checkerHeaderNameError"));
        error->setStyleSheet(palette::errorStyleSheet());
        status->setObjectName(QStringLiteral("checkerHeaderStatus"));

        auto* grid = new QGridLayout(this);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->addWidget(name, 0, 0);
        grid->addWidget(value, 0, 1);
        grid->addWidget(remove, 0, 2);
        grid->addWidget(error, 1, 0, 1, 3);
        grid->addWidget(status, 2, 0, 1, 3);
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 3);
    }

    // The value is stored under the saved name, so a saved header keeps it.
    void lockName() {
        name->setReadOnly(true);
        name->setToolTip(SettingsHeaderList::tr("To rename a header, remove it and add the new "
                                                "name with its value."));
    }

    QString nameText() const { return name->text().trimmed(); }
    // A row added and left empty: not an error, and not saved.
    bool isBlank() const {
        return saved.isEmpty() && nameText().isEmpty() && value->text().isEmpty();
    }
    bool hasError() const { return !problem.isEmpty(); }

    void setProblem(const QString& message) {
        problem = message;
        updateError();
    }
    void setTouched() {
        touched = true;
        updateError();
    }
    void setStatus(const QString& message, bool isError) {
        status->setText(message);
        status->setStyleSheet(palette::statusStyleSheet(isError));
        status->setVisible(!message.isEmpty());
    }

    // The name as saved in settings; empty for a row added since the last save.
    QString saved;
    QLineEdit* name;
    QLineEdit* value;
    QPushButton* remove;

private:
    void updateError() {
        const bool shown = touched && !problem.isEmpty();
        error->setText(shown ? problem : QString());
        error->setVisible(shown);
        name->setAccessibleDescription(shown ? problem : QString());
    }

    QLabel* error;
    QLabel* status;
    QString problem;
    bool touched = false;
};

SettingsHeaderList::SettingsHeaderList(SecretStore& keychain, const QString& listName,
                                       const QString& where, QWidget* parent)
    : QWidget(parent)
    , m_keychain(keychain)
    , m_rowsWidget(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
    , m_status(settingsNote(QString())) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsWidget->setObjectName(listName);
    m_rowsWidget->setAccessibleName(tr("Extra headers"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rowsWidget);
    auto* add = new QPushButton(tr("+ &Add header"));
    add->setObjectName(QStringLiteral("addCheckerHeader"));
    auto* addBar = new QHBoxLayout;
    addBar->addWidget(add);
    addBar->addStretch();
    layout->addLayout(addBar);
    m_status->setObjectName(QStringLiteral("checkerHeadersStatus"));
    layout->addWidget(m_status);
    layout->addWidget(settingsNote(where));

    connect(add, &QPushButton::clicked, this, [this] {
        Row* row = addRow(QString());
        Q_EMIT edited();
        row->name->setFocus();
    });
}

SettingsHeaderList::~SettingsHeaderList() = default;

void SettingsHeaderList::load(const QStringList& savedNames) {
    const QList<Row*> rows = m_rows;
    for (Row* row : rows)
        removeRow(row);
    m_removed.clear();
    setStatus(QString(), false);
    for (const QString& name : savedNames) {
        if (!name.trimmed().isEmpty())
            addRow(name.trimmed());
    }
}

void SettingsHeaderList::checkValues() {
    for (Row* row : std::as_const(m_rows))
        checkValue(row);
}

void SettingsHeaderList::validate() {
    // Checkstand sets these on every request itself.
    static const QStringList reserved = {
        QStringLiteral("Accept"),         QStringLiteral("Connection"),
        QStringLiteral("Content-Length"), QStringLiteral("Content-Type"),
        QStringLiteral("Host"),           QStringLiteral("Transfer-Encoding")};
    QSet<QString> seen;
    for (Row* row : std::as_const(m_rows)) {
        const QString name = row->nameText();
        const QString value = row->value->text();
        QString problem;
        if (row->isBlank())
            problem.clear();
        else if (name.isEmpty())
            problem = tr("Enter the header name, or remove this row.");
        else if (!settingsschema::isHeaderName(name))
            problem = tr("A header name may contain only letters, digits and marks such as - or "
                         "_; no spaces or colons.");
        else if (reserved.contains(name, Qt::CaseInsensitive))
            problem = tr("Checkstand sets %1 itself; choose another header.").arg(name);
        else if (seen.contains(name.toLower()))
            problem = tr("%1 is already in the list (header names ignore case).").arg(name);
        else if (hasControlCharacters(value))
            problem = tr("The value cannot contain line breaks or other control characters.");
        else if (row->saved.isEmpty() && value.isEmpty())
            problem = tr("Enter the value to send with %1.").arg(name);
        if (!name.isEmpty())
            seen.insert(name.toLower());
        row->setProblem(problem);
    }
}

bool SettingsHeaderList::hasErrors() const {
    for (const Row* row : m_rows) {
        if (row->hasError())
            return true;
    }
    return false;
}

void SettingsHeaderList::touchAll() {
    for (Row* row : std::as_const(m_rows))
        row->setTouched();
}

bool SettingsHeaderList::hasUnsavedChanges(const QStringList& savedNames) const {
    if (!m_removed.isEmpty() || !m_undeleted.isEmpty())
        return true;
    QStringList names;
    for (const Row* row : m_rows) {
        if (!row->value->text().isEmpty())
            return true;
        if (!row->isBlank())
            names << row->nameText();
    }
    return names != savedNames;
}

QStringList SettingsHeaderList::takeNames() {
    QStringList names;
    const QList<Row*> rows = m_rows;
    for (Row* row : rows) {
        if (row->isBlank())
            removeRow(row);
        else
            names << row->nameText();
    }
    return names;
}

void SettingsHeaderList::saveValues(const QStringList& names) {
    setStatus(QString(), false);
    for (Row* row : std::as_const(m_rows)) {
        const QString name = row->nameText();
        if (row->saved != name) {
            // Saved now: from here on the value lives under this name.
            row->saved = name;
            row->lockName();
        }
        if (!row->value->text().isEmpty())
            writeValue(row, name, row->value->text());
    }
    // A removed header's value is deleted, unless the same name is in the list again.
    QStringList toDelete = m_removed + m_undeleted;
    toDelete.removeDuplicates();
    m_removed.clear();
    m_undeleted.clear();
    for (const QString& name : std::as_const(toDelete)) {
        if (!names.contains(name))
            deleteValue(name);
    }
}

SettingsHeaderList::Row* SettingsHeaderList::addRow(const QString& savedName) {
    auto* row = new Row(savedName);
    m_rowsLayout->addWidget(row);
    m_rows.append(row);
    connect(row->name, &QLineEdit::textEdited, this, [row] { row->setTouched(); });
    connect(row->value, &QLineEdit::textEdited, this, [row] { row->setTouched(); });
    connect(row->name, &QLineEdit::textChanged, this, &SettingsHeaderList::edited);
    connect(row->value, &QLineEdit::textChanged, this, &SettingsHeaderList::edited);
    connect(row->remove, &QPushButton::clicked, this, [this, row] {
        if (!row->saved.isEmpty()) {
            m_removed << row->saved;
            setStatus(tr("%1 and its stored value are removed when you save.").arg(row->saved),
                      false);
        }
        removeRow(row);
        Q_EMIT edited();
    });
    return row;
}

void SettingsHeaderList::removeRow(Row* row) {
    m_rows.removeOne(row);
    // Out of the page at once; deleted later because its own button may be calling us.
    row->hide();
    row->setParent(nullptr);
    row->deleteLater();
}

void SettingsHeaderList::checkValue(Row* row) {
    if (row->saved.isEmpty())
        return;
    const QString secret = orderchecker::headerSecretName(row->saved);
    Q_EMIT keychainCallStarted();
    row->setStatus(tr("Checking the keychain…"), false);
    QPointer<Row> guard(row);
    m_keychain.read(secret, this, [this, guard, secret](const SecretResult& result) {
        // The row may have been removed or reloaded while the keychain was answering.
        if (Row* r = guard.data()) {
            switch (result.status) {
            case SecretResult::Status::Found:
                r->value->setPlaceholderText(tr("(stored)"));
                r->setStatus(QString(), false);
                break;
            case SecretResult::Status::NotFound:
                r->value->setPlaceholderText(tr("Value"));
                r->setStatus(
                    tr("No value is stored for %1; checks fail until one is saved.").arg(r->saved),
                    true);
                break;
            case SecretResult::Status::Unavailable:
            case SecretResult::Status::TimedOut:
                r->value->setPlaceholderText(QString());
                r->setStatus(result.error, true);
                break;
            }
        }
        Q_EMIT keychainCallFinished();
        Q_EMIT secretStatusChanged(secret);
    });
}

void SettingsHeaderList::writeValue(Row* row, const QString& name, const QString& value) {
    const QString secret = orderchecker::headerSecretName(name);
    Q_EMIT keychainCallStarted();
    row->setStatus(tr("Saving the value in the keychain…"), false);
    QPointer<Row> guard(row);
    m_keychain.write(secret, value, this, [this, guard, name, secret](const SecretWriteResult& r) {
        if (Row* live = guard.data()) {
            if (!r.ok) {
                // The typed value stays in the field for another Save; it is never written
                // anywhere else.
                live->setStatus(tr("The value of %1 was not stored: %2").arg(name, r.error), true);
            } else {
                live->value->clear();
                live->value->setPlaceholderText(tr("(stored)"));
                live->setStatus(tr("The value is stored in the keychain."), false);
            }
        } else if (!r.ok) {
            setStatus(tr("The value of %1 was not stored: %2").arg(name, r.error), true);
        }
        Q_EMIT keychainCallFinished();
        Q_EMIT secretStatusChanged(secret);
    });
}

void SettingsHeaderList::deleteValue(const QString& name) {
    const QString secret = orderchecker::headerSecretName(name);
    Q_EMIT keychainCallStarted();
    m_keychain.write(secret, QString(), this, [this, name, secret](const SecretWriteResult& r) {
        if (!r.ok) {
            m_undeleted << name;
            setStatus(tr("The value of the removed header %1 is still in the keychain: %2. Save "
                         "again to retry.")
                          .arg(name, r.error),
                      true);
        } else if (!m_statusIsError) {
            setStatus(tr("The value of %1 was deleted from the keychain.").arg(name), false);
        }
        Q_EMIT keychainCallFinished();
        Q_EMIT secretStatusChanged(secret);
    });
}

void SettingsHeaderList::setStatus(const QString& text, bool isError) {
    m_status->setText(text);
    m_status->setStyleSheet(palette::statusStyleSheet(isError));
    m_statusIsError = isError && !text.isEmpty();
}

} // namespace checkstand
