// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkhistorymodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace checkstand {

namespace {

// The history stores the wire names; the operator reads the words used on the form.
QString channelText(const QString& channel) {
    if (channel == QLatin1String("call_center"))
        return LinkHistoryModel::tr("Call center");
    if (channel == QLatin1String("in_store"))
        return LinkHistoryModel::tr("In store");
    return channel;
}

QString flowText(const QString& flow) {
    if (flow == QLatin1String("apply"))
        return LinkHistoryModel::tr("Apply");
    if (flow == QLatin1String("checkout"))
        return LinkHistoryModel::tr("Checkout");
    return flow;
}

bool wasSent(const chargeafter::LinkHistoryEntry& e) {
    return e.result == QLatin1String("sent");
}

} // namespace

LinkHistoryModel::LinkHistoryModel(chargeafter::LinkHistory& history, QObject* parent)
    : QAbstractTableModel(parent)
    , m_history(history) {
    connect(&m_history, &chargeafter::LinkHistory::changed, this, &LinkHistoryModel::reload);
    reload();
}

void LinkHistoryModel::reload() {
    beginResetModel();
    m_entries = m_history.entries();
    endResetModel();
}

int LinkHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LinkHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const chargeafter::LinkHistoryEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.sentAt, QLocale::ShortFormat);
        case Channel:
            return channelText(e.channel);
        case Flow:
            return flowText(e.flow);
        case Customer:
            return e.customerName;
        case Contact:
            return e.maskedContact;
        case TrackingId:
            return e.trackingId;
        case Result:
            return wasSent(e) ? tr("Sent") : e.result;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Result && !wasSent(e))
        return e.result;
    if (role == Qt::ForegroundRole && index.column() == Result && !wasSent(e))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QVariant LinkHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Channel:
        return tr("Channel");
    case Flow:
        return tr("Flow");
    case Customer:
        return tr("Customer");
    case Contact:
        return tr("Contact");
    case TrackingId:
        return tr("Tracking id");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace checkstand
