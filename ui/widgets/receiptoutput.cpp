// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptoutput.h"

#include "dialogs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

namespace checkstand::ui {

namespace {

// The test seam: where receipts go instead of a printer or a file dialog.
QString g_testDirectory;
int g_testCount = 0;
QString g_lastTestPdf;

// Q_DECLARE_TR_FUNCTIONS rather than a tr() function of our own, so that lupdate files
// the texts under the context they are looked up in at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(checkstand::ui::ReceiptOutput)
};

void setError(QString* error, const QString& text) {
    if (error)
        *error = text;
}

bool writeForTesting(const Receipt& receipt, print::Paper paper, QString* error) {
    const QString path =
        QDir(g_testDirectory).filePath(QStringLiteral("receipt-%1.pdf").arg(++g_testCount));
    QString why;
    if (!print::writeReceiptPdf(receipt, path, paper, &why)) {
        setError(error, why);
        return false;
    }
    g_lastTestPdf = path;
    return true;
}

// A sale number is the file's name: keep it a name (no folder separators, nothing hidden).
QString defaultFileName(const Receipt& receipt) {
    QString name = receipt.number;
    for (QChar& c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.isSpace())
            c = u'-';
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = Tr::tr("receipt");
    return name + QStringLiteral(".pdf");
}

void showProblem(QWidget* parent, const QString& title, const QString& text) {
    dialogs::warning(parent, title, text);
}

} // namespace

bool printReceipt(QWidget* parent, const Receipt& receipt, print::Paper paper, QString* error) {
    setError(error, {});
    if (!g_testDirectory.isEmpty())
        return writeForTesting(receipt, paper, error);

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(print::pageSizeFor(receipt, paper));
    printer.setDocName(receipt.number);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print receipt %1").arg(receipt.number));
    // Cancel is the operator's choice, not an error: nothing printed, nothing to say.
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString why;
    if (!print::paintReceipt(receipt, printer, paper, &why)) {
        const QString text = Tr::tr("Receipt %1 was not printed: %2").arg(receipt.number, why);
        setError(error, text);
        showProblem(parent, Tr::tr("Receipt not printed"), text);
        return false;
    }
    return true;
}

bool saveReceiptPdf(QWidget* parent, const Receipt& receipt, print::Paper paper, QString* error) {
    setError(error, {});
    if (!g_testDirectory.isEmpty())
        return writeForTesting(receipt, paper, error);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(defaultFileName(receipt));
    QString path =
        dialogs::saveFileName(parent, Tr::tr("Save receipt %1 as PDF").arg(receipt.number),
                              suggested, Tr::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false; // cancelled
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString why;
    if (!print::writeReceiptPdf(receipt, path, paper, &why)) {
        const QString text = Tr::tr("Receipt %1 was not saved: %2").arg(receipt.number, why);
        setError(error, text);
        showProblem(parent, Tr::tr("Receipt not saved"), text);
        return false;
    }
    return true;
}

void setReceiptOutputDirectoryForTesting(const QString& directory) {
    g_testDirectory = directory;
    g_testCount = 0;
    g_lastTestPdf.clear();
}

QString lastReceiptPdfForTesting() {
    return g_lastTestPdf;
}

} // namespace checkstand::ui
