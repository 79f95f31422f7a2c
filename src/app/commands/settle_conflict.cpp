// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/settle_conflict.h"

#include "shell/project_session.h"

#include <QCoreApplication>

namespace lector {

SettleConflict::SettleConflict(ProjectSession* session, Settlement settlement, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_settlement(std::move(settlement))
{
    setText(QCoreApplication::translate("Undo", "Settle Conflict (%1)")
                .arg(conflictResolutionName(m_settlement.after.resolution)));
}

void SettleConflict::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (auto r = ConflictRepository(*m_session->store()).redoSettlement(m_settlement); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    announce();
}

void SettleConflict::undo()
{
    if (auto r = ConflictRepository(*m_session->store()).undoSettlement(m_settlement); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    announce();
}

void SettleConflict::announce()
{
    m_session->notifyConflictsChanged();
    if (m_settlement.consensusAfter)
        m_session->notifyLabelsChanged({ m_settlement.before.image });
}

} // namespace lector
