// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/canvas_scene.h"

#include "canvas/qt_geometry.h"
#include "canvas/region_item.h"
#include "canvas/tiled_image_item.h"
#include "document/label_document.h"
#include "document/reading_order.h"
#include "tools/abstract_tool.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <limits>
#include <map>

namespace lector {

namespace {
QColor annotatorColor(AnnotatorId id)
{
    static const QColor palette[] = { QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf) };
    return palette[static_cast<size_t>(id) % (sizeof(palette) / sizeof(palette[0]))];
}

double distanceToEdges(const QPolygonF& polygon, const QPointF& p)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % polygon.size()];
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, QLineF(p, a + t * ab).length());
    }
    return best;
}
}

CanvasScene::CanvasScene(LabelDocument* document, QUndoStack* undoStack, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    m_image = new TiledImageItem;
    m_image->setZValue(0);
    addItem(m_image);
    connect(document, &LabelDocument::loaded, this, &CanvasScene::rebuild);
    connect(document, &LabelDocument::overlaysChanged, this, &CanvasScene::rebuildOverlays);
    connect(document, &LabelDocument::annotationsAdded, this, &CanvasScene::onAdded);
    connect(document, &LabelDocument::annotationsChanged, this, &CanvasScene::onChanged);
    connect(document, &LabelDocument::annotationsRemoved, this, &CanvasScene::onRemoved);
}

CanvasScene::~CanvasScene() = default;

void CanvasScene::setImage(const QImage& image, QSize size)
{
    m_image->setImage(image);
    setSceneRect(QRectF(QPointF(0, 0), QSizeF(size.isValid() ? size : image.size())));
}

void CanvasScene::setTool(AbstractTool* tool) { m_tool = tool; }

void CanvasScene::rebuild()
{
    if (m_tool)
        m_tool->cancel();
    for (auto& [id, item] : m_items)
        delete item;
    m_items.clear();
    qDeleteAll(m_evaluationItems); // an evaluation overlay belongs to the image it was made for
    m_evaluationItems.clear();
    m_items.reserve(m_document->annotations().size());
    for (const auto& [id, a] : m_document->annotations()) {
        auto* item = new RegionItem(RegionItem::Kind::Mine, id, a.region);
        addItem(item);
        m_items.emplace(id, item);
    }
    m_selection.clear();
    m_activeCorner = -1;
    emit selectionChanged(m_selection);
    rebuildOverlays();
}

void CanvasScene::rebuildOverlays()
{
    qDeleteAll(m_overlayItems);
    m_overlayItems.clear();
    m_hoveredPrediction = 0;
    if (m_showOthers) {
        for (const Annotation& a : m_document->otherAnnotations()) {
            auto* item = new RegionItem(RegionItem::Kind::Other, a.id, a.region, annotatorColor(a.annotator));
            item->setToolTip(QStringLiteral("%1: %2").arg(m_document->annotatorName(a.annotator), a.region.text));
            addItem(item);
            m_overlayItems.append(item);
        }
    }
    if (m_showPredictions) {
        for (const Prediction& p : m_document->predictions()) {
            auto* item = new RegionItem(RegionItem::Kind::Prediction, p.id, p.region);
            item->setToolTip(QStringLiteral("%1 (%2)").arg(p.region.text).arg(p.region.confidence, 0, 'f', 2));
            addItem(item);
            m_overlayItems.append(item);
        }
    }
}

void CanvasScene::setEvaluationOverlay(const EvaluationOverlay& overlay)
{
    qDeleteAll(m_evaluationItems);
    m_evaluationItems.clear();
    using K = EvaluationOverlayRegion::Kind;
    for (const EvaluationOverlayRegion& r : overlay) {
        const RegionItem::Kind kind = r.kind == K::TruePositive ? RegionItem::Kind::TruePositive
            : r.kind == K::FalsePositive                        ? RegionItem::Kind::FalsePositive
            : r.kind == K::Missed                               ? RegionItem::Kind::Missed
                                                                : RegionItem::Kind::SetAside;
        auto* item = new RegionItem(kind, 0, r.region);
        item->setToolTip(r.toolTip);
        item->setZValue(1); // above the labels, which the evaluation is about
        addItem(item);
        m_evaluationItems.append(item);
    }
}

int CanvasScene::evaluationOverlayCount(EvaluationOverlayRegion::Kind kind) const
{
    using K = EvaluationOverlayRegion::Kind;
    const RegionItem::Kind wanted = kind == K::TruePositive ? RegionItem::Kind::TruePositive
        : kind == K::FalsePositive                          ? RegionItem::Kind::FalsePositive
        : kind == K::Missed                                 ? RegionItem::Kind::Missed
                                                            : RegionItem::Kind::SetAside;
    return static_cast<int>(std::count_if(m_evaluationItems.begin(), m_evaluationItems.end(),
        [wanted](const RegionItem* item) { return item->kind() == wanted; }));
}

void CanvasScene::setShowOthers(bool show)
{
    if (show == m_showOthers)
        return;
    m_showOthers = show;
    rebuildOverlays();
}

void CanvasScene::setShowPredictions(bool show)
{
    if (show == m_showPredictions)
        return;
    m_showPredictions = show;
    rebuildOverlays();
}

void CanvasScene::onAdded(const QList<AnnotationId>& ids)
{
    for (AnnotationId id : ids) {
        const Annotation* a = m_document->annotation(id);
        if (!a || m_items.count(id))
            continue;
        auto* item = new RegionItem(RegionItem::Kind::Mine, id, a->region);
        addItem(item);
        m_items.emplace(id, item);
    }
}

void CanvasScene::onChanged(const QList<AnnotationId>& ids)
{
    for (AnnotationId id : ids) {
        const Annotation* a = m_document->annotation(id);
        RegionItem* it = item(id);
        if (a && it)
            it->setRegion(a->region);
    }
    update();
}

void CanvasScene::onRemoved(const QList<AnnotationId>& ids)
{
    bool selectionTouched = false;
    for (AnnotationId id : ids) {
        auto found = m_items.find(id);
        if (found != m_items.end()) {
            delete found->second;
            m_items.erase(found);
        }
        selectionTouched |= m_selection.removeAll(id) > 0;
    }
    if (selectionTouched) {
        m_activeCorner = -1;
        emit selectionChanged(m_selection);
    }
}

RegionItem* CanvasScene::item(AnnotationId id) const
{
    auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : it->second;
}

void CanvasScene::setSelection(const QList<AnnotationId>& ids)
{
    QList<AnnotationId> valid;
    for (AnnotationId id : ids) {
        if (m_items.count(id) && !valid.contains(id))
            valid.append(id);
    }
    if (valid == m_selection)
        return;
    for (AnnotationId id : m_selection) {
        if (RegionItem* it = item(id))
            it->setSelectedState(false);
    }
    m_selection = valid;
    for (AnnotationId id : m_selection)
        item(id)->setSelectedState(true);
    m_activeCorner = -1;
    update();
    emit selectionChanged(m_selection);
}

void CanvasScene::setActiveCorner(int corner)
{
    m_activeCorner = corner;
    update();
}

AnnotationId CanvasScene::regionAt(const QPointF& pos, double tolerance) const
{
    const QRectF probe(pos.x() - tolerance, pos.y() - tolerance, 2 * tolerance, 2 * tolerance);
    AnnotationId best = 0;
    double bestArea = std::numeric_limits<double>::max();
    AnnotationId nearest = 0;
    double nearestDistance = tolerance;
    for (QGraphicsItem* gi : items(probe, Qt::IntersectsItemBoundingRect)) {
        auto* it = dynamic_cast<RegionItem*>(gi);
        if (!it || it->kind() != RegionItem::Kind::Mine)
            continue;
        const QPolygonF& poly = it->polygon();
        if (poly.containsPoint(pos, Qt::OddEvenFill)) {
            const QRectF b = poly.boundingRect();
            const double area = b.width() * b.height();
            if (area < bestArea) {
                bestArea = area;
                best = it->id();
            }
        } else {
            const double d = distanceToEdges(poly, pos);
            if (d <= nearestDistance) {
                nearestDistance = d;
                nearest = it->id();
            }
        }
    }
    return best ? best : nearest;
}

std::int64_t CanvasScene::predictionAt(const QPointF& pos) const
{
    for (QGraphicsItem* gi : items(pos, Qt::IntersectsItemBoundingRect)) {
        auto* it = dynamic_cast<RegionItem*>(gi);
        if (it && it->kind() == RegionItem::Kind::Prediction && it->polygon().containsPoint(pos, Qt::OddEvenFill))
            return it->id();
    }
    return 0;
}

QList<AnnotationId> CanvasScene::regionsIn(const QRectF& rect) const
{
    QList<AnnotationId> out;
    for (QGraphicsItem* gi : items(rect, Qt::ContainsItemBoundingRect)) {
        auto* it = dynamic_cast<RegionItem*>(gi);
        if (it && it->kind() == RegionItem::Kind::Mine && rect.contains(it->polygon().boundingRect()))
            out.append(it->id());
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<AnnotationId> CanvasScene::readingOrder() const
{
    std::vector<AnnotationId> ids;
    std::vector<BoxF> boxes;
    ids.reserve(m_document->annotations().size());
    boxes.reserve(m_document->annotations().size());
    for (const auto& [id, a] : m_document->annotations()) {
        ids.push_back(id);
        boxes.push_back(a.region.polygon.boundingBox());
    }
    QList<AnnotationId> out;
    out.reserve(static_cast<qsizetype>(ids.size()));
    for (std::size_t i : lector::readingOrder(boxes))
        out.append(ids[i]);
    return out;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_tool && event->button() == Qt::LeftButton) {
        m_tool->mousePressed(event);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    emit cursorMoved(event->scenePos());
    if (m_showPredictions) {
        const std::int64_t hovered = predictionAt(event->scenePos());
        if (hovered != m_hoveredPrediction) {
            for (RegionItem* it : m_overlayItems) {
                if (it->kind() == RegionItem::Kind::Prediction)
                    it->setHovered(it->id() == hovered);
            }
            m_hoveredPrediction = hovered;
        }
    }
    if (event->modifiers() != m_modifiers) {
        m_modifiers = event->modifiers();
        if (m_tool)
            m_tool->modifiersChanged(m_modifiers);
    }
    if (m_tool) {
        m_tool->mouseMoved(event);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_tool && event->button() == Qt::LeftButton) {
        m_tool->mouseReleased(event);
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void CanvasScene::keyPressEvent(QKeyEvent* event)
{
    if (event->modifiers() != m_modifiers) {
        m_modifiers = event->modifiers();
        if (m_tool)
            m_tool->modifiersChanged(m_modifiers);
    }
    if (m_tool && m_tool->keyPressed(event)) {
        event->accept();
        return;
    }
    event->ignore();
}

void CanvasScene::keyReleaseEvent(QKeyEvent* event)
{
    if (event->modifiers() != m_modifiers) {
        m_modifiers = event->modifiers();
        if (m_tool)
            m_tool->modifiersChanged(m_modifiers);
    }
    event->ignore();
}

void CanvasScene::drawForeground(QPainter* painter, const QRectF& rect)
{
    if (m_selection.isEmpty())
        return;
    const double r = handleRadius();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(QColor(20, 20, 20), 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    for (AnnotationId id : m_selection) {
        const RegionItem* it = item(id);
        if (!it || !rect.intersects(it->polygon().boundingRect().adjusted(-r, -r, r, r)))
            continue;
        const QPolygonF& poly = it->polygon();
        for (int i = 0; i < poly.size(); ++i) {
            const bool active = m_selection.size() == 1 && i == m_activeCorner;
            painter->setBrush(active ? QColor(255, 200, 0) : QColor(255, 255, 255));
            painter->drawRect(QRectF(poly[i].x() - r, poly[i].y() - r, 2 * r, 2 * r));
        }
    }
}

} // namespace lector
