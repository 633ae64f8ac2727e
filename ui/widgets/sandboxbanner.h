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
// extra answers (freight, discount, gift, ...) and which items it reports out of stock, so the
// stock-error path can be shown without a quantity over 99. Services not behaving normally, and
// items out of stock, are listed under the banner's text, so a trainer does not forget one.
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
    // The simulated Order Checker answers every line of `sku` with "Out of stock" (HTTP 403).
    void markOutOfStock(const QString& sku);
    void backInStock();

private:
    QToolButton* buildOrderCheckerExtras();
    void askOutOfStock();
    void showScenarioOfService();
    void updateSummary();

    sandbox::SandboxServer& m_server;
    QComboBox* m_service;
    QComboBox* m_scenario;
    QLabel* m_summary;
    QStringList m_outOfStock; // as the banner set them, for the summary
    bool m_updating = false;
};

} // namespace checkstand
