// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/mark_duplicates.h"

#include "shell/project_session.h"

#include <QCoreApplication>

namespace lector {

MarkDuplicates::MarkDuplicates(ProjectSession* session, std::vector<DuplicateMark> marks, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_session(session)
    , m_marks(std::move(marks))
{
    const int n = static_cast<int>(m_marks.size());
    setText(n == 1 ? QCoreApplication::translate("Undo", "Mark 1 image a duplicate")
                   : QCoreApplication::translate("Undo", "Mark %1 images duplicates").arg(n));
}

void MarkDuplicates::redo()
{
    DuplicateRepository repo(*m_session->store());
    // The first redo marks; a redo after an undo repeats exactly what the undo took back.
    auto r = m_undone ? repo.revert(m_undoing, m_session->me().id, true) : repo.mark(m_marks, m_session->me().id);
    if (!r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
        return;
    }
    if (!m_undone)
        m_marking = std::move(r).value();
    m_undone = false;
}

void MarkDuplicates::undo()
{
    auto r = DuplicateRepository(*m_session->store()).revert(m_marking, m_session->me().id);
    if (!r) {
        setObsolete(true);
        m_session->reportStoreError(r.error().toString());
        return;
    }
    m_undoing = std::move(r).value(); // what the redo reverts
    m_undone = true;
}

} // namespace lector
