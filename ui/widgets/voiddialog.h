// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

namespace checkstand {

class SaleSession;

// Asks why the open sale is given up. The reason is required (it is recorded with the void, so
// the sale's number is accounted for): "Void sale" stays disabled until one is typed or picked.
// Enter on the reason voids; Escape keeps the sale. Opened window-modal with open().
class VoidDialog : public QDialog {
    Q_OBJECT
public:
    VoidDialog(const QString& saleNumber, const QString& total, QWidget* parent = nullptr);

    // The reason as typed, trimmed.
    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }

    void accept() override;

    // Asks for the reason and voids the sale on screen (SaleSession::voidSale). `done` gets what
    // happened in words once the dialog is closed (empty when the cashier kept the sale); not
    // called once `context` is gone.
    // `reason` fills the field (a supervisor's override reason), selected: Enter confirms it.
    static void voidOpenSale(QWidget* parent, SaleSession& session, QObject* context,
                             std::function<void(const QString& words, bool isError)> done,
                             const QString& reason = {});

private:
    QLineEdit* m_reason = nullptr;
    QPushButton* m_void = nullptr;
};

} // namespace checkstand
