// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxmodel.h"

#include "storage/salesstore.h"
#include "util/clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace checkstand {

using outbox::Entry;
using outbox::State;

namespace {

// As many sales as the outbox page lists: enough to name every row it shows.
constexpr int kListed = 500;

QString timeText(const QDateTime& at, const QDateTime& now) {
    const QLocale locale;
    return at.date() == now.date() ? locale.toString(at.time(), QLocale::ShortFormat)
                                   : locale.toString(at, QLocale::ShortFormat);
}

} // namespace

OutboxModel::OutboxModel(outbox::Outbox& outbox, SalesStore& sales, const Clock& clock,
                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_sales(sales)
    , m_clock(clock) {
    connect(&m_sales, &SalesStore::saleRecorded, this, &OutboxModel::rememberNumber);
    reload();
}

void OutboxModel::rememberNumber(const CompletedSale& sale) {
    if (!sale.ticket.retailerOrderId.isEmpty())
        m_numbers.insert(sale.ticket.id, sale.ticket.retailerOrderId);
    // The outbox may have been listed before this slot ran (it hears of the sale first).
    const int row = [&] {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).saleId == sale.ticket.id)
                return i;
        }
        return -1;
    }();
    if (row >= 0)
        Q_EMIT dataChanged(index(row, SaleColumn), index(row, SaleColumn));
}

void OutboxModel::loadNumbersFromJournal() {
    m_journalLoaded = true;
    for (const CompletedSale& sale : m_sales.journal(kListed)) {
        if (!sale.ticket.retailerOrderId.isEmpty())
            m_numbers.insert(sale.ticket.id, sale.ticket.retailerOrderId);
    }
}

void OutboxModel::reload() {
    QList<Entry> entries = m_outbox.entries(kListed);
    m_now = m_clock.now();
    m_paused = m_outbox.isPaused();
    if (!m_journalLoaded) {
        for (const Entry& e : entries) {
            if (!m_numbers.contains(e.saleId)) {
                loadNumbersFromJournal();
                break;
            }
        }
    }

    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id;
    if (sameRows) {
        m_entries = std::move(entries);
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int OutboxModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QString OutboxModel::saleNumber(const Entry& entry) const {
    const QString number = m_numbers.value(entry.saleId);
    return number.isEmpty() ? entry.saleId.left(8) : number;
}

QString OutboxModel::stateText(State state) {
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Retrying:
        return tr("Retrying after an error");
    case State::Rejected:
        return tr("Rejected by Elevate");
    case State::Delivered:
        return tr("Delivered");
    case State::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString OutboxModel::durationText(qint64 seconds) {
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 1)
        return tr("under 1 min");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 == 0 ? tr("%1 h").arg(hours)
                                 : tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return hours % 24 == 0 ? tr("%1 d").arg(hours / 24)
                           : tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString OutboxModel::nextAttemptText(const Entry& e) const {
    switch (e.state) {
    case State::Queued:
    case State::Retrying: {
        if (m_paused)
            return tr("Paused");
        if (!e.nextAttemptAt.isValid() || e.nextAttemptAt <= m_now)
            return tr("Now");
        return tr("in %1 (%2)")
            .arg(durationText(m_now.secsTo(e.nextAttemptAt) + 59),
                 timeText(e.nextAttemptAt, m_now));
    }
    case State::Rejected:
        return tr("Not sent again");
    case State::Delivered:
    case State::Discarded:
        break;
    }
    return QStringLiteral("—");
}

QString OutboxModel::lastErrorText(const Entry& e) const {
    switch (e.state) {
    case State::Delivered:
        return {};
    case State::Discarded:
        return tr("Discarded by an operator: %1").arg(e.discardedReason);
    default:
        return e.lastError;
    }
}

QString OutboxModel::adviceText(const Entry& e) const {
    // The state says what happened; this says what to do, so nobody calls support for a row
    // that is only waiting, and nobody waits on a row that will never go by itself.
    switch (e.state) {
    case State::Delivered:
        return tr("Nothing to do.");
    case State::Discarded:
        return tr("Nothing to do: an operator gave it up.");
    case State::Queued:
    case State::Retrying:
        if (m_paused)
            return tr("Check the Elevate API key in Settings, then press Resume.");
        if (e.lastStatus == 401 || e.lastStatus == 403)
            return tr("Check the Elevate API key in Settings; it is tried again by itself.");
        if (e.state == State::Queued)
            return tr("Nothing to do: it is sent by itself.");
        if (e.lastStatus == 0)
            return tr("Wait: it is sent again by itself once Elevate can be reached. Check the "
                      "network if this lasts.");
        return tr("Wait: Elevate is busy or failing; it is tried again by itself.");
    case State::Rejected:
        return tr("Call Voyado support with sale %1 and the message in Last error; do not send "
                  "it again unless they say so.")
            .arg(saleNumber(e));
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case StateRole:
        return static_cast<int>(e.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SaleColumn:
            return saleNumber(e);
        case StateColumn:
            return stateText(e.state);
        case AgeColumn:
            return durationText(e.createdAt.secsTo(m_now));
        case AttemptsColumn:
            return e.attempts;
        case ErrorColumn:
            // One line in the table; the whole text is in the tooltip and under the table.
            return lastErrorText(e).simplified();
        case NextAttemptColumn:
            return nextAttemptText(e);
        case AdviceColumn:
            return adviceText(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SaleColumn:
            return tr("Sale %1\nElevate session key %2").arg(e.saleId, e.sessionKey);
        case StateColumn:
            if (e.state == State::Delivered && e.deliveredAt.isValid())
                return tr("Delivered %1")
                    .arg(QLocale().toString(e.deliveredAt.toLocalTime(), QLocale::ShortFormat));
            if (e.state == State::Rejected)
                return tr("Elevate has already counted the lines it accepted; sending this "
                          "notification again would count them twice.");
            return {};
        case AgeColumn:
            return tr("Paid %1").arg(
                QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
        case ErrorColumn: {
            const QString text = lastErrorText(e);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() != StateColumn && index.column() != ErrorColumn)
            return {};
        if (e.state == State::Rejected)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (e.state == State::Retrying)
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        if (e.state == State::Delivered && index.column() == StateColumn)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case SaleColumn:
        return tr("Sale");
    case StateColumn:
        return tr("State");
    case AgeColumn:
        return tr("Age");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    case NextAttemptColumn:
        return tr("Next attempt");
    case AdviceColumn:
        return tr("What to do");
    default:
        return {};
    }
}

} // namespace checkstand
