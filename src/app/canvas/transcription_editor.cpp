// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/transcription_editor.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "commands/change_transcription.h"
#include "document/label_document.h"

#include <QKeyEvent>
#include <QUndoStack>

#include <algorithm>

namespace lector {

TranscriptionEditor::TranscriptionEditor(CanvasView* view, CanvasScene* scene)
    : QLineEdit(view->viewport())
    , m_view(view)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("transcriptionEditor"));
    setPlaceholderText(tr("Transcription"));
    hide();
    connect(scene->document(), &LabelDocument::annotationsRemoved, this, [this](const QList<AnnotationId>& ids) {
        if (ids.contains(m_region))
            close();
    });
    connect(scene->document(), &LabelDocument::loaded, this, &TranscriptionEditor::close);
}

void TranscriptionEditor::edit(AnnotationId id)
{
    const Annotation* a = m_scene->document()->annotation(id);
    if (!a || m_scene->document()->isReadOnly())
        return;
    m_region = id;
    m_scene->setSelection({ id });
    setText(a->region.text);
    selectAll();
    reposition();
    show();
    raise();
    setFocus();
}

void TranscriptionEditor::reposition()
{
    const QPolygonF* shown = m_scene->regionPolygon(m_region);
    if (!shown)
        return;
    const QRect box = m_view->mapFromScene(shown->boundingRect()).boundingRect();
    const int width = std::max(box.width(), 180);
    const int height = sizeHint().height();
    const QRect viewport = m_view->viewport()->rect();
    // Below the box, unless that covers the next line's words (or leaves the view): then above, then beside it.
    const QRect candidates[] = { QRect(box.left(), box.bottom() + 4, width, height),
        QRect(box.left(), box.top() - height - 4, width, height),
        QRect(box.right() + 6, box.center().y() - height / 2, width, height) };
    const auto fits = [&](const QRect& r) { return viewport.contains(r); };
    const auto coversWords = [&](const QRect& r) {
        for (std::int64_t id : m_scene->mineLayer()->idsIn(m_view->mapToScene(r).boundingRect()))
            if (id != m_region)
                return true;
        return false;
    };
    QRect chosen = candidates[0];
    bool found = false;
    for (const QRect& r : candidates)
        if (!found && fits(r) && !coversWords(r)) {
            chosen = r;
            found = true;
        }
    if (!found) // nowhere free: below when it fits in the view, else above, as before
        chosen = fits(candidates[0]) ? candidates[0] : candidates[1];
    chosen.moveLeft(std::clamp(chosen.left(), 0, std::max(0, viewport.width() - width)));
    chosen.moveTop(std::clamp(chosen.top(), 0, std::max(0, viewport.height() - height)));
    setGeometry(chosen);
}

void TranscriptionEditor::commit()
{
    const Annotation* a = m_scene->document()->annotation(m_region);
    if (a && a->region.text != text())
        m_scene->undoStack()->push(new ChangeTranscription(m_scene->document(), m_region, text()));
}

void TranscriptionEditor::close()
{
    m_region = 0;
    hide();
    m_view->setFocus();
}

void TranscriptionEditor::step(int direction)
{
    commit();
    const QList<AnnotationId> order = m_scene->readingOrder();
    const qsizetype at = order.indexOf(m_region);
    const qsizetype next = at + direction;
    if (at < 0 || next < 0 || next >= order.size()) {
        close();
        return;
    }
    edit(order[next]);
}

bool TranscriptionEditor::event(QEvent* event)
{
    // Tab would move the focus out of the line edit before keyPressEvent() sees it.
    if (event->type() == QEvent::KeyPress && isEditing()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            step(key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier) ? -1 : 1);
            return true;
        }
    }
    return QLineEdit::event(event);
}

void TranscriptionEditor::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        close();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

} // namespace lector
