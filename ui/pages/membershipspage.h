// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/formfields.h"

#include "acme/refundrequest.h"
#include "validation/fielderror.h"
#include "widgets/quotedocument.h"

#include "usecases/quoterefund.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace checkstand {

class CardNumberEdit;
class MembershipOperationsEditor;
class QuoteView;
class Runtime;
class SecureLineEdit;
class ValidatedField;

// Membership cancellations and downgrades: the ACME refund quote. The card number and CVC live
// only in their two fields and, for the one request, in the request's CardEntry; both are wiped
// when the request finishes and when the page is left. Nothing here stores, logs, copies or
// prints them.
class MembershipsPage : public QWidget {
    Q_OBJECT
public:
    explicit MembershipsPage(Runtime& runtime, QWidget* parent = nullptr);
    ~MembershipsPage() override;

    FieldErrors errors() const { return m_errors; }
    bool isSending() const { return m_sending; }
    // The x-acme-request-uuid of the current quote: made once for this form content and
    // reused when the same quote is sent again (a retry after a timeout cannot be taken twice).
    QString requestUuid() const { return m_requestUuid; }
    // The last quote received, if any (no card data beyond the last four).
    std::optional<QuoteSummary> lastQuote() const { return m_quote; }
    MembershipOperationsEditor* operationsEditor() const { return m_operations; }

    // Writes the last quote to `path` as a PDF; false (with the reason on screen) when there is
    // no quote or the file could not be written. The "Save as PDF…" button asks for the path.
    bool saveQuotePdf(const QString& path);

public Q_SLOTS:
    // Asks ACME for the quote when the form is valid; otherwise reveals every error and
    // focuses the first.
    void send();
    // Overwrites and empties the card number and CVC fields and the pending request's card.
    void wipeCardData();
    void clearForm();

Q_SIGNALS:
    void quoteFinished(bool ok);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildContactGroup();
    QWidget* buildOperationsGroup();
    QWidget* buildCardGroup();
    QWidget* buildSendBar();
    ValidatedField* addField(QWidget* input, const QString& name, const QString& path);
    QLineEdit* addLineEdit(const QString& name, const QString& path, int maxLength,
                           QLineEdit* edit = nullptr);

    acme::RefundRequest readForm(bool withCardData) const;
    QByteArray fingerprint() const;
    void onFormChanged();
    void onCardNumberChanged();
    void onBrandChanged();
    void showErrors(const FieldErrors& errors);
    void touchAll();
    void focusFirstError();
    void updateButtons();
    void setResult(const QString& text, const QString& color);
    void finish(const QuoteRefund::Result& result);
    void printQuoteDialog();
    void savePdfDialog();

    Runtime& m_runtime;
    FieldErrors m_errors;
    bool m_sending = false;
    bool m_updating = false;
    QString m_requestUuid;
    QByteArray m_uuidFingerprint;
    acme::RefundRequest m_pending; // the request in flight; its card is wiped when it finishes
    std::optional<QuoteSummary> m_quote;
    QuoteSummary m_pendingSummary;

    FormFields m_fields;

    QScrollArea* m_scroll = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_zip = nullptr;
    QCheckBox* m_billingSame = nullptr;
    QWidget* m_billingBox = nullptr;
    QList<QLineEdit*>
        m_billing; // first, last, e-mail, phone, address 1/2, city, state, country, zip
    QLineEdit* m_notes = nullptr;
    QLineEdit* m_paymentId = nullptr;
    MembershipOperationsEditor* m_operations = nullptr;
    QComboBox* m_brand = nullptr;
    CardNumberEdit* m_cardNumber = nullptr;
    QLineEdit* m_lastFour = nullptr;
    QLineEdit* m_expDate = nullptr;
    SecureLineEdit* m_cvc = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QuoteView* m_quoteView = nullptr;
};

} // namespace checkstand
