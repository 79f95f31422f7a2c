// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "tools/abstract_tool.h"

#include <lector/store/types.h>

#include <QMetaObject>
#include <QPolygonF>

#include <map>

class QGraphicsRectItem;

namespace lector {

/// Selects regions (click, Shift+click toggles, rubber band), moves them by dragging, resizes boxes and moves
/// quad corners by their handles (Shift on a box's handle moves that corner alone, making it a quad). Keys:
/// arrows nudge the selection 1 px (10 with Shift), 1-4 pick a corner of the selected quad so that arrows move
/// only it (0 back to the whole box), Return asks for the transcription editor. One drag, and one run of nudges,
/// is one undo entry.
class SelectTool : public AbstractTool {
    Q_OBJECT
public:
    explicit SelectTool(QObject* parent = nullptr);

    void activate(CanvasScene* scene) override;
    void deactivate(CanvasScene* scene) override;
    void mousePressed(QGraphicsSceneMouseEvent* event) override;
    void mouseMoved(QGraphicsSceneMouseEvent* event) override;
    void mouseReleased(QGraphicsSceneMouseEvent* event) override;
    bool keyPressed(QKeyEvent* event) override;
    void cancel() override;

    /// Moves the selection (or its active corner) by dx, dy image pixels; successive nudges merge.
    void nudge(double dx, double dy);

signals:
    void transcribeRequested(qint64 id);

private:
    enum class Action { None, Moving, Resizing, RubberBand };
    void preview(const QPointF& pos, Qt::KeyboardModifiers modifiers);
    void restoreItems();

    Action m_action = Action::None;
    QPointF m_start;
    bool m_moved = false;
    std::map<AnnotationId, QPolygonF> m_original;
    AnnotationId m_target = 0;
    int m_corner = -1;
    QGraphicsRectItem* m_band = nullptr;
    int m_nudgeGesture = 0;
    QMetaObject::Connection m_selectionConnection;
};

} // namespace lector
