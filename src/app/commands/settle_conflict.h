// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/conflict_repository.h>

#include <QUndoCommand>

namespace lector {

class ProjectSession;

/// A reviewer's settlement of one conflict, on the project's history: made by ConflictRepository::settle before it
/// is pushed (so that a refused settlement never becomes an undo step), undone and redone in one transaction each.
/// A failed undo or redo is reported through the session and drops the step (the store keeps what it has).
class SettleConflict : public QUndoCommand {
public:
    SettleConflict(ProjectSession* session, Settlement settlement, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    const Settlement& settlement() const { return m_settlement; }

private:
    void announce();

    ProjectSession* m_session;
    Settlement m_settlement;
    bool m_done = true; // settle() ran before the push: the first redo() has nothing to do
};

} // namespace lector
