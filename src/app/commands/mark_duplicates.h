// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/duplicate_repository.h>

#include <QUndoCommand>

#include <vector>

namespace lector {

class ProjectSession;

/// Images marked `duplicate of` the one kept, as one step of the project's history (the Duplicates dock's Keep this
/// one): redo marks them in one transaction, undo reverts exactly what the marking changed, in one. A failed step
/// is reported through the session and dropped (the store keeps what it has).
class MarkDuplicates : public QUndoCommand {
public:
    MarkDuplicates(ProjectSession* session, std::vector<DuplicateMark> marks, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    const DuplicateMarking& marking() const { return m_marking; }

private:
    ProjectSession* m_session;
    std::vector<DuplicateMark> m_marks;
    DuplicateMarking m_marking; // what the first redo changed
    DuplicateMarking m_undoing; // what the last undo changed
    bool m_undone = false;
};

} // namespace lector
