// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlinesmodel.h"

#include "sale/salesession.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace checkstand {

namespace {

// Rows [at, at + count) that `longer` has and `shorter` has not, when that one block is the only
// difference; count 0 otherwise. A scan adds one row, a priced bottle its deposit row after it,
// a removed line takes its deposits with it: each is one block.
struct Block {
    int at = 0;
    int count = 0;
};

Block insertedBlock(const QStringList& shorter, const QStringList& longer) {
    if (longer.size() <= shorter.size())
        return {};
    qsizetype i = 0;
    while (i < shorter.size() && shorter.at(i) == longer.at(i))
        ++i;
    const qsizetype count = longer.size() - shorter.size();
    for (qsizetype j = i; j < shorter.size(); ++j) {
        if (shorter.at(j) != longer.at(j + count))
            return {};
    }
    return {static_cast<int>(i), static_cast<int>(count)};
}

const QColor kErrorText(0xb0, 0x00, 0x20);
const QColor kErrorBackground(0xfd, 0xe7, 0xea);
const QColor kGiftText(0x1b, 0x5e, 0x20);
// Figures that are not (or no longer) the pricing service's: local prices, last confirmed ones.
const QColor kUnconfirmedText(0x75, 0x75, 0x75);
const QColor kDepositText(0x42, 0x42, 0x42);

QFont italicFont() {
    QFont f;
    f.setItalic(true);
    return f;
}

} // namespace

TicketLinesModel::TicketLinesModel(SaleSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_lines(session.ticket().lines)
    , m_pricing(session.pricing())
    , m_index(indexOf(m_pricing))
    , m_stale(session.isPricingStale())
    , m_busy(session.isPricingBusy())
    , m_pricingError(session.pricingError())
    , m_rows(rowsFor(m_lines, m_index)) {
    connect(&m_session, &SaleSession::ticketChanged, this, [this] { refresh(false); });
    connect(&m_session, &SaleSession::pricingChanged, this, [this] { refresh(true); });
}

TicketLinesModel::PricingIndex
TicketLinesModel::indexOf(const std::optional<aifi::PricedCart>& pricing) {
    PricingIndex index;
    if (!pricing)
        return index;
    for (qsizetype i = 0; i < pricing->lines.size(); ++i) {
        const aifi::PricedLine& l = pricing->lines.at(i);
        if (l.isDeposit)
            index.deposits[l.parentLineId].append(static_cast<int>(i));
        else
            index.lines.insert(l.id, static_cast<int>(i));
    }
    return index;
}

QList<TicketLinesModel::Row> TicketLinesModel::rowsFor(const QList<TicketLine>& lines,
                                                       const PricingIndex& index) {
    QList<Row> rows;
    rows.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = static_cast<int>(i);
        rows.append({line, -1});
        const auto deposits = index.deposits.constFind(lines.at(i).lineId);
        if (deposits == index.deposits.cend())
            continue;
        for (int d : *deposits)
            rows.append({line, d});
    }
    return rows;
}

QStringList TicketLinesModel::keysOf(const QList<Row>& rows, const QList<TicketLine>& lines,
                                     const std::optional<aifi::PricedCart>& pricing) {
    QStringList keys;
    keys.reserve(rows.size());
    for (const Row& r : rows) {
        const QString& id = lines.at(r.line).lineId;
        if (r.deposit < 0 || !pricing)
            keys.append(id);
        else
            keys.append(id + u'\x1f' + pricing->lines.at(r.deposit).id);
    }
    return keys;
}

void TicketLinesModel::refresh(bool pricingChanged) {
    QList<TicketLine> nextLines = m_session.ticket().lines;
    // Read on every change: a new or recalled sale drops its pricing with ticketChanged alone.
    std::optional<aifi::PricedCart> nextPricing = m_session.pricing();
    PricingIndex nextIndex = indexOf(nextPricing);
    QList<Row> nextRows = rowsFor(nextLines, nextIndex);
    const QStringList before = keysOf(m_rows, m_lines, m_pricing);
    const QStringList after = keysOf(nextRows, nextLines, nextPricing);
    const bool statusChanged = m_stale != m_session.isPricingStale() ||
                               m_busy != m_session.isPricingBusy() ||
                               m_pricingError != m_session.pricingError();

    // Which rows show other cells, when the rows themselves stay: with new pricing (or a new
    // pricing state) all of them; otherwise the lines that changed, and their deposit rows,
    // whose figures are current only at the quantity they were priced for.
    int first = -1;
    int last = -1;
    if (before == after) {
        for (qsizetype r = 0; r < nextRows.size(); ++r) {
            const bool changed =
                pricingChanged || statusChanged ||
                !(m_lines.at(m_rows.at(r).line) == nextLines.at(nextRows.at(r).line));
            if (changed) {
                if (first < 0)
                    first = static_cast<int>(r);
                last = static_cast<int>(r);
            }
        }
    }

    const auto adopt = [&] {
        m_lines = std::move(nextLines);
        m_pricing = std::move(nextPricing);
        m_index = std::move(nextIndex);
        m_rows = std::move(nextRows);
        m_stale = m_session.isPricingStale();
        m_busy = m_session.isPricingBusy();
        m_pricingError = m_session.pricingError();
    };

    if (before == after) {
        adopt();
        if (first >= 0)
            emitRowsChanged(first, last);
        return;
    }
    if (const Block added = insertedBlock(before, after); added.count > 0) {
        // A scan appends a line; an undone removal puts one back; a reply adds a deposit row.
        beginInsertRows({}, added.at, added.at + added.count - 1);
        adopt();
        endInsertRows();
        emitRowsChanged(0, rowCount() - 1); // a reply may have marked other lines too
        return;
    }
    if (const Block removed = insertedBlock(after, before); removed.count > 0) {
        // A line removed (with its deposits), or a deposit the service no longer charges.
        beginRemoveRows({}, removed.at, removed.at + removed.count - 1);
        adopt();
        endRemoveRows();
        emitRowsChanged(0, rowCount() - 1);
        return;
    }
    // Another sale (recalled, new, completed) or a reply that changed the rows in several places.
    beginResetModel();
    adopt();
    endResetModel();
}

void TicketLinesModel::emitRowsChanged(int first, int last) {
    if (first < 0 || last < first || last >= rowCount())
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int TicketLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketLinesModel::lineId(int row) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_lines.at(m_rows.at(row).line).lineId;
}

bool TicketLinesModel::isDeposit(int row) const {
    return row >= 0 && row < m_rows.size() && m_rows.at(row).deposit >= 0;
}

int TicketLinesModel::lineRow(int row) const {
    if (row < 0 || row >= m_rows.size())
        return -1;
    while (row > 0 && m_rows.at(row).deposit >= 0)
        --row;
    return row;
}

int TicketLinesModel::adjacentLineRow(int row, int step) const {
    if (row < 0 || row >= m_rows.size() || step == 0)
        return row;
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
        if (m_rows.at(r).deposit < 0)
            return r;
    }
    return row;
}

int TicketLinesModel::rowOf(const QString& id) const {
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        if (row.deposit < 0 && m_lines.at(row.line).lineId == id)
            return static_cast<int>(r);
    }
    return -1;
}

const aifi::PricedLine* TicketLinesModel::pricedLine(const TicketLine& line) const {
    if (!m_pricing)
        return nullptr;
    const auto it = m_index.lines.constFind(line.lineId);
    if (it == m_index.lines.cend())
        return nullptr;
    const aifi::PricedLine& priced = m_pricing->lines.at(*it);
    // Priced at another quantity: those figures are not this line's any more.
    return priced.quantity == line.quantity ? &priced : nullptr;
}

QString TicketLinesModel::shippingLabel(const ShippingOption& option) {
    const QString name = option.name.isEmpty() ? option.id : option.name;
    if (option.shippingEstimate.isEmpty())
        return tr("%1 (%2)").arg(name, option.price.toDisplayString());
    return tr("%1 (%2, %3)").arg(name, option.price.toDisplayString(), option.shippingEstimate);
}

QString TicketLinesModel::statusText(const TicketLine& line) {
    if (line.isGift && !line.checkerError.isEmpty())
        return tr("Gift: %1").arg(line.checkerError);
    if (line.isGift)
        return tr("Gift");
    return line.checkerError;
}

QVariant TicketLinesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const TicketLine& l = m_lines.at(row.line);
    if (row.deposit >= 0 && m_pricing)
        return depositData(l, m_pricing->lines.at(row.deposit), index.column(), role);
    return lineData(l, index.column(), role);
}

QVariant TicketLinesModel::lineData(const TicketLine& l, int column, int role) const {
    const bool hasError = !l.checkerError.isEmpty();
    const aifi::PricedLine* priced = pricedLine(l);
    const bool isAmount = column == Tax || column == Total;
    // Local figures while a pricing service is expected to price the line: not the real ones.
    const bool unconfirmed = !priced && pricingExpected();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return l.name;
        case Sku:
            return l.sku;
        case UnitPrice:
            return l.unitPrice.toDisplayString();
        case Quantity:
            return l.quantity;
        case Tax:
            if (priced)
                return priced->tax.toDisplayString();
            return unconfirmed ? QStringLiteral("—") : QString();
        case Total: {
            if (priced)
                return priced->total.toDisplayString();
            const auto total = l.total();
            return total ? total->toDisplayString() : QStringLiteral("—");
        }
        case Shipping:
            for (const ShippingOption& o : l.shippingOptions) {
                if (o.id == l.shippingMethod)
                    return shippingLabel(o);
            }
            if (!l.shippingOptions.isEmpty())
                return tr("Choose…");
            return l.shippingMethod;
        case Status:
            return statusText(l);
        default:
            return {};
        }
    case Qt::EditRole:
        if (column == Quantity)
            return static_cast<int>(l.quantity);
        if (column == Shipping)
            return l.shippingMethod;
        return lineData(l, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == UnitPrice || column == Quantity || isAmount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && hasError)
            return QBrush(kErrorText);
        if (column == Status && l.isGift)
            return QBrush(kGiftText);
        if (isAmount && (unconfirmed || (priced && m_stale)))
            return QBrush(kUnconfirmedText);
        return {};
    case Qt::BackgroundRole:
        if (hasError)
            return QBrush(kErrorBackground);
        return {};
    case Qt::FontRole:
        if (column == Status && (hasError || l.isGift)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (isAmount && unconfirmed)
            return italicFont();
        return {};
    case Qt::ToolTipRole:
        if (isAmount && unconfirmed)
            return m_stale ? tr("Local price: the prices could not be confirmed (%1).")
                                 .arg(m_pricingError)
                           : tr("Local price, until the pricing service has priced this line.");
        if (isAmount && priced && m_stale)
            return tr("Last confirmed price: the latest pricing was refused (%1).")
                .arg(m_pricingError);
        if (hasError)
            return tr("The order checker says: %1").arg(l.checkerError);
        if (column == Shipping && !l.shippingOptions.isEmpty())
            return tr("Double-click or press F2 to choose how this item is shipped.");
        if (column == Quantity)
            return tr("+ and - change the quantity; type a number to set it.");
        return {};
    case LineIdRole:
        return l.lineId;
    case ShippingOptionsRole: {
        QVariantList options;
        for (const ShippingOption& o : l.shippingOptions)
            options.append(QVariantMap{{QStringLiteral("id"), o.id},
                                       {QStringLiteral("label"), shippingLabel(o)}});
        return options;
    }
    case HasErrorRole:
        return hasError;
    case IsDepositRole:
        return false;
    case IsPricedRole:
        return priced != nullptr;
    default:
        return {};
    }
}

QVariant TicketLinesModel::depositData(const TicketLine& parent, const aifi::PricedLine& deposit,
                                       int column, int role) const {
    const bool isAmount = column == Tax || column == Total;
    // The deposit was priced with its line: at another quantity now, or refused since, its
    // figures are the last confirmed ones.
    const bool current = pricedLine(parent) != nullptr && !m_stale;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Name:
            return QString(QStringLiteral("    ") + tr("↳ Deposit"));
        case Tax:
            return deposit.tax.toDisplayString();
        case Total:
            return deposit.total.toDisplayString();
        default:
            return QString();
        }
    case Qt::TextAlignmentRole:
        if (isAmount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (isAmount && !current)
            return QBrush(kUnconfirmedText);
        return QBrush(kDepositText);
    case Qt::FontRole:
        if (isAmount && pricedLine(parent) == nullptr)
            return italicFont();
        return {};
    case Qt::ToolTipRole:
        if (!current)
            return tr("Deposit on %1 as last confirmed by the pricing service; it is priced again "
                      "with the cart.")
                .arg(parent.name);
        return tr("Deposit on %1, charged with it and included in the total. + - and Delete act "
                  "on %1.")
            .arg(parent.name);
    case LineIdRole:
        return parent.lineId;
    case HasErrorRole:
        return false;
    case IsDepositRole:
        return true;
    case IsPricedRole:
        return current;
    default:
        return {};
    }
}

bool TicketLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::EditRole ||
        isDeposit(index.row()))
        return false;
    const QString id = lineId(index.row());
    // The session changes the ticket and emits ticketChanged; refresh() then updates this row.
    if (index.column() == Quantity) {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        return ok && m_session.setQuantity(id, quantity);
    }
    if (index.column() == Shipping)
        return m_session.chooseShipping(id, value.toString());
    return false;
}

Qt::ItemFlags TicketLinesModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    // A deposit row is shown, never selected or edited: it goes with its line.
    if (isDeposit(index.row()))
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Quantity)
        f |= Qt::ItemIsEditable;
    if (index.column() == Shipping && !line(index.row()).shippingOptions.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TicketLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Item");
    case Sku:
        return tr("SKU");
    case UnitPrice:
        return tr("Unit price");
    case Quantity:
        return tr("Qty");
    case Tax:
        return tr("Tax");
    case Total:
        return tr("Total");
    case Shipping:
        return tr("Shipping");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace checkstand
