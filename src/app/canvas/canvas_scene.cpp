// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/canvas_scene.h"

#include "canvas/conflict_focus_item.h"
#include "canvas/qt_geometry.h"
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

RegionLayer::Entry mine(const Annotation& a)
{
    RegionLayer::Entry e;
    e.id = a.id;
    e.kind = RegionLayer::Kind::Mine;
    e.region = a.region;
    return e;
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
    // Z order: the page, other annotators and predictions, the evaluation (which is about my labels), my labels.
    m_others = new RegionLayer;
    m_predictions = new RegionLayer;
    m_evaluation = new RegionLayer;
    m_mine = new RegionLayer;
    const std::pair<RegionLayer*, double> layers[]
        = { { m_others, 1 }, { m_predictions, 1.5 }, { m_evaluation, 2 }, { m_mine, 3 } };
    for (const auto& [layer, z] : layers) {
        layer->setZValue(z);
        addItem(layer);
    }
    m_others->setVisible(false);
    m_predictions->setVisible(false);
    connect(document, &LabelDocument::loaded, this, &CanvasScene::rebuild);
    connect(document, &LabelDocument::overlaysChanged, this, &CanvasScene::rebuildOverlays);
    connect(document, &LabelDocument::annotationsAdded, this, &CanvasScene::onAdded);
    connect(document, &LabelDocument::annotationsChanged, this, &CanvasScene::onChanged);
    connect(document, &LabelDocument::annotationsRemoved, this, &CanvasScene::onRemoved);
}

CanvasScene::~CanvasScene() = default;

void CanvasScene::setImage(const QImage& image, QSize size, int reduction)
{
    m_image->setImage(image);
    m_image->setScale(std::max(1, reduction));
    setSceneRect(QRectF(QPointF(0, 0), QSizeF(size.isValid() ? size : image.size())));
}

void CanvasScene::setTool(AbstractTool* tool) { m_tool = tool; }

QRectF CanvasScene::pageRect() const
{
    // The document's image: known when its regions load, before its pixels are decoded.
    const ImageRecord& record = m_document->imageRecord();
    if (record.width > 0 && record.height > 0)
        return QRectF(0, 0, record.width, record.height);
    return sceneRect();
}

void CanvasScene::rebuild()
{
    clearConflictFocus(); // a conflict belongs to the image it was shown on
    if (m_tool)
        m_tool->cancel();
    std::vector<RegionLayer::Entry> entries;
    entries.reserve(m_document->annotations().size());
    for (const auto& [id, a] : m_document->annotations())
        entries.push_back(mine(a));
    m_mine->reset(std::move(entries), pageRect());
    m_evaluation->reset({}, pageRect()); // an evaluation overlay belongs to the image it was made for
    m_selection.clear();
    m_activeCorner = -1;
    emit selectionChanged(m_selection);
    rebuildOverlays();
}

void CanvasScene::rebuildOverlays()
{
    m_hoveredPrediction = 0;
    std::vector<RegionLayer::Entry> others;
    if (m_showOthers) {
        for (const Annotation& a : m_document->otherAnnotations()) {
            RegionLayer::Entry e;
            e.id = a.id;
            e.kind = RegionLayer::Kind::Other;
            e.region = a.region;
            e.color = annotatorColor(a.annotator);
            e.toolTip = QStringLiteral("%1: %2").arg(m_document->annotatorName(a.annotator), a.region.text);
            others.push_back(std::move(e));
        }
    }
    m_others->reset(std::move(others), pageRect());
    std::vector<RegionLayer::Entry> predictions;
    if (m_showPredictions) {
        for (const Prediction& p : m_document->predictions()) {
            RegionLayer::Entry e;
            e.id = p.id;
            e.kind = RegionLayer::Kind::Prediction;
            e.region = p.region;
            e.toolTip = QStringLiteral("%1 (%2)").arg(p.region.text).arg(p.region.confidence, 0, 'f', 2);
            predictions.push_back(std::move(e));
        }
    }
    m_predictions->reset(std::move(predictions), pageRect());
    emit layersChanged();
}

void CanvasScene::setEvaluationOverlay(const EvaluationOverlay& overlay)
{
    using K = EvaluationOverlayRegion::Kind;
    std::vector<RegionLayer::Entry> entries;
    entries.reserve(overlay.size());
    std::int64_t id = 0;
    for (const EvaluationOverlayRegion& r : overlay) {
        RegionLayer::Entry e;
        e.id = ++id;
        e.kind = r.kind == K::TruePositive ? RegionLayer::Kind::TruePositive
            : r.kind == K::FalsePositive   ? RegionLayer::Kind::FalsePositive
            : r.kind == K::Missed          ? RegionLayer::Kind::Missed
                                           : RegionLayer::Kind::SetAside;
        e.region = r.region;
        e.toolTip = r.toolTip;
        entries.push_back(std::move(e));
    }
    m_evaluation->reset(std::move(entries), pageRect());
    emit layersChanged();
}

int CanvasScene::evaluationOverlayCount(EvaluationOverlayRegion::Kind kind) const
{
    using K = EvaluationOverlayRegion::Kind;
    const RegionLayer::Kind wanted = kind == K::TruePositive ? RegionLayer::Kind::TruePositive
        : kind == K::FalsePositive                           ? RegionLayer::Kind::FalsePositive
        : kind == K::Missed                                  ? RegionLayer::Kind::Missed
                                                             : RegionLayer::Kind::SetAside;
    return m_evaluation->count(wanted);
}

void CanvasScene::setShowOthers(bool show)
{
    if (show == m_showOthers)
        return;
    m_showOthers = show;
    m_others->setVisible(show);
    rebuildOverlays();
}

void CanvasScene::setShowPredictions(bool show)
{
    if (show == m_showPredictions)
        return;
    m_showPredictions = show;
    m_predictions->setVisible(show);
    rebuildOverlays();
}

void CanvasScene::setShowMine(bool show)
{
    m_mine->setVisible(show);
    emit layersChanged();
}

void CanvasScene::setShowEvaluation(bool show)
{
    m_evaluation->setVisible(show);
    emit layersChanged();
}

void CanvasScene::setConflictFocus(const ConflictFocus& focus)
{
    if (!m_focusItem) {
        m_beforeFocus
            = { m_others->isVisible(), m_predictions->isVisible(), m_evaluation->isVisible(), m_mine->opacity() };
        m_focusItem = new ConflictFocusItem;
        m_focusItem->setZValue(10); // above every layer, below the selection handles (drawForeground)
        addItem(m_focusItem);
    }
    m_focusItem->setConflict(focus, pageRect());
    m_others->setVisible(false);
    m_predictions->setVisible(false);
    m_evaluation->setVisible(false);
    m_mine->setOpacity(0.35);
    emit layersChanged();
}

void CanvasScene::clearConflictFocus()
{
    if (!m_focusItem)
        return;
    delete m_focusItem; // removes it from the scene
    m_focusItem = nullptr;
    m_others->setVisible(m_beforeFocus.others);
    m_predictions->setVisible(m_beforeFocus.predictions);
    m_evaluation->setVisible(m_beforeFocus.evaluation);
    m_mine->setOpacity(m_beforeFocus.mineOpacity);
    emit layersChanged();
    emit conflictFocusCleared();
}

ConflictFocus CanvasScene::conflictFocus() const
{
    return m_focusItem ? m_focusItem->conflictFocus() : ConflictFocus {};
}

void CanvasScene::setTextMode(TextMode mode)
{
    for (RegionLayer* layer : { m_mine, m_predictions, m_evaluation })
        layer->setTextMode(mode);
}

void CanvasScene::onAdded(const QList<AnnotationId>& ids)
{
    for (AnnotationId id : ids) {
        if (const Annotation* a = m_document->annotation(id))
            m_mine->put(mine(*a));
    }
}

void CanvasScene::onChanged(const QList<AnnotationId>& ids)
{
    for (AnnotationId id : ids) {
        if (const Annotation* a = m_document->annotation(id))
            m_mine->put(mine(*a));
    }
    update();
}

void CanvasScene::onRemoved(const QList<AnnotationId>& ids)
{
    bool selectionTouched = false;
    for (AnnotationId id : ids) {
        m_mine->remove(id);
        selectionTouched |= m_selection.removeAll(id) > 0;
    }
    if (selectionTouched) {
        m_activeCorner = -1;
        m_mine->setSelection({ m_selection.begin(), m_selection.end() });
        emit selectionChanged(m_selection);
    }
}

const QPolygonF* CanvasScene::regionPolygon(AnnotationId id) const { return m_mine->polygon(id); }

void CanvasScene::previewRegion(AnnotationId id, const QPolygonF& polygon) { m_mine->setPolygon(id, polygon); }

QString CanvasScene::toolTipAt(const QPointF& pos) const
{
    for (const RegionLayer* layer : { m_evaluation, m_predictions, m_others }) {
        if (!layer->isVisible())
            continue;
        const QString tip = layer->toolTipAt(pos);
        if (!tip.isEmpty())
            return tip;
    }
    return {};
}

void CanvasScene::setSelection(const QList<AnnotationId>& ids)
{
    QList<AnnotationId> valid;
    for (AnnotationId id : ids) {
        if (m_mine->contains(id) && !valid.contains(id))
            valid.append(id);
    }
    if (valid == m_selection)
        return;
    m_selection = valid;
    m_mine->setSelection({ m_selection.begin(), m_selection.end() });
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
    return m_mine->isVisible() ? m_mine->at(pos, tolerance) : 0;
}

std::int64_t CanvasScene::predictionAt(const QPointF& pos) const
{
    return m_predictions->isVisible() ? m_predictions->at(pos, 0) : 0;
}

QList<AnnotationId> CanvasScene::regionsIn(const QRectF& rect) const
{
    QList<AnnotationId> out;
    if (!m_mine->isVisible())
        return out;
    for (std::int64_t id : m_mine->idsInside(rect))
        out.append(id);
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
            m_predictions->setHovered(hovered);
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
        const QPolygonF* shown = regionPolygon(id);
        if (!shown || !rect.intersects(shown->boundingRect().adjusted(-r, -r, r, r)))
            continue;
        const QPolygonF& poly = *shown;
        for (int i = 0; i < poly.size(); ++i) {
            const bool active = m_selection.size() == 1 && i == m_activeCorner;
            painter->setBrush(active ? QColor(255, 200, 0) : QColor(255, 255, 255));
            painter->drawRect(QRectF(poly[i].x() - r, poly[i].y() - r, 2 * r, 2 * r));
        }
    }
}

} // namespace lector
