// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/change_image_state.h"
#include "shell/display_names.h"

#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QCoreApplication>

namespace lector {

ChangeImageState::ChangeImageState(
    ProjectSession* session, ImageId image, AnnotatorId annotator, ImageStateChange change, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_image(image)
    , m_annotator(annotator)
    , m_change(change)
{
    setText(QCoreApplication::translate("Undo", "Mark Image %1").arg(imageStateTitle(change.after)));
}

void ChangeImageState::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    write(m_change.after);
}

void ChangeImageState::undo() { write(m_change.before); }

void ChangeImageState::write(ImageState state)
{
    if (auto r = m_session->store()->setImageState(m_image, m_annotator, state); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    m_session->notifyLabelsChanged({ m_image }); // the browser's state dot and "to do" filter follow
}

} // namespace lector
