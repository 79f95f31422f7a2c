// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Paint cost of the canvas: an 8000x8000 page with 5,000 word regions, rendered through the view (the same
// items and view settings as the app) at fit zoom and at 1:1. Prints ms per frame. Run with
// QT_QPA_PLATFORM=offscreen: lector-bench-paint [frames]
#include "canvas/canvas_view.h"
#include "canvas/region_item.h"
#include "canvas/tiled_image_item.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <cstdio>

using namespace lector;

namespace {
double msPerFrame(CanvasView& view, int frames)
{
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    { // first frame builds the pyramid level and tiles: reported apart
        QPainter p(&target);
        view.render(&p);
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        QPainter p(&target);
        view.render(&p);
    }
    return timer.nsecsElapsed() / 1e6 / frames;
}
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int frames = argc > 1 ? std::atoi(argv[1]) : 50;
    constexpr int kSide = 8000;
    constexpr int kRegions = 5000;

    QImage page(kSide, kSide, QImage::Format_RGB32);
    page.fill(QColor(245, 242, 235));
    {
        QPainter p(&page);
        p.setPen(QColor(40, 40, 40));
        for (int y = 100; y < kSide; y += 110)
            p.drawLine(100, y, kSide - 100, y);
    }
    QGraphicsScene scene;
    auto* image = new TiledImageItem;
    QElapsedTimer setup;
    setup.start();
    image->setImage(page);
    scene.addItem(image);
    scene.setSceneRect(0, 0, kSide, kSide);
    QRandomGenerator rng(42);
    for (int i = 0; i < kRegions; ++i) {
        // 50 lines of 100 words, as on a dense page.
        const double x = 100 + (i % 100) * 78.0;
        const double y = 100 + (i / 100) * 155.0;
        Region r;
        r.polygon = Polygon::fromBox({ x, y, x + 60 + rng.bounded(10), y + 30 });
        r.text = QStringLiteral("word%1").arg(i);
        scene.addItem(new RegionItem(RegionItem::Kind::Mine, i + 1, r));
    }
    const double setupMs = setup.nsecsElapsed() / 1e6;

    CanvasView view(&scene);
    view.resize(1600, 1000);
    view.show();
    app.processEvents();

    QElapsedTimer first;
    view.fitImage();
    first.start();
    QImage warm(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&warm);
        view.render(&p);
    }
    const double firstFitMs = first.nsecsElapsed() / 1e6;
    const double fitMs = msPerFrame(view, frames);
    const double fitZoom = view.zoom();

    view.actualSize();
    view.centerOn(kSide / 2.0, kSide / 2.0);
    first.restart();
    {
        QPainter p(&warm);
        view.render(&p);
    }
    const double firstOneMs = first.nsecsElapsed() / 1e6;
    const double oneMs = msPerFrame(view, frames);

    std::printf("scene: %dx%d page, %d regions, built in %.1f ms; viewport %dx%d; %d frames each\n", kSide, kSide,
        kRegions, setupMs, view.viewport()->width(), view.viewport()->height(), frames);
    std::printf("fit (zoom %.3f): first frame %.1f ms, then %.2f ms/frame\n", fitZoom, firstFitMs, fitMs);
    std::printf("1:1: first frame %.1f ms, then %.2f ms/frame\n", firstOneMs, oneMs);
    return 0;
}
