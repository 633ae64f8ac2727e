// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace checkstand {

class AppSettings;
class SaleSession;
class TotalsPanel;

// The bottom of the Sale page, always on screen: the "can this sale finish" verdict, the
// page's buttons (each naming its key), and on the right the totals with Finish under them.
// Laid out to fit the page of a 1024x768 window: the buttons sit in a grid of three columns
// and the verdict wraps, so nothing here needs more width than the totals and three buttons.
// The page connects the buttons and writes the verdict; only "Check again", shown while the
// Order Checker fails, drives the session itself.
class SaleBottomBar : public QWidget {
    Q_OBJECT
public:
    SaleBottomBar(SaleSession& session, const AppSettings& settings, QWidget* parent = nullptr);

    QLabel* verdict() const { return m_verdict; }
    TotalsPanel* totals() const { return m_totals; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* parkButton() const { return m_park; }
    QPushButton* recallButton() const { return m_recall; }
    QPushButton* newSaleButton() const { return m_newSale; }
    QPushButton* voidButton() const { return m_void; }
    QPushButton* receiptButton() const { return m_receipt; }
    QPushButton* awaitingButton() const { return m_awaiting; }
    QPushButton* finishButton() const { return m_finish; }
    QPushButton* checkAgainButton() const { return m_checkAgain; }
    // "Allow once…": shown by the page while a refused sale may be let through by a supervisor.
    QPushButton* allowOnceButton() const { return m_allowOnce; }

    // "Awaiting financing (2)"; a negative count: the list could not be read.
    void setAwaitingCount(int count);

private:
    void showCheckAgain();

    SaleSession& m_session;
    TotalsPanel* m_totals = nullptr;
    QLabel* m_verdict = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_park = nullptr;
    QPushButton* m_recall = nullptr;
    QPushButton* m_newSale = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_receipt = nullptr;
    QPushButton* m_awaiting = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_checkAgain = nullptr;
    QPushButton* m_allowOnce = nullptr;
};

} // namespace checkstand
