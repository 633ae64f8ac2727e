// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>

class QObject;
class QWidget;

// The one way the UI asks the operator through a message box or a file dialog. Qt's static
// dialogs block a GUI test with a modal loop nobody can answer; here a test presets the next
// answer (or file name) and the dialog is not shown at all, as KeePassXC's MessageBox does.
// With nothing preset the real dialog is shown.
namespace checkstand::dialogs {

// Everything a message box can say; the short functions below fill the common cases.
struct Message {
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString informativeText;
    Qt::TextFormat textFormat = Qt::PlainText; // operator data in the text stays text
    QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    QMap<QMessageBox::StandardButton, QString> buttonTexts; // {Yes, tr("Send again")}
    QString objectName;                                     // for tests that look for the box
};

// Modal; the button pressed (Escape gives the escape button Qt picks, often Cancel or No).
QMessageBox::StandardButton ask(QWidget* parent, const Message& message);
// Window-modal and not blocking: `done` runs once the box is closed, unless `context` (not
// null) is gone by then. A preset answer arrives on the next event-loop turn, as a click would.
void open(QWidget* parent, const Message& message, QObject* context,
          std::function<void(QMessageBox::StandardButton)> done);

QMessageBox::StandardButton
question(QWidget* parent, const QString& title, const QString& text,
         QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton
warning(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton
information(QWidget* parent, const QString& title, const QString& text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton
critical(QWidget* parent, const QString& title, const QString& text,
         QMessageBox::StandardButtons buttons = QMessageBox::Ok,
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

// An existing file to read; empty when the operator cancelled.
QString openFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                     const QString& filter = {});
// A file to write (the dialog asks before overwriting); empty when the operator cancelled.
QString saveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                     const QString& filter = {});

// --- for tests ---
// Queued: each message box asked takes the oldest preset answer instead of being shown.
void setNextAnswerForTesting(QMessageBox::StandardButton answer);
// Queued: each file dialog takes the oldest preset name instead of being shown ("" = cancel).
void setNextFileNameForTesting(const QString& path);
// The message boxes answered from the queue since the last reset, oldest first.
QList<Message> askedForTesting();
// Empties both queues and the record.
void resetForTesting();

} // namespace checkstand::dialogs
