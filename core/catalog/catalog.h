// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "product.h"
#include "storage/database.h"

#include <QList>
#include <QObject>

#include <optional>

class QIODevice;

namespace checkstand {

struct ImportProblem {
    int line = 0; // CSV: the file's line number; JSON: the entry's position, from 1
    QString message;
};

struct ImportReport {
    int imported = 0;
    QList<ImportProblem> problems; // the first skipped rows (ImportLimits::listedProblems), why
    QString error;                 // set when nothing was imported at all
    int problemCount = 0;          // every skipped row, listed or not

    bool ok() const { return error.isEmpty(); }
    // Rows skipped beyond those in `problems`.
    int unlistedProblems() const { return qMax(0, problemCount - int(problems.size())); }
    QString summary() const;
};

// What one import may read. Bytes are counted as they are read, so the limit also holds for a
// pipe or /dev/zero; the whole file is never in memory, only one row.
struct ImportLimits {
    qint64 maxBytes = 64 * 1024 * 1024;
    int maxRows = 500000;          // data rows, good and bad
    int maxRowBytes = 1024 * 1024; // one CSV record or JSON entry
    int listedProblems = 50;       // skipped rows reported one by one; the rest are counted
};

// The store's product catalog in SQLite. Imports replace products by SKU, skip bad rows with
// their line number, and run in one transaction: a file is imported whole or not at all
// (also when it breaks a limit half-way, or the disk fills).
class Catalog : public QObject {
    Q_OBJECT
public:
    explicit Catalog(QObject* parent = nullptr);

    bool open(const QString& path);
    QString error() const { return lastError().message; }
    // The outcome of the last call; failed() means an empty result could not be read.
    const StorageError& lastError() const { return m_error.failed() ? m_error : m_db.lastError(); }

    void setImportLimits(const ImportLimits& limits) { m_limits = limits; }
    const ImportLimits& importLimits() const { return m_limits; }

    ImportReport importFile(const QString& path, const QString& currency);
    ImportReport importCsv(const QByteArray& csv, const QString& currency);
    ImportReport importJson(const QByteArray& json, const QString& currency);

    std::optional<Product> byBarcode(const QString& barcode) const;
    std::optional<Product> bySku(const QString& sku) const;
    // Names that start with `text` (in name order), then SKUs that start with it, then (from
    // three characters) names or SKUs that contain it; each from an index, never a scan.
    QList<Product> search(const QString& text, int limit = 20) const;
    int count() const;

    // The small demo catalog the training sandbox ships.
    static QByteArray demoCsv();

Q_SIGNALS:
    void changed();

private:
    enum class Format { Guess, Csv, Json };
    class Import;
    ImportReport importDevice(QIODevice& device, const QString& name, Format format,
                              const QString& currency);
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& values) const;
    bool installSearchTriggers();

    Database m_db;
    ImportLimits m_limits;
    mutable StorageError m_error;
};

} // namespace checkstand
