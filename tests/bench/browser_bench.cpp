// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Dataset browser benchmark (issue #4) on a 100,000-image project: the store's browser queries per filter, the
// time from setStorePath + show to the first page on screen, a scroll through every row in the list and in the
// thumbnail grid with the UI thread's longest stall, peak RSS and the thumbnail cache's size.
//
// The project is built once and kept under --work: 100,000 tiny PNGs from lector::generateCocoDataset (one word
// box each) imported with the COCO reader, then batches, splits, a second annotator on every tenth image and
// image states for "me" on every seventh, so that each filter selects a real share of the images.

#include "models/image_browser_model.h"
#include "models/thumbnail_cache.h"
#include "panels/dataset_browser.h"
#include "shell/project_session.h"

#include <lector/io/coco_generator.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace lector;

namespace {

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool fail(const Error& e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return false;
}

/// Builds the project at `path` unless it is already there with `images` images.
bool ensureProject(const QString& work, const QString& path, int images)
{
    if (QFileInfo::exists(path)) {
        auto store = ProjectStore::open(path);
        if (store && (*store)->imageCount() && *(*store)->imageCount() == images) {
            std::printf("reusing %s\n", qPrintable(path));
            return true;
        }
        QFile::remove(path);
    }
    QElapsedTimer t;
    t.start();
    const QString coco = QDir(work).filePath(QStringLiteral("coco"));
    if (!QFileInfo::exists(QDir(coco).filePath(QStringLiteral("annotations.json")))) {
        if (auto r = generateCocoDataset(coco, images, 1, 7); !r)
            return fail(r.error());
        std::printf("generated %d PNGs in %.1f s\n", images, t.elapsed() / 1000.0);
    }
    const Format* format = FormatRegistry::instance().format(QStringLiteral("coco"));
    ReadOptions options;
    options.imagesDir = QDir(coco).filePath(QStringLiteral("images"));
    auto batch = format->read(QDir(coco).filePath(QStringLiteral("annotations.json")), options);
    if (!batch)
        return fail(batch.error());
    auto created = ProjectStore::create(path);
    if (!created)
        return fail(created.error());
    ProjectStore& store = **created;
    ImportTarget target = ImportTarget::forAnnotator(QStringLiteral("generator"));
    target.batch = QStringLiteral("batch-1");
    if (auto r = store.importBatch(*batch, target); !r)
        return fail(r.error());
    std::printf("imported in %.1f s total\n", t.elapsed() / 1000.0);

    auto all = store.images();
    if (!all)
        return fail(all.error());
    std::vector<ImageId> ids;
    for (const ImageRecord& r : *all)
        ids.push_back(r.id);
    // Three batches; splits train/val/test 8:1:1.
    for (int b = 0; b < 3; ++b) {
        std::vector<ImageId> part;
        std::vector<ImageId> val;
        std::vector<ImageId> test;
        for (size_t i = static_cast<size_t>(b); i < ids.size(); i += 3)
            (i % 10 == 8 ? val : i % 10 == 9 ? test : part).push_back(ids[i]);
        const QString name = QStringLiteral("batch-%1").arg(b + 1);
        if (!store.setImageBatch(part, name, QStringLiteral("train"))
            || !store.setImageBatch(val, name, QStringLiteral("val"))
            || !store.setImageBatch(test, name, QStringLiteral("test")))
            return false;
    }
    auto me = store.ensureAnnotator(QStringLiteral("me"));
    auto reviewer = store.ensureAnnotator(QStringLiteral("reviewer"), Role::Reviewer);
    if (!me || !reviewer)
        return false;
    std::vector<Annotation> labels;
    for (size_t i = 0; i < ids.size(); i += 10) {
        Annotation a;
        a.image = ids[i];
        a.annotator = *me;
        a.region.polygon = Polygon::fromBox({ 2, 2, 20, 12 });
        a.region.text = QStringLiteral("word%1").arg(i);
        labels.push_back(a);
    }
    if (auto r = store.addAnnotations(labels); !r)
        return fail(r.error());
    for (size_t i = 0; i < ids.size(); i += 7) {
        if (!store.setImageState(ids[i], *me, i % 2 ? ImageState::Done : ImageState::InProgress))
            return false;
        if (i % 5 == 0 && !store.setImageState(ids[i], *reviewer, ImageState::Done))
            return false;
    }
    std::printf("project ready in %.1f s\n", t.elapsed() / 1000.0);
    return true;
}

void storeQueries(const QString& path, AnnotatorId me)
{
    auto opened = ProjectStore::open(path);
    if (!opened) {
        fail(opened.error());
        return;
    }
    ProjectStore& store = **opened;
    using S = ImageQuery::Status;
    struct Case {
        const char* name;
        ImageQuery query;
    };
    auto q = [me](S status, int k = 1) {
        ImageQuery query;
        query.status = status;
        query.minAnnotators = k;
        query.me = me;
        return query;
    };
    std::vector<Case> cases = {
        { "any", q(S::Any) },
        { "unlabeled", q(S::Unlabeled) },
        { "labeled by me", q(S::LabeledByMe) },
        { "labeled by >= 2", q(S::LabeledByAtLeast, 2) },
        { "in conflict", q(S::InConflict) },
        { "reviewed", q(S::Reviewed) },
        { "to do for me", q(S::ToDoForMe) },
        { "done by me", q(S::DoneByMe) },
    };
    ImageQuery batch = q(S::Any);
    batch.batch = QStringLiteral("batch-2");
    cases.push_back({ "batch", batch });
    ImageQuery split = q(S::Any);
    split.split = QStringLiteral("val");
    cases.push_back({ "split", split });
    ImageQuery name = q(S::Any);
    name.nameContains = QStringLiteral("0123");
    cases.push_back({ "name contains", name });
    ImageQuery text = q(S::Any);
    text.textContains = QStringLiteral("word12");
    cases.push_back({ "text contains", text });
    ImageQuery byRegions = q(S::Any);
    byRegions.sort = ImageQuery::Sort::RegionCount;
    byRegions.descending = true;
    cases.push_back({ "any, sort by boxes", byRegions });
    ImageQuery byName = q(S::Any);
    byName.sort = ImageQuery::Sort::Name;
    cases.push_back({ "any, sort by name", byName });

    std::printf("\n| filter | matches | countImages ms | first page ms | last page ms |\n|---|---:|---:|---:|---:|\n");
    for (const Case& c : cases) {
        // Median of three: the first run also warms SQLite's page cache.
        auto median = [](auto&& fn) {
            std::vector<double> ms;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                fn();
                ms.push_back(t.nsecsElapsed() / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            return ms[1];
        };
        qint64 count = 0;
        const double countMs = median([&] { count = store.countImages(c.query).value(); });
        const double firstMs = median([&] { (void)store.queryImages(c.query, 0, ImageBrowserModel::kPageSize); });
        const qint64 lastOffset = std::max<qint64>(0, count - ImageBrowserModel::kPageSize);
        const double lastMs
            = median([&] { (void)store.queryImages(c.query, lastOffset, ImageBrowserModel::kPageSize); });
        std::printf(
            "| %s | %lld | %.1f | %.1f | %.1f |\n", c.name, static_cast<long long>(count), countMs, firstMs, lastMs);
    }
}

/// Scrolls the view from top to bottom one screen at a time, letting events run after each step.
void scrollThrough(DatasetBrowser& browser, const char* label)
{
    QListView* view = browser.view();
    QScrollBar* bar = view->verticalScrollBar();
    QApplication::processEvents();
    const int step = std::max(1, bar->pageStep());
    QElapsedTimer total;
    total.start();
    double worst = 0;
    int steps = 0;
    size_t peakThumbBytes = 0;
    for (int v = 0; v <= bar->maximum(); v += step) {
        QElapsedTimer t;
        t.start();
        bar->setValue(v);
        QApplication::processEvents();
        worst = std::max(worst, t.nsecsElapsed() / 1e6);
        peakThumbBytes = std::max<size_t>(peakThumbBytes, static_cast<size_t>(browser.thumbnails()->memoryUsed()));
        ++steps;
    }
    const double scrollMs = total.nsecsElapsed() / 1e6;
    // Then wait for the rows at the bottom to be filled in.
    ImageBrowserModel* model = browser.model();
    QElapsedTimer settle;
    settle.start();
    const QModelIndex last = model->index(model->rowCount() - 1);
    while (!last.data(ImageBrowserModel::LoadedRole).toBool() && settle.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("%s: %d steps of %d px in %.0f ms (%.2f ms per step, longest step %.1f ms); bottom rows filled "
                "%.0f ms later; %d pages cached, %d stale pages dropped; thumbnails: %d decoded, %d in memory "
                "(%.1f MB, peak %.1f MB, limit %.0f MB), %d queued; peak RSS %ld MB\n",
        label, steps, step, scrollMs, scrollMs / std::max(1, steps), worst, settle.nsecsElapsed() / 1e6,
        model->cachedPageCount(), model->stalePagesDropped(), browser.thumbnails()->decodes(),
        browser.thumbnails()->cachedCount(), browser.thumbnails()->memoryUsed() / 1048576.0, peakThumbBytes / 1048576.0,
        browser.thumbnails()->memoryLimit() / 1048576.0, browser.thumbnails()->pendingCount(), peakRssMb());
}

} // namespace

int main(int argc, char** argv)
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int images = 100000;
    QString work = QStringLiteral("/tmp/lector-bench-browser");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--images"))
            images = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--work"))
            work = args[i + 1];
    }
    QDir().mkpath(work);
    const QString path = QDir(work).filePath(QStringLiteral("browser-%1.lector").arg(images));
    if (!ensureProject(work, path, images))
        return 1;
    AnnotatorId me = 0;
    {
        auto store = ProjectStore::open(path);
        if (!store) {
            fail(store.error());
            return 1;
        }
        me = (*store)->findAnnotator(QStringLiteral("me")).value()->id;
    }
    std::printf("peak RSS before the browser: %ld MB\n", peakRssMb());

    // First page on screen: from setStorePath + show to the first rows painted with their data.
    ProjectSession session;
    DatasetBrowser browser(&session);
    const QString thumbs = QDir(work).filePath(QStringLiteral("thumbnails"));
    QDir(thumbs).removeRecursively();
    browser.thumbnails()->setDiskCacheDir(thumbs);
    browser.resize(420, 900);
    ImageBrowserModel* model = browser.model();
    QElapsedTimer t;
    t.start();
    if (auto opened = session.open(path, QStringLiteral("me")); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    browser.show();
    double countMs = -1;
    while (!model->isCountKnown() || !model->index(0).data(ImageBrowserModel::LoadedRole).toBool()) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (countMs < 0 && model->isCountKnown())
            countMs = t.nsecsElapsed() / 1e6;
        if (t.elapsed() > 30000) {
            std::fprintf(stderr, "the first page never arrived\n");
            return 1;
        }
    }
    QApplication::processEvents(); // the paint that shows them
    std::printf("first page on screen %.0f ms after setStorePath + show (count known at %.0f ms), %d rows\n",
        t.nsecsElapsed() / 1e6, countMs, model->rowCount());

    // Selecting an image whose page is not loaded (a selection made elsewhere, e.g. "next to do"): its row is
    // located on the worker first.
    {
        auto store = ProjectStore::open(path);
        const std::vector<ImageRecord> all = (*store)->images().value();
        for (size_t at : { all.size() / 2, all.size() - 1 }) {
            const ImageId id = all[at].id;
            const bool loaded = model->rowForImage(id) >= 0;
            QElapsedTimer l;
            l.start();
            browser.selectImage(id);
            while (browser.currentImage() != id && l.elapsed() < 30000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            std::printf("selectImage(image %zu of %zu, its page %s) until current: %.0f ms\n", at + 1, all.size(),
                loaded ? "loaded" : "not loaded: located on the worker", l.nsecsElapsed() / 1e6);
        }
        browser.view()->scrollToTop();
    }

    storeQueries(path, me);
    std::printf("\n");
    scrollThrough(browser, "list scroll");
    browser.view()->scrollToTop();
    browser.setViewMode(DatasetBrowser::ViewMode::Grid);
    scrollThrough(browser, "grid scroll");
    return 0;
}
