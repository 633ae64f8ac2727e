#pragma once

#include "sale/ticket.h"

#include <QAbstractTableModel>

namespace checkstand {

class SaleSession;

// The lines of the sale on screen, read from the SaleSession. Edits made in the view (a
// quantity, a shipping choice) go to the session, never into this copy: the session changes the
// ticket, says so, and the model follows with the smallest change it can describe (a row added,
// a row removed, cells changed), so the selection survives a scan or a check reply.
class TicketLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sku, UnitPrice, Quantity, Total, Shipping, Status, ColumnCount };
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        // QVariantList of QVariantMap {id, label}, for the shipping editor.
        ShippingOptionsRole,
        HasErrorRole,
    };

    explicit TicketLinesModel(SaleSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TicketLine& line(int row) const { return m_lines.at(row); }
    QString lineId(int row) const;
    // -1 when the line is not on the ticket.
    int rowOf(const QString& lineId) const;

    // "PAC ($5.00, 3bd)"
    static QString shippingLabel(const ShippingOption& option);
    // What the status column says: the checker's error, "Gift", or both.
    static QString statusText(const TicketLine& line);

private:
    void refresh();
    void emitRowsChanged(int first, int last);

    SaleSession& m_session;
    QList<TicketLine> m_lines;
};

} // namespace checkstand
