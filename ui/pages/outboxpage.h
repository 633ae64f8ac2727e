// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace checkstand {

class NotificationBodyDialog;
class OutboxModel;
class Runtime;

// The Elevate outbox: every payment notification with its state, age, attempts, last error and
// next attempt, and the operator's actions on one of them (retry now, view body, discard with
// a reason). A banner says when delivery is paused and lets the operator resume it. Nothing
// here sends anything: the delivery worker does, and this page follows Outbox::changed.
class OutboxPage : public QWidget {
    Q_OBJECT
public:
    explicit OutboxPage(Runtime& runtime, QWidget* parent = nullptr);

    OutboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The selected notification's outbox id; 0 when none is selected.
    qint64 selectedId() const;
    // Selects the notification's row; false when it is not listed.
    bool select(qint64 id);

public Q_SLOTS:
    // Reads the outbox again: rows, ages, the paused banner and the actions.
    void refresh();
    // Sends the selected notification as soon as possible; a rejected one after a warning that
    // Elevate would count its accepted lines twice.
    void retrySelected();
    // Opens the read-only body view of the selected notification (null when none is selected).
    NotificationBodyDialog* viewSelectedBody();
    // Asks for confirmation and a reason, then discards the selected notification.
    void discardSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QFrame* buildPausedBanner();
    // After Retry or Discard: their button may go off now or once the notification is sent,
    // and a focused button that goes off throws the keyboard out of the page.
    void keyboardToTheTable();
    void updateActions();
    void retry(qint64 id, const QString& saleNumber);
    void showMessage(const QString& text, bool isError);

    Runtime& m_runtime;
    OutboxModel* m_model;
    QTableView* m_table = nullptr;
    QFrame* m_pausedBanner = nullptr;
    QLabel* m_pausedReason = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_viewBody = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_message = nullptr;
    // Coalesces a burst of outbox changes (a delivery is several updates) into one reload.
    QTimer* m_reloadSoon = nullptr;
    // Ages and "next attempt" move with time even when nothing changes.
    QTimer* m_tick = nullptr;
};

} // namespace checkstand
