// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "tools/abstract_tool.h"

class QGraphicsRectItem;

namespace lector {

/// Draws an axis-aligned box by dragging; boxes smaller than 2x2 image pixels are dropped.
class RectangleTool : public AbstractTool {
    Q_OBJECT
public:
    explicit RectangleTool(QObject* parent = nullptr);

    void mousePressed(QGraphicsSceneMouseEvent* event) override;
    void mouseMoved(QGraphicsSceneMouseEvent* event) override;
    void mouseReleased(QGraphicsSceneMouseEvent* event) override;
    void cancel() override;

private:
    QPointF m_start;
    QGraphicsRectItem* m_preview = nullptr;
};

} // namespace lector
