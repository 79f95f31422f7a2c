// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/canvas_view.h"

#include "canvas/canvas_scene.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lector {

CanvasView::CanvasView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing, false); // straight, crisp box edges; and much faster on 5,000 boxes
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // Cosmetic pens overhang the items' bounding rects at low zoom; repaint whole frames (a frame stays well
    // under 16 ms, see docs/performance.md) rather than leave trails.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

bool CanvasView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto* s = qobject_cast<CanvasScene*>(scene());
        const QString tip = s ? s->toolTipAt(mapToScene(help->pos())) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

double CanvasView::zoom() const { return transform().m11(); }

void CanvasView::zoomDidChange()
{
    if (auto* s = qobject_cast<CanvasScene*>(scene()))
        s->setViewScale(zoom());
    emit zoomChanged(zoom());
}

void CanvasView::fitImage()
{
    m_fit = true;
    if (scene() && !sceneRect().isEmpty()) {
        fitInView(sceneRect(), Qt::KeepAspectRatio);
        zoomDidChange();
    }
}

void CanvasView::zoomToRect(const QRectF& rect)
{
    if (rect.isEmpty())
        return;
    m_fit = false;
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > kMaxZoom)
        setZoom(kMaxZoom); // keeps the view centre, which fitInView put on the rect's
    zoomDidChange();
}

void CanvasView::setZoom(double zoom, const QPoint* anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPoint at = anchor ? *anchor : viewport()->rect().center();
    const QPointF imagePoint = mapToScene(at);
    m_fit = false;
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Scroll so that the image point is under the anchor again.
    const QPointF now = mapFromScene(imagePoint);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(now.x() - at.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(now.y() - at.y()));
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    zoomDidChange();
}

void CanvasView::zoomIn() { setZoom(zoom() * 1.25); }

void CanvasView::zoomOut() { setZoom(zoom() / 1.25); }

void CanvasView::actualSize() { setZoom(1.0); }

void CanvasView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitImage();
}

void CanvasView::wheelEvent(QWheelEvent* event)
{
    const QPoint at = event->position().toPoint();
    setZoom(zoom() * std::pow(1.0015, event->angleDelta().y()), &at);
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent* event)
{
    emit cursorMoved(mapToScene(event->position().toPoint()));
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        m_fit = false;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            viewport()->setCursor(Qt::ArrowCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace lector
