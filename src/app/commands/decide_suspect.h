// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/suspects.h>
#include <lector/store/suspect_decision_repository.h>

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace lector {

class ProjectSession;

/// A decision on a suspect (a fix or a dismissal) as one undo step of the project's history: the fix and the
/// decision are one store transaction (SuspectDecisionRepository); undo takes both back, logged as an undo.
class DecideSuspect : public QUndoCommand {
public:
    DecideSuspect(ProjectSession* session, Suspect suspect, SuspectVerdict verdict, SuspectFix fix, AnnotatorId owner,
        std::function<void()> changed);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    ProjectSession* m_session;
    Suspect m_suspect;
    SuspectVerdict m_verdict;
    SuspectFix m_fix;
    AnnotatorId m_owner;
    std::function<void()> m_changed;
    std::optional<SuspectDecisionWrite> m_write;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace lector
