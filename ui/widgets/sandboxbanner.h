// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QToolButton;

namespace checkstand {

namespace sandbox {
class SandboxServer;
}

// The strip across the top of the window in training mode, so nobody mistakes the sandbox
// for the live store. It also lets a trainer make each simulated service misbehave: pick the
// service, then how it replies (ChargeAfter is picked first), and switch the Order Checker's
// extra answers (freight, discount, gift, ...). Services not behaving normally are listed under
// the banner's text, so a trainer does not forget one.
class SandboxBanner : public QFrame {
    Q_OBJECT
public:
    explicit SandboxBanner(sandbox::SandboxServer& server, QWidget* parent = nullptr);

    // The service whose replies scenarioCombo() sets.
    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* scenarioCombo() const { return m_scenario; }
    void selectService(const QString& service);
    // Reads the scenarios again (after something other than the banner changed them).
    void refresh();

private:
    QToolButton* buildOrderCheckerExtras();
    void showScenarioOfService();
    void updateSummary();

    sandbox::SandboxServer& m_server;
    QComboBox* m_service;
    QComboBox* m_scenario;
    QLabel* m_summary;
    bool m_updating = false;
};

} // namespace checkstand
