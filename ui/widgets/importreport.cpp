// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include "dialogs.h"

#include <QCoreApplication>
#include <QStringList>

namespace checkstand {

namespace {

constexpr int kMaxReportLines = 50;

} // namespace

void showImportReport(QWidget* parent, const ImportReport& report, std::function<void()> closed) {
    QStringList lines;
    for (const ImportProblem& p : report.problems) {
        if (lines.size() == kMaxReportLines) {
            lines.append(QCoreApplication::translate(
                "checkstand::SalePage", "… and %n more.", nullptr,
                static_cast<int>(report.problems.size()) - kMaxReportLines));
            break;
        }
        lines.append(QCoreApplication::translate("checkstand::SalePage", "Line %1: %2")
                         .arg(p.line)
                         .arg(p.message));
    }
    // The catalog lists the first rows only; the count covers them all.
    if (const qsizetype more = report.problemCount - lines.size(); more > 0)
        lines.append(QCoreApplication::translate("checkstand::SalePage", "… and %n more.", nullptr,
                                                 static_cast<int>(more)));
    dialogs::Message box;
    box.icon = report.ok() ? QMessageBox::Information : QMessageBox::Warning;
    box.title = QCoreApplication::translate("checkstand::SalePage", "Catalog import");
    box.text = report.summary();
    box.objectName = QStringLiteral("importReport");
    if (!lines.isEmpty()) {
        // Every skipped row in view, not behind a "Show details" button; the messages quote the
        // file, so they are escaped.
        QStringList escaped;
        for (const QString& line : std::as_const(lines))
            escaped.append(line.toHtmlEscaped());
        box.informativeText =
            QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(QCoreApplication::translate("checkstand::SalePage", "These rows were skipped:")
                         .toHtmlEscaped(),
                     escaped.join(QStringLiteral("<br>")));
    }
    dialogs::open(parent, box, parent,
                  [closed = std::move(closed)](QMessageBox::StandardButton) { closed(); });
}

} // namespace checkstand
