// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include "diagnostics/doctor.h"
#include "palette.h"
#include "runtime/runtime.h"
#include "util/clock.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

// A sanitizer build (GCC says so with a macro, Clang with a feature) says so in About.
#if defined(__SANITIZE_ADDRESS__)
#define CHECKSTAND_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHECKSTAND_ADDRESS_SANITIZER 1
#endif
#endif

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

// The compiler and build type are the ones of this library, which is built with the program.
QString compilerDescription() {
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3")
        .arg(QString::number(__clang_major__), QString::number(__clang_minor__),
             QString::number(__clang_patchlevel__));
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3")
        .arg(QString::number(__GNUC__), QString::number(__GNUC_MINOR__),
             QString::number(__GNUC_PATCHLEVEL__));
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(QString::number(_MSC_FULL_VER));
#else
    return AboutDialog::tr("unknown");
#endif
}

QString buildTypeDescription() {
    QString type;
#if defined(CHECKSTAND_BUILD_TYPE)
    // CMake's build type, when the build passes it.
    type = QStringLiteral(CHECKSTAND_BUILD_TYPE);
#endif
    if (type.isEmpty()) {
#if defined(NDEBUG)
        type = AboutDialog::tr("release");
#else
        type = AboutDialog::tr("debug");
#endif
    }
#if defined(CHECKSTAND_ADDRESS_SANITIZER)
    type = AboutDialog::tr("%1, with AddressSanitizer").arg(type);
#endif
    return type;
}

AboutDialog::AboutDialog(Runtime& runtime, QWidget* parent)
    : QDialog(parent)
    , m_runtime(runtime)
    , m_text(new QLabel)
    , m_status(new QLabel)
    , m_copy(new QPushButton(tr("&Copy diagnostics"))) {
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

    QStringList lines{tr("Point-of-sale operator console.")};
    lines << buildLines();
    lines << tr("Environment: %1").arg(m_runtime.environmentName());
    lines << QString() << tr("Licence: GPL-3.0-or-later")
          << tr("Checkstand is free software: you can redistribute it under the GPL, version 3 or "
                "later.")
          << QString() << tr("Third-party parts:") << tr("Qt 6 — LGPL-3 / GPL-3")
          << tr("Qt HTTP Server — GPL-3") << tr("QtKeychain — BSD-3-Clause")
          << tr("libphonenumber — Apache-2.0") << tr("libsodium — ISC")
          << tr("SQLite — public domain");
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setText(lines.join(u'\n'));

    // The help desk asks for this: what is configured, what answers, and whether each key is
    // stored (never the key).
    m_copy->setObjectName(QStringLiteral("copyDiagnostics"));
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Check the services and copy the report to the clipboard, for the help "
                          "desk. It holds no key or password."));
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyDiagnostics);
    m_status->setObjectName(QStringLiteral("diagnosticsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* buttons = closeButtons(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const {
    return m_text->text();
}

QStringList AboutDialog::buildLines() const {
    return {tr("Version: %1").arg(QCoreApplication::applicationVersion()),
            tr("Built with Qt %1, running on Qt %2.")
                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
            tr("Compiler: %1").arg(compilerDescription()),
            tr("Build type: %1").arg(buildTypeDescription()),
            tr("System: %1 (%2)")
                .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())};
}

void AboutDialog::copyDiagnostics() {
    if (m_collecting)
        return;
    m_collecting = true;
    m_copy->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking the services…"));
    // The same checks as `checkstand-ctl doctor`, one run per click (a child of the dialog, so
    // it cannot outlive it).
    auto* doctor = new Doctor(m_runtime, this);
    connect(doctor, &Doctor::finished, this, [this, doctor](const DoctorReport& report) {
        doctor->deleteLater();
        const QString when = QLocale().toString(m_runtime.clock().now(), QLocale::ShortFormat);
        QStringList head{tr("Checkstand diagnostics, %1").arg(when)};
        head << buildLines();
        const QString text = head.join(u'\n') + QStringLiteral("\n\n") + report.toText();
        QGuiApplication::clipboard()->setText(text);
        m_collecting = false;
        m_copy->setEnabled(true);
        m_status->setStyleSheet(report.ok() ? palette::okStyleSheet()
                                            : palette::warningStyleSheet());
        m_status->setText(report.ok()
                              ? tr("Diagnostics copied to the clipboard: everything answers.")
                              : tr("Diagnostics copied to the clipboard. Some checks failed: the "
                                   "report says which."));
        Q_EMIT diagnosticsCopied(text);
    });
    doctor->run();
}

} // namespace checkstand
