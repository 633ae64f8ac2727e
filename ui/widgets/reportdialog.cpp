// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "dialogs.h"
#include "print/reportprinter.h"
#include "widgets/activation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace checkstand {

namespace {

// The test seam: where reports go instead of a printer or a file dialog.
QString g_testDirectory;
int g_testCount = 0;
QString g_lastTestPdf;

} // namespace

void setReportOutputDirectoryForTesting(const QString& directory) {
    g_testDirectory = directory;
    g_testCount = 0;
    g_lastTestPdf.clear();
}

QString lastReportPdfForTesting() {
    return g_lastTestPdf;
}

ReportDialog::ReportDialog(ReportDocument document, print::Paper paper, QWidget* parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_paper(paper) {
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(m_document.title);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    // The roll's layout lines up only in a fixed-width font.
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(reportText(m_document));
    m_text->setAccessibleName(m_document.title);

    // Parented at once: a default button must know its dialog (see RecallDialog).
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("reportPrint"));
    m_save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("reportSavePdf"));
    QPushButton* closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_save, &QPushButton::clicked, this, [this] { savePdf(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(520, 640);
    closeButton->setFocus(Qt::OtherFocusReason);
}

void ReportDialog::done(int result) {
    QWidget* behind = parentWidget();
    QDialog::done(result);
    giveActivationBack(behind);
}

bool ReportDialog::print(QString* error) {
    const auto failed = [this, error](const QString& text) {
        if (error)
            *error = text;
        dialogs::warning(this, tr("Report not printed"), text);
        return false;
    };
    if (error)
        error->clear();
    QString why;
    if (!g_testDirectory.isEmpty()) {
        const QString path =
            QDir(g_testDirectory).filePath(QStringLiteral("report-%1.pdf").arg(++g_testCount));
        if (!print::writeReportPdf(m_document, path, m_paper, &why))
            return failed(why);
        g_lastTestPdf = path;
        return true;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(print::pageSizeFor(m_document, m_paper));
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.title));
    // Cancel is the operator's choice, not an error: nothing printed, nothing to say.
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!print::paintReport(m_document, printer, m_paper, &why))
        return failed(tr("%1 was not printed: %2").arg(m_document.title, why));
    return true;
}

bool ReportDialog::savePdf(QString* error) {
    const auto failed = [this, error](const QString& text) {
        if (error)
            *error = text;
        dialogs::warning(this, tr("Report not saved"), text);
        return false;
    };
    if (error)
        error->clear();
    QString path;
    if (!g_testDirectory.isEmpty()) {
        path = QDir(g_testDirectory).filePath(QStringLiteral("report-%1.pdf").arg(++g_testCount));
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = dialogs::saveFileName(this, tr("Save %1 as PDF").arg(m_document.title),
                                     QDir(folder).filePath(m_document.fileName),
                                     tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false; // cancelled
        if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    QString why;
    if (!print::writeReportPdf(m_document, path, m_paper, &why))
        return failed(tr("%1 was not saved: %2").arg(m_document.title, why));
    if (!g_testDirectory.isEmpty())
        g_lastTestPdf = path;
    return true;
}

} // namespace checkstand
