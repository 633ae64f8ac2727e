// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfield.h"

#include "dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace checkstand {

using settingsschema::Kind;
using settingsschema::translate;

QLabel* settingsNote(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void WheelGuard::install(QWidget* widget) {
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        const auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !widget->hasFocus()) {
            // Ignored, so a real wheel event goes on to the scroll area under it.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

namespace {

QWidget* makeInput(const settingsschema::Setting& s) {
    switch (s.kind) {
    case Kind::Integer: {
        auto* spin = new QSpinBox;
        spin->setRange(s.minimum, s.maximum);
        spin->setSuffix(translate(s.suffix));
        WheelGuard::install(spin);
        return spin;
    }
    case Kind::Switch:
        return new QCheckBox(translate(s.label));
    case Kind::Choice: {
        auto* combo = new QComboBox;
        for (const settingsschema::Choice& c : s.choices)
            combo->addItem(translate(c.label), c.value);
        WheelGuard::install(combo);
        return combo;
    }
    case Kind::Text:
    case Kind::Url:
    case Kind::File:
    case Kind::HeaderNames:
        break;
    }
    auto* edit = new QLineEdit;
    if (s.maxLength > 0)
        edit->setMaxLength(s.maxLength);
    edit->setPlaceholderText(translate(s.placeholder));
    return edit;
}

} // namespace

SettingsField::SettingsField(const settingsschema::Setting& setting, QWidget* parent)
    : ValidatedField(makeInput(setting), setting.objectName, parent)
    , m_setting(setting)
    , m_row(this) {
    input()->setToolTip(translate(setting.help));
    if (auto* edit = qobject_cast<QLineEdit*>(input()))
        connect(edit, &QLineEdit::textChanged, this, &SettingsField::edited);
    else if (auto* spin = qobject_cast<QSpinBox*>(input()))
        connect(spin, &QSpinBox::valueChanged, this, &SettingsField::edited);
    else if (auto* box = qobject_cast<QCheckBox*>(input()))
        connect(box, &QCheckBox::toggled, this, &SettingsField::edited);
    else if (auto* combo = qobject_cast<QComboBox*>(input()))
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsField::edited);

    if (setting.kind == Kind::File) {
        m_row = new QWidget;
        auto* browse = new QPushButton(tr("&Browse…"));
        browse->setObjectName(QStringLiteral("browse_") + setting.objectName);
        auto* layout = new QHBoxLayout(m_row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(this, 1);
        layout->addWidget(browse, 0, Qt::AlignTop);
        connect(browse, &QPushButton::clicked, this, &SettingsField::browse);
    }
}

QLabel* SettingsField::makeLabel() {
    if (m_setting.kind == Kind::Switch)
        return nullptr;
    auto* label = new QLabel(translate(m_setting.label));
    // The buddy is this wrapper; it hands focus to the input.
    label->setBuddy(this);
    return label;
}

void SettingsField::setValue(const QVariant& value) {
    if (auto* edit = qobject_cast<QLineEdit*>(input()))
        edit->setText(value.toString());
    else if (auto* spin = qobject_cast<QSpinBox*>(input()))
        spin->setValue(value.toInt());
    else if (auto* box = qobject_cast<QCheckBox*>(input()))
        box->setChecked(value.toBool());
    else if (auto* combo = qobject_cast<QComboBox*>(input())) {
        // A value not in the list (a hand-edited file) selects nothing and is kept, so the
        // error line says so instead of the page silently showing another value.
        const int index = combo->findData(value.toString().trimmed());
        m_unlisted = index < 0 ? value.toString() : QString();
        combo->setCurrentIndex(index);
    }
}

QVariant SettingsField::rawValue() const {
    if (const auto* edit = qobject_cast<const QLineEdit*>(input()))
        return edit->text();
    if (const auto* spin = qobject_cast<const QSpinBox*>(input()))
        return spin->value();
    if (const auto* box = qobject_cast<const QCheckBox*>(input()))
        return box->isChecked();
    if (const auto* combo = qobject_cast<const QComboBox*>(input()))
        return combo->currentIndex() < 0 ? m_unlisted : combo->currentData().toString();
    return {};
}

QVariant SettingsField::value() const {
    return settingsschema::normalized(m_setting, rawValue());
}

void SettingsField::validate() {
    setError(settingsschema::check(m_setting, rawValue()));
}

void SettingsField::browse() {
    auto* edit = qobject_cast<QLineEdit*>(input());
    if (!edit)
        return;
    QString caption = translate(m_setting.label);
    caption.remove(u'&');
    const QString current = edit->text().trimmed();
    const QString file = dialogs::openFileName(
        this, caption, current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        translate(m_setting.fileFilter));
    if (!file.isEmpty()) {
        edit->setText(file);
        setTouched(true);
    }
}

} // namespace checkstand
