// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overridedialog.h"

#include "operators/operatorsession.h"
#include "palette.h"
#include "widgets/wordslabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// Set: the next ask() answers with it; an empty number means Cancel.
std::optional<OverrideDialog::Answer> g_next;

constexpr int kMaxReasonLength = 200;

} // namespace

OverrideDialog::OverrideDialog(OperatorSession& session, Action action, const QString& detail,
                               const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_action(action) {
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Supervisor override"));

    // A supervisor confirming their own consent (a blocked sale) types only the PIN.
    const bool self = !number.isEmpty();
    auto* heading = wordsLabel(QStringLiteral("overrideHeading"));
    heading->setText(self ? tr("Confirm with your PIN: %1.").arg(actionPhrase(action))
                          : tr("This needs a supervisor: %1.").arg(actionPhrase(action)));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* about = wordsLabel(QStringLiteral("overrideDetail"));
    about->setText(detail);
    about->setVisible(!detail.isEmpty());

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("overrideNumber"));
    m_number->setMaxLength(6);
    m_number->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this));
    m_number->setText(number);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("overridePin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    // An input method would see (and might keep) what is typed.
    m_pin->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setMaxLength(kMaxReasonLength);
    m_reason->setPlaceholderText(needsReason(action) ? tr("Required: why is it allowed?")
                                                     : tr("Optional"));

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QLineEdit* field, const QString& name) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(name);
        form->addRow(label, field);
    };
    row(tr("Supervisor &number"), m_number, tr("Supervisor's operator number"));
    row(tr("&PIN"), m_pin, tr("Supervisor's PIN"));
    row(tr("&Reason"), m_reason, tr("Reason for the override"));

    m_message = wordsLabel(QStringLiteral("overrideMessage"));
    m_message->setStyleSheet(palette::errorStyleSheet());
    m_message->hide();

    // Parented at once: a default button must know its dialog (see RecallDialog).
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_authorise = buttons->addButton(tr("&Authorise"), QDialogButtonBox::AcceptRole);
    m_authorise->setObjectName(QStringLiteral("overrideConfirm"));
    m_authorise->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 440), sizeHint().height());
    (self ? m_pin : m_number)->setFocus(Qt::OtherFocusReason);
}

bool OverrideDialog::needsReason(Action action) {
    switch (action) {
    case Action::Void:
    case Action::Return:
    case Action::DiscountBeyondLimit:
    case Action::PriceChange:
    case Action::OverrideCheckerBlock:
    case Action::OverrideUnconfirmedPrices:
        return true;
    default:
        return false;
    }
}

QString OverrideDialog::messageText() const {
    return m_message->text();
}

void OverrideDialog::say(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OverrideDialog::accept() {
    if (m_grant) {
        QDialog::accept();
        return;
    }
    const QString number = m_number->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    // Enter in a field goes on to the next one still to fill, as on the lock screen, instead of
    // saying in red what the supervisor was about to type; Authorise (or Enter in the last
    // field) says what is missing.
    const QWidget* from = focusWidget();
    if (from == m_number && !number.isEmpty() && m_pin->text().isEmpty()) {
        say({});
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (from == m_pin && !number.isEmpty() && !m_pin->text().isEmpty() && needsReason(m_action) &&
        reason.isEmpty()) {
        say({});
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (number.isEmpty()) {
        say(tr("Type the supervisor's operator number."));
        m_number->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_pin->text().isEmpty()) {
        say(tr("Type the supervisor's PIN."));
        m_pin->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (needsReason(m_action) && reason.isEmpty()) {
        say(tr("Say why %1 is allowed.").arg(actionPhrase(m_action)));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QByteArray pin = m_pin->text().toUtf8();
    m_pin->clear();
    const SignIn result = m_session.authorise(m_action, number, pin, reason);
    pin.fill('\0');
    if (!result.ok() || !result.grant) {
        say(result.message.isEmpty() ? tr("Not authorised.") : result.message);
        (result.outcome == SignIn::Outcome::WrongPin ? m_pin : m_number)
            ->setFocus(Qt::OtherFocusReason);
        if (result.outcome != SignIn::Outcome::WrongPin)
            m_number->selectAll();
        return;
    }
    m_grant = result.grant;
    QDialog::accept();
}

std::optional<Override> OverrideDialog::ask(OperatorSession& session, Action action,
                                            const QString& detail, const QString& number,
                                            QWidget* parent) {
    if (g_next) {
        Answer answer = *g_next;
        g_next.reset();
        if (answer.number.isEmpty())
            return std::nullopt;
        const SignIn result = session.authorise(action, answer.number, answer.pin, answer.reason);
        answer.pin.fill('\0');
        return result.ok() ? result.grant : std::nullopt;
    }
    OverrideDialog dialog(session, action, detail, number, parent);
    const int answer = dialog.exec();
    // Not every window manager (nor the offscreen platform) gives the activation back: the
    // operator's next key must reach the window again.
    if (parent && parent->isVisible())
        parent->window()->activateWindow();
    if (answer != QDialog::Accepted)
        return std::nullopt;
    return dialog.grant();
}

void OverrideDialog::setNextAnswer(const Answer& answer) {
    g_next = answer;
}

void OverrideDialog::setNextCancel() {
    g_next = Answer{};
}

void OverrideDialog::clearNextAnswer() {
    g_next.reset();
}

} // namespace checkstand
