// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace checkstand {

class Runtime;

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

// How this copy was built, in words: the compiler and the build type ("GCC 12.2.0",
// "release"). Shown in About and at the top of the diagnostics.
QString compilerDescription();
QString buildTypeDescription();

// Name, version, build (Qt it was built with and runs on, compiler, build type), the system and
// environment it runs in, the licence and the third-party parts with theirs. "Copy
// diagnostics" runs the same checks as `checkstand-ctl doctor` and puts the report, as text,
// on the clipboard for the help desk: what is configured and what answers, never a secret
// (the doctor only says whether a key is stored).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(Runtime& runtime, QWidget* parent = nullptr);

    QString text() const;
    // True from "Copy diagnostics" until the report is on the clipboard.
    bool isCollecting() const { return m_collecting; }

public Q_SLOTS:
    // Runs the doctor (asynchronous) and copies what it reports, with the build lines above.
    void copyDiagnostics();

Q_SIGNALS:
    // The text now on the clipboard.
    void diagnosticsCopied(const QString& text);

private:
    // Version, build and system, one line each (the diagnostics start with them too).
    QStringList buildLines() const;

    Runtime& m_runtime;
    QLabel* m_text;
    QLabel* m_status;
    QPushButton* m_copy;
    bool m_collecting = false;
};

} // namespace checkstand
