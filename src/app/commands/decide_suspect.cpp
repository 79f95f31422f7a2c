// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "commands/decide_suspect.h"

#include "shell/project_session.h"

#include <QCoreApplication>

namespace lector {

DecideSuspect::DecideSuspect(ProjectSession* session, Suspect suspect, SuspectVerdict verdict, SuspectFix fix,
    AnnotatorId owner, std::function<void()> changed)
    : m_session(session)
    , m_suspect(std::move(suspect))
    , m_verdict(verdict)
    , m_fix(std::move(fix))
    , m_owner(owner)
    , m_changed(std::move(changed))
{
    setText(verdict == SuspectVerdict::Fixed ? QCoreApplication::translate("DecideSuspect", "Fix suspect")
                                             : QCoreApplication::translate("DecideSuspect", "Dismiss suspect"));
}

void DecideSuspect::redo()
{
    if (!m_session->store())
        return;
    SuspectDecisionRepository repo(*m_session->store());
    auto written
        = m_write ? repo.redo(*m_write) : repo.decide(m_suspect, m_verdict, m_fix, m_owner, m_session->me().id);
    if (!written) {
        m_failed = true;
        m_session->reportStoreError(written.error().toString());
        return;
    }
    m_write = std::move(written).value();
    m_done = true;
    m_session->notifyLabelsChanged({ m_suspect.image });
    if (m_changed)
        m_changed();
}

void DecideSuspect::undo()
{
    if (!m_done || !m_session->store())
        return;
    if (auto undone = SuspectDecisionRepository(*m_session->store()).undo(*m_write); !undone) {
        m_session->reportStoreError(undone.error().toString());
        return;
    }
    m_done = false;
    m_session->notifyLabelsChanged({ m_suspect.image });
    if (m_changed)
        m_changed();
}

} // namespace lector
