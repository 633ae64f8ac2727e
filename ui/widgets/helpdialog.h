// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTableWidget;

namespace checkstand {

// One key (or key combination, in words the operator reads on the keyboard) and what it does.
struct KeyHelp {
    QString keys;
    QString action;
};

// What a page is for and the keys that work on it.
struct PageHelp {
    QString title;
    QString purpose;
    QList<KeyHelp> keys;
};

// A small window beside the console, not a modal one: the operator keeps working with the
// keys in view. Shows one page's help (F1) or every page's keys in one table.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // The page's title, its purpose and its keys.
    void showPage(const PageHelp& page);
    // Every page's keys, one row each, with the page they belong to.
    void showOverview(const QList<PageHelp>& pages);

    QString title() const;
    // Every "keys" cell, in table order (tests check the list against the pages' actions).
    QStringList listedKeys() const;

private:
    void present();

    QLabel* m_title;
    QLabel* m_purpose;
    QTableWidget* m_keys;
};

// Name, version, licence and the third-party parts with theirs.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // `environment` is the one the app runs in now ("Training (sandbox)", "Production").
    explicit AboutDialog(const QString& environment, QWidget* parent = nullptr);

    QString text() const;

private:
    QLabel* m_text;
};

} // namespace checkstand
