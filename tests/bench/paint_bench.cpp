// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Paint cost of the canvas on a dense page: N word regions on a 6000x8000 page, rendered through the view (the same
// layers and view settings as the app) at fit zoom and at 1:1, against a baseline in the same run: one
// QGraphicsItem per region painting the same boxes (what the canvas did before its regions became layers). With
// --work DIR it also writes a project with that page and times how long the page takes to become interactive in the
// app's canvas (regions read from the store, layers built, first frame painted). Run with QT_QPA_PLATFORM=offscreen.
#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/region_layer.h"
#include "canvas/tiled_image_item.h"
#include "document/label_document.h"
#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cstdio>
#include <random>

using namespace lector;

namespace {

constexpr int kWidth = 6000;
constexpr int kHeight = 8000;

/// The baseline: a region as its own item, painting its box with a cosmetic pen and its text above it once the box
/// is 11 screen pixels tall, as the canvas's region item did before layers.
class BoxItem : public QGraphicsItem {
public:
    BoxItem(const QRectF& box, QString text)
        : m_box(box)
        , m_text(std::move(text))
    {
    }
    QRectF boundingRect() const override { return m_box.adjusted(-1, -1, 1, 1); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        QPen pen(QColor(0, 120, 255), 0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_box);
        const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        if (m_box.height() * scale < 11)
            return;
        painter->save();
        painter->translate(m_box.topLeft());
        painter->scale(1 / scale, 1 / scale);
        QFont font = painter->font();
        font.setPixelSize(11);
        painter->setFont(font);
        painter->setPen(QColor(0, 84, 178));
        painter->drawText(QPointF(0, -3), m_text);
        painter->restore();
    }

private:
    QRectF m_box;
    QString m_text;
};

/// Dense lines of words: `boxes` regions in rows over the page.
std::vector<Region> page(int boxes)
{
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> jitter(0, 1);
    const int perLine = 100;
    const int lines = (boxes + perLine - 1) / perLine;
    const double lineHeight = double(kHeight - 200) / std::max(1, lines);
    const double wordWidth = double(kWidth - 200) / perLine;
    std::vector<Region> out;
    out.reserve(size_t(boxes));
    for (int i = 0; i < boxes; ++i) {
        const double x = 100 + (i % perLine) * wordWidth;
        const double y = 100 + (i / perLine) * lineHeight;
        Region r;
        r.polygon = Polygon::fromBox({ x, y, x + wordWidth * (0.6 + 0.3 * jitter(rng)), y + lineHeight * 0.7 });
        r.text = QStringLiteral("w%1").arg(i);
        out.push_back(std::move(r));
    }
    return out;
}

QImage paper()
{
    QImage img(kWidth, kHeight, QImage::Format_RGB32);
    img.fill(QColor(245, 242, 235));
    return img;
}

/// Milliseconds of the first frame and the median of `frames` more.
std::pair<double, double> frames(QGraphicsView& view, int count)
{
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    t.start();
    {
        QPainter p(&target);
        view.render(&p);
    }
    const double first = t.nsecsElapsed() / 1e6;
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        t.restart();
        QPainter p(&target);
        view.render(&p);
        p.end();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
    return { first, ms[ms.size() / 2] };
}

struct Figures {
    double buildMs = 0;
    std::pair<double, double> fit, oneToOne;
};

Figures measure(QGraphicsScene& scene, int count, double buildMs)
{
    CanvasView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents();
    Figures f;
    f.buildMs = buildMs;
    view.fitImage();
    f.fit = frames(view, count);
    view.actualSize();
    view.centerOn(kWidth / 2.0, kHeight / 2.0);
    f.oneToOne = frames(view, count);
    return f;
}

void print(const char* what, const Figures& f, const Figures* baseline)
{
    std::printf("%-9s build %8.1f ms   fit: first %7.1f ms, %7.2f ms/frame   1:1: first %6.1f ms, %6.2f ms/frame", what,
        f.buildMs, f.fit.first, f.fit.second, f.oneToOne.first, f.oneToOne.second);
    if (baseline)
        std::printf("   (fit %.2fx, 1:1 %.2fx, build %.2fx the items')", f.fit.second / baseline->fit.second,
            f.oneToOne.second / baseline->oneToOne.second, f.buildMs / baseline->buildMs);
    std::printf("\n");
}

/// A project with the page and its regions as alice's labels; the app's canvas opens it. Milliseconds from asking
/// for the image to its first frame painted.
int interactive(const QString& work, const std::vector<Region>& regions, double* ms)
{
    QDir().mkpath(work);
    const QString project = QDir(work).filePath(QStringLiteral("paint-%1.lector").arg(regions.size()));
    const QString image = QDir(work).filePath(QStringLiteral("page-%1.png").arg(regions.size()));
    QFile::remove(project);
    if (!paper().save(image))
        return 2;
    auto store = ProjectStore::create(project);
    if (!store)
        return 2;
    ImportBatch batch;
    ImportedImage page;
    page.imagePath = image;
    page.regions = regions;
    batch.images.push_back(page);
    if (!(*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("alice"))))
        return 2;
    const ImageId id = (*(*store)->images()).front().id;
    store->reset();
    ProjectSession session;
    if (!session.open(project, QStringLiteral("alice")))
        return 2;
    QWidget window;
    CanvasController canvas(&session, &window);
    canvas.view()->resize(1600, 1000);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    QElapsedTimer t;
    t.start();
    if (!canvas.showImage(id))
        return 2;
    QImage target(canvas.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&target);
    canvas.view()->render(&p);
    p.end();
    *ms = t.nsecsElapsed() / 1e6;
    if (canvas.document()->annotations().size() != regions.size())
        return 2;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Paint cost of the canvas on a dense page, against one item per region in the same run. Writes nothing unless "
        "--work is given (then: how long a page of that many labels takes to become interactive)."));
    parser.addHelpOption();
    const QCommandLineOption boxes(QStringLiteral("boxes"), QStringLiteral("Regions on the page (default 20000)."),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption count(QStringLiteral("frames"), QStringLiteral("Frames measured per zoom (default 30)."),
        QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption work(QStringLiteral("work"),
        QStringLiteral("Folder for the interactive-time project (created)."), QStringLiteral("dir"));
    const QCommandLineOption noBaseline(
        QStringLiteral("no-baseline"), QStringLiteral("Skip the one-item-per-region baseline."));
    parser.addOptions({ boxes, count, work, noBaseline });
    parser.process(app);
    const int n = parser.value(boxes).toInt();
    const int f = std::max(3, parser.value(count).toInt());
    const std::vector<Region> regions = page(n);
    const QImage image = paper();
    std::printf("page %dx%d, %d regions, viewport 1600x1000, %d frames each (median)\n", kWidth, kHeight, n, f);

    Figures baseline;
    const bool withBaseline = !parser.isSet(noBaseline);
    if (withBaseline) {
        QGraphicsScene scene;
        auto* tiles = new TiledImageItem;
        tiles->setImage(image);
        scene.addItem(tiles);
        scene.setSceneRect(0, 0, kWidth, kHeight);
        QElapsedTimer t;
        t.start();
        for (const Region& r : regions) {
            const BoxF b = r.polygon.boundingBox();
            scene.addItem(new BoxItem(QRectF(b.x0, b.y0, b.width(), b.height()), r.text));
        }
        scene.itemsBoundingRect(); // the BSP index is built lazily: make it part of the build
        baseline = measure(scene, f, t.nsecsElapsed() / 1e6);
        print("items", baseline, nullptr);
    }
    {
        QGraphicsScene scene;
        auto* tiles = new TiledImageItem;
        tiles->setImage(image);
        scene.addItem(tiles);
        scene.setSceneRect(0, 0, kWidth, kHeight);
        QElapsedTimer t;
        t.start();
        std::vector<RegionLayer::Entry> entries;
        entries.reserve(regions.size());
        std::int64_t id = 0;
        for (const Region& r : regions) {
            RegionLayer::Entry e;
            e.id = ++id;
            e.region = r;
            entries.push_back(std::move(e));
        }
        auto* layer = new RegionLayer;
        layer->reset(std::move(entries), QRectF(0, 0, kWidth, kHeight));
        scene.addItem(layer);
        const Figures figures = measure(scene, f, t.nsecsElapsed() / 1e6);
        print("layer", figures, withBaseline ? &baseline : nullptr);
    }
    if (parser.isSet(work)) {
        double ms = 0;
        if (const int rc = interactive(parser.value(work), regions, &ms); rc != 0) {
            std::fprintf(stderr, "lector-bench-paint: the interactive-time project failed\n");
            return rc;
        }
        std::printf(
            "interactive: %d labels read from the store, layers built, first frame painted in %.0f ms\n", n, ms);
    }
    return 0;
}
