// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace checkstand {

namespace {

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QDialogButtonBox* closeButtons(QDialog* dialog) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    return buttons;
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel)
    , m_purpose(new QLabel)
    , m_keys(new QTableWidget) {
    setObjectName(QStringLiteral("helpDialog"));
    setModal(false);
    m_title->setObjectName(QStringLiteral("helpTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_purpose->setObjectName(QStringLiteral("helpPurpose"));
    m_purpose->setTextFormat(Qt::PlainText);
    m_purpose->setWordWrap(true);

    m_keys->setObjectName(QStringLiteral("helpKeys"));
    m_keys->setAccessibleName(tr("Keys"));
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->setTabKeyNavigation(false);
    m_keys->setWordWrap(true);
    m_keys->verticalHeader()->hide();
    m_keys->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addWidget(m_keys, 1);
    layout->addWidget(closeButtons(this));
    resize(560, 460);
}

void HelpDialog::showPage(const PageHelp& page) {
    setWindowTitle(tr("Help: %1").arg(page.title));
    m_title->setText(page.title);
    m_purpose->setText(page.purpose);
    m_purpose->setVisible(!page.purpose.isEmpty());
    m_keys->clear();
    m_keys->setColumnCount(2);
    m_keys->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    m_keys->setRowCount(static_cast<int>(page.keys.size()));
    for (int row = 0; row < page.keys.size(); ++row) {
        m_keys->setItem(row, 0, cell(page.keys.at(row).keys));
        m_keys->setItem(row, 1, cell(page.keys.at(row).action));
    }
    present();
}

void HelpDialog::showOverview(const QList<PageHelp>& pages) {
    setWindowTitle(tr("Keyboard shortcuts"));
    m_title->setText(tr("Keyboard shortcuts"));
    m_purpose->setText(
        tr("Every page's keys. Alt with an underlined letter goes to that field or button."));
    m_purpose->show();
    m_keys->clear();
    m_keys->setColumnCount(3);
    m_keys->setHorizontalHeaderLabels({tr("Page"), tr("Keys"), tr("What they do")});
    int rows = 0;
    for (const PageHelp& page : pages)
        rows += static_cast<int>(page.keys.size());
    m_keys->setRowCount(rows);
    int row = 0;
    for (const PageHelp& page : pages) {
        for (const KeyHelp& key : page.keys) {
            m_keys->setItem(row, 0, cell(page.title));
            m_keys->setItem(row, 1, cell(key.keys));
            m_keys->setItem(row, 2, cell(key.action));
            ++row;
        }
    }
    present();
}

QString HelpDialog::title() const {
    return m_title->text();
}

QStringList HelpDialog::listedKeys() const {
    const int keysColumn = m_keys->columnCount() - 2;
    QStringList keys;
    for (int row = 0; row < m_keys->rowCount(); ++row) {
        if (const QTableWidgetItem* item = m_keys->item(row, keysColumn))
            keys.append(item->text());
    }
    return keys;
}

void HelpDialog::present() {
    m_keys->resizeColumnsToContents();
    m_keys->resizeRowsToContents();
    m_keys->horizontalHeader()->setStretchLastSection(true);
    show();
    raise();
    activateWindow();
}

AboutDialog::AboutDialog(const QString& environment, QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel) {
    setObjectName(QStringLiteral("aboutDialog"));
    setModal(false);
    setWindowTitle(tr("About Checkstand"));

    auto* name = new QLabel(tr("Checkstand %1").arg(QCoreApplication::applicationVersion()));
    name->setObjectName(QStringLiteral("aboutName"));
    name->setTextFormat(Qt::PlainText);
    QFont font = name->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    name->setFont(font);

    const QStringList lines = {
        tr("Point-of-sale operator console."),
        tr("Version: %1").arg(QCoreApplication::applicationVersion()),
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        tr("Environment: %1").arg(environment),
        QString(),
        tr("Licence: GPL-3.0-or-later"),
        tr("Checkstand is free software: you can redistribute it under the GPL, version 3 or "
           "later."),
        QString(),
        tr("Third-party parts:"),
        tr("Qt 6 — LGPL-3 / GPL-3"),
        tr("Qt HTTP Server — GPL-3"),
        tr("QtKeychain — BSD-3-Clause"),
        tr("libphonenumber — Apache-2.0"),
        tr("libsodium — ISC"),
        tr("SQLite — public domain"),
    };
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setText(lines.join(u'\n'));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(m_text, 1);
    layout->addWidget(closeButtons(this));
}

QString AboutDialog::text() const {
    return m_text->text();
}

} // namespace checkstand
