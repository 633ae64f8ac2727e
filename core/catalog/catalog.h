#pragma once

#include "product.h"
#include "storage/database.h"

#include <QList>
#include <QObject>

#include <optional>

namespace checkstand {

struct ImportProblem {
    int line = 0; // CSV: the file's line number; JSON: the entry's position, from 1
    QString message;
};

struct ImportReport {
    int imported = 0;
    QList<ImportProblem> problems; // rows skipped, with why
    QString error;                 // set when nothing was imported at all

    bool ok() const { return error.isEmpty(); }
    QString summary() const;
};

// The store's product catalog in SQLite. Imports replace products by SKU, skip bad rows with
// their line number, and run in one transaction: a file is imported whole or not at all.
class Catalog : public QObject {
    Q_OBJECT
public:
    explicit Catalog(QObject* parent = nullptr);

    bool open(const QString& path);
    QString error() const { return m_db.error(); }

    ImportReport importFile(const QString& path, const QString& currency);
    ImportReport importCsv(const QByteArray& csv, const QString& currency);
    ImportReport importJson(const QByteArray& json, const QString& currency);

    std::optional<Product> byBarcode(const QString& barcode) const;
    std::optional<Product> bySku(const QString& sku) const;
    // Name or SKU contains `text`, best matches (prefix) first.
    QList<Product> search(const QString& text, int limit = 20) const;
    int count() const;

    // The small demo catalog the training sandbox ships.
    static QByteArray demoCsv();

Q_SIGNALS:
    void changed();

private:
    ImportReport importRows(const QList<std::pair<int, QHash<QString, QString>>>& rows,
                            const QString& currency, QList<ImportProblem> problems);
    Database m_db;
};

} // namespace checkstand
