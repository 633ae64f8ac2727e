// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;

namespace checkstand {

// Confirms that an Elevate payment notification is to be dropped for good and asks why. The
// reason is required: Discard stays disabled until one is typed, and the outbox records it.
// Opened window-modal with open(), never exec(), so deliveries go on while it is up.
//
// Test seam (as TenderDialog::setNextAnswer): setNextReason() makes the next ask() answer at
// once with that reason, setNextCancel() with a cancel, without showing anything.
class DiscardDialog : public QDialog {
    Q_OBJECT
public:
    explicit DiscardDialog(const QString& saleNumber, QWidget* parent = nullptr);

    // The typed reason, trimmed.
    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* discardButton() const { return m_discard; }

    // Shows the dialog (or uses the preset answer) and calls `done` with the reason, or with
    // nothing when the operator cancels. `done` is not called once `context` is gone. Returns
    // the dialog, or null when a preset answer was used.
    static DiscardDialog* ask(QWidget* parent, const QString& saleNumber, QObject* context,
                              std::function<void(std::optional<QString>)> done);

    // A blank reason counts as a cancel, as the dialog itself never accepts one.
    static void setNextReason(const QString& reason);
    static void setNextCancel();
    static void clearNextAnswer();

private:
    QLineEdit* m_reason;
    QPushButton* m_discard = nullptr;
};

} // namespace checkstand
