// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockscreen.h"

#include "operators/operatorsession.h"
#include "palette.h"
#include "widgets/firstadmindialog.h"
#include "widgets/wordslabel.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace checkstand {

FirstAdminDialog* LockScreen::firstAdminDialog() const {
    return m_firstAdmin.data();
}

LockScreen::LockScreen(OperatorSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("lockScreen"));

    auto* title = new QLabel(tr("Sign in to the till"));
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    m_environment = wordsLabel(QStringLiteral("lockEnvironment"));

    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("lockNumber"));
    m_number->setAccessibleName(tr("Operator number or badge"));
    m_number->setPlaceholderText(tr("Number, or scan your badge"));
    m_number->setMaxLength(64); // a badge code is longer than a number
    m_pin = new QLineEdit;
    m_pin->setObjectName(QStringLiteral("lockPin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    // An input method would see (and might keep) what is typed.
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_signIn = new QPushButton(tr("&Sign in"));
    m_signIn->setObjectName(QStringLiteral("lockSignIn"));
    m_createAdmin = new QPushButton(tr("Create the first &administrator…"));
    m_createAdmin->setObjectName(QStringLiteral("lockCreateAdmin"));
    m_createAdmin->hide();
    m_message = wordsLabel(QStringLiteral("lockMessage"));

    auto* numberLabel = new QLabel(tr("Operator &number"));
    numberLabel->setBuddy(m_number);
    auto* pinLabel = new QLabel(tr("&PIN"));
    pinLabel->setBuddy(m_pin);
    auto* form = new QFormLayout;
    form->addRow(numberLabel, m_number);
    form->addRow(pinLabel, m_pin);

    // A box in the middle of the window: the pages behind it are not on screen at all.
    auto* box = new QFrame;
    box->setObjectName(QStringLiteral("lockBox"));
    box->setFrameShape(QFrame::StyledPanel);
    box->setMaximumWidth(460);
    auto* inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(m_environment);
    inner->addLayout(form);
    inner->addWidget(m_signIn, 0, Qt::AlignRight);
    inner->addWidget(m_message);
    inner->addWidget(m_createAdmin, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    // A scanner ends a badge with Enter: no PIN, so the badge signs in; a typed number goes on
    // to the PIN.
    connect(m_number, &QLineEdit::returnPressed, this, [this] {
        if (m_pin->text().isEmpty() && !m_number->text().trimmed().isEmpty())
            submit();
        else
            m_pin->setFocus(Qt::OtherFocusReason);
    });
    connect(m_pin, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_signIn, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_createAdmin, &QPushButton::clicked, this, &LockScreen::openFirstAdmin);
    setFocusProxy(m_number);
}

QString LockScreen::messageText() const {
    return m_message->text();
}

void LockScreen::setEnvironment(const QString& text) {
    m_environment->setText(text);
}

void LockScreen::say(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(palette::statusStyleSheet(isError));
}

void LockScreen::reset(const QString& message) {
    m_number->clear();
    m_pin->clear();
    say(message, false);
    m_number->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit() {
    const QString who = m_number->text().trimmed();
    if (who.isEmpty()) {
        say(tr("Type your operator number, or scan your badge."), true);
        m_number->setFocus(Qt::OtherFocusReason);
        return;
    }
    QByteArray pin = m_pin->text().toUtf8();
    m_pin->clear();
    const bool badge = pin.isEmpty();
    const SignIn result = m_session.signIn(who, pin);
    pin.fill('\0');
    if (result.ok()) {
        m_number->clear();
        say(QString(), false);
        return;
    }
    // A number without its PIN yet: not a mistake, the next thing to type.
    if (result.outcome == SignIn::Outcome::Invalid) {
        say(result.message, false);
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    say(result.message.isEmpty() ? tr("Not signed in.") : result.message, true);
    if (result.outcome == SignIn::Outcome::WrongPin) {
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A badge's code is not left on screen; a number stays, selected, to be typed over.
    if (badge)
        m_number->clear();
    m_number->setFocus(Qt::OtherFocusReason);
    m_number->selectAll();
}

void LockScreen::checkFirstStart() {
    OperatorStore& store = m_session.store();
    const bool empty = store.isEmpty();
    if (store.lastError()) {
        m_createAdmin->hide();
        say(tr("The operators could not be read (staff.db): %1 Nobody can sign in until it is "
               "fixed.")
                .arg(store.lastError().message),
            true);
        return;
    }
    m_createAdmin->setVisible(empty);
    if (!empty)
        return;
    say(tr("This till has no operator yet: create its first administrator."), false);
    openFirstAdmin();
}

void LockScreen::openFirstAdmin() {
    if (m_firstAdmin) {
        m_firstAdmin->raise();
        return;
    }
    auto* dialog = new FirstAdminDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_firstAdmin = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            m_createAdmin->hide();
            if (!m_session.isSignedIn())
                say(tr("The administrator was added: sign in with their number and PIN."), false);
            return;
        }
        say(tr("This till has no operator yet: create its first administrator to start."), false);
        m_number->setFocus(Qt::OtherFocusReason);
    });
    // Window-modal and not blocking: the window stays locked behind it.
    dialog->open();
}

} // namespace checkstand
