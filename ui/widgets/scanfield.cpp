// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanfield.h"

#include "catalog/catalog.h"
#include "models/productcompletionmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace checkstand {

namespace {

constexpr int kCandidates = 12;

} // namespace

ScanField::ScanField(Catalog& catalog, QWidget* parent)
    : QLineEdit(parent)
    , m_catalog(catalog)
    , m_model(new ProductCompletionModel(this))
    , m_completer(new QCompleter(this)) {
    setObjectName(QStringLiteral("scanField"));
    setAccessibleName(tr("Scan or search"));
    setPlaceholderText(tr("Scan a barcode, or type a product name or SKU"));
    setClearButtonEnabled(true);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    setFont(large);

    // The model already holds the catalog's matches: show them all, do not filter again.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kCandidates);
    // Not QLineEdit::setCompleter(): that would copy the chosen row's text into the field.
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("scanCompletions"));

    connect(this, &QLineEdit::textEdited, this, &ScanField::updateCandidates);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &ScanField::choose);
}

bool ScanField::looksLikeSearch(const QString& text) {
    const QString t = text.trimmed();
    if (t.size() < 2)
        return false;
    for (const QChar c : t) {
        if (c.isLetter())
            return true;
    }
    return false;
}

QList<Product> ScanField::candidates() const {
    return m_model->products();
}

bool ScanField::isPopupVisible() const {
    return m_completer->popup()->isVisible();
}

void ScanField::hidePopup() {
    m_completer->popup()->hide();
}

void ScanField::updateCandidates(const QString& text) {
    if (!looksLikeSearch(text)) {
        m_model->clear();
        hidePopup();
        return;
    }
    m_model->setProducts(m_catalog.search(text.trimmed(), kCandidates));
    m_completer->setCompletionPrefix(text.trimmed());
    if (m_model->rowCount() == 0)
        hidePopup();
    else
        m_completer->complete();
}

void ScanField::choose(const QModelIndex& index) {
    const auto product = m_model->productFor(index);
    hidePopup();
    if (!product)
        return;
    m_model->clear();
    Q_EMIT productChosen(*product);
}

bool ScanField::event(QEvent* e) {
    // Ctrl+Z undoes the sale's last change, not the typing in this field: let the page's
    // shortcut have it.
    if (e->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(e);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            e->ignore();
            return false;
        }
    }
    return QLineEdit::event(e);
}

void ScanField::keyPressEvent(QKeyEvent* e) {
    const int key = e->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        e->accept();
        if (isPopupVisible()) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            hidePopup();
            if (current.isValid()) {
                choose(current);
                return;
            }
        }
        // Synchronously, in this key event: the scanner's next digits are still queued behind
        // it and must land in a field that has already been dealt with.
        Q_EMIT submitted(text());
        return;
    }
    if (key == Qt::Key_Escape && !isPopupVisible() && !text().isEmpty()) {
        clear();
        m_model->clear();
        e->accept();
        return;
    }
    // Shift gives "+" on most layouts; the keypad has its own + and -.
    const Qt::KeyboardModifiers modifiers =
        e->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    const bool isLineKey = key == Qt::Key_Plus || key == Qt::Key_Minus || key == Qt::Key_Delete ||
                           key == Qt::Key_Up || key == Qt::Key_Down;
    if (isLineKey && modifiers == Qt::NoModifier && text().isEmpty() && !isPopupVisible()) {
        e->accept();
        Q_EMIT lineKey(key);
        return;
    }
    QLineEdit::keyPressEvent(e);
}

} // namespace checkstand
