// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/formfields.h"

#include "chargeafter/sendlinkrequest.h"
#include "chargeafter/sendlinkvalidator.h"
#include "usecases/sendlink.h"
#include "validation/fielderror.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;

namespace checkstand {

struct Ticket;
class AddressFields;
class CartEditor;
class LinkHistoryModel;
class Runtime;
class SendResultPanel;
class ValidatedField;

// The ChargeAfter send-link form. Every change rebuilds the request from the form and runs
// the contract's validator over it, so what Send would send and what the form shows never
// disagree; the network is only touched when the operator sends.
class FinancingPage : public QWidget {
    Q_OBJECT
public:
    explicit FinancingPage(Runtime& runtime, QWidget* parent = nullptr);
    ~FinancingPage() override;

    // The request the form describes now (postback URLs and auth key are added at send time).
    chargeafter::SendLinkRequest request() const { return m_request; }
    FieldErrors errors() const { return m_errors; }
    bool isSending() const { return m_sending; }

    CartEditor* cartEditor() const { return m_cart; }
    // The tracking id of the last link sent successfully; empty when the last send failed.
    QString lastTrackingId() const { return m_lastTrackingId; }
    // The merchant order id the last link was sent with.
    QString lastSentOrderId() const { return m_lastSentOrderId; }
    LinkHistoryModel* historyModel() const { return m_historyModel; }

public Q_SLOTS:
    // Sends when the form is valid; otherwise reveals every error and focuses the first.
    void send();
    // Empties the customer, ID and cart fields for the next customer.
    void clearForm();
    // A checkout link for a sale from the Sale page: flow Checkout, the sale's lines as cart
    // items (name, SKU, price, quantity, category, leasable; free gift lines left out), its
    // discount, its freight as shipping, its number as the merchant order id, and the customer's
    // name, e-mail and phone when the sale has them.
    void prefillCheckout(const checkstand::Ticket& ticket,
                         const checkstand::chargeafter::CartDetails& cart);

Q_SIGNALS:
    void sendFinished(bool ok);

private:
    QGroupBox* buildLinkGroup();
    QGroupBox* buildIdGroup();
    QGroupBox* buildConsumerGroup();
    QGroupBox* buildCartGroup();
    QWidget* buildOrderRow();
    QWidget* buildSendBar();
    QGroupBox* buildHistoryGroup();
    ValidatedField* addField(QWidget* input, const QString& name, const QString& path);
    QLineEdit* addLineEdit(const QString& name, const QString& path, int maxLength);
    void setUpFocusAndEnter();

    void onFormChanged();
    void syncModes();
    chargeafter::SendLinkRequest readForm(FieldErrors* errors) const;
    FieldErrors validationErrors(const chargeafter::SendLinkRequest& request) const;
    void showErrors(const FieldErrors& errors);
    void touchAll();
    void focusFirstError();
    void updateSendButton();
    void finishSend(const SendLink::Result& result);

    Runtime& m_runtime;
    chargeafter::SendLinkRequest m_request;
    FieldErrors m_errors;
    bool m_sending = false;
    QString m_lastTrackingId;
    QString m_lastSentOrderId;
    bool m_updating = false;

    // Validator field path -> the field that shows its message, in form order.
    FormFields m_fields;

    QScrollArea* m_scroll = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_flow = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_sendUsing = nullptr;
    QGroupBox* m_idGroup = nullptr;
    QComboBox* m_idType = nullptr;
    QLineEdit* m_idExpiry = nullptr;
    QLineEdit* m_cardIssuer = nullptr;
    QLineEdit* m_cardExpiry = nullptr;
    QGroupBox* m_consumerGroup = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_merchantConsumerId = nullptr;
    AddressFields* m_shipping = nullptr;
    QCheckBox* m_billingSame = nullptr;
    QWidget* m_billingBox = nullptr;
    AddressFields* m_billing = nullptr;
    QGroupBox* m_cartGroup = nullptr;
    CartEditor* m_cart = nullptr;
    QLineEdit* m_merchantOrderId = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_newLink = nullptr;
    SendResultPanel* m_result = nullptr;
    LinkHistoryModel* m_historyModel = nullptr;
    QTableView* m_history = nullptr;
};

} // namespace checkstand
