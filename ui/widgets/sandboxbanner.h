#pragma once

#include <QFrame>

class QComboBox;

namespace checkstand {

namespace sandbox {
class SandboxServer;
}

// The strip across the top of the window in training mode, so nobody mistakes the sandbox
// for the live store. It also lets a trainer make the simulated ChargeAfter misbehave.
class SandboxBanner : public QFrame {
    Q_OBJECT
public:
    explicit SandboxBanner(sandbox::SandboxServer& server, QWidget* parent = nullptr);

    QComboBox* scenarioCombo() const { return m_scenario; }

private:
    sandbox::SandboxServer& m_server;
    QComboBox* m_scenario;
};

} // namespace checkstand
