// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include "canvas/conflict_focus.h"
#include "canvas/evaluation_overlay.h"
#include "canvas/region_layer.h"

#include <QGraphicsScene>
#include <QList>

#include <unordered_map>

class QUndoStack;

namespace lector {

class AbstractTool;
class ConflictFocusItem;
class LabelDocument;
class TiledImageItem;

/// The scene of one image: the tiled image, a layer of my regions (kept in step with the document's change signals),
/// layers of other annotators' regions, predictions and an evaluation, and the selection. Scene coordinates are
/// image pixels. Mouse and key events go to the active tool, as in Tiled's MapScene; hit tests go to the layers'
/// grids, not to QGraphicsScene's item index (there are no items per region: see RegionLayer).
class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    CanvasScene(LabelDocument* document, QUndoStack* undoStack, QObject* parent = nullptr);
    ~CanvasScene() override;

    LabelDocument* document() const { return m_document; }
    QUndoStack* undoStack() const { return m_undoStack; }

    /// The page's pixels; `size` is the image at 1:1 (label coordinates). A large scan comes reduced: each pixel of
    /// `image` covers `reduction` × `reduction` pixels of the page.
    void setImage(const QImage& image, QSize size, int reduction = 1);
    TiledImageItem* imageItem() const { return m_image; }

    void setTool(AbstractTool* tool);
    AbstractTool* tool() const { return m_tool; }

    const QList<AnnotationId>& selection() const { return m_selection; }
    void setSelection(const QList<AnnotationId>& ids);
    /// The corner (0-3) of the single selected quad that arrow keys move; -1 for the whole selection.
    int activeCorner() const { return m_activeCorner; }
    void setActiveCorner(int corner);

    /// The polygon shown for one of my regions (its live preview during a drag), or nullptr.
    const QPolygonF* regionPolygon(AnnotationId id) const;
    /// Shows another geometry for one of my regions while a tool drags it (the document is not changed).
    void previewRegion(AnnotationId id, const QPolygonF& polygon);
    RegionLayer* mineLayer() const { return m_mine; }
    /// What the tooltip says at `pos`: the prediction, evaluation region or other annotator's region there.
    QString toolTipAt(const QPointF& pos) const;
    /// My region under `pos` (the smallest containing it, else one whose edge is within `tolerance`); 0 if none.
    AnnotationId regionAt(const QPointF& pos, double tolerance) const;
    /// Predictions shown under `pos`, or 0.
    std::int64_t predictionAt(const QPointF& pos) const;
    /// My regions entirely inside `rect`.
    QList<AnnotationId> regionsIn(const QRectF& rect) const;
    /// My regions in reading order.
    QList<AnnotationId> readingOrder() const;

    /// Regions of an evaluation (a model run against labels) drawn over the image until the next image or a new
    /// overlay; empty clears it.
    void setEvaluationOverlay(const EvaluationOverlay& overlay);
    int evaluationOverlayCount(EvaluationOverlayRegion::Kind kind) const;

    void setShowOthers(bool show);
    void setShowPredictions(bool show);
    /// My own labels can be hidden too, to look at the page (or at the other layers) alone.
    void setShowMine(bool show);
    void setShowEvaluation(bool show);
    bool showsOthers() const { return m_showOthers; }
    bool showsPredictions() const { return m_showPredictions; }
    bool showsMine() const { return m_mine->isVisible(); }
    bool showsEvaluation() const { return m_evaluation->isVisible(); }
    /// Focus mode: only the conflict's versions stand out (drawn over a dimmed page), the other annotators',
    /// prediction and evaluation layers are hidden and my labels faded (still editable), until clearConflictFocus
    /// or the next image. The layers' own switches are left as they are and apply again afterwards.
    void setConflictFocus(const ConflictFocus& focus);
    void clearConflictFocus();
    bool hasConflictFocus() const { return m_focusItem != nullptr; }
    /// The conflict in focus (empty when none).
    ConflictFocus conflictFocus() const;
    /// Which transcriptions are drawn (View ▸ Texts).
    void setTextMode(TextMode mode);
    TextMode textMode() const { return m_mine->textMode(); }

    /// Screen pixels per image pixel, for handle sizes and tolerances; set by the view.
    void setViewScale(double scale) { m_viewScale = scale; }
    double viewScale() const { return m_viewScale; }
    /// Half the size of a selection handle, in image pixels.
    double handleRadius() const { return 5.0 / m_viewScale; }
    /// A fresh gesture number for mergeable commands (see ChangeBoxGeometry).
    int nextGesture() { return ++m_gesture; }
    std::int64_t hoveredPrediction() const { return m_hoveredPrediction; }

signals:
    void selectionChanged(const QList<AnnotationId>& ids);
    /// A layer was shown or hidden, or an overlay's regions changed (the legend follows).
    void layersChanged();
    /// Focus mode ended (clearConflictFocus, or the image was reloaded).
    void conflictFocusCleared();
    void cursorMoved(const QPointF& imagePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    QRectF pageRect() const;
    void rebuild();
    void rebuildOverlays();
    void onAdded(const QList<AnnotationId>& ids);
    void onChanged(const QList<AnnotationId>& ids);
    void onRemoved(const QList<AnnotationId>& ids);

    LabelDocument* m_document;
    QUndoStack* m_undoStack;
    TiledImageItem* m_image = nullptr;
    AbstractTool* m_tool = nullptr;
    RegionLayer* m_mine = nullptr;
    RegionLayer* m_others = nullptr;
    RegionLayer* m_predictions = nullptr;
    RegionLayer* m_evaluation = nullptr;
    ConflictFocusItem* m_focusItem = nullptr; // owned by the scene while focus mode is on
    struct LayerState {
        bool others = false, predictions = false, evaluation = true;
        double mineOpacity = 1;
    } m_beforeFocus;
    QList<AnnotationId> m_selection;
    int m_activeCorner = -1;
    bool m_showOthers = false;
    bool m_showPredictions = false;
    double m_viewScale = 1;
    int m_gesture = 0;
    std::int64_t m_hoveredPrediction = 0;
    Qt::KeyboardModifiers m_modifiers;
};

} // namespace lector
