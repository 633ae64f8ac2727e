#include "sandboxbanner.h"

#include "sandbox/sandboxscenario.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace checkstand {

SandboxBanner::SandboxBanner(sandbox::SandboxServer& server, QWidget* parent)
    : QFrame(parent)
    , m_server(server)
    , m_scenario(new QComboBox(this)) {
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

    auto* scenarioLabel = new QLabel(tr("ChargeAfter &replies:"), this);
    scenarioLabel->setBuddy(m_scenario);
    m_scenario->setObjectName(QStringLiteral("sandboxScenario"));
    m_scenario->setToolTip(tr("Training only: choose how the simulated ChargeAfter answers"));
    const QString chargeAfter = service::chargeAfter;
    const sandbox::Scenario current = m_server.scenario(chargeAfter);
    for (const QString& name : sandbox::scenarioNames()) {
        const auto scenario = sandbox::scenarioFromString(name);
        if (!scenario)
            continue;
        m_scenario->addItem(sandbox::describe(*scenario), name);
        if (*scenario == current)
            m_scenario->setCurrentIndex(m_scenario->count() - 1);
    }
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this, chargeAfter] {
        if (const auto scenario = sandbox::scenarioFromString(m_scenario->currentData().toString()))
            m_server.setScenario(chargeAfter, *scenario);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(text);
    layout->addStretch();
    layout->addWidget(scenarioLabel);
    layout->addWidget(m_scenario);
}

} // namespace checkstand
