// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QString>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace lector {

class CanvasScene;

/// One way of interacting with the canvas (select, draw a rectangle, draw a quad), after Tiled's AbstractTool.
/// Events that hit the CanvasScene are forwarded to the active tool, positions in image pixels (scene
/// coordinates). A tool owns its preview items (removed in deactivate()), pushes undo commands and never touches
/// the store. Escape cancels what is in progress and leaves no undo entry.
class AbstractTool : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Preview, Drawing };

    AbstractTool(const QString& name, const QKeySequence& shortcut, QObject* parent = nullptr);

    QString name() const { return m_name; }
    QKeySequence shortcut() const { return m_shortcut; }
    State state() const { return m_state; }

    virtual void activate(CanvasScene* scene);
    virtual void deactivate(CanvasScene* scene);

    virtual void mousePressed(QGraphicsSceneMouseEvent* event) = 0;
    virtual void mouseMoved(QGraphicsSceneMouseEvent* event) = 0;
    virtual void mouseReleased(QGraphicsSceneMouseEvent* event) = 0;
    /// Returns true when the key was used.
    virtual bool keyPressed(QKeyEvent* event);
    virtual void modifiersChanged(Qt::KeyboardModifiers modifiers);
    /// Drops what is in progress (Escape, tool switch, image switch).
    virtual void cancel() = 0;

signals:
    /// A region was drawn: the canvas opens the transcription editor on it.
    void regionCreated(qint64 id);

protected:
    void setState(State state) { m_state = state; }
    /// Pushes AddBoxes for one new region of mine, selects it and emits regionCreated().
    void addRegion(const QPolygonF& polygon);
    CanvasScene* m_scene = nullptr;

private:
    QString m_name;
    QKeySequence m_shortcut;
    State m_state = State::Idle;
};

} // namespace lector
