// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/conflict_repository.h>

#include <QUndoCommand>

namespace lector {

class ProjectSession;

/// Many conflicts settled as one step of the project's history (what a clear majority decides, settled by Build
/// Consensus or the review panel's Settle by Majority): made by the core before it is pushed, so the first redo()
/// does nothing; undo reopens every one of them in one transaction, redo settles them again in one. A failed undo or
/// redo is reported through the session and drops the step (the store keeps what it has).
class SettleConflicts : public QUndoCommand {
public:
    SettleConflicts(ProjectSession* session, BulkSettlement bulk, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    const BulkSettlement& bulk() const { return m_bulk; }

private:
    void announce();

    ProjectSession* m_session;
    BulkSettlement m_bulk;
    bool m_done = true; // settled before the push: the first redo() has nothing to do
};

} // namespace lector
