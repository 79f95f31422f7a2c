// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"

#include <lector/core/logging.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
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
    const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("Show this image first (file name)."),
        QStringLiteral("name"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn, error."),
        QStringLiteral("level"));
    parser.addOptions({ screenshot, image, logLevel });
    parser.process(app);
    lector::initLogging(QStringLiteral("lector"), parser.value(logLevel));

    lector::MainWindow window;
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openProject(parser.positionalArguments().first(), &error)) {
            if (parser.isSet(screenshot)) {
                std::fprintf(stderr, "lector: %s\n", error.toLocal8Bit().constData());
                return 1;
            }
            QMessageBox::warning(&window, QObject::tr("Cannot open the project"), error);
        }
        if (parser.isSet(image) && !window.selectImageByName(parser.value(image))) {
            std::fprintf(stderr, "lector: no image named %s in the project\n",
                parser.value(image).toLocal8Bit().constData());
            if (parser.isSet(screenshot))
                return 1;
        }
    }
    if (parser.isSet(screenshot)) {
        window.resize(1600, 1000);
        window.show();
        QTimer::singleShot(300, &window, [&] {
            const QString file = parser.value(screenshot);
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "lector: cannot write %s\n", file.toLocal8Bit().constData());
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
        return QApplication::exec();
    }
    window.show();
    return QApplication::exec();
}
