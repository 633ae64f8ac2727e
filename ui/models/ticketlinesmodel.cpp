#include "ticketlinesmodel.h"

#include "sale/salesession.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace checkstand {

namespace {

QStringList idsOf(const QList<TicketLine>& lines) {
    QStringList ids;
    ids.reserve(lines.size());
    for (const TicketLine& l : lines)
        ids.append(l.lineId);
    return ids;
}

// The one position at which `longer` has an element `shorter` has not, when that is the only
// difference; -1 otherwise.
qsizetype singleInsertion(const QStringList& shorter, const QStringList& longer) {
    if (longer.size() != shorter.size() + 1)
        return -1;
    qsizetype i = 0;
    while (i < shorter.size() && shorter.at(i) == longer.at(i))
        ++i;
    for (qsizetype j = i; j < shorter.size(); ++j) {
        if (shorter.at(j) != longer.at(j + 1))
            return -1;
    }
    return i;
}

const QColor kErrorText(0xb0, 0x00, 0x20);
const QColor kErrorBackground(0xfd, 0xe7, 0xea);
const QColor kGiftText(0x1b, 0x5e, 0x20);

} // namespace

TicketLinesModel::TicketLinesModel(SaleSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_lines(session.ticket().lines) {
    connect(&m_session, &SaleSession::ticketChanged, this, &TicketLinesModel::refresh);
}

void TicketLinesModel::refresh() {
    const QList<TicketLine>& next = m_session.ticket().lines;
    const QStringList before = idsOf(m_lines);
    const QStringList after = idsOf(next);

    if (before == after) {
        // Same lines: only cells changed (a quantity, a checker error, shipping options).
        int first = -1;
        int last = -1;
        for (qsizetype i = 0; i < next.size(); ++i) {
            if (!(m_lines.at(i) == next.at(i))) {
                if (first < 0)
                    first = static_cast<int>(i);
                last = static_cast<int>(i);
            }
        }
        m_lines = next;
        if (first >= 0)
            emitRowsChanged(first, last);
        return;
    }
    if (const qsizetype at = singleInsertion(before, after); at >= 0) {
        // A scan appends; an undone removal puts a line back where it was.
        const int row = static_cast<int>(at);
        beginInsertRows({}, row, row);
        m_lines = next;
        endInsertRows();
        if (rowCount() > 1)
            emitRowsChanged(0, rowCount() - 1); // a reply may have marked other lines too
        return;
    }
    if (const qsizetype at = singleInsertion(after, before); at >= 0) {
        const int row = static_cast<int>(at);
        beginRemoveRows({}, row, row);
        m_lines = next;
        endRemoveRows();
        if (rowCount() > 0)
            emitRowsChanged(0, rowCount() - 1);
        return;
    }
    // Another sale (recalled, new, completed) or a reply that added a gift and more.
    beginResetModel();
    m_lines = next;
    endResetModel();
}

void TicketLinesModel::emitRowsChanged(int first, int last) {
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int TicketLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int TicketLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketLinesModel::lineId(int row) const {
    if (row < 0 || row >= m_lines.size())
        return {};
    return m_lines.at(row).lineId;
}

int TicketLinesModel::rowOf(const QString& id) const {
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).lineId == id)
            return static_cast<int>(i);
    }
    return -1;
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
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const TicketLine& l = m_lines.at(index.row());
    const int column = index.column();
    const bool hasError = !l.checkerError.isEmpty();

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
        case Total: {
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
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == UnitPrice || column == Quantity || column == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == Status && hasError)
            return QBrush(kErrorText);
        if (column == Status && l.isGift)
            return QBrush(kGiftText);
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
        return {};
    case Qt::ToolTipRole:
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
    default:
        return {};
    }
}

bool TicketLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_lines.size() || role != Qt::EditRole)
        return false;
    const QString id = m_lines.at(index.row()).lineId;
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
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Quantity)
        f |= Qt::ItemIsEditable;
    if (index.column() == Shipping && index.row() < m_lines.size() &&
        !m_lines.at(index.row()).shippingOptions.isEmpty())
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
