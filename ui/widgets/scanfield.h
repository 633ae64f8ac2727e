// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/product.h"

#include <QLineEdit>

class QCompleter;

namespace checkstand {

class Catalog;
class ProductCompletionModel;

// Where the cashier scans and types. A USB scanner is a keyboard that types the digits and
// presses Enter: every Enter is handed over at once as submitted(text), in the same key event,
// so a burst of scans can neither be dropped nor run together. Text with a letter in it is a
// search: the catalog's matches are offered in a popup and picking one says productChosen().
// Digits alone never open the popup, so a scan is never caught by it.
//
// With the field empty, + and - and Delete act on the cart's selected line and Up/Down move
// the selection (lineKey()), so a whole sale can be run from here.
class ScanField : public QLineEdit {
    Q_OBJECT
public:
    explicit ScanField(Catalog& catalog, QWidget* parent = nullptr);

    QCompleter* productCompleter() const { return m_completer; }
    ProductCompletionModel* completionModel() const { return m_model; }
    // The products offered for what is typed now (empty for a barcode).
    QList<Product> candidates() const;
    bool isPopupVisible() const;
    void hidePopup();

    // True when `text` should be searched by name rather than scanned.
    static bool looksLikeSearch(const QString& text);

Q_SIGNALS:
    void submitted(const QString& text);
    void productChosen(const checkstand::Product& product);
    // +, -, Delete, Up, Down typed into the empty field.
    void lineKey(int key);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCandidates(const QString& text);
    void choose(const QModelIndex& index);

    Catalog& m_catalog;
    ProductCompletionModel* m_model;
    QCompleter* m_completer;
};

} // namespace checkstand
