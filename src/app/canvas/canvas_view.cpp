// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/canvas_view.h"

#include <QWheelEvent>

#include <cmath>

namespace lector {

CanvasView::CanvasView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
}

void CanvasView::fitImage()
{
    m_fit = true;
    if (scene())
        fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void CanvasView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitImage();
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    m_fit = false;
    scale(factor, factor);
    event->accept();
}

} // namespace lector
