// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QGraphicsView>

namespace lector {

/// The image view. In fit mode (the default after an image is shown) it keeps the whole image in view as the
/// window resizes; the wheel zooms around the cursor and leaves fit mode. The middle button, or the left one
/// while Space is held, pans. Emits the zoom (screen pixels per image pixel) and the cursor's image position.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void fitImage();
    /// Zooms so that `rect` (image pixels) fills the view, centred, and leaves fit mode (a resize keeps the zoom).
    void zoomToRect(const QRectF& rect);
    bool isFitMode() const { return m_fit; }
    double zoom() const;
    /// Sets the zoom, keeping the image point under `anchor` (viewport coordinates) in place; the view centre
    /// when none is given.
    void setZoom(double zoom, const QPoint* anchor = nullptr);
    void zoomIn();
    void zoomOut();
    void actualSize();

    static constexpr double kMinZoom = 0.01;
    static constexpr double kMaxZoom = 40;

signals:
    void zoomChanged(double zoom);
    void cursorMoved(const QPointF& imagePos);

protected:
    /// Tooltips of the regions under the cursor come from the scene's layers (there are no items per region).
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void zoomDidChange();

    bool m_fit = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace lector
