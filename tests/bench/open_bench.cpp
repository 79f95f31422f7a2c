// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Time to an interactive window on a large project (issue #4): from constructing the main window to the first image
// on the canvas and the dataset browser's first page on screen, with an event loop that answers. Run with
// QT_QPA_PLATFORM=offscreen: lector-bench-open [--images 100000] [--work DIR]. The project is generated once
// (tiny PNGs + one COCO import) and reused.

#include "main_window.h"
#include "models/image_browser_model.h"
#include "panels/dataset_browser.h"

#include <lector/io/coco_generator.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>
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

} // namespace

int main(int argc, char** argv)
{
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
    QDir().mkpath(work);
    const QString project = ensureProject(work, images);
    if (project.isEmpty())
        return 2;

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.resize(1600, 1000);
    bool firstImage = false;
    QObject::connect(&window, &MainWindow::firstImageShown, [&] { firstImage = true; });
    QString error;
    if (!window.openProject(project, &error, QStringLiteral("bench"), false)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const qint64 opened = timer.elapsed();
    window.show();
    ImageBrowserModel* model = window.browser()->model();
    qint64 firstPage = -1;
    while (timer.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (firstImage && model->rowCount() > 0 && model->index(0, 0).data(ImageBrowserModel::LoadedRole).toBool()) {
            firstPage = timer.elapsed();
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
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("open benchmark: %d images\n", images);
    std::printf(
        "  openProject() returned (store open, first image on the canvas): %6lld ms\n", static_cast<long long>(opened));
    std::printf("  browser's first page on screen (interactive window):            %6lld ms (target < 1500 ms)\n",
        static_cast<long long>(firstPage));
    std::printf("  a posted event answered after that in:                          %6lld ms\n",
        static_cast<long long>(answer.elapsed()));
    std::printf("  browser rows known: %d, peak RSS %.0f MB\n", model->rowCount(), usage.ru_maxrss / 1024.0);
    return firstPage >= 0 ? 0 : 1;
}
