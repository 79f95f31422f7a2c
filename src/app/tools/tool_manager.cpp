// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "tools/tool_manager.h"

#include "canvas/canvas_scene.h"
#include "tools/abstract_tool.h"

#include <QAction>
#include <QActionGroup>

namespace lector {

ToolManager::ToolManager(CanvasScene* scene, QObject* parent)
    : QObject(parent)
    , m_scene(scene)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
}

QAction* ToolManager::registerTool(AbstractTool* tool, const QString& objectName)
{
    tool->setParent(this);
    auto* action = new QAction(tool->name(), this);
    action->setObjectName(objectName);
    action->setShortcut(tool->shortcut());
    action->setCheckable(true);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(tool->name(), tool->shortcut().toString(QKeySequence::NativeText)));
    m_group->addAction(action);
    m_actions.append(action);
    connect(action, &QAction::triggered, this, [this, tool] { setActiveTool(tool); });
    if (!m_active) {
        action->setChecked(true);
        setActiveTool(tool);
    }
    return action;
}

void ToolManager::setActiveTool(AbstractTool* tool)
{
    if (tool == m_active)
        return;
    if (m_active)
        m_active->deactivate(m_scene);
    m_active = tool;
    if (m_active)
        m_active->activate(m_scene);
    m_scene->setTool(m_active);
    for (QAction* a : m_actions) {
        if (a->text() == (tool ? tool->name() : QString()))
            a->setChecked(true);
    }
}

} // namespace lector
