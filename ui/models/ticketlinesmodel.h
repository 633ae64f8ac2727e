// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aifi/pricingreply.h"
#include "ticket/ticket.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace checkstand {

class SaleSession;

// The lines of the sale on screen, read from the SaleSession, each followed by the deposit lines
// the pricing service put under it (bottle deposits and the like). Edits made in the view (a
// quantity, a shipping choice) go to the session, never into this copy: the session changes the
// ticket or its pricing, says so, and the model follows with the smallest change it can describe
// (rows added, rows removed, cells changed), so the selection survives a scan, a check reply or
// a pricing reply.
//
// A view row is either a cart line or one of its deposits. Deposit rows are enabled but neither
// selectable nor editable: the page redirects the keys (+ - Delete) and the selection from a
// deposit row to the line it belongs to.
//
// The Tax and Total columns show the pricing service's figures for a line when the pricing in
// hand covers that line at its current quantity; otherwise the local unit price x quantity, in
// grey italics, and no tax. Priced figures from a pricing that is stale (its last reply was
// refused) are grey, with a tooltip saying they are the last confirmed ones.
class TicketLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Sku, UnitPrice, Quantity, Tax, Total, Shipping, Status, ColumnCount };
    enum Role {
        // The cart line's id; for a deposit row, the id of the line it belongs to.
        LineIdRole = Qt::UserRole + 1,
        // QVariantList of QVariantMap {id, label}, for the shipping editor.
        ShippingOptionsRole,
        HasErrorRole,
        IsDepositRole,
        // True when Tax and Total show the pricing service's figures, not local ones.
        IsPricedRole,
    };

    explicit TicketLinesModel(SaleSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The cart line of `row`; for a deposit row, the line it belongs to.
    const TicketLine& line(int row) const { return m_lines.at(m_rows.at(row).line); }
    // As line(row).lineId, empty for a row that does not exist.
    QString lineId(int row) const;
    bool isDeposit(int row) const;
    // The row of the cart line `row` belongs to (itself for a line row); -1 when out of range.
    int lineRow(int row) const;
    // The next line row from `row` in `step`'s direction (+1 or -1), skipping deposit rows; `row`
    // itself when there is none.
    int adjacentLineRow(int row, int step) const;
    // The row of the cart line `lineId`; -1 when the line is not on the ticket.
    int rowOf(const QString& lineId) const;
    // The number of cart lines (rows less deposit rows).
    int lineCount() const { return static_cast<int>(m_lines.size()); }

    // "PAC ($5.00, 3bd)"
    static QString shippingLabel(const ShippingOption& option);
    // What the status column says: the checker's error, "Gift", or both.
    static QString statusText(const TicketLine& line);

private:
    struct Row {
        int line = 0;     // index into m_lines
        int deposit = -1; // index into m_pricing->lines for a deposit row, -1 for a line row
    };
    // The pricing in hand, indexed: a cart line's priced line and its deposits.
    struct PricingIndex {
        QHash<QString, int> lines;           // line id -> index into the pricing's lines
        QHash<QString, QList<int>> deposits; // line id -> its deposit lines, in order
    };

    void refresh(bool pricingChanged);
    void emitRowsChanged(int first, int last);
    static PricingIndex indexOf(const std::optional<aifi::PricedCart>& pricing);
    static QList<Row> rowsFor(const QList<TicketLine>& lines, const PricingIndex& index);
    static QStringList keysOf(const QList<Row>& rows, const QList<TicketLine>& lines,
                              const std::optional<aifi::PricedCart>& pricing);
    // The priced line of `line` when the pricing in hand covers it at its current quantity.
    const aifi::PricedLine* pricedLine(const TicketLine& line) const;
    QVariant lineData(const TicketLine& line, int column, int role) const;
    QVariant depositData(const TicketLine& parent, const aifi::PricedLine& deposit, int column,
                         int role) const;
    // Whether a pricing service prices this sale: a pricing in hand, one under way or one that
    // failed. Without one, local figures are the only ones and are not shown as unconfirmed.
    bool pricingExpected() const { return m_pricing || m_stale || m_busy; }

    SaleSession& m_session;
    QList<TicketLine> m_lines;
    std::optional<aifi::PricedCart> m_pricing;
    PricingIndex m_index;
    bool m_stale = false;
    bool m_busy = false;
    QString m_pricingError;
    QList<Row> m_rows;
};

} // namespace checkstand
