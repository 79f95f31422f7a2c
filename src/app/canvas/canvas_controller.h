// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include "canvas/conflict_focus.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <map>

class QAction;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace lector {

class CanvasLegend;
class CanvasScene;
class CanvasView;
class TextPane;
class LabelDocument;
class ProjectSession;
class QuadTool;
class RectangleTool;
class SelectTool;
class ToolManager;
class TranscriptionEditor;

/// The word-box editor the main window puts in its centre: document, undo stack, scene, view, tools, inline
/// transcription editor and the actions that drive them. Every action has a stable objectName and, but for the
/// text-mode choices (stepped through with Ctrl+T) and the legend toggle, a default shortcut; the window adds them to
/// its menus and toolbars. It follows the project session (the open store and
/// who is working), tells it when my labels of the image changed, and reloads what others changed meanwhile.
class CanvasController : public QObject {
    Q_OBJECT
public:
    CanvasController(ProjectSession* session, QWidget* parent);
    ~CanvasController() override;

    CanvasView* view() const { return m_view; }
    CanvasScene* scene() const { return m_scene; }
    LabelDocument* document() const { return m_document; }
    QUndoStack* undoStack() const { return m_undoStack; }
    /// What Edit ▸ Undo and Redo act on: this image's stack or the project's history (an image marked done, a
    /// settlement), whichever took the latest step; a stack emptied by a change of image hands nothing over.
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    TranscriptionEditor* transcriptionEditor() const { return m_editor; }
    CanvasLegend* legend() const { return m_legend; }
    /// The page as text beside the canvas (View ▸ Text Pane); hidden until asked for. The window places it.
    TextPane* textPane() const { return m_textPane; }
    QList<QAction*> toolActions() const;
    QList<QAction*> editActions() const { return m_editActions; }
    /// The action named `objectName` among both lists, or null.
    QAction* action(const QString& objectName) const;

    /// Loads the image and its regions; false when its regions cannot be read or unsaved edits cannot be written
    /// first. An image file that does not decode still shows its regions (imageError says why).
    bool showImage(ImageId image);
    /// Which model run's predictions the prediction overlay shows (0: none).
    void setPredictionRun(RunId run);
    void setAcceptThreshold(double threshold) { m_acceptThreshold = threshold; }
    double acceptThreshold() const { return m_acceptThreshold; }
    bool retryPending();

    // What the edit actions do, callable directly.
    void copySelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void toggleFlag(std::uint32_t flag);
    void rotateSelection(double degrees);
    void selectNeighbour(int direction);
    /// Turns the selected prediction (else the hovered one) into a label of mine; false when there is none.
    bool acceptPrediction(std::int64_t predictionId = 0);
    /// Turns the shown predictions with confidence >= acceptThreshold() into labels by the rule of promoting a
    /// whole run (choosePredictions: none that repeats a region of mine or one accepted with it).
    int acceptPredictionsAboveThreshold();
    void editTranscription(AnnotationId id);

    /// Focus mode for a conflict on the image shown: zooms and centres on its bounds (with a margin) and shows only
    /// its versions over the dimmed page (see CanvasScene::setConflictFocus), until clearFocus(), Escape on the
    /// canvas or another image.
    void focusOn(const ConflictFocus& focus);
    void clearFocus();
    bool hasFocus() const;

signals:
    void cursorMoved(const QPointF& imagePos);
    void zoomChanged(double zoom);
    void selectionChanged(const QList<AnnotationId>& ids);
    void storeError(const QString& message);
    /// An edit refused because the label changed meanwhile (LabelDocument::staleEdit); the history was cleared.
    void staleEdit(const QString& message);
    /// The image's pixels could not be read (missing or corrupt file); its labels are shown anyway.
    void imageError(const QString& message);
    void edited();
    /// Focus mode ended (Escape, clearFocus or another image).
    void focusCleared();

private:
    void createActions();
    void bindDocument();
    void othersChanged(const QList<ImageId>& images);
    QAction* addEditAction(const QString& objectName, const QString& text, const QKeySequence& shortcut);
    void pasteRegions(std::vector<Region> regions, double offset);
    void updateActions();
    void createViewActions();
    bool eventFilter(QObject* watched, QEvent* event) override;

    ProjectSession* m_session;
    LabelDocument* m_document;
    QUndoStack* m_undoStack;
    QUndoGroup* m_undoGroup;
    CanvasScene* m_scene;
    CanvasView* m_view;
    ToolManager* m_tools;
    SelectTool* m_selectTool;
    TranscriptionEditor* m_editor;
    CanvasLegend* m_legend = nullptr;
    TextPane* m_textPane = nullptr;
    QList<QAction*> m_editActions;
    double m_acceptThreshold = 0.9;
    int m_rotateGesture = 0;
    bool m_announcing = false; // telling the session about my own edit: its echo is not news
};

} // namespace lector
