// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Time to an interactive window on a large project (issues #4, #15): from constructing the main window to the first
// image on the canvas and the dataset browser's first page on screen, with an event loop that answers. Run with
// QT_QPA_PLATFORM=offscreen: lector-bench-open [--images 100000] [--work DIR] [--server URL]. The project is
// generated once (tiny PNGs + one COCO import) and reused; with --server it is also pushed once into the schema
// bench_open_<images> of that server and opened from there, after the file in the same run (the baseline).

#include "main_window.h"
#include "models/image_browser_model.h"
#include "panels/dataset_browser.h"

#include <lector/io/coco_generator.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include "server_push.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace lector;

namespace {

QString ensureProject(const QString& work, int images)
{
    const QString project = QDir(work).filePath(QStringLiteral("open-%1.lector").arg(images));
    if (QFileInfo::exists(project))
        return project;
    const QString data = QDir(work).filePath(QStringLiteral("open-%1-data").arg(images));
    std::printf("generating a %d-image project in %s (once) ...\n", images, qPrintable(work));
    std::fflush(stdout);
    if (auto r = generateCocoDataset(data, images, 1, 11); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return {};
    }
    ReadOptions options;
    options.imagesDir = QDir(data).filePath(QStringLiteral("images"));
    auto batch = FormatRegistry::instance()
                     .format(QStringLiteral("coco"))
                     ->read(QDir(data).filePath(QStringLiteral("annotations.json")), options);
    auto store = ProjectStore::create(project);
    if (!batch || !store || !(*store)->importBatch(*batch, ImportTarget::forAnnotator(QStringLiteral("gen")))) {
        std::fprintf(stderr, "cannot build the project\n");
        QFile::remove(project);
        return {};
    }
    return project;
}

struct OpenFigures {
    qint64 opened = -1; // openProject() returned
    qint64 firstPage = -1; // the browser's first page on screen
    qint64 answer = -1; // a posted event answered after that
    int rows = 0;
};

OpenFigures timeOpen(QApplication& app, const QString& project)
{
    OpenFigures f;
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1600, 1000);
    bool firstImage = false;
    QObject::connect(&window, &MainWindow::firstImageShown, [&] { firstImage = true; });
    QString error;
    if (!window.openProject(project, &error, QStringLiteral("bench"), false)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return f;
    }
    f.opened = timer.elapsed();
    window.show();
    ImageBrowserModel* model = window.browser()->model();
    while (timer.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (firstImage && model->rowCount() > 0 && model->index(0, 0).data(ImageBrowserModel::LoadedRole).toBool()) {
            f.firstPage = timer.elapsed();
            break;
        }
    }
    // Interactive: the event loop answers a posted event promptly.
    QElapsedTimer answer;
    answer.start();
    bool answered = false;
    QMetaObject::invokeMethod(
        &app, [&] { answered = true; }, Qt::QueuedConnection);
    while (!answered)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    f.answer = answer.elapsed();
    f.rows = model->rowCount();
    return f;
}

void print(const char* what, const OpenFigures& f, qint64 target)
{
    std::printf("  %s\n", what);
    std::printf("    openProject() returned (store open, first image on the canvas): %6lld ms\n",
        static_cast<long long>(f.opened));
    std::printf("    browser's first page on screen (interactive window):            %6lld ms (target < %lld ms)\n",
        static_cast<long long>(f.firstPage), static_cast<long long>(target));
    std::printf("    a posted event answered after that in:                          %6lld ms\n",
        static_cast<long long>(f.answer));
    std::printf("    browser rows known: %d\n", f.rows);
}

} // namespace

int main(int argc, char** argv)
{
    // Before the application: --help needs no display.
    if (std::find_if(argv, argv + argc, [](const char* a) { return std::strcmp(a, "--help") == 0; }) != argv + argc) {
        std::printf("lector-bench-open [--images N] [--work DIR] [--server URL]\n"
                    "Times opening an N-image project (default 100000) to an interactive window; generated once under\n"
                    "DIR (default ./bench-open) and reused. With --server (a postgresql:// URL) the project is pushed\n"
                    "once into the schema bench_open_N there and timed after the file, in the same run.\n"
                    "Run with QT_QPA_PLATFORM=offscreen.\n");
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LectorBench"));
    QSettings().clear();
    const QStringList args = app.arguments();
    auto value = [&](const QString& name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const int images = value(QStringLiteral("--images"), QStringLiteral("100000")).toInt();
    const QString work = QFileInfo(value(QStringLiteral("--work"), QStringLiteral("bench-open"))).absoluteFilePath();
    const QString server = value(QStringLiteral("--server"), QString());
    QDir().mkpath(work);
    const QString project = ensureProject(work, images);
    if (project.isEmpty())
        return 2;
    const QString url = server.isEmpty()
        ? QString()
        : bench::pushedOnce(server, project, QStringLiteral("bench_open_%1").arg(images));
    if (!server.isEmpty() && url.isEmpty())
        return 2;

    std::printf("open benchmark: %d images\n", images);
    const OpenFigures file = timeOpen(app, project);
    print("project file (SQLite):", file, 1500);
    bool ok = file.firstPage >= 0;
    if (!url.isEmpty()) {
        const OpenFigures onServer = timeOpen(app, url);
        print("server project (PostgreSQL, loopback):", onServer, 2000);
        if (file.firstPage > 0 && onServer.firstPage > 0)
            std::printf("  server / file, to the interactive window: %.2fx\n",
                static_cast<double>(onServer.firstPage) / static_cast<double>(file.firstPage));
        ok = ok && onServer.firstPage >= 0;
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("  peak RSS %.0f MB\n", usage.ru_maxrss / 1024.0);
    return ok ? 0 : 1;
}
