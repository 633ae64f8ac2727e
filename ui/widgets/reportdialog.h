// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endofday/reportdocument.h"
#include "print/receiptprinter.h"

#include <QDialog>
#include <QString>

class QPlainTextEdit;
class QPushButton;

namespace checkstand {

// An X or Z report on screen, as it prints (the text layout of the 80 mm roll), with Print…
// (the system printer through Qt Print Support) and Save as PDF…. Both say what went wrong in
// words and leave the dialog open. Escape or Close closes it.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(ReportDocument document, print::Paper paper, QWidget* parent = nullptr);

    const ReportDocument& document() const { return m_document; }
    QPlainTextEdit* textView() const { return m_text; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* savePdfButton() const { return m_save; }

    // False when cancelled or failed (`error` set, and shown, when it failed).
    bool print(QString* error = nullptr);
    bool savePdf(QString* error = nullptr);

    // Closed: the window behind takes the keyboard again (giveActivationBack).
    void done(int result) override;

private:
    ReportDocument m_document;
    print::Paper m_paper;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
};

// Tests (offscreen, no printer, no file dialog): every print() and savePdf() writes a PDF into
// `directory` instead ("report-1.pdf", "report-2.pdf", ... in order), as receiptoutput.h does
// for receipts; lastReportPdfForTesting() names the latest. An empty directory turns it off.
void setReportOutputDirectoryForTesting(const QString& directory);
QString lastReportPdfForTesting();

} // namespace checkstand
