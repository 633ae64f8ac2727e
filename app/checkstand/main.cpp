// SPDX-FileCopyrightText: 2026 Checkstand contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// checkstand: the operator console. Command line and wiring only.
#include "../common/commandlineoptions.h"
#include "util/timezone.h"

#include "i18n/language.h"
#include "mainwindow.h"
#include "outbox/deliveryworker.h"
#include "runtime/runtime.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

using namespace checkstand;

int main(int argc, char* argv[]) {
    readTimeZoneOnce();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Checkstand"));
    QApplication::setApplicationName(QStringLiteral("checkstand"));
    QApplication::setApplicationDisplayName(QStringLiteral("Checkstand"));
    QApplication::setApplicationVersion(QStringLiteral(CHECKSTAND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.checkstand.Checkstand"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/checkstand.png")));
    // Before any window (the error boxes below too): one look on every till, focus always shown.
    theme::installStyle();
    // Before the parser and any widget, so --help and every page speak the store's language.
    i18n::applyLanguage(app, cli::languageSetting(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Checkstand point-of-sale operator console. Without configured endpoints it "
                "starts on the embedded training sandbox."));
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addRuntimeOptions(parser);
    parser.process(app);

    RuntimeOptions options;
    QString error;
    if (!cli::readRuntimeOptions(parser, options, error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Checkstand cannot start"),
                              error);
        return 2;
    }
    Runtime runtime(options);
    // The window first, then everything else (#14): it is on screen, taking the operator
    // number, before a database is opened, the sandbox started or the keychain touched.
    runtime.openSettings();
    // High contrast as the settings say, now and whenever they change.
    theme::follow(runtime.settings());
    MainWindow window(runtime);
    window.afterFirstPaint([&runtime, &window] {
        QString why;
        if (!runtime.start(&why)) {
            QMessageBox::critical(&window,
                                  QApplication::translate("main", "Checkstand cannot start"), why);
            QCoreApplication::exit(1);
            return;
        }
        window.runtimeStarted();
        // Payment notifications left over from a previous run (or a crash) go out again, a
        // moment after the till is ready: no network call on the start-up path.
        QTimer::singleShot(std::chrono::seconds(2), &window,
                           [&runtime] { runtime.deliveryWorker().start(); });
    });
    window.show();
    return app.exec();
}
