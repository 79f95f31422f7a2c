// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QGraphicsView>

namespace lector {

class CanvasView;
class LabelDocument;
class TextPageItem;

/// The page as text: every transcription of mine laid at its box's place on a blank page, sized to its box, beside
/// the canvas (View ▸ Text Pane), so that a dense page can be proofread line by line without the scan under it.
/// It follows the canvas: the same zoom and the same scroll, both ways on the canvas's side only (the pane does not
/// scroll on its own). Like the side-by-side view Label Studio users ask for (its issue 6888) and PaddleOCR's demo.
class TextPane : public QGraphicsView {
    Q_OBJECT
public:
    TextPane(LabelDocument* document, CanvasView* canvas, QWidget* parent = nullptr);

    /// Texts laid out by the last paint (for tests).
    int textsDrawn() const;
    /// Copies the canvas's zoom and scroll position.
    void follow();

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    void reload();

    LabelDocument* m_document;
    CanvasView* m_canvas;
    TextPageItem* m_page;
};

} // namespace lector
