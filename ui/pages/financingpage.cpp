// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "financingpage.h"

#include "chargeafter/linkhistory.h"
#include "models/cartitemsmodel.h"
#include "models/linkhistorymodel.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "settings/appsettings.h"
#include "ticket/ticket.h"
#include "validation/contactvalidation.h"
#include "widgets/addressfields.h"
#include "widgets/carteditor.h"
#include "widgets/scrollfocus.h"
#include "widgets/sendresultpanel.h"
#include "widgets/validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace checkstand {

using namespace chargeafter;

namespace {

QString textOf(const QLineEdit* edit) {
    return edit->text().trimmed();
}

bool isBlank(const ConsumerDetails& c) {
    return c.firstName.isEmpty() && c.lastName.isEmpty() && c.email.isEmpty() &&
           c.mobilePhoneNumber.isEmpty() && c.merchantConsumerId.isEmpty() &&
           c.shippingAddress.isEmpty() && c.billingAddress.isEmpty();
}

QLabel* sectionLabel(const QString& text) {
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FinancingPage::FinancingPage(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime) {
    setObjectName(QStringLiteral("financingPage"));

    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(buildLinkGroup());
    formLayout->addWidget(buildIdGroup());
    formLayout->addWidget(buildConsumerGroup());
    formLayout->addWidget(buildCartGroup());
    formLayout->addWidget(buildOrderRow());
    formLayout->addStretch();

    m_scroll = new QScrollArea;
    keepFocusInView(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Ctrl+2 and Tab land in the form's first field, not on the
    // frame around it (a QScrollArea takes the keyboard by default, and shows nothing for it).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(form);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_scroll, 1);
    topLayout->addWidget(buildSendBar());

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("financingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(buildHistoryGroup());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setUpFocusAndEnter();
    // A field's error shows once the operator left it or pressed Send, never while typing in it
    // (the address and cart fields too).
    const QList<ValidatedField*> fields = findChildren<ValidatedField*>();
    for (ValidatedField* field : fields)
        field->setReveal(ValidatedField::Reveal::OnLeave);
    // Alt+letter reaches each input and a screen reader names it; the two address blocks have
    // the same labels, so their inputs say which address they belong to.
    nameInputsByLabels(m_shipping, tr("Shipping address: %1"));
    nameInputsByLabels(m_billing, tr("Billing address: %1"));
    nameInputsByLabels(this);

    connect(&m_runtime.settings(), &AppSettings::changed, this, [this] {
        // Currency, phone region and postback URLs all feed the validation.
        m_cart->setCurrency(m_runtime.settings().currency());
        onFormChanged();
    });
    onFormChanged();
}

FinancingPage::~FinancingPage() {
    // Closing the window commits an open cart cell editor from inside QWidget's destructor,
    // after this part of the object is gone; nothing the children say may reach it then.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
}

ValidatedField* FinancingPage::addField(QWidget* input, const QString& name, const QString& path) {
    return m_fields.add(input, name, path);
}

QLineEdit* FinancingPage::addLineEdit(const QString& name, const QString& path, int maxLength) {
    auto* edit = new QLineEdit;
    edit->setMaxLength(maxLength);
    addField(edit, name, path);
    connect(edit, &QLineEdit::textChanged, this, &FinancingPage::onFormChanged);
    return edit;
}

QGroupBox* FinancingPage::buildLinkGroup() {
    auto* group = new QGroupBox(tr("Link"));
    auto* form = new QFormLayout(group);

    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("Call center"),
                       QVariant::fromValue(static_cast<int>(Channel::CallCenter)));
    m_channel->addItem(tr("In store"), QVariant::fromValue(static_cast<int>(Channel::InStore)));
    form->addRow(tr("Cha&nnel"), m_channel);

    m_flow = new QComboBox;
    m_flow->setObjectName(QStringLiteral("flow"));
    m_flow->addItem(tr("Apply"), QVariant::fromValue(static_cast<int>(Flow::Apply)));
    m_flow->addItem(tr("Checkout"), QVariant::fromValue(static_cast<int>(Flow::Checkout)));
    form->addRow(tr("Fl&ow"), m_flow);

    m_device = new QComboBox;
    m_device->addItem(tr("Customer's device"), true);
    m_device->addItem(tr("Merchant's device"), false);
    m_device->setToolTip(tr("A call-center link always runs on the customer's device."));
    form->addRow(tr("Run the flo&w on"),
                 addField(m_device, QStringLiteral("device"), field::runOnCustomersDevice));

    m_sendUsing = new QComboBox;
    m_sendUsing->addItem(tr("E-mail"), QVariant::fromValue(static_cast<int>(SendUsing::Email)));
    m_sendUsing->addItem(tr("Text message"), QVariant::fromValue(static_cast<int>(SendUsing::Sms)));
    form->addRow(tr("Send &using"),
                 addField(m_sendUsing, QStringLiteral("sendUsing"), field::sendUsing));

    for (QComboBox* combo : {m_channel, m_flow, m_device, m_sendUsing})
        connect(combo, &QComboBox::currentIndexChanged, this, &FinancingPage::onFormChanged);
    return group;
}

QGroupBox* FinancingPage::buildIdGroup() {
    m_idGroup = new QGroupBox(tr("ID verification (in store)"));
    auto* form = new QFormLayout(m_idGroup);

    m_idType = new QComboBox;
    m_idType->addItem(tr("Driver's license"), QStringLiteral("driversLicense"));
    m_idType->addItem(tr("Federal ID"), QStringLiteral("federal"));
    m_idType->addItem(tr("State-issued ID"), QStringLiteral("state issued"));
    connect(m_idType, &QComboBox::currentIndexChanged, this, &FinancingPage::onFormChanged);
    form->addRow(tr("ID t&ype"), addField(m_idType, QStringLiteral("idType"), field::idType));

    m_idExpiry = addLineEdit(QStringLiteral("idExpiry"), field::idExpiry, 10);
    m_idExpiry->setPlaceholderText(tr("YYYY-MM-DD"));
    form->addRow(tr("ID ex&pires on"), m_fields.at(field::idExpiry));

    m_cardIssuer = addLineEdit(QStringLiteral("cardIssuer"), field::cardIssuer, 200);
    m_cardIssuer->setPlaceholderText(tr("e.g. JP Morgan"));
    form->addRow(tr("Card &issuer"), m_fields.at(field::cardIssuer));

    m_cardExpiry = addLineEdit(QStringLiteral("cardExpiry"), field::cardExpiry, 5);
    m_cardExpiry->setPlaceholderText(tr("MM/YY"));
    form->addRow(tr("Card e&xpiry"), m_fields.at(field::cardExpiry));
    return m_idGroup;
}

QGroupBox* FinancingPage::buildConsumerGroup() {
    m_consumerGroup = new QGroupBox(tr("Customer"));
    auto* layout = new QVBoxLayout(m_consumerGroup);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_firstName = addLineEdit(QStringLiteral("firstName"), field::firstName, 200);
    form->addRow(tr("Firs&t name"), m_fields.at(field::firstName));
    m_lastName = addLineEdit(QStringLiteral("lastName"), field::lastName, 200);
    form->addRow(tr("&Last name"), m_fields.at(field::lastName));
    m_email = addLineEdit(QStringLiteral("email"), field::email, 254);
    m_email->setPlaceholderText(tr("name@example.com"));
    form->addRow(tr("E-&mail"), m_fields.at(field::email));
    m_phone = addLineEdit(QStringLiteral("phone"), field::phone, 25);
    m_phone->setPlaceholderText(tr("2124445555"));
    form->addRow(tr("Mo&bile phone"), m_fields.at(field::phone));
    m_merchantConsumerId = addLineEdit(QStringLiteral("merchantConsumerId"), {}, 200);
    m_merchantConsumerId->setPlaceholderText(tr("Optional: the customer's number in our systems"));
    form->addRow(tr("Customer id"), m_fields.last());

    layout->addWidget(sectionLabel(tr("Shipping address")));
    m_shipping = new AddressFields(QStringLiteral("ship"));
    layout->addWidget(m_shipping);

    m_billingSame = new QCheckBox(tr("Billing a&ddress same as shipping"));
    m_billingSame->setObjectName(QStringLiteral("billingSame"));
    m_billingSame->setChecked(true);
    layout->addWidget(m_billingSame);

    m_billingBox = new QWidget;
    auto* billingLayout = new QVBoxLayout(m_billingBox);
    billingLayout->setContentsMargins(0, 0, 0, 0);
    billingLayout->addWidget(sectionLabel(tr("Billing address")));
    m_billing = new AddressFields(QStringLiteral("bill"));
    billingLayout->addWidget(m_billing);
    layout->addWidget(m_billingBox);

    auto fields = m_shipping->fieldsUnder(field::shipping);
    fields << m_billing->fieldsUnder(field::billing);
    for (const auto& [path, addressField] : std::as_const(fields))
        m_fields.add(addressField, path);
    connect(m_shipping, &AddressFields::changed, this, &FinancingPage::onFormChanged);
    connect(m_billing, &AddressFields::changed, this, &FinancingPage::onFormChanged);
    connect(m_billingSame, &QCheckBox::toggled, this, &FinancingPage::onFormChanged);
    return m_consumerGroup;
}

QGroupBox* FinancingPage::buildCartGroup() {
    m_cartGroup = new QGroupBox(tr("Cart (checkout)"));
    auto* layout = new QVBoxLayout(m_cartGroup);
    m_cart = new CartEditor(m_runtime.settings().currency());
    layout->addWidget(m_cart);
    connect(m_cart, &CartEditor::changed, this, &FinancingPage::onFormChanged);
    return m_cartGroup;
}

QWidget* FinancingPage::buildOrderRow() {
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    m_merchantOrderId = addLineEdit(QStringLiteral("merchantOrderId"), field::merchantOrderId, 100);
    m_merchantOrderId->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Merchant order id"), m_fields.at(field::merchantOrderId));
    return box;
}

QWidget* FinancingPage::buildSendBar() {
    auto* bar = new QWidget;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("formErrors"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(palette::errorStyleSheet());

    m_newLink = new QPushButton(tr("New lin&k"));
    m_newLink->setObjectName(QStringLiteral("newLink"));
    m_newLink->setToolTip(tr("Clear the customer, ID and cart for the next customer"));
    m_send = new QPushButton(tr("&Send link"));
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_send->setEnabled(false);

    m_result = new SendResultPanel;

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_newLink);
    buttons->addWidget(m_send);
    auto* layout = new QVBoxLayout(bar);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_send, &QPushButton::clicked, this, &FinancingPage::send);
    connect(m_newLink, &QPushButton::clicked, this, &FinancingPage::clearForm);
    return bar;
}

QGroupBox* FinancingPage::buildHistoryGroup() {
    auto* group = new QGroupBox(tr("Sent links"));
    m_historyModel = new LinkHistoryModel(m_runtime.linkHistory(), this);
    m_history = new QTableView;
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setModel(m_historyModel);
    m_history->setTabKeyNavigation(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_history);
    return group;
}

void FinancingPage::setUpFocusAndEnter() {
    QList<QWidget*> chain = {
        m_channel,           m_flow,       m_device,    m_sendUsing, m_idType, m_idExpiry,
        m_cardIssuer,        m_cardExpiry, m_firstName, m_lastName,  m_email,  m_phone,
        m_merchantConsumerId};
    for (QLineEdit* edit : m_shipping->lineEdits())
        chain.append(edit);
    chain.append(m_billingSame);
    for (QLineEdit* edit : m_billing->lineEdits())
        chain.append(edit);
    chain.append(m_cart->focusChain());
    chain << m_merchantOrderId << m_send << m_newLink << m_result->copyButton() << m_history;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));

    // Enter anywhere on the form sends, the way a one-button dialog does.
    QList<QLineEdit*> edits = {m_idExpiry,  m_cardIssuer,         m_cardExpiry,
                               m_firstName, m_lastName,           m_email,
                               m_phone,     m_merchantConsumerId, m_merchantOrderId};
    edits << m_shipping->lineEdits() << m_billing->lineEdits() << m_cart->lineEdits();
    for (QLineEdit* edit : std::as_const(edits))
        connect(edit, &QLineEdit::returnPressed, this, &FinancingPage::send);
}

void FinancingPage::syncModes() {
    const auto channel = static_cast<Channel>(m_channel->currentData().toInt());
    const bool callCenter = channel == Channel::CallCenter;
    if (callCenter && m_device->currentIndex() != 0) {
        const QSignalBlocker blocker(m_device);
        m_device->setCurrentIndex(0);
    }
    m_device->setEnabled(!callCenter);
    const bool onCustomersDevice = m_device->currentData().toBool();
    m_sendUsing->setEnabled(onCustomersDevice);
    m_idGroup->setVisible(!callCenter);
    m_consumerGroup->setTitle(
        onCustomersDevice ? tr("Customer") : tr("Customer (optional on the merchant's device)"));
    m_billingBox->setVisible(!m_billingSame->isChecked());
    m_cartGroup->setVisible(static_cast<Flow>(m_flow->currentData().toInt()) == Flow::Checkout);
}

SendLinkRequest FinancingPage::readForm(FieldErrors* errors) const {
    SendLinkRequest r;
    r.channel = static_cast<Channel>(m_channel->currentData().toInt());
    r.flow = static_cast<Flow>(m_flow->currentData().toInt());
    r.runFlowOnCustomersDevice =
        r.channel == Channel::CallCenter || m_device->currentData().toBool();
    r.sendUsing = r.runFlowOnCustomersDevice
                      ? static_cast<SendUsing>(m_sendUsing->currentData().toInt())
                      : SendUsing::Unset;

    if (r.channel == Channel::InStore)
        r.idVerificationEvidence =
            IdVerification{m_idType->currentData().toString(), textOf(m_idExpiry),
                           textOf(m_cardIssuer), textOf(m_cardExpiry)};

    ConsumerDetails c;
    c.firstName = textOf(m_firstName);
    c.lastName = textOf(m_lastName);
    c.email = textOf(m_email);
    c.mobilePhoneNumber = textOf(m_phone);
    // "(212) 444-5555" goes out as the digits ChargeAfter's example uses.
    if (const auto phone =
            contact::checkPhone(c.mobilePhoneNumber, m_runtime.settings().storeRegion());
        phone.valid)
        c.mobilePhoneNumber = phone.normalized;
    c.merchantConsumerId = textOf(m_merchantConsumerId);
    c.shippingAddress = m_shipping->address();
    c.billingAddress = m_billingSame->isChecked() ? c.shippingAddress : m_billing->address();
    if (r.runFlowOnCustomersDevice || !isBlank(c))
        r.consumerDetails = c;

    if (r.flow == Flow::Checkout)
        r.cartDetails = m_cart->cart(errors);
    r.merchantOrderId = textOf(m_merchantOrderId);
    return r;
}

FieldErrors FinancingPage::validationErrors(const SendLinkRequest& request) const {
    // Validate what Send will send: the use case fills the postback URLs (from Settings, or the
    // sandbox's in training) on a copy.
    return m_runtime.sendLinkUseCase().check(request);
}

void FinancingPage::onFormChanged() {
    if (m_updating)
        return;
    m_updating = true;
    syncModes();
    FieldErrors errors;
    m_request = readForm(&errors);
    // Amounts that do not parse come first: their message says more than "must be positive".
    errors.append(validationErrors(m_request));
    m_errors = errors;
    showErrors(m_errors);
    updateSendButton();
    m_updating = false;
}

void FinancingPage::showErrors(const FieldErrors& errors) {
    const bool billingSame = m_billingSame->isChecked();
    const QString billingPrefix = field::billing + u'.';
    const QString cartPrefix = field::cart + u'.';
    // A copied billing address has the shipping address's problems, shown there once.
    const FieldErrors notOnFields = m_fields.show(errors, [&](const QString& path) {
        return billingSame && path.startsWith(billingPrefix)
                   ? field::shipping + path.mid(field::billing.size())
                   : path;
    });
    FieldErrors cartErrors;
    FieldErrors unplaced;
    for (const FieldError& e : notOnFields)
        (e.field.startsWith(cartPrefix) ? cartErrors : unplaced).append(e);
    unplaced.append(m_cart->showErrors(cartErrors));

    QStringList lines;
    for (const FieldError& e : std::as_const(unplaced)) {
        if (!lines.contains(e.message))
            lines.append(e.message);
    }
    // A problem is red; the hint that the form is not complete yet is not a problem (a fresh
    // form is not wrong, only unfinished), so it alone is shown in the ordinary colour.
    m_summary->setStyleSheet(palette::statusStyleSheet(!lines.isEmpty()));
    if (m_cart->hasHiddenErrors() || m_fields.hasHiddenErrors())
        lines.append(tr("Complete the form to send; press Enter in any field to see what is "
                        "missing."));
    m_summary->setText(lines.join(u'\n'));
}

void FinancingPage::touchAll() {
    m_fields.setAllTouched(true);
    m_cart->touchAll();
    showErrors(m_errors);
}

void FinancingPage::focusFirstError() {
    QWidget* target = m_fields.firstErrorInput(this);
    // The cart comes after the address fields in the form, before the merchant order id.
    if (m_cartGroup->isVisibleTo(this)) {
        QWidget* cartTarget = m_cart->firstFieldWithError();
        if (cartTarget && (!target || target == m_merchantOrderId))
            target = cartTarget;
    }
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(target);
}

void FinancingPage::updateSendButton() {
    m_send->setEnabled(!m_sending && m_errors.isEmpty());
    m_send->setText(m_sending ? tr("Sending…") : tr("&Send link"));
}

void FinancingPage::send() {
    if (m_sending)
        return;
    onFormChanged();
    if (!m_errors.isEmpty()) {
        touchAll();
        focusFirstError();
        return;
    }
    m_sending = true;
    updateSendButton();
    m_result->showSending();
    m_runtime.sendLinkUseCase().send(
        m_request, this, [this](const SendLink::Result& result) { finishSend(result); });
}

void FinancingPage::finishSend(const SendLink::Result& result) {
    if (!result.invalid.isEmpty()) {
        // Settings may hold something the form could not foresee: nothing was sent.
        m_sending = false;
        m_result->clear();
        showErrors(result.invalid);
        updateSendButton();
        return;
    }
    const SendLinkRequest& request = result.sent;
    const SendLinkOutcome& outcome = result.outcome;
    const QString historyNote =
        result.recorded ? QString() : tr("(It could not be added to the sent-links history.)");
    m_sending = false;
    m_lastTrackingId = outcome.ok() ? outcome->statusTrackingId : QString();
    m_lastSentOrderId = request.merchantOrderId;
    if (outcome.ok())
        m_result->showSent(outcome->statusTrackingId, historyNote);
    else
        m_result->showFailed(historyNote.isEmpty() ? outcome.error
                                                   : outcome.error + u' ' + historyNote);
    updateSendButton();
    Q_EMIT sendFinished(outcome.ok());
}

void FinancingPage::clearForm() {
    m_updating = true;
    const QList<QLineEdit*> edits = m_scroll->widget()->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits)
        edit->clear();
    m_idType->setCurrentIndex(0);
    m_billingSame->setChecked(true);
    m_cart->clear();
    m_fields.setAllTouched(false);
    m_result->clear();
    m_updating = false;
    onFormChanged();
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void FinancingPage::prefillCheckout(const Ticket& ticket, const CartDetails& cart) {
    clearForm();
    m_updating = true;
    m_flow->setCurrentIndex(
        m_flow->findData(QVariant::fromValue(static_cast<int>(Flow::Checkout))));
    // A sale from the till is in store (the ID evidence is then asked for), not a call.
    m_channel->setCurrentIndex(
        m_channel->findData(QVariant::fromValue(static_cast<int>(Channel::InStore))));

    const TicketCustomer& c = ticket.customer;
    m_firstName->setText(c.name);
    m_lastName->setText(c.lastName);
    m_email->setText(c.email);
    // The national number: area code and number, as a cashier would type it here.
    m_phone->setText(c.phoneAreaCode + c.phoneNumber);

    m_cart->setCart(cart);
    m_merchantOrderId->setText(ticket.retailerOrderId);
    m_updating = false;
    onFormChanged();
    // The first thing still missing (the ID evidence, typically) takes the keyboard, without
    // red: nothing was typed yet. Send, Enter or leaving a field shows the errors.
    if (!m_errors.isEmpty())
        focusFirstError();
    else
        m_send->setFocus(Qt::OtherFocusReason);
}

} // namespace checkstand
