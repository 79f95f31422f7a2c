// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/settle_conflicts.h"

#include "shell/project_session.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace lector {

SettleConflicts::SettleConflicts(ProjectSession* session, BulkSettlement bulk, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_bulk(std::move(bulk))
{
    const int n = static_cast<int>(m_bulk.settlements.size());
    setText(n == 1 ? QCoreApplication::translate("Undo", "Settle 1 conflict by majority")
                   : QCoreApplication::translate("Undo", "Settle %1 conflicts by majority").arg(n));
}

void SettleConflicts::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (auto r = ConflictRepository(*m_session->store()).redoBulkSettlement(m_bulk); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    announce();
}

void SettleConflicts::undo()
{
    if (auto r = ConflictRepository(*m_session->store()).undoBulkSettlement(m_bulk); !r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
    }
    announce();
}

void SettleConflicts::announce()
{
    m_session->notifyConflictsChanged();
    // A majority's settlement leaves the consensus labels as they are, but a bulk step may hold any settlement.
    QList<ImageId> images;
    for (const Settlement& s : m_bulk.settlements)
        if (s.consensusAfter && !images.contains(s.before.image))
            images << s.before.image;
    if (!images.isEmpty())
        m_session->notifyLabelsChanged(images);
}

} // namespace lector
