// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershipspage.h"

#include "acme/card.h"
#include "acme/refundclient.h"
#include "dialogs.h"
#include "palette.h"
#include "receipt/receipt.h"
#include "runtime/runtime.h"
#include "widgets/cardnumberedit.h"
#include "widgets/membershipoperationseditor.h"
#include "widgets/quoteview.h"
#include "widgets/scrollfocus.h"
#include "widgets/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace checkstand {

using namespace acme;

namespace {

QString textOf(const QLineEdit* edit) {
    return edit->text().trimmed();
}

QLabel* sectionLabel(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

const QString kRed = palette::errorColor().name();
const QString kNeutral = QStringLiteral("#1a4d8f");
const QString kGreen = palette::okColor().name();

} // namespace

MembershipsPage::MembershipsPage(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime) {
    setObjectName(QStringLiteral("membershipsPage"));

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(buildContactGroup());
    formLayout->addWidget(buildOperationsGroup());
    formLayout->addWidget(buildCardGroup());
    formLayout->addStretch();

    m_scroll = new QScrollArea;
    keepFocusInView(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Ctrl+3 and Tab land in the form's first field.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(form);

    m_quoteView = new QuoteView;
    m_quoteView->setObjectName(QStringLiteral("quoteView"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildSendBar());
    layout->addWidget(m_quoteView);

    // Enter in any field sends (or shows what is missing).
    const QList<QLineEdit*> edits = form->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits)
        connect(edit, &QLineEdit::returnPressed, this, &MembershipsPage::send);

    // Alt+letter reaches each input (not its error wrapper) and a screen reader names it.
    nameInputsByLabels(this);

    onBrandChanged();
    onFormChanged();
}

MembershipsPage::~MembershipsPage() {
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
    m_pending.card.wipe();
    m_cardNumber->wipe();
    m_cvc->wipe();
}

ValidatedField* MembershipsPage::addField(QWidget* input, const QString& name,
                                          const QString& path) {
    return m_fields.add(input, name, path);
}

QLineEdit* MembershipsPage::addLineEdit(const QString& name, const QString& path, int maxLength,
                                        QLineEdit* edit) {
    if (!edit)
        edit = new QLineEdit;
    edit->setMaxLength(maxLength);
    addField(edit, name, path);
    connect(edit, &QLineEdit::textChanged, this, &MembershipsPage::onFormChanged);
    return edit;
}

QWidget* MembershipsPage::buildContactGroup() {
    auto* group = new QGroupBox(tr("Member"));
    auto* layout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    const auto row = [this, form](const QString& label, const char* name, const QString& path,
                                  int maxLength) {
        QLineEdit* edit = addLineEdit(QLatin1String(name), path, maxLength);
        form->addRow(label, m_fields.last());
        return edit;
    };
    m_firstName = row(tr("Firs&t name"), "firstName", refundfield::firstName, 100);
    m_lastName = row(tr("&Last name"), "lastName", refundfield::lastName, 100);
    m_email = row(tr("E-&mail"), "email", refundfield::email, 254);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = row(tr("Ph&one"), "phone", {}, 25);
    m_address1 = row(tr("Address"), "address1", {}, 200);
    m_address2 = row(tr("Address (line 2)"), "address2", {}, 200);
    m_city = row(tr("City"), "city", {}, 100);
    m_state = row(tr("State"), "state", {}, 100);
    m_country = row(tr("Country"), "country", {}, 100);
    m_zip = row(tr("ZIP code"), "zipCode", {}, 20);

    m_billingSame = new QCheckBox(tr("&Billing contact same as contact"));
    m_billingSame->setObjectName(QStringLiteral("billingSame"));
    m_billingSame->setChecked(true);
    layout->addWidget(m_billingSame);

    m_billingBox = new QWidget;
    auto* billingLayout = new QVBoxLayout(m_billingBox);
    billingLayout->setContentsMargins(0, 0, 0, 0);
    billingLayout->addWidget(sectionLabel(tr("Billing contact")));
    auto* billingForm = new QFormLayout;
    billingLayout->addLayout(billingForm);
    const QList<std::pair<QString, const char*>> billingFields = {
        {tr("First name"), "billingFirstName"},
        {tr("Last name"), "billingLastName"},
        {tr("E-mail"), "billingEmail"},
        {tr("Phone"), "billingPhone"},
        {tr("Address"), "billingAddress1"},
        {tr("Address (line 2)"), "billingAddress2"},
        {tr("City"), "billingCity"},
        {tr("State"), "billingState"},
        {tr("Country"), "billingCountry"},
        {tr("ZIP code"), "billingZipCode"}};
    for (const auto& [label, name] : billingFields) {
        m_billing.append(addLineEdit(QLatin1String(name), {}, 200));
        // The same labels as the member's own fields: a screen reader says which contact.
        m_billing.last()->setAccessibleName(tr("Billing contact: %1").arg(label));
        billingForm->addRow(label, m_fields.last());
    }
    layout->addWidget(m_billingBox);
    connect(m_billingSame, &QCheckBox::toggled, this, &MembershipsPage::onFormChanged);

    auto* extra = new QFormLayout;
    layout->addLayout(extra);
    m_notes = addLineEdit(QStringLiteral("notes"), {}, 500);
    extra->addRow(tr("&Notes"), m_fields.last());
    m_paymentId = addLineEdit(QStringLiteral("paymentId"), {}, 100);
    m_paymentId->setPlaceholderText(tr("Check or voucher number"));
    extra->addRow(tr("Pa&yment id"), m_fields.last());
    return group;
}

QWidget* MembershipsPage::buildOperationsGroup() {
    auto* group = new QGroupBox(tr("Membership operations"));
    auto* layout = new QVBoxLayout(group);
    m_operations = new MembershipOperationsEditor;
    m_operations->setObjectName(QStringLiteral("operations"));
    layout->addWidget(m_operations);
    connect(m_operations, &MembershipOperationsEditor::changed, this,
            &MembershipsPage::onFormChanged);
    return group;
}

QWidget* MembershipsPage::buildCardGroup() {
    auto* group = new QGroupBox(tr("Card the membership was paid with"));
    auto* form = new QFormLayout(group);

    m_brand = new QComboBox;
    m_brand->addItem(tr("Choose…"), QString());
    const QList<std::pair<CardBrand, QString>> brands = {
        {CardBrand::Visa, tr("Visa")},
        {CardBrand::MasterCard, tr("MasterCard")},
        {CardBrand::AmericanExpress, tr("American Express")},
        {CardBrand::Discover, tr("Discover")},
        {CardBrand::Jcb, tr("JCB")}};
    for (const auto& [brand, label] : brands)
        m_brand->addItem(label, toString(brand));
    form->addRow(tr("B&rand"), addField(m_brand, QStringLiteral("brand"), refundfield::brand));
    connect(m_brand, &QComboBox::currentIndexChanged, this, &MembershipsPage::onBrandChanged);

    m_cardNumber = new CardNumberEdit;
    addField(m_cardNumber, QStringLiteral("cardNumber"), refundfield::number);
    form->addRow(tr("Card n&umber"), m_fields.last());
    connect(m_cardNumber, &CardNumberEdit::digitsChanged, this,
            &MembershipsPage::onCardNumberChanged);

    m_lastFour = addLineEdit(QStringLiteral("lastFour"), refundfield::lastFour, 4);
    m_lastFour->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), this));
    m_lastFour->setPlaceholderText(tr("4242"));
    form->addRow(tr("La&st four digits"), m_fields.last());

    // Typed as on the card (08/29) or as digits (0829); shown as MM/YY like on Financing, sent
    // as the contract's MMyy.
    m_expDate = addLineEdit(QStringLiteral("expDate"), refundfield::expDate, 5);
    m_expDate->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,2}\\s?/?\\s?\\d{0,2}")), this));
    m_expDate->setPlaceholderText(tr("MM/YY, e.g. 08/29"));
    connect(m_expDate, &QLineEdit::editingFinished, this, [this] {
        const QString wire = acme::expiryForWire(m_expDate->text());
        if (wire.size() == 4 && wire != m_expDate->text())
            m_expDate->setText(wire.left(2) + u'/' + wire.right(2));
    });
    form->addRow(tr("E&xpires"), m_fields.last());

    m_cvc = new SecureLineEdit;
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), this));
    addLineEdit(QStringLiteral("cvc"), refundfield::cvc, 4, m_cvc);
    form->addRow(tr("Security &code (CVC)"), m_fields.last());
    return group;
}

QWidget* MembershipsPage::buildSendBar() {
    auto* bar = new QWidget;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("formErrors"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(kRed));

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("resultMessage"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    m_send = new QPushButton(tr("Get refund &quote"));
    m_send->setObjectName(QStringLiteral("quoteButton"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &MembershipsPage::send);

    m_print = new QPushButton(tr("&Print…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    connect(m_print, &QPushButton::clicked, this, &MembershipsPage::printQuoteDialog);
    m_pdf = new QPushButton(tr("Save as P&DF…"));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    connect(m_pdf, &QPushButton::clicked, this, &MembershipsPage::savePdfDialog);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_send);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    return bar;
}

RefundRequest MembershipsPage::readForm(bool withCardData) const {
    RefundRequest r;
    r.contact = {textOf(m_firstName), textOf(m_lastName), textOf(m_email), textOf(m_phone),
                 textOf(m_address1),  textOf(m_address2), textOf(m_city),  textOf(m_state),
                 textOf(m_country),   textOf(m_zip)};
    r.billingSameAsContact = m_billingSame->isChecked();
    if (!r.billingSameAsContact) {
        const auto b = [this](int i) {
            return textOf(m_billing.at(i));
        };
        r.billing = {b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9)};
    }
    r.notes = textOf(m_notes);
    r.paymentId = textOf(m_paymentId);
    r.memberships = m_operations->operations();
    r.card.brand = m_brand->currentData().toString();
    r.card.lastFour = textOf(m_lastFour);
    r.card.expDate = acme::expiryForWire(textOf(m_expDate));
    if (withCardData) {
        r.card.number = SensitiveText(m_cardNumber->digits());
        r.card.cvc = SensitiveText(m_cvc->text());
    }
    return r;
}

QByteArray MembershipsPage::fingerprint() const {
    // What makes "the same quote": everything but the PAN and CVC, which are typed again
    // after a failure and never kept.
    const RefundRequest r = readForm(false);
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

void MembershipsPage::onBrandChanged() {
    const auto brand = brandFromString(m_brand->currentData().toString());
    m_cvc->setMaxLength(brand ? cvcLength(*brand) : 4);
    onFormChanged();
}

void MembershipsPage::onCardNumberChanged() {
    const QString digits = m_cardNumber->digits();
    if (luhnValid(digits)) {
        if (const auto brand = brandOfNumber(digits);
            brand && m_brand->currentData().toString().isEmpty()) {
            m_brand->setCurrentIndex(m_brand->findData(toString(*brand)));
        }
        if (m_lastFour->text() != digits.right(4))
            m_lastFour->setText(digits.right(4));
    }
    onFormChanged();
}

void MembershipsPage::onFormChanged() {
    if (m_updating)
        return;
    m_updating = true;
    m_billingBox->setVisible(!m_billingSame->isChecked());
    {
        const RefundRequest r = readForm(true); // its card data is wiped when it goes
        m_errors = m_runtime.quoteRefund().check(r);
    }
    showErrors(m_errors);
    updateButtons();
    m_updating = false;
}

void MembershipsPage::showErrors(const FieldErrors& errors) {
    const FieldErrors unplaced = m_operations->showErrors(m_fields.show(errors));
    QStringList lines;
    for (const FieldError& e : unplaced) {
        if (!lines.contains(e.message))
            lines.append(e.message);
    }
    // Not beside a quote on screen: the card fields are empty then because they were wiped
    // after the request, not because the operator forgot them.
    if (!m_quote && (m_operations->hasHiddenErrors() || m_fields.hasHiddenErrors()))
        lines.append(tr("Complete the form to get the quote; press Enter in any field to see "
                        "what is missing."));
    m_summary->setText(lines.join(u'\n'));
}

void MembershipsPage::touchAll() {
    m_fields.setAllTouched(true);
    m_operations->setTouched(true);
    showErrors(m_errors);
}

void MembershipsPage::focusFirstError() {
    QWidget* target = m_fields.firstErrorInput(this);
    // The operations come between the contact and the card in the form.
    if (QWidget* op = m_operations->firstFieldWithError()) {
        const bool targetIsCard =
            target && (target == m_brand || target == m_cardNumber || target == m_lastFour ||
                       target == m_expDate || target == m_cvc);
        if (!target || targetIsCard)
            target = op;
    }
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(target);
}

void MembershipsPage::updateButtons() {
    m_send->setEnabled(!m_sending && m_errors.isEmpty());
    m_send->setText(m_sending ? tr("Asking ACME…") : tr("Get refund &quote"));
    const bool haveQuote = m_quote.has_value();
    m_print->setEnabled(haveQuote);
    m_pdf->setEnabled(haveQuote);
}

void MembershipsPage::setResult(const QString& text, const QString& color) {
    m_result->setText(text);
    m_result->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

void MembershipsPage::send() {
    if (m_sending)
        return;
    onFormChanged();
    if (!m_errors.isEmpty()) {
        touchAll();
        focusFirstError();
        return;
    }

    // One request id per quote: the same form content sent again (after a timeout, say) keeps
    // it, so ACME takes the quote once; any change to the form makes a new one.
    const QByteArray print = fingerprint();
    if (m_requestUuid.isEmpty() || print != m_uuidFingerprint) {
        m_requestUuid = QuoteRefund::newRequestId();
        m_uuidFingerprint = print;
        m_quote.reset();
        m_quoteView->clear();
    }

    m_pending = readForm(true);
    m_pendingSummary = QuoteSummary{};
    m_pendingSummary.memberName =
        QStringList{m_pending.contact.firstName, m_pending.contact.lastName}.join(u' ');
    m_pendingSummary.operations = m_pending.memberships;
    m_pendingSummary.store = m_runtime.storeInfo();
    m_pendingSummary.reference = m_requestUuid;
    m_pendingSummary.paymentId = m_pending.paymentId;

    m_sending = true;
    updateButtons();
    setResult(tr("Asking ACME for the refund quote…"), {});
    m_runtime.quoteRefund().quote(m_pending, m_requestUuid, this,
                                  [this](const QuoteRefund::Result& result) { finish(result); });
}

void MembershipsPage::finish(const QuoteRefund::Result& result) {
    const QuoteOutcome& outcome = result.outcome;
    m_sending = false;
    // The card data served this one request: gone from the form and from memory now.
    wipeCardData();
    if (!result.invalid.isEmpty()) {
        showErrors(result.invalid);
        setResult(tr("The quote was not asked for: correct the fields marked above."), kRed);
    } else if (outcome.ok()) {
        QuoteSummary summary = m_pendingSummary;
        summary.quote = *outcome;
        summary.quotedAt = m_runtime.clock().now();
        m_quote = summary;
        m_quoteView->setQuote(summary.quote);
        showErrors(m_errors); // the wiped card fields are not "missing" beside a quote
        setResult(
            tr("Quote received: %1 to refund.").arg(summary.quote.refundAmount.toDisplayString()),
            kGreen);
    } else if (result.alreadySubmitted()) {
        setResult(tr("Already submitted: ACME already has this quote (same request id), so it "
                     "was not taken twice. Nothing more to do."),
                  kNeutral);
    } else {
        setResult(tr("The quote could not be made: %1 Press Get refund quote again to retry "
                     "(it will not be taken twice).")
                      .arg(outcome.error),
                  kRed);
    }
    updateButtons();
    Q_EMIT quoteFinished(result.ok());
}

void MembershipsPage::wipeCardData() {
    m_pending.card.wipe();
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_cardNumber->wipe();
    m_cvc->wipe();
    m_updating = wasUpdating;
    // Empty because we emptied them: no red "required" until the operator is back at them.
    for (ValidatedField* f : m_fields.all()) {
        if (f->input() == m_cardNumber || f->input() == m_cvc)
            f->setTouched(false);
    }
    if (!m_updating)
        onFormChanged();
}

void MembershipsPage::clearForm() {
    wipeCardData();
    m_updating = true;
    const QList<QLineEdit*> edits = m_scroll->widget()->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits)
        edit->clear();
    m_billingSame->setChecked(true);
    m_brand->setCurrentIndex(0);
    m_operations->clear();
    m_fields.setAllTouched(false);
    m_operations->setTouched(false);
    m_quote.reset();
    m_quoteView->clear();
    m_requestUuid.clear();
    m_uuidFingerprint.clear();
    setResult({}, {});
    m_updating = false;
    onBrandChanged();
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void MembershipsPage::hideEvent(QHideEvent* event) {
    // Leaving the page (or the window going away) leaves no card data behind.
    wipeCardData();
    QWidget::hideEvent(event);
}

bool MembershipsPage::saveQuotePdf(const QString& path) {
    if (!m_quote) {
        setResult(tr("There is no quote to save yet."), kRed);
        return false;
    }
    QString error;
    if (!writeQuotePdf(*m_quote, path, &error)) {
        setResult(error, kRed);
        return false;
    }
    return true;
}

void MembershipsPage::savePdfDialog() {
    if (!m_quote)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        dir + u'/' +
        tr("refund-quote-%1.pdf").arg(m_quote->memberName.simplified().replace(u' ', u'-'));
    const QString path = dialogs::saveFileName(this, tr("Save the quote as PDF"), suggested,
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (saveQuotePdf(path))
        setResult(tr("The quote was saved to %1.").arg(path), kGreen);
}

void MembershipsPage::printQuoteDialog() {
    if (!m_quote)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the refund quote"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printQuote(*m_quote, &printer);
}

} // namespace checkstand
