// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "tools/quad_tool.h"

#include "canvas/canvas_scene.h"
#include "canvas/qt_geometry.h"
#include <lector/geometry/quad_geometry.h>

#include <QCoreApplication>
#include <QGraphicsPolygonItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QPen>

namespace lector {

namespace {
constexpr double kDragScreenPixels = 5; // a press and release further apart than this is a baseline drag
}

QuadTool::QuadTool(QObject* parent)
    : AbstractTool(QCoreApplication::translate("Tools", "Quadrilateral"), QKeySequence(Qt::Key_Q), parent)
{
}

void QuadTool::mousePressed(QGraphicsSceneMouseEvent* event)
{
    m_pressed = true;
    m_pressPos = event->scenePos();
    if (m_points.isEmpty()) {
        m_mode = Mode::Corners;
        m_preview = new QGraphicsPolygonItem;
        QPen pen(QColor(0, 160, 255), 1.5);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        m_preview->setZValue(10);
        m_scene->addItem(m_preview);
        m_points << m_pressPos;
        m_firstPress = true;
        setState(State::Drawing);
    }
    updatePreview(m_pressPos);
}

void QuadTool::mouseMoved(QGraphicsSceneMouseEvent* event)
{
    if (m_points.isEmpty())
        return;
    updatePreview(event->scenePos());
}

void QuadTool::mouseReleased(QGraphicsSceneMouseEvent* event)
{
    if (!m_pressed || m_points.isEmpty())
        return;
    m_pressed = false;
    const QPointF pos = event->scenePos();
    const bool dragged = QLineF(pos, m_pressPos).length() * m_scene->viewScale() > kDragScreenPixels;
    if (m_mode == Mode::Corners && m_points.size() == 1 && dragged) {
        m_mode = Mode::Baseline; // the drag drew the baseline; the height follows the mouse
        m_firstPress = false;
        m_points << pos;
        updatePreview(pos);
        return;
    }
    if (m_mode == Mode::Baseline) {
        const Polygon quad = quadgeometry::fromBaseline(toPointF(m_points[0]), toPointF(m_points[1]), toPointF(pos));
        if (quad.area() >= 4)
            commit(toQPolygonF(quad));
        return;
    }
    if (!m_firstPress)
        m_points << pos; // the first click's point went in on press
    m_firstPress = false;
    if (m_points.size() == 4)
        commit(m_points);
    else
        updatePreview(pos);
}

void QuadTool::updatePreview(const QPointF& cursor)
{
    if (!m_preview)
        return;
    if (m_mode == Mode::Baseline && m_points.size() == 2) {
        m_preview->setPolygon(
            toQPolygonF(quadgeometry::fromBaseline(toPointF(m_points[0]), toPointF(m_points[1]), toPointF(cursor))));
        return;
    }
    QPolygonF p = m_points;
    if (m_pressed && p.size() == 1)
        p << cursor; // dragging: show the baseline
    else if (!m_pressed)
        p << cursor;
    m_preview->setPolygon(p);
}

void QuadTool::commit(const QPolygonF& polygon)
{
    const Polygon quad = quadgeometry::normalized(toPolygon(polygon));
    cancel();
    if (quad.area() > 0)
        addRegion(toQPolygonF(quad));
}

bool QuadTool::keyPressed(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Backspace && m_mode == Mode::Corners && m_points.size() > 1) {
        m_points.removeLast();
        updatePreview(m_points.last());
        return true;
    }
    return AbstractTool::keyPressed(event);
}

void QuadTool::cancel()
{
    delete m_preview;
    m_preview = nullptr;
    m_points.clear();
    m_pressed = false;
    m_firstPress = false;
    m_mode = Mode::Corners;
    setState(State::Idle);
}

} // namespace lector
