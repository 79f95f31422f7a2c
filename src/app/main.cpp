// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"
#include "shell/theme.h"

#include <lector/core/logging.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lector"));
    QApplication::setApplicationName(QStringLiteral("Lector"));
    QApplication::setApplicationVersion(QStringLiteral(LECTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lector, the labeling IDE for OCR datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project to open (NAME.lector)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Lay the window out at 1600×1000, render it to FILE.png once the first image is shown, exit."),
        QStringLiteral("file"));
    const QCommandLineOption image(
        QStringLiteral("image"), QStringLiteral("Show this image first (file name)."), QStringLiteral("name"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
        QStringLiteral("Label as this annotator (created when new) instead of asking."), QStringLiteral("name"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("name"));
    const QCommandLineOption panel(QStringLiteral("panel"),
        QStringLiteral(
            "Bring a panel to the front: dataset, inspector, review, guideline, dashboard, prediction, distribution."),
        QStringLiteral("name"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn, error."), QStringLiteral("level"));
    const QCommandLineOption tab(QStringLiteral("tab"),
        QStringLiteral("With --panel: show the panel's tab of this title (e.g. Slices)."), QStringLiteral("title"));
    parser.addOptions({ screenshot, image, annotator, theme, panel, tab, logLevel });
    parser.process(app);
    lector::initLogging(QStringLiteral("lector"), parser.value(logLevel));
    if (parser.isSet(theme))
        QSettings().setValue(QStringLiteral("theme"), parser.value(theme));
    lector::applyTheme(lector::themeFromName(QSettings().value(QStringLiteral("theme")).toString()));

    const bool shooting = parser.isSet(screenshot);
    lector::MainWindow window;
    if (shooting) {
        window.restoreDefaultLayout(); // the same picture whatever layout this user saved
        window.resize(1600, 1000);
    }
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openProject(parser.positionalArguments().first(), &error, parser.value(annotator), !shooting)) {
            if (shooting) {
                std::fprintf(stderr, "lector: %s\n", error.toLocal8Bit().constData());
                return 1;
            }
            QMessageBox::warning(&window, QObject::tr("Cannot open the project"), error);
        }
        if (parser.isSet(image) && !window.showImageByName(parser.value(image))) {
            std::fprintf(
                stderr, "lector: no image named %s in the project\n", parser.value(image).toLocal8Bit().constData());
            if (shooting)
                return 1;
        }
    }
    window.show();
    if (parser.isSet(panel)) {
        if (auto* dock = window.findChild<QDockWidget*>(parser.value(panel) + QStringLiteral("Dock"))) {
            dock->show();
            dock->raise();
            if (parser.isSet(tab))
                for (QTabWidget* tabs : dock->findChildren<QTabWidget*>())
                    for (int i = 0; i < tabs->count(); ++i)
                        if (tabs->tabText(i).remove(QLatin1Char('&')) == parser.value(tab))
                            tabs->setCurrentIndex(i);
        }
    }
    if (shooting) {
        // Let the browser's first page and thumbnails arrive and the canvas lay out, then render the window.
        QTimer::singleShot(1500, &window, [&] {
            const QString file = parser.value(screenshot);
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "lector: cannot write %s\n", file.toLocal8Bit().constData());
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
