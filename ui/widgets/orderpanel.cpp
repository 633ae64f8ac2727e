// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderpanel.h"

#include "sale/salesession.h"
#include "widgets/customerpanel.h"
#include "widgets/moneyedit.h"
#include "widgets/scannerguard.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// Shows `text` unless the cashier is typing something else in `edit` (or `force`, for another
// sale). setText() clears the field's "modified" flag, so only the cashier's own edits are
// committed later, never a value a check reply put there.
void showText(QLineEdit* edit, const QString& text, bool force) {
    if (edit->text() == text || (!force && edit->hasFocus() && edit->isModified()))
        return;
    edit->setText(text);
}

QString amountText(const Money& m) {
    return m.isZero() ? QString() : m.toDecimalString();
}

} // namespace

OrderPanel::OrderPanel(SaleSession& session, const QString& currency, QWidget* parent)
    : QScrollArea(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("orderPanel"));
    auto* customerGroup = new QGroupBox(tr("Customer"));
    m_customer = new CustomerPanel;
    auto* customerLayout = new QVBoxLayout(customerGroup);
    customerLayout->addWidget(m_customer);
    connect(m_customer, &CustomerPanel::edited, this,
            [this] { m_session.setCustomer(m_customer->customer()); });
    connect(m_customer, &CustomerPanel::returnPressed, this, &OrderPanel::returnPressed);

    auto* orderGroup = new QGroupBox(tr("Order"));
    auto* form = new QFormLayout(orderGroup);
    m_coupon = new QLineEdit;
    m_coupon->setObjectName(QStringLiteral("coupon"));
    m_coupon->setMaxLength(60);
    // A coupon's barcode may be scanned straight into it.
    m_coupon->setProperty(ScannerGuard::kAcceptsScans, true);
    form->addRow(tr("C&oupon"), m_coupon);
    m_channel = new QLineEdit;
    m_channel->setObjectName(QStringLiteral("salesChannel"));
    m_channel->setMaxLength(60);
    m_channel->setPlaceholderText(tr("e.g. Store, Instagram, WhatsApp"));
    auto* channels = new QCompleter(
        QStringList{QStringLiteral("Store"), QStringLiteral("Instagram"),
                    QStringLiteral("WhatsApp"), QStringLiteral("Website"), QStringLiteral("Phone")},
        m_channel);
    channels->setCaseSensitivity(Qt::CaseInsensitive);
    m_channel->setCompleter(channels);
    form->addRow(tr("Sales channe&l"), m_channel);

    m_discount = new MoneyEdit(currency);
    m_discount->setObjectName(QStringLiteral("discount"));
    m_discountMode = new QComboBox;
    m_discountMode->setObjectName(QStringLiteral("discountMode"));
    m_discountMode->addItem(tr("Amount"), QStringLiteral("ABSOLUTE"));
    m_discountMode->addItem(tr("Percent"), QStringLiteral("PERCENTAGE"));
    auto* discountRow = new QHBoxLayout;
    discountRow->setContentsMargins(0, 0, 0, 0);
    discountRow->addWidget(m_discount, 1);
    discountRow->addWidget(m_discountMode);
    auto* discountLabel = new QLabel(tr("&Discount"));
    discountLabel->setBuddy(m_discount);
    form->addRow(discountLabel, discountRow);
    m_freight = new MoneyEdit(currency);
    m_freight->setObjectName(QStringLiteral("freight"));
    form->addRow(tr("&Freight"), m_freight);

    for (QLineEdit* edit :
         {static_cast<QLineEdit*>(m_coupon), m_channel, static_cast<QLineEdit*>(m_discount),
          static_cast<QLineEdit*>(m_freight)}) {
        connect(edit, &QLineEdit::editingFinished, this, &OrderPanel::commitOrderFields);
        connect(edit, &QLineEdit::returnPressed, this, &OrderPanel::returnPressed);
    }
    connect(m_discountMode, &QComboBox::activated, this, [this] {
        commitOrderFields();
        Q_EMIT returnPressed();
    });

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(customerGroup);
    sideLayout->addWidget(orderGroup);
    sideLayout->addStretch();

    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab from the cart goes to the customer's name, not to an
    // invisible frame around the fields (a QScrollArea takes the keyboard by default).
    setFocusPolicy(Qt::NoFocus);
    setWidget(side);
    setMinimumWidth(320);

    m_fold = new QToolButton;
    m_fold->setObjectName(QStringLiteral("orderPanelToggle"));
    m_fold->setText(tr("&Customer and order"));
    m_fold->setToolTip(tr("Show or hide the customer and order fields"));
    m_fold->setCheckable(true);
    m_fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fold->setAutoRaise(true);
    connect(m_fold, &QToolButton::toggled, this, [this](bool open) { setFolded(!open); });
    QList<QWidget*> fields{m_coupon, m_channel, m_discount, m_discountMode, m_freight};
    for (QLineEdit* edit : m_customer->lineEdits())
        fields.append(edit);
    for (QWidget* field : fields)
        field->installEventFilter(this);
    setFolded(true);
}

void OrderPanel::setFolded(bool folded) {
    m_folded = folded;
    setVisible(!folded);
    const QSignalBlocker quiet(m_fold);
    m_fold->setChecked(!folded);
    m_fold->setArrowType(folded ? Qt::RightArrow : Qt::DownArrow);
}

bool OrderPanel::hasContent(const Ticket& t) {
    const TicketCustomer& c = t.customer;
    const bool customer = !(c.name.isEmpty() && c.lastName.isEmpty() && c.email.isEmpty() &&
                            c.phoneAreaCode.isEmpty() && c.phoneNumber.isEmpty());
    return customer || !t.coupon.isEmpty() || !t.salesChannel.isEmpty() || !t.discount.isZero() ||
           !t.freightCost.isZero();
}

bool OrderPanel::eventFilter(QObject* watched, QEvent* event) {
    // A field that takes the keyboard while folded (its mnemonic, a click through the toggle)
    // must be seen: what is typed into a hidden field would be a surprise.
    if (event->type() == QEvent::FocusIn && m_folded)
        setFolded(false);
    return QScrollArea::eventFilter(watched, event);
}

void OrderPanel::showTicket(const Ticket& t, bool newTicket) {
    // Folded by default; opened when the sale has (or gets) something to show here. Never
    // folded under the cashier's hands while the same sale is edited.
    const bool content = hasContent(t);
    if (newTicket)
        setFolded(!content);
    else if (content && !m_hadContent && m_folded)
        setFolded(false);
    m_hadContent = content;
    m_customer->setCustomer(t.customer, newTicket);
    showText(m_coupon, t.coupon, newTicket);
    showText(m_channel, t.salesChannel, newTicket);
    showText(m_discount, amountText(t.discount), newTicket);
    const int mode = m_discountMode->findData(t.discountMode.toUpper());
    m_discountMode->setCurrentIndex(mode >= 0 ? mode : 0);
    showText(m_freight, amountText(t.freightCost), newTicket);
}

void OrderPanel::commit() {
    m_session.setCustomer(m_customer->customer());
    commitOrderFields();
}

void OrderPanel::commitOrderFields() {
    // Only what the cashier typed: a freight a check reply set must not be sent back as an edit.
    if (m_coupon->isModified()) {
        m_coupon->setModified(false);
        m_session.setCoupon(m_coupon->text());
    }
    if (m_channel->isModified()) {
        m_channel->setModified(false);
        m_session.setSalesChannel(m_channel->text());
    }
    const QString mode = m_discountMode->currentData().toString();
    const bool modeChanged =
        mode.compare(m_session.ticket().discountMode, Qt::CaseInsensitive) != 0;
    if (m_discount->isModified() || modeChanged) {
        const auto discount = m_discount->amount();
        if (!discount.ok()) {
            Q_EMIT invalidAmount(tr("Discount: %1").arg(discount.error));
        } else {
            m_discount->setModified(false);
            // The money rules live in the sale: a discount over the sale or over 100 % is
            // refused there, in words.
            if (const QString why = m_session.setDiscount(*discount.value, mode); !why.isEmpty())
                Q_EMIT invalidAmount(tr("Discount: %1").arg(why));
        }
    }
    if (m_freight->isModified()) {
        const auto freight = m_freight->amount();
        if (!freight.ok()) {
            Q_EMIT invalidAmount(tr("Freight: %1").arg(freight.error));
        } else {
            m_freight->setModified(false);
            if (const QString why = m_session.setFreight(*freight.value); !why.isEmpty())
                Q_EMIT invalidAmount(tr("Freight: %1").arg(why));
        }
    }
}

} // namespace checkstand
