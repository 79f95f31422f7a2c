// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "tools/rectangle_tool.h"

#include "canvas/canvas_scene.h"
#include "canvas/qt_geometry.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace lector {

namespace {
constexpr double kMinSide = 2;
}

RectangleTool::RectangleTool(QObject* parent)
    : AbstractTool(QCoreApplication::translate("Tools", "Rectangle"), QKeySequence(Qt::Key_R), parent)
{
}

void RectangleTool::mousePressed(QGraphicsSceneMouseEvent* event)
{
    cancel();
    m_start = event->scenePos();
    m_preview = new QGraphicsRectItem(QRectF(m_start, m_start));
    QPen pen(QColor(0, 160, 255), 1.5);
    pen.setCosmetic(true);
    m_preview->setPen(pen);
    m_preview->setZValue(10);
    m_scene->addItem(m_preview);
    setState(State::Drawing);
}

void RectangleTool::mouseMoved(QGraphicsSceneMouseEvent* event)
{
    if (m_preview)
        m_preview->setRect(QRectF(m_start, event->scenePos()).normalized().intersected(m_scene->sceneRect()));
}

void RectangleTool::mouseReleased(QGraphicsSceneMouseEvent* event)
{
    if (!m_preview)
        return;
    const QRectF rect = QRectF(m_start, event->scenePos()).normalized().intersected(m_scene->sceneRect());
    cancel();
    if (rect.width() >= kMinSide && rect.height() >= kMinSide)
        addRegion(toQPolygonF(Polygon::fromBox({ rect.left(), rect.top(), rect.right(), rect.bottom() })));
}

void RectangleTool::cancel()
{
    delete m_preview;
    m_preview = nullptr;
    setState(State::Idle);
}

} // namespace lector
