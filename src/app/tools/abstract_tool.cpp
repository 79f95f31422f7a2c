// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "tools/abstract_tool.h"

#include "canvas/canvas_scene.h"
#include "canvas/qt_geometry.h"
#include "commands/add_boxes.h"
#include "document/label_document.h"

#include <QKeyEvent>
#include <QUndoStack>

namespace lector {

AbstractTool::AbstractTool(const QString& name, const QKeySequence& shortcut, QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_shortcut(shortcut)
{
}

void AbstractTool::activate(CanvasScene* scene) { m_scene = scene; }

void AbstractTool::deactivate(CanvasScene*)
{
    cancel();
    m_scene = nullptr;
}

bool AbstractTool::keyPressed(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_state != State::Idle) {
        cancel();
        return true;
    }
    return false;
}

void AbstractTool::addRegion(const QPolygonF& polygon)
{
    Annotation a;
    a.region.polygon = toPolygon(polygon);
    a.source = Source::Manual;
    if (!a.region.polygon.isValid() || m_scene->document()->isReadOnly())
        return;
    auto* command = new AddBoxes(m_scene->document(), { a });
    m_scene->undoStack()->push(command);
    const AnnotationId id = command->ids().front();
    m_scene->setSelection({ id });
    emit regionCreated(id);
}

void AbstractTool::modifiersChanged(Qt::KeyboardModifiers) { }

} // namespace lector
