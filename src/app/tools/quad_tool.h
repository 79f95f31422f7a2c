// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "tools/abstract_tool.h"

#include <QPolygonF>

class QGraphicsPolygonItem;

namespace lector {

/// Draws a quadrilateral in one of two ways: four clicks at its corners, or a rotated rectangle by dragging
/// its baseline and then moving the mouse to set its height (a click commits). Backspace takes back the last
/// corner; Escape drops the quad.
class QuadTool : public AbstractTool {
    Q_OBJECT
public:
    explicit QuadTool(QObject* parent = nullptr);

    void mousePressed(QGraphicsSceneMouseEvent* event) override;
    void mouseMoved(QGraphicsSceneMouseEvent* event) override;
    void mouseReleased(QGraphicsSceneMouseEvent* event) override;
    bool keyPressed(QKeyEvent* event) override;
    void cancel() override;

private:
    enum class Mode { Corners, Baseline };
    void updatePreview(const QPointF& cursor);
    void commit(const QPolygonF& polygon);

    Mode m_mode = Mode::Corners;
    QPolygonF m_points;
    QPointF m_pressPos;
    bool m_pressed = false;
    bool m_firstPress = false;
    QGraphicsPolygonItem* m_preview = nullptr;
};

} // namespace lector
