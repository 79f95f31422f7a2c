// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "main_window.h"
#include "shell/theme.h"

#include "lector_version.h"

#include <lector/core/language.h>
#include <lector/core/logging.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <QDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
/// The context of the command line's text in lector_<code>.ts.
struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};
} // namespace

int main(int argc, char** argv)
{
    // --fresh: no saved settings, layout or thumbnail cache (a first launch, for screenshots and trials). Settled
    // before the application exists, since QSettings and the caches read these paths.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--fresh") == 0) {
            static QByteArray fresh = QDir::tempPath().toLocal8Bit() + "/lector-fresh-XXXXXX";
            if (mkdtemp(fresh.data())) {
                qputenv("XDG_CONFIG_HOME", fresh + "/config");
                qputenv("XDG_CACHE_HOME", fresh + "/cache");
            }
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lector"));
    QApplication::setApplicationName(QStringLiteral("Lector"));
    QApplication::setApplicationVersion(
        QStringLiteral("%1 (commit %2)").arg(QStringLiteral(LECTOR_VERSION), QStringLiteral(LECTOR_GIT_COMMIT)));
    // The installed desktop entry's name (packaging/): a Wayland compositor finds the window's icon and name by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lector.Lector"));
    Q_INIT_RESOURCE(icons); // lector_app's, a static library: registered here, before the icon is read
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lector/icons/org.lector.Lector.svg")));

    // The language before anything is said, --help included: --language (read here, ahead of the parser), else
    // View ▸ Language's setting, else the system's. Every string is translated as it is made.
    QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--language") && i + 1 < arguments.size())
            chosen = arguments[i + 1];
        else if (arguments[i].startsWith(QStringLiteral("--language=")))
            chosen = arguments[i].mid(11);
    }
    lector::installInterfaceLanguage(lector::effectiveLanguage(chosen));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Lector, the labeling IDE for OCR datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), Main::tr("The project to open (NAME.lector)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        Main::tr("Lay the window out (1600×1000 unless --size), render it to FILE.png once the first image is "
                 "shown, exit."),
        QStringLiteral("file"));
    const QCommandLineOption image(
        QStringLiteral("image"), Main::tr("Show this image first (file name)."), QStringLiteral("name"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
        Main::tr("Label as this annotator (created when new) instead of asking."), QStringLiteral("name"));
    const QCommandLineOption theme(QStringLiteral("theme"), Main::tr("light or dark."), QStringLiteral("name"));
    const QCommandLineOption panel(QStringLiteral("panel"),
        Main::tr("Bring a panel to the front: dataset, inspector, review, guideline, dashboard, prediction, "
                 "distribution, duplicates, suspects, labelNext, drift."),
        QStringLiteral("name"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"), Main::tr("trace, debug, info, warn, error."), QStringLiteral("level"));
    const QCommandLineOption fresh(
        QStringLiteral("fresh"), Main::tr("Start as on a first launch: no saved settings, layout or caches."));
    const QCommandLineOption size(QStringLiteral("size"),
        Main::tr("Window size, WIDTHxHEIGHT (e.g. 1280x720); with --screenshot the default is 1600x1000."),
        QStringLiteral("size"));
    const QCommandLineOption tab(QStringLiteral("tab"),
        Main::tr("With --panel: show the panel's tab of this title (e.g. Slices)."), QStringLiteral("title"));
    const QCommandLineOption language(QStringLiteral("language"),
        Main::tr("Interface language: en or ko (default: View ▸ Language, else the system's)."),
        QStringLiteral("code"));
    parser.addOptions({ screenshot, image, annotator, theme, panel, tab, logLevel, fresh, size, language });
    parser.process(app);
    lector::initLogging(QStringLiteral("lector"), parser.value(logLevel));
    if (parser.isSet(theme))
        QSettings().setValue(QStringLiteral("theme"), parser.value(theme));
    lector::applyTheme(lector::themeFromName(QSettings().value(QStringLiteral("theme")).toString()));

    const bool shooting = parser.isSet(screenshot);
    lector::MainWindow window;
    QSize windowSize = shooting ? QSize(1600, 1000) : QSize();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize asked(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || asked.width() < 320 || asked.height() < 240) {
            std::fprintf(stderr, "lector: %s\n", qPrintable(Main::tr("--size takes WIDTHxHEIGHT, at least 320x240")));
            return 1;
        }
        windowSize = asked;
    }
    if (windowSize.isValid())
        window.resize(windowSize);
    if (shooting)
        window.restoreDefaultLayout(); // the same picture whatever layout this user saved
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
            std::fprintf(stderr, "lector: %s\n",
                qPrintable(Main::tr("no image named %1 in the project").arg(parser.value(image))));
            if (shooting)
                return 1;
        }
    }
    window.show();
    // The panel asked for is raised after the default layout is back (which puts the guideline in front).
    const auto raisePanel = [&] {
        if (!parser.isSet(panel))
            return;
        if (auto* dock = window.findChild<QDockWidget*>(parser.value(panel) + QStringLiteral("Dock"))) {
            dock->show();
            dock->raise();
            if (parser.isSet(tab))
                for (QTabWidget* tabs : dock->findChildren<QTabWidget*>())
                    for (int i = 0; i < tabs->count(); ++i)
                        if (tabs->tabText(i).remove(QLatin1Char('&')) == parser.value(tab))
                            tabs->setCurrentIndex(i);
        }
    };
    if (shooting) { // the docks take their default sizes once the window has its size
        QTimer::singleShot(0, &window, [&window, raisePanel] {
            window.restoreDefaultLayout();
            raisePanel();
        });
    } else {
        raisePanel();
    }
    if (shooting) {
        // Let the browser's first page and thumbnails arrive and the canvas lay out, then render the window.
        QTimer::singleShot(1500, &window, [&] {
            const QString file = parser.value(screenshot);
            if (!window.grab().save(file)) {
                std::fprintf(stderr, "lector: %s\n", qPrintable(Main::tr("cannot write %1").arg(file)));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
