// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QLineEdit>

namespace lector {

class CanvasScene;
class CanvasView;

/// The inline transcription editor: a line edit laid over the view just below the region being transcribed.
/// Enter commits (one ChangeTranscription), Escape leaves the text as it was, Tab commits and moves to the next
/// region in reading order, Shift+Tab to the previous one.
class TranscriptionEditor : public QLineEdit {
    Q_OBJECT
public:
    TranscriptionEditor(CanvasView* view, CanvasScene* scene);

    /// Opens the editor on region `id`, selecting it.
    void edit(AnnotationId id);
    AnnotationId region() const { return m_region; }
    bool isEditing() const { return m_region != 0; }
    /// Follows the region when the view scrolls or zooms.
    void reposition();
    void commit();
    void close();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void step(int direction);

    CanvasView* m_view;
    CanvasScene* m_scene;
    AnnotationId m_region = 0;
};

} // namespace lector
