#pragma once

#include "storage/database.h"
#include "ticket/completedsale.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace checkstand {

struct ParkedSale {
    QString id;
    QString retailerOrderId;
    QDateTime parkedAt;
    int lines = 0;
    Money total;
    QString customerName;
};

// The sales database of this terminal (sales.db): the sale being built, parked sales and the
// journal of completed sales. Every change is committed at once (WAL, synchronous=FULL), so a
// crash loses nothing that was on screen.
class SalesStore : public QObject {
    Q_OBJECT
public:
    explicit SalesStore(QObject* parent = nullptr);

    bool open(const QString& path);
    QString error() const { return m_db.error(); }

    bool saveCurrent(const Ticket& ticket);
    std::optional<Ticket> loadCurrent() const;

    // Moves the sale to the parked list (and out of "current").
    bool park(const Ticket& ticket, const QDateTime& at);
    QList<ParkedSale> parked() const;
    // Takes a parked sale back out of the list.
    std::optional<Ticket> recall(const QString& id);

    // Work that must commit together with the journal entry (the Elevate outbox row): it runs
    // inside the transaction and returning false rolls the whole sale back.
    using CompletionHook = std::function<bool(QSqlDatabase& db, const CompletedSale& sale)>;
    void addCompletionHook(CompletionHook hook) { m_hooks.append(std::move(hook)); }

    // Journals the sale, runs the hooks and clears "current", all in one transaction.
    bool recordCompleted(const CompletedSale& sale);
    QSqlDatabase database() const { return m_db.db(); }
    QList<CompletedSale> journal(int limit = 100) const;

    // "store-001-000042": the next readable order number of this terminal.
    QString nextRetailerOrderId(const QString& storeId);

Q_SIGNALS:
    void parkedChanged();
    void saleRecorded(const checkstand::CompletedSale& sale);

private:
    Database m_db;
    QList<CompletionHook> m_hooks;
};

} // namespace checkstand
