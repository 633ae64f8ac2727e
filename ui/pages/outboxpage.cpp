// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxpage.h"

#include "audit/auditjournal.h"
#include "dialogs.h"
#include "models/outboxmodel.h"
#include "operators/operatorsession.h"
#include "outbox/outbox.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "storage/salesstore.h"
#include "widgets/discarddialog.h"
#include "widgets/notificationbodydialog.h"
#include "widgets/permission.h"

#include <QFocusEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <optional>

namespace checkstand {

using outbox::State;

namespace {

// Fixed colours, as the Sale page's banners: a warning must look the same under every theme.
const QString kPausedBanner =
    QStringLiteral("#pausedBanner { background-color: %1; border: 1px solid %2; }"
                   "#pausedBanner QLabel { color: %2; }")
        .arg(palette::errorBackground().name(), palette::errorColor().name());
const QString kErrorStyle = palette::errorStyleSheet();
const QString kNeutralStyle = QStringLiteral("color: palette(window-text);");

constexpr std::chrono::seconds kTick{30};

QLabel* wordsLabel(const QString& name) {
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isOpen(State state) {
    return state == State::Queued || state == State::Retrying || state == State::Rejected;
}

} // namespace

OutboxPage::OutboxPage(Runtime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_model(new OutboxModel(runtime.outbox(), runtime.sales(), runtime.clock(), this))
    , m_reloadSoon(new QTimer(this))
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("outboxPage"));

    auto* heading = new QLabel(tr("Outbox"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    heading->setFont(font);
    auto* intro = wordsLabel(QStringLiteral("outboxIntro"));
    intro->setText(tr("Payment notifications to Voyado Elevate, newest first. Each paid sale is "
                      "reported once; a notification only leaves the queue when Elevate has it, "
                      "when Elevate rejects it, or when an operator discards it with a reason."));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Payment notifications"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to Retry, View and Discard; the arrow keys move between notifications. (A
    // QTableView's Tab otherwise walks every cell of every row first.)
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::ErrorColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutboxModel::AdviceColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { viewSelectedBody(); });
    m_table->installEventFilter(this);

    m_retry = new QPushButton(tr("&Retry now"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send the selected notification as soon as possible"));
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    m_viewBody = new QPushButton(tr("&View body"));
    m_viewBody->setObjectName(QStringLiteral("viewBodyButton"));
    m_viewBody->setToolTip(tr("Show what is sent to Elevate for the selected sale"));
    connect(m_viewBody, &QPushButton::clicked, this, [this] { viewSelectedBody(); });
    m_discard = new QPushButton(tr("&Discard…"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Never send the selected notification (asks for a reason)"));
    connect(m_discard, &QPushButton::clicked, this, &OutboxPage::discardSelected);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_viewBody);
    actions->addWidget(m_discard);
    actions->addStretch();

    m_detail = wordsLabel(QStringLiteral("outboxDetail"));
    m_message = wordsLabel(QStringLiteral("outboxMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildPausedBanner());
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &OutboxPage::refresh);
    connect(&m_runtime.outbox(), &outbox::Outbox::changed, m_reloadSoon,
            qOverload<>(&QTimer::start));
    m_tick->setInterval(kTick);
    connect(m_tick, &QTimer::timeout, this, &OutboxPage::refresh);
    m_tick->start();

    refresh();
}

QFrame* OutboxPage::buildPausedBanner() {
    m_pausedBanner = new QFrame;
    m_pausedBanner->setObjectName(QStringLiteral("pausedBanner"));
    m_pausedBanner->setStyleSheet(kPausedBanner);
    m_pausedBanner->setFrameShape(QFrame::StyledPanel);

    auto* title = new QLabel(tr("Delivery to Voyado Elevate is paused"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_pausedReason = wordsLabel(QStringLiteral("pausedReason"));

    m_resume = new QPushButton(tr("Re&sume"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setToolTip(tr("Try again now, e.g. once Elevate's credentials are fixed. Changing "
                            "the Elevate API key in Settings resumes by itself."));
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_runtime.outbox().resume();
        showMessage(tr("Delivery resumed."), false);
    });

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_pausedReason);
    auto* layout = new QHBoxLayout(m_pausedBanner);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_resume, 0, Qt::AlignVCenter);
    m_pausedBanner->hide();
    return m_pausedBanner;
}

void OutboxPage::refresh() {
    const qint64 selected = selectedId();
    m_model->reload();
    // A new row resets the model; keep the operator's selection on the same notification.
    if (selected != 0 && selectedId() != selected)
        select(selected);

    const outbox::Outbox& box = m_runtime.outbox();
    const bool paused = box.isPaused();
    if (paused)
        m_pausedReason->setText(box.pauseReason());
    m_pausedBanner->setVisible(paused);
    updateActions();
}

qint64 OutboxPage::selectedId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxModel::IdRole).toLongLong();
}

bool OutboxPage::select(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void OutboxPage::updateActions() {
    const int row = m_model->rowOf(selectedId());
    if (row < 0) {
        m_retry->setEnabled(false);
        m_viewBody->setEnabled(false);
        m_discard->setEnabled(false);
        m_detail->clear();
        m_detail->hide();
        return;
    }
    const outbox::Entry& e = m_model->entry(row);
    m_retry->setEnabled(isOpen(e.state));
    m_viewBody->setEnabled(true);
    m_discard->setEnabled(isOpen(e.state));

    const QModelIndex error = m_model->index(row, OutboxModel::ErrorColumn);
    const QString why = error.data(Qt::ToolTipRole).toString();
    QString detail =
        tr("Sale %1: %2.").arg(m_model->saleNumber(e), OutboxModel::stateText(e.state));
    if (!why.isEmpty())
        detail += QLatin1Char(' ') + why;
    if (e.state == State::Rejected)
        detail += QLatin1Char(' ') +
                  m_model->index(row, OutboxModel::StateColumn).data(Qt::ToolTipRole).toString();
    m_detail->setText(detail);
    m_detail->setStyleSheet(e.state == State::Rejected ? kErrorStyle : kNeutralStyle);
    m_detail->show();
}

bool OutboxPage::eventFilter(QObject* watched, QEvent* event) {
    // Reached with the keyboard (Ctrl+4, Tab), the table selects a row at once: the actions
    // act on the selection, so with none Retry, View and Discard were out of reach, and Down
    // then skipped the newest row, which the view had only made current.
    // (A click selects its own row; the window coming back to the front reaches nothing.)
    if (watched != m_table || event->type() != QEvent::FocusIn)
        return QWidget::eventFilter(watched, event);
    switch (static_cast<QFocusEvent*>(event)->reason()) {
    case Qt::TabFocusReason:
    case Qt::BacktabFocusReason:
    case Qt::ShortcutFocusReason:
    case Qt::OtherFocusReason:
        if (m_table->selectionModel()->selectedRows().isEmpty() && m_model->rowCount() > 0) {
            const QModelIndex current = m_table->currentIndex();
            m_table->selectRow(current.isValid() ? current.row() : 0);
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void OutboxPage::keyboardToTheTable() {
    if (isVisible())
        m_table->setFocus(Qt::OtherFocusReason);
}

void OutboxPage::showMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? kErrorStyle : kNeutralStyle);
}

void OutboxPage::retrySelected() {
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const outbox::Entry& e = m_model->entry(row);
    const qint64 id = e.id;
    const QString number = m_model->saleNumber(e);
    if (e.state != State::Rejected) {
        retry(id, number);
        return;
    }
    // Elevate has already counted the valid lines of a rejected notification: sending it again
    // counts them twice. Only on the operator's explicit word.
    dialogs::Message box;
    box.icon = QMessageBox::Warning;
    box.title = tr("Send a rejected notification again?");
    box.text =
        tr("Elevate rejected the notification for sale %1, but it has already counted the lines "
           "it could accept. Sending it again counts those lines twice.\n\nSend it again only "
           "if the problem was fixed on Elevate's side and none of its lines was accepted.")
            .arg(number);
    box.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    box.defaultButton = QMessageBox::Cancel;
    box.buttonTexts.insert(QMessageBox::Yes, tr("Send again"));
    box.objectName = QStringLiteral("retryRejectedConfirm");
    dialogs::open(this, box, this, [this, id, number](QMessageBox::StandardButton answer) {
        if (answer == QMessageBox::Yes)
            retry(id, number);
    });
}

void OutboxPage::retry(qint64 id, const QString& saleNumber) {
    if (!m_runtime.outbox().retryNow(id)) {
        showMessage(tr("The notification for sale %1 is no longer waiting; nothing was changed.")
                        .arg(saleNumber),
                    true);
        return;
    }
    const QString note = journalAction(
        m_runtime.session(), auditkind::kOutboxRetry,
        {{QStringLiteral("sale"), saleNumber}, {QStringLiteral("outboxId"), QString::number(id)}});
    showMessage((m_runtime.outbox().isPaused()
                     ? tr("Sale %1 is queued; it is sent once delivery is resumed.").arg(saleNumber)
                     : tr("Sale %1 is queued to be sent now.").arg(saleNumber)) +
                    note,
                !note.isEmpty());
    keyboardToTheTable();
}

NotificationBodyDialog* OutboxPage::viewSelectedBody() {
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return nullptr;
    const outbox::Entry& e = m_model->entry(row);
    auto* dialog = new NotificationBodyDialog(e, m_model->saleNumber(e), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void OutboxPage::discardSelected() {
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    const outbox::Entry& e = m_model->entry(row);
    const qint64 id = e.id;
    const QString number = m_model->saleNumber(e);
    // Elevate never hears of the sale: an administrator's decision, or one's override.
    QString by;
    if (!requireAction(m_runtime.session(), Action::DiscardNotification, this, &by)) {
        showMessage(tr("The notification for sale %1 was kept: discarding needs an "
                       "administrator.")
                        .arg(number),
                    true);
        return;
    }
    DiscardDialog::ask(this, number, this, [this, id, number, by](std::optional<QString> reason) {
        if (!reason)
            return;
        if (m_runtime.outbox().discard(id, *reason)) {
            const QString note = journalAction(m_runtime.session(), auditkind::kOutboxDiscard,
                                               {{QStringLiteral("sale"), number},
                                                {QStringLiteral("outboxId"), QString::number(id)},
                                                {QStringLiteral("reason"), *reason}},
                                               by);
            QString words = tr("The notification for sale %1 was discarded.").arg(number);
            if (!by.isEmpty())
                words += u' ' + tr("Authorised by %1.").arg(by);
            showMessage(words + note, !note.isEmpty());
            keyboardToTheTable();
        } else {
            showMessage(tr("The notification for sale %1 was not discarded: it is no longer "
                           "waiting (it may just have been delivered).")
                            .arg(number),
                        true);
        }
    });
}

} // namespace checkstand
