// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discarddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// Set: the next ask() answers with it (an empty string meaning Cancel).
std::optional<QString> g_nextReason;

constexpr int kMaxReasonLength = 500;

} // namespace

DiscardDialog::DiscardDialog(const QString& saleNumber, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this)) {
    setObjectName(QStringLiteral("discardDialog"));
    setWindowTitle(tr("Discard notification"));

    auto* question = new QLabel(
        tr("Discard the payment notification for sale %1?\n\nVoyado Elevate will never hear of "
           "this sale from Checkstand. This cannot be undone.")
            .arg(saleNumber),
        this);
    question->setObjectName(QStringLiteral("discardQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);

    auto* reasonLabel = new QLabel(tr("&Reason (required, kept with the notification):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("discardReason"));
    m_reason->setMaxLength(kMaxReasonLength);
    m_reason->setPlaceholderText(tr("e.g. test sale, reported to Elevate by hand"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::AcceptRole);
    m_discard->setObjectName(QStringLiteral("discardConfirm"));
    m_discard->setEnabled(false);
    // Enter in the reason field discards, but only once there is a reason.
    m_discard->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_discard->setEnabled(!reason().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus(Qt::OtherFocusReason);
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

QString DiscardDialog::reason() const {
    return m_reason->text().trimmed();
}

void DiscardDialog::setNextReason(const QString& reason) {
    g_nextReason = reason.trimmed();
}

void DiscardDialog::setNextCancel() {
    g_nextReason = QString();
}

void DiscardDialog::clearNextAnswer() {
    g_nextReason.reset();
}

DiscardDialog* DiscardDialog::ask(QWidget* parent, const QString& saleNumber, QObject* context,
                                  std::function<void(std::optional<QString>)> done) {
    if (g_nextReason) {
        const QString reason = *g_nextReason;
        g_nextReason.reset();
        done(reason.isEmpty() ? std::nullopt : std::optional<QString>(reason));
        return nullptr;
    }
    auto* dialog = new DiscardDialog(saleNumber, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, context, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? std::optional<QString>(dialog->reason()) : std::nullopt);
    });
    dialog->open();
    return dialog;
}

} // namespace checkstand
