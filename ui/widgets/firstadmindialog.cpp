// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstadmindialog.h"

#include "audit/auditjournal.h"
#include "operators/operatorsession.h"
#include "palette.h"
#include "widgets/wordslabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QLineEdit* pinEdit(const char* name, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(8);
    // An input method would see (and might keep) what is typed.
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    return edit;
}

} // namespace

FirstAdminDialog::FirstAdminDialog(OperatorSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("The first administrator"));

    auto* intro = wordsLabel(QStringLiteral("firstAdminIntro"));
    intro->setText(tr("Nobody can use this till yet. Add its first administrator: they sign in "
                      "with the operator number and PIN below, and add the other operators."));
    auto* rules = wordsLabel(QStringLiteral("firstAdminRules"));
    rules->setText(tr("The operator number has 1 to 6 digits. The PIN has 4 to 8 digits, not "
                      "all the same and not in a row (not 1111, not 1234)."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstAdminName"));
    m_name->setMaxLength(60);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("firstAdminNumber"));
    m_number->setMaxLength(6);
    m_pin = pinEdit("firstAdminPin", this);
    m_pinAgain = pinEdit("firstAdminPinAgain", this);

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QLineEdit* field, const QString& name) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(name);
        form->addRow(label, field);
    };
    row(tr("&Name"), m_name, tr("Administrator's name"));
    row(tr("Operator n&umber"), m_number, tr("Administrator's operator number"));
    row(tr("&PIN"), m_pin, tr("PIN"));
    row(tr("PIN &again"), m_pinAgain, tr("PIN again"));

    m_message = wordsLabel(QStringLiteral("firstAdminMessage"));
    m_message->setStyleSheet(palette::errorStyleSheet());
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create administrator"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("firstAdminCreate"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
    m_name->setFocus(Qt::OtherFocusReason);
}

QString FirstAdminDialog::messageText() const {
    return m_message->text();
}

void FirstAdminDialog::say(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FirstAdminDialog::accept() {
    if (m_created) {
        QDialog::accept();
        return;
    }
    QByteArray pin = m_pin->text().toUtf8();
    QByteArray again = m_pinAgain->text().toUtf8();
    const auto wipe = [&pin, &again] {
        pin.fill('\0');
        again.fill('\0');
    };
    if (pin != again) {
        wipe();
        m_pin->clear();
        m_pinAgain->clear();
        say(tr("The two PINs differ: type the PIN twice, the same."));
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString why;
    OperatorStore& store = m_session.store();
    // Someone may have added an operator meanwhile (checkstand-ctl): then this is no first start.
    const bool empty = store.isEmpty();
    if (!empty) {
        wipe();
        say(store.lastError() ? store.lastError().message
                              : tr("An operator was added meanwhile: sign in on the lock screen."));
        return;
    }
    const std::optional<Operator> op =
        store.add(m_name->text(), m_number->text(), Role::Administrator, pin, {}, &why);
    if (!op) {
        wipe();
        say(why);
        return;
    }
    m_created = op;
    const SignIn signedIn = m_session.signIn(op->number, pin);
    wipe();
    m_pin->clear();
    m_pinAgain->clear();
    if (signedIn.ok())
        m_session.journal(QString::fromLatin1(auditkind::kOperatorChanged),
                          {{QStringLiteral("change"), QStringLiteral("added")},
                           {QStringLiteral("operatorNumber"), op->number},
                           {QStringLiteral("role"), toString(op->role)},
                           {QStringLiteral("firstStart"), true}});
    QDialog::accept();
}

} // namespace checkstand
