// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endofday/dayreport.h"
#include "receipt/receipt.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace checkstand {

// An X or Z report as words and amounts, already formatted, like a Receipt: the printer
// (core/print/reportprinter.h) only lays it out, and the text form is the same document. Built
// from a DayReport, so a reprinted Z (from its stored figures) reads exactly as the first print.
struct ReportDocument {
    bool training = false; // TRAINING mark: figures of the training sandbox
    bool reprint = false;  // REPRINT mark: a Z printed again from what was stored
    StoreInfo store;
    QString title;      // "X report", "Z report No. 3"
    QStringList header; // the period, who made it and when, the shift
    struct Row {
        QString label;
        QString amount;
        bool strong = false; // a total
    };
    struct Section {
        QString title; // "Sales", "Taxes", "Cash drawer", ...
        QList<Row> rows;
    };
    QList<Section> sections;
    QStringList notes; // the audit journal's head hash on a Z, what an X is
    QString fileName;  // a PDF's suggested name: "x-report-2026-03-15.pdf", "z-report-3.pdf"
};

ReportDocument reportDocument(const DayReport& report, const StoreInfo& store, bool training,
                              bool reprint, const QLocale& locale = QLocale());

// The report as plain text, `width` characters wide (the layout of the 80 mm roll): for the
// report dialog, checkstand-ctl and tests.
QString reportText(const ReportDocument& document, int width = 42);

} // namespace checkstand
