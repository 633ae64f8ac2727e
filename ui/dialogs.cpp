// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QFileDialog>
#include <QPointer>
#include <QPushButton>
#include <QQueue>
#include <QTimer>

#include <optional>

namespace checkstand::dialogs {

namespace {

// GUI thread only, like the dialogs themselves. Only tests fill these.
struct TestingState {
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QList<Message> asked;
};

TestingState& testing() {
    static TestingState state;
    return state;
}

// The preset answer for `message`, if a test queued one; records that it was asked.
std::optional<QMessageBox::StandardButton> presetAnswer(const Message& message) {
    TestingState& state = testing();
    if (state.answers.isEmpty())
        return std::nullopt;
    state.asked.append(message);
    return state.answers.dequeue();
}

std::optional<QString> presetFileName() {
    TestingState& state = testing();
    if (state.fileNames.isEmpty())
        return std::nullopt;
    return state.fileNames.dequeue();
}

QMessageBox* makeBox(QWidget* parent, const Message& message) {
    auto* box = new QMessageBox(message.icon, message.title, message.text, message.buttons, parent);
    box->setTextFormat(message.textFormat);
    if (!message.informativeText.isEmpty())
        box->setInformativeText(message.informativeText);
    if (message.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(message.defaultButton);
    for (auto it = message.buttonTexts.cbegin(); it != message.buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box->button(it.key()))
            button->setText(it.value());
    }
    if (!message.objectName.isEmpty())
        box->setObjectName(message.objectName);
    return box;
}

Message simple(QMessageBox::Icon icon, const QString& title, const QString& text,
               QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton) {
    Message m;
    m.icon = icon;
    m.title = title;
    m.text = text;
    m.buttons = buttons;
    m.defaultButton = defaultButton;
    return m;
}

} // namespace

QMessageBox::StandardButton ask(QWidget* parent, const Message& message) {
    if (const auto preset = presetAnswer(message))
        return *preset;
    // QPointer: the parent may close (and delete the box with it) during the modal loop.
    QPointer<QMessageBox> box = makeBox(parent, message);
    box->exec();
    if (!box)
        return QMessageBox::NoButton;
    const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
    delete box.data();
    return answer;
}

void open(QWidget* parent, const Message& message, QObject* context,
          std::function<void(QMessageBox::StandardButton)> done) {
    if (const auto preset = presetAnswer(message)) {
        QTimer::singleShot(0, context,
                           [done = std::move(done), answer = *preset] { done(answer); });
        return;
    }
    QMessageBox* box = makeBox(parent, message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [box, done = std::move(done)] {
        done(box->standardButton(box->clickedButton()));
    });
    box->open();
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton) {
    return ask(parent, simple(QMessageBox::Question, title, text, buttons, defaultButton));
}

QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                    QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton) {
    return ask(parent, simple(QMessageBox::Warning, title, text, buttons, defaultButton));
}

QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                        QMessageBox::StandardButtons buttons,
                                        QMessageBox::StandardButton defaultButton) {
    return ask(parent, simple(QMessageBox::Information, title, text, buttons, defaultButton));
}

QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton) {
    return ask(parent, simple(QMessageBox::Critical, title, text, buttons, defaultButton));
}

QString openFileName(QWidget* parent, const QString& caption, const QString& dir,
                     const QString& filter) {
    if (const auto preset = presetFileName())
        return *preset;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                     const QString& filter) {
    if (const auto preset = presetFileName())
        return *preset;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void setNextAnswerForTesting(QMessageBox::StandardButton answer) {
    testing().answers.enqueue(answer);
}

void setNextFileNameForTesting(const QString& path) {
    testing().fileNames.enqueue(path);
}

QList<Message> askedForTesting() {
    return testing().asked;
}

void resetForTesting() {
    testing() = {};
}

} // namespace checkstand::dialogs
