// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Dense pages stay readable: the canvas's layers draw a text only where it is legible and free, the text modes,
// a changed text repainted where it is drawn, the legend of the layers shown, the text pane that follows the canvas,
// hit tests through the layers' grid.
#include "canvas_test_support.h"

#include "canvas/canvas_controller.h"
#include "canvas/canvas_legend.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/region_layer.h"
#include "canvas/text_pane.h"
#include "canvas/transcription_editor.h"
#include "commands/add_boxes.h"
#include "document/label_document.h"

#include <QAction>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QUndoStack>

using namespace lector;
using namespace lector::testing;

namespace {

/// Three tight lines of five words on a 400x300 page: 20 px tall boxes with 4 px between the lines.
std::vector<RegionLayer::Entry> lines()
{
    std::vector<RegionLayer::Entry> out;
    std::int64_t id = 0;
    for (int line = 0; line < 3; ++line)
        for (int word = 0; word < 5; ++word) {
            RegionLayer::Entry e;
            e.id = ++id;
            const double x = 10 + word * 70, y = 100 + line * 24;
            e.region.polygon = Polygon::fromBox({ x, y, x + 60, y + 20 });
            e.region.text = QStringLiteral("w%1").arg(id);
            out.push_back(std::move(e));
        }
    return out;
}

int paintAt(QGraphicsView& view, double zoom)
{
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(200, 150);
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&target);
    view.render(&p);
    return 0;
}

/// Collects the regions a widget paints.
class PaintRecorder : public QObject {
public:
    explicit PaintRecorder(QRegion* painted)
        : m_painted(painted)
    {
    }
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            *m_painted += static_cast<QPaintEvent*>(event)->region();
        return false;
    }

private:
    QRegion* m_painted;
};

} // namespace

class CanvasLayersTest : public QObject {
    Q_OBJECT
private slots:
    void textsAreDrawnOnlyWhereLegibleAndFree()
    {
        QGraphicsScene scene;
        scene.setSceneRect(0, 0, 400, 300);
        auto* layer = new RegionLayer;
        layer->reset(lines(), QRectF(0, 0, 400, 300));
        scene.addItem(layer);
        QGraphicsView view(&scene);
        view.resize(900, 700);
        // 1:1 on tight lines: a text above the second and third lines would cover the line above; only the first
        // line's texts are free.
        paintAt(view, 1.0);
        QCOMPARE(layer->textsDrawn(), 5);
        layer->setTextMode(TextMode::All);
        paintAt(view, 1.0);
        QCOMPARE(layer->textsDrawn(), 15);
        // Too small to read at this zoom (20 px boxes at 0.3: 6 px): none, even when asked for all.
        paintAt(view, 0.3);
        QCOMPARE(layer->textsDrawn(), 0);
        // The selected box's text is always drawn, whatever the zoom; "selected" draws only that one.
        layer->setSelection({ 12 });
        paintAt(view, 0.3);
        QCOMPARE(layer->textsDrawn(), 1);
        layer->setTextMode(TextMode::Selected);
        paintAt(view, 1.0);
        QCOMPARE(layer->textsDrawn(), 1);
        layer->setTextMode(TextMode::Fitting);
        paintAt(view, 1.0);
        QCOMPARE(layer->textsDrawn(), 6); // the first line's five, and the selected one on the third line
        layer->setTextMode(TextMode::None);
        paintAt(view, 1.0);
        QCOMPARE(layer->textsDrawn(), 0);
    }

    void aNewTextIsRepaintedWhereItIsDrawn()
    {
        // A text is drawn above its box: a changed text (Ctrl+R's) must repaint there, not only inside the box, or
        // the old text stays on screen until the page is drawn again.
        QGraphicsScene scene;
        scene.setSceneRect(0, 0, 400, 300);
        auto* layer = new RegionLayer;
        layer->reset(lines(), QRectF(0, 0, 400, 300));
        scene.addItem(layer);
        QGraphicsView view(&scene);
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QRegion painted;
        PaintRecorder recorder(&painted);
        view.viewport()->installEventFilter(&recorder);
        QTest::qWait(50);
        painted = QRegion();
        RegionLayer::Entry changed = lines().front(); // w1 at (10, 100)-(70, 120)
        changed.region.text = QStringLiteral("a much longer text than before");
        layer->put(changed);
        QTRY_VERIFY(!painted.isEmpty());
        const QPoint above = view.mapFromScene(QPointF(15, 95)); // where the text's first letters are drawn
        const QPoint beyond = view.mapFromScene(QPointF(150, 95)); // past the box, where the longer text ends
        QVERIFY2(painted.contains(above) && painted.contains(beyond),
            qPrintable(QStringLiteral("repainted %1,%2 %3x%4")
                           .arg(painted.boundingRect().x())
                           .arg(painted.boundingRect().y())
                           .arg(painted.boundingRect().width())
                           .arg(painted.boundingRect().height())));
    }

    void hitTestsGoThroughTheGrid()
    {
        RegionLayer layer;
        std::vector<RegionLayer::Entry> entries = lines();
        // A big box around the first word: a click inside both picks the smaller.
        RegionLayer::Entry big;
        big.id = 99;
        big.region.polygon = Polygon::fromBox({ 0, 90, 90, 130 });
        entries.push_back(big);
        layer.reset(std::move(entries), QRectF(0, 0, 400, 300));
        QCOMPARE(layer.at({ 20, 110 }, 0), std::int64_t(1));
        QCOMPARE(layer.at({ 5, 95 }, 0), std::int64_t(99));
        QCOMPARE(layer.at({ 200, 20 }, 0), std::int64_t(0));
        QCOMPARE(layer.at({ 211, 110 }, 2), std::int64_t(3)); // just right of w3, within the tolerance
        std::vector<std::int64_t> inside = layer.idsInside(QRectF(0, 95, 400, 30));
        std::sort(inside.begin(), inside.end());
        QCOMPARE(inside, (std::vector<std::int64_t> { 1, 2, 3, 4, 5 }));
        // A region dragged off the page is still found (it sits in the edge cells).
        layer.setPolygon(5, QPolygonF(QRectF(500, 400, 30, 20)));
        QCOMPARE(layer.at({ 510, 410 }, 0), std::int64_t(5));
        layer.remove(5);
        QCOMPARE(layer.at({ 510, 410 }, 0), std::int64_t(0));
        QCOMPARE(layer.size(), 15);
    }

    void theLegendNamesTheLayersShown()
    {
        TestProject project;
        QVERIFY(project.create());
        QVERIFY(project.openSession());
        QWidget window;
        CanvasController canvas(project.session.get(), &window);
        canvas.view()->resize(800, 600);
        QVERIFY(canvas.showImage(project.images[0]));
        QCOMPARE(canvas.legend()->rows().first(), QStringLiteral("my labels"));
        QVERIFY(!canvas.legend()->rows().contains(QStringLiteral("other annotators (their colour)")));
        canvas.action(QStringLiteral("view.showOthers"))->setChecked(true);
        QVERIFY(canvas.legend()->rows().contains(QStringLiteral("other annotators (their colour)")));
        canvas.action(QStringLiteral("view.showMine"))->setChecked(false);
        QVERIFY(!canvas.legend()->rows().contains(QStringLiteral("my labels")));
        QVERIFY(!canvas.scene()->showsMine());
        QCOMPARE(canvas.scene()->regionAt({ 340, 215 }, 1), AnnotationId(0)); // hidden: nothing to pick
        canvas.action(QStringLiteral("view.legend"))->setChecked(false);
        QVERIFY(canvas.legend()->isHidden());
    }

    void theInlineEditorDoesNotHideTheNextLine()
    {
        TestProject project;
        QVERIFY(project.create());
        QVERIFY(project.openSession());
        QWidget window;
        window.resize(800, 600);
        CanvasController canvas(project.session.get(), &window);
        canvas.view()->setParent(&window);
        canvas.view()->setGeometry(0, 0, 800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(canvas.showImage(project.images[0]));
        // Two tight lines: the editor of a word of the first line opens above it, clear of the second line.
        std::vector<Annotation> words;
        for (int line = 0; line < 2; ++line) {
            Annotation a;
            a.region.polygon = quad(100, 100 + line * 24, 200, 120 + line * 24);
            words.push_back(a);
        }
        auto* add = new AddBoxes(canvas.document(), words);
        canvas.undoStack()->push(add);
        canvas.view()->setZoom(2.0);
        canvas.view()->centerOn(150, 115);
        canvas.editTranscription(add->ids()[0]);
        const QRect editor = canvas.transcriptionEditor()->geometry();
        const QRect below = canvas.view()->mapFromScene(QRectF(100, 124, 100, 20)).boundingRect();
        const QRect itself = canvas.view()->mapFromScene(QRectF(100, 100, 100, 20)).boundingRect();
        QVERIFY2(!editor.intersects(below), "the editor covers the next line");
        QVERIFY(!editor.intersects(itself));
        QVERIFY(editor.bottom() <= itself.top());
        // The last line's editor opens below it, where nothing is.
        canvas.editTranscription(add->ids()[1]);
        QVERIFY(canvas.transcriptionEditor()->geometry().top() >= below.bottom());
    }

    void theTextPaneFollowsTheCanvas()
    {
        TestProject project;
        QVERIFY(project.create());
        QVERIFY(project.openSession());
        QWidget window;
        window.resize(1200, 600);
        CanvasController canvas(project.session.get(), &window);
        canvas.view()->setParent(&window);
        canvas.view()->setGeometry(0, 0, 600, 600);
        canvas.textPane()->setParent(&window);
        canvas.textPane()->setGeometry(600, 0, 600, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(canvas.showImage(project.images[0]));
        Annotation a;
        a.region.polygon = quad(50, 40, 150, 70);
        a.region.text = QStringLiteral("Invoice");
        canvas.undoStack()->push(new AddBoxes(canvas.document(), { a }));
        canvas.action(QStringLiteral("view.textPane"))->setChecked(true);
        QVERIFY(canvas.textPane()->isVisible());
        canvas.view()->setZoom(3.0);
        canvas.view()->centerOn(100, 55);
        QCoreApplication::processEvents();
        const QPointF canvasCorner = canvas.view()->mapToScene(QPoint(0, 0));
        const QPointF paneCorner = canvas.textPane()->mapToScene(QPoint(0, 0));
        QVERIFY2(QLineF(canvasCorner, paneCorner).length() < 1.0,
            qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                           .arg(canvasCorner.x())
                           .arg(canvasCorner.y())
                           .arg(paneCorner.x())
                           .arg(paneCorner.y())));
        QCOMPARE(canvas.textPane()->transform().m11(), 3.0);
        QImage shot(canvas.textPane()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&shot);
        canvas.textPane()->render(&p);
        p.end();
        QCOMPARE(canvas.textPane()->textsDrawn(), 1);
    }
};

QTEST_MAIN(CanvasLayersTest)
#include "canvas_layers_test.moc"
