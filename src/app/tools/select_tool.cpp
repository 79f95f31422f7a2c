// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "tools/select_tool.h"

#include "canvas/canvas_scene.h"
#include "canvas/qt_geometry.h"
#include "commands/change_box_geometry.h"
#include "document/label_document.h"
#include <lector/geometry/quad_geometry.h>

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QUndoStack>

namespace lector {

SelectTool::SelectTool(QObject* parent)
    : AbstractTool(QCoreApplication::translate("Tools", "Select"), QKeySequence(Qt::Key_V), parent)
{
}

void SelectTool::activate(CanvasScene* scene)
{
    AbstractTool::activate(scene);
    m_selectionConnection = connect(scene, &CanvasScene::selectionChanged, this, [this] { m_nudgeGesture = 0; });
}

void SelectTool::deactivate(CanvasScene* scene)
{
    disconnect(m_selectionConnection);
    AbstractTool::deactivate(scene);
}

void SelectTool::mousePressed(QGraphicsSceneMouseEvent* event)
{
    const QPointF pos = event->scenePos();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double r = m_scene->handleRadius();
    m_start = pos;
    m_moved = false;
    m_nudgeGesture = 0;
    m_original.clear();
    // A handle of a selected region first: it may lie outside the region.
    for (AnnotationId id : m_scene->selection()) {
        const QPolygonF* shown = m_scene->regionPolygon(id);
        if (!shown)
            continue;
        const QPolygonF& poly = *shown;
        for (int i = 0; i < poly.size(); ++i) {
            if (QLineF(poly[i], pos).length() <= 1.5 * r) {
                m_action = Action::Resizing;
                m_target = id;
                m_corner = i;
                m_original[id] = poly;
                setState(State::Drawing);
                return;
            }
        }
    }
    const AnnotationId hit = m_scene->regionAt(pos, r);
    if (hit) {
        QList<AnnotationId> selection = m_scene->selection();
        if (shift) {
            if (selection.contains(hit))
                selection.removeAll(hit);
            else
                selection.append(hit);
            m_scene->setSelection(selection);
            m_action = Action::None;
            return;
        }
        if (!selection.contains(hit))
            m_scene->setSelection({ hit });
        for (AnnotationId id : m_scene->selection())
            if (const QPolygonF* shown = m_scene->regionPolygon(id))
                m_original[id] = *shown;
        m_action = Action::Moving;
        setState(State::Preview);
        return;
    }
    if (!shift)
        m_scene->setSelection({});
    m_action = Action::RubberBand;
    m_band = new QGraphicsRectItem;
    QPen pen(QColor(0, 120, 255), 1, Qt::DashLine);
    pen.setCosmetic(true);
    m_band->setPen(pen);
    m_band->setBrush(QColor(0, 120, 255, 30));
    m_band->setZValue(10);
    m_scene->addItem(m_band);
    setState(State::Drawing);
}

void SelectTool::preview(const QPointF& pos, Qt::KeyboardModifiers modifiers)
{
    const QPointF delta = pos - m_start;
    switch (m_action) {
    case Action::Moving:
        for (const auto& [id, poly] : m_original)
            m_scene->previewRegion(id, poly.translated(delta));
        break;
    case Action::Resizing: {
        const Polygon original = toPolygon(m_original[m_target]);
        Polygon moved = original;
        if (original.isAxisAlignedBox() && !(modifiers & Qt::ShiftModifier)) {
            moved = quadgeometry::resizedBox(original, m_corner, toPointF(pos));
        } else {
            moved.points[static_cast<size_t>(m_corner)] = toPointF(pos);
        }
        m_scene->previewRegion(m_target, toQPolygonF(moved));
        break;
    }
    case Action::RubberBand:
        if (m_band)
            m_band->setRect(QRectF(m_start, pos).normalized());
        break;
    case Action::None:
        break;
    }
}

void SelectTool::mouseMoved(QGraphicsSceneMouseEvent* event)
{
    if (m_action == Action::None || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_moved && QLineF(event->scenePos(), m_start).length() * m_scene->viewScale() < 3)
        return; // a click, not yet a drag
    m_moved = true;
    setState(State::Drawing);
    preview(event->scenePos(), event->modifiers());
}

void SelectTool::mouseReleased(QGraphicsSceneMouseEvent* event)
{
    const Action action = m_action;
    m_action = Action::None;
    setState(State::Idle);
    if (action == Action::RubberBand) {
        const QRectF rect = m_band ? m_band->rect() : QRectF();
        delete m_band;
        m_band = nullptr;
        if (!m_moved)
            return;
        QList<AnnotationId> selection;
        if (event->modifiers() & Qt::ShiftModifier)
            selection = m_scene->selection();
        for (AnnotationId id : m_scene->regionsIn(rect)) {
            if (!selection.contains(id))
                selection.append(id);
        }
        m_scene->setSelection(selection);
        return;
    }
    if ((action != Action::Moving && action != Action::Resizing) || !m_moved || m_scene->document()->isReadOnly()) {
        restoreItems();
        return;
    }
    std::vector<AnnotationId> ids;
    std::vector<Polygon> polygons;
    for (const auto& [id, poly] : m_original) {
        ids.push_back(id);
        const QPolygonF* shown = m_scene->regionPolygon(id);
        Polygon p = toPolygon(shown ? *shown : poly);
        polygons.push_back(p.isAxisAlignedBox() ? p : quadgeometry::normalized(p));
    }
    m_original.clear();
    m_scene->undoStack()->push(new ChangeBoxGeometry(m_scene->document(), ids, polygons));
}

void SelectTool::restoreItems()
{
    for (const auto& [id, poly] : m_original)
        m_scene->previewRegion(id, poly);
    m_original.clear();
}

void SelectTool::cancel()
{
    restoreItems();
    delete m_band;
    m_band = nullptr;
    m_action = Action::None;
    setState(State::Idle);
}

void SelectTool::nudge(double dx, double dy)
{
    LabelDocument* doc = m_scene->document();
    const QList<AnnotationId> selection = m_scene->selection();
    if (selection.isEmpty() || doc->isReadOnly())
        return;
    std::vector<AnnotationId> ids;
    std::vector<Polygon> polygons;
    const int corner = selection.size() == 1 ? m_scene->activeCorner() : -1;
    for (AnnotationId id : selection) {
        const Annotation* a = doc->annotation(id);
        if (!a)
            continue;
        Polygon p = a->region.polygon;
        if (corner >= 0 && corner < static_cast<int>(p.points.size())) {
            p.points[static_cast<size_t>(corner)].x += dx;
            p.points[static_cast<size_t>(corner)].y += dy;
        } else {
            p = quadgeometry::translated(p, dx, dy);
        }
        ids.push_back(id);
        polygons.push_back(std::move(p));
    }
    if (m_nudgeGesture == 0)
        m_nudgeGesture = m_scene->nextGesture();
    m_scene->undoStack()->push(new ChangeBoxGeometry(doc, ids, polygons, m_nudgeGesture));
}

bool SelectTool::keyPressed(QKeyEvent* event)
{
    if (AbstractTool::keyPressed(event))
        return true;
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(-step, 0);
        return true;
    case Qt::Key_Right:
        nudge(step, 0);
        return true;
    case Qt::Key_Up:
        nudge(0, -step);
        return true;
    case Qt::Key_Down:
        nudge(0, step);
        return true;
    case Qt::Key_0:
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4: {
        if (m_scene->selection().size() != 1)
            return false;
        const int corner = event->key() - Qt::Key_1;
        m_scene->setActiveCorner(corner);
        m_nudgeGesture = 0;
        return true;
    }
    case Qt::Key_Escape:
        if (m_scene->activeCorner() >= 0)
            m_scene->setActiveCorner(-1);
        else
            m_scene->setSelection({});
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_scene->selection().size() == 1) {
            emit transcribeRequested(m_scene->selection().front());
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace lector
