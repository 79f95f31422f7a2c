// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/edit_log.h>
#include <lector/store/types.h>

#include <QUndoCommand>

namespace lector {

class ProjectSession;

/// An annotator's state of one image moved by ProjectStore::changeImageState (done, reopened) before the push;
/// undo puts the state before back, redo the state after. On the project's history, since marking an image done
/// moves on to the next image.
class ChangeImageState : public QUndoCommand {
public:
    ChangeImageState(ProjectSession* session, ImageId image, AnnotatorId annotator, ImageStateChange change,
        QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void write(ImageState state);

    ProjectSession* m_session;
    ImageId m_image;
    AnnotatorId m_annotator;
    ImageStateChange m_change;
    bool m_done = true;
};

} // namespace lector
