// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxbanner.h"

#include "sandbox/orderchecksandbox.h"
#include "sandbox/sandboxscenario.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace checkstand {

using Extra = sandbox::OrderCheckSandbox::Extra;

SandboxBanner::SandboxBanner(sandbox::SandboxServer& server, QWidget* parent)
    : QFrame(parent)
    , m_server(server)
    , m_service(new QComboBox(this))
    , m_scenario(new QComboBox(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("sandboxBanner"));
    // Fixed colours, not the palette: the banner must look the same under every theme.
    setStyleSheet(QStringLiteral("#sandboxBanner { background-color: #ffb300; "
                                 "border-bottom: 2px solid #e65100; }"
                                 "#sandboxBanner QLabel { color: #000000; }"));
    setAutoFillBackground(true);

    auto* text = new QLabel(tr("TRAINING / SANDBOX — nothing is sent to real services"), this);
    text->setObjectName(QStringLiteral("sandboxBannerText"));
    QFont font = text->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    text->setFont(font);
    // Wrapped, and the combo boxes below sized to a few characters rather than their longest
    // item: otherwise the banner alone made the window at least 1101 px wide in training mode.
    text->setWordWrap(true);

    m_summary->setObjectName(QStringLiteral("sandboxScenarioSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    // No mnemonics on these two: the banner shows above every page, and every letter of
    // "Simulate" and "replies" is taken there by a field the operator needs more (E-&mail,
    // Pa&yment id, &Retry now...). The labels stay the combos' buddies, so they name them.
    auto* serviceLabel = new QLabel(tr("Simulate:"), this);
    serviceLabel->setBuddy(m_service);
    m_service->setObjectName(QStringLiteral("sandboxService"));
    m_service->setToolTip(tr("Training only: the simulated service to set up"));
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(12);
    for (const QString& name : m_server.services())
        m_service->addItem(service::displayName(name), name);
    selectService(service::chargeAfter);

    auto* scenarioLabel = new QLabel(tr("replies:"), this);
    scenarioLabel->setBuddy(m_scenario);
    m_scenario->setObjectName(QStringLiteral("sandboxScenario"));
    m_scenario->setToolTip(tr("Training only: choose how the simulated service answers"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(16);
    for (const QString& name : sandbox::scenarioNames()) {
        if (const auto scenario = sandbox::scenarioFromString(name))
            m_scenario->addItem(sandbox::describe(*scenario), name);
    }
    showScenarioOfService();

    connect(m_service, &QComboBox::currentIndexChanged, this,
            &SandboxBanner::showScenarioOfService);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QString service = m_service->currentData().toString();
        if (const auto scenario = sandbox::scenarioFromString(m_scenario->currentData().toString());
            scenario && !service.isEmpty())
            m_server.setScenario(service, *scenario);
        updateSummary();
    });

    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(text);
    words->addWidget(m_summary);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addLayout(words, 1);
    layout->addWidget(serviceLabel);
    layout->addWidget(m_service);
    layout->addWidget(scenarioLabel);
    layout->addWidget(m_scenario);
    layout->addWidget(buildOrderCheckerExtras());
    updateSummary();
}

QToolButton* SandboxBanner::buildOrderCheckerExtras() {
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("sandboxOrderCheckerExtras"));
    button->setText(tr("Order Checker &extras"));
    button->setToolTip(tr("Training only: extra answers of the simulated Order Checker"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("sandboxOrderCheckerExtrasMenu"));
    const auto add = [this, menu](const QString& text, Extra extra) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        // A fresh sandbox has every extra off, and nothing but this menu switches them.
        connect(action, &QAction::toggled, this,
                [this, extra](bool on) { m_server.orderChecker().setExtra(extra, on); });
    };
    add(tr("Freight of 10.00"), Extra::Freight);
    add(tr("Order discount of 10.00"), Extra::Discount);
    add(tr("Shipping options on every line"), Extra::ShippingOptions);
    add(tr("A free gift line"), Extra::Gift);
    add(tr("An error on the order (HTTP 403)"), Extra::OrderError);
    add(tr("A notice on the order"), Extra::Notice);
    menu->addSeparator();
    QAction* outOfStock = menu->addAction(tr("Mark an item &out of stock…"));
    outOfStock->setObjectName(QStringLiteral("sandboxOutOfStock"));
    connect(outOfStock, &QAction::triggered, this, &SandboxBanner::askOutOfStock);
    QAction* back = menu->addAction(tr("Every item &back in stock"));
    back->setObjectName(QStringLiteral("sandboxBackInStock"));
    connect(back, &QAction::triggered, this, &SandboxBanner::backInStock);
    button->setMenu(menu);
    return button;
}

void SandboxBanner::askOutOfStock() {
    // Not blocking: the trainer may want to look at the sale while typing the SKU.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("sandboxOutOfStockDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Out of stock (training)"));
    dialog->setLabelText(tr("SKU the simulated Order Checker reports as out of stock "
                            "(e.g. COF-250); the next check of a sale with it blocks:"));
    connect(dialog, &QInputDialog::textValueSelected, this, &SandboxBanner::markOutOfStock);
    dialog->open();
}

void SandboxBanner::markOutOfStock(const QString& sku) {
    const QString trimmed = sku.trimmed();
    if (trimmed.isEmpty())
        return;
    // Blocking (HTTP 403), as a real store's checker refuses an item it cannot deliver.
    m_server.orderChecker().setOutOfStock(trimmed, true);
    if (!m_outOfStock.contains(trimmed))
        m_outOfStock << trimmed;
    updateSummary();
}

void SandboxBanner::backInStock() {
    m_server.orderChecker().clearOutOfStock();
    m_outOfStock.clear();
    updateSummary();
}

void SandboxBanner::selectService(const QString& service) {
    const int index = m_service->findData(service);
    if (index >= 0)
        m_service->setCurrentIndex(index);
}

void SandboxBanner::showScenarioOfService() {
    const sandbox::Scenario current = m_server.scenario(m_service->currentData().toString());
    m_updating = true;
    m_scenario->setCurrentIndex(m_scenario->findData(sandbox::toString(current)));
    m_updating = false;
}

void SandboxBanner::refresh() {
    showScenarioOfService();
    updateSummary();
}

void SandboxBanner::updateSummary() {
    QStringList odd;
    for (int i = 0; i < m_service->count(); ++i) {
        const sandbox::Scenario scenario = m_server.scenario(m_service->itemData(i).toString());
        if (scenario != sandbox::Scenario::Normal)
            odd << tr("%1: %2").arg(m_service->itemText(i), sandbox::describe(scenario));
    }
    if (!m_outOfStock.isEmpty())
        odd << tr("out of stock: %1").arg(m_outOfStock.join(QStringLiteral(", ")));
    m_summary->setText(odd.isEmpty()
                           ? QString()
                           : tr("Simulating problems — %1").arg(odd.join(QStringLiteral("; "))));
    m_summary->setVisible(!odd.isEmpty());
}

} // namespace checkstand
