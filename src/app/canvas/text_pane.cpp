// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/text_pane.h"

#include "canvas/canvas_view.h"
#include "canvas/qt_geometry.h"
#include "document/label_document.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>

namespace lector {

/// The blank page with the texts: one item, painting only what is exposed.
class TextPageItem : public QGraphicsItem {
public:
    struct Word {
        QRectF box;
        QString text;
        bool dontCare = false;
    };

    void setPage(const QRectF& page, std::vector<Word> words)
    {
        prepareGeometryChange();
        m_page = page;
        m_words = std::move(words);
        update();
    }
    QRectF boundingRect() const override { return m_page; }
    int drawn() const { return m_drawn; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override
    {
        painter->fillRect(m_page, Qt::white);
        const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
        QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_page;
        if (const QPaintDevice* device = painter->device())
            exposed = exposed.intersected(
                painter->worldTransform().inverted().mapRect(QRectF(0, 0, device->width(), device->height())));
        const QTransform toScreen = painter->worldTransform();
        painter->save();
        painter->setWorldTransform(QTransform());
        QPen outline(QColor(200, 205, 215), 0);
        outline.setCosmetic(true);
        QFont font = painter->font();
        m_drawn = 0;
        for (const Word& w : m_words) {
            if (!w.box.intersects(exposed))
                continue;
            const QRectF box = toScreen.mapRect(w.box);
            painter->setPen(outline);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box);
            if (w.text.isEmpty() || box.height() < 4)
                continue;
            // The text's height follows its box's; a long text is narrowed to the box's width.
            const int pixels = std::clamp(int(box.height() * 0.75), 4, 200);
            font.setPixelSize(pixels);
            painter->setFont(font);
            const QFontMetricsF metrics(font);
            const double width = metrics.horizontalAdvance(w.text);
            painter->setPen(w.dontCare ? QColor(140, 140, 140) : QColor(20, 20, 20));
            const double stretch = width > box.width() && width > 0 ? box.width() / width : 1.0;
            painter->save();
            painter->translate(box.left(), box.top() + (box.height() + metrics.ascent() - metrics.descent()) / 2);
            painter->scale(stretch, 1);
            painter->drawText(QPointF(0, 0), w.text);
            painter->restore();
            ++m_drawn;
        }
        painter->restore();
        Q_UNUSED(scale);
    }

private:
    QRectF m_page;
    std::vector<Word> m_words;
    int m_drawn = 0;
};

TextPane::TextPane(LabelDocument* document, CanvasView* canvas, QWidget* parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_canvas(canvas)
    , m_page(new TextPageItem)
{
    setObjectName(QStringLiteral("textPane"));
    auto* scene = new QGraphicsScene(this);
    scene->addItem(m_page);
    setScene(scene);
    setBackgroundBrush(palette().color(QPalette::Mid));
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // it scrolls with the canvas, not on its own
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    for (auto signal :
        { &LabelDocument::annotationsAdded, &LabelDocument::annotationsChanged, &LabelDocument::annotationsRemoved })
        connect(document, signal, this, &TextPane::reload);
    connect(document, &LabelDocument::loaded, this, &TextPane::reload);
    connect(canvas, &CanvasView::zoomChanged, this, &TextPane::follow);
    for (QScrollBar* bar : { canvas->horizontalScrollBar(), canvas->verticalScrollBar() })
        connect(bar, &QScrollBar::valueChanged, this, &TextPane::follow);
    reload();
}

void TextPane::reload()
{
    std::vector<TextPageItem::Word> words;
    words.reserve(m_document->annotations().size());
    for (const auto& [id, a] : m_document->annotations())
        words.push_back({ toQPolygonF(a.region.polygon).boundingRect(), a.region.text, a.region.isDontCare() });
    const ImageRecord& image = m_document->imageRecord();
    const QRectF page(0, 0, std::max(1, image.width), std::max(1, image.height));
    m_page->setPage(page, std::move(words));
    // Room around the page, so that the pane can always be scrolled to show what the canvas shows.
    const double margin = std::max(page.width(), page.height()) * 4 + 1000;
    scene()->setSceneRect(page.adjusted(-margin, -margin, margin, margin));
    follow();
}

void TextPane::follow()
{
    // The canvas's transform, and the scene point at its top-left corner put at ours: the same page region shows,
    // whatever the two views' widths.
    setTransform(m_canvas->transform());
    const QPointF topLeft = m_canvas->mapToScene(QPoint(0, 0));
    const QPointF ours = mapToScene(QPoint(0, 0));
    const QPointF delta = (topLeft - ours) * m_canvas->transform().m11();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
    viewport()->update();
}

int TextPane::textsDrawn() const { return m_page->drawn(); }

void TextPane::wheelEvent(QWheelEvent* event)
{
    // Scrolling over the pane scrolls the canvas, which the pane follows.
    QCoreApplication::sendEvent(m_canvas->viewport(), event);
}

} // namespace lector
