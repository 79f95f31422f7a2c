// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

namespace lector {

class AbstractTool;
class CanvasScene;

/// Owns the tools' actions (checkable, exclusive) and tells the scene which tool is active.
class ToolManager : public QObject {
    Q_OBJECT
public:
    ToolManager(CanvasScene* scene, QObject* parent = nullptr);

    /// Adds a tool (taking ownership) and returns its action, named `objectName` (e.g. "tool.rectangle").
    QAction* registerTool(AbstractTool* tool, const QString& objectName);
    QList<QAction*> actions() const { return m_actions; }
    void setActiveTool(AbstractTool* tool);
    AbstractTool* activeTool() const { return m_active; }

private:
    CanvasScene* m_scene;
    QActionGroup* m_group;
    QList<QAction*> m_actions;
    AbstractTool* m_active = nullptr;
};

} // namespace lector
