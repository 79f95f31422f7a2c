// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/analysis/suspects.h>
#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace lector {

class ProjectStore;

enum class SuspectVerdict { Fixed, Dismissed };
QString suspectVerdictName(SuspectVerdict verdict); // "fixed", "dismissed"

/// A lead's answer about one suspect, as stored.
struct SuspectDecision {
    std::int64_t id = 0;
    QString key; // Suspect::key()
    SuspectKind kind = SuspectKind::MissedWord;
    ImageId image = 0;
    AnnotationId annotation = 0;
    SuspectVerdict verdict = SuspectVerdict::Dismissed;
    AnnotatorId decidedBy = 0;
    std::int64_t decidedAt = 0;
};

/// What decide() wrote, so that undo() and redo() reverse and repeat it exactly.
struct SuspectDecisionWrite {
    SuspectDecision decision;
    SuspectFix::Action action = SuspectFix::Action::None;
    Annotation before; // Change and Remove: the label as it was
    Annotation after; // Add and Change: the label as stored
    std::int64_t entry = 0; // the fix's edit-log entry; 0 when there is no fix
};

/// The finder's precision so far: of the suspects answered, the share that were errors.
struct SuspectPrecision {
    std::int64_t fixed = 0;
    std::int64_t dismissed = 0;
    double value() const { return fixed + dismissed > 0 ? double(fixed) / double(fixed + dismissed) : 0.0; }
};

/// Decisions on suspects (table suspect_decisions). A fix is a label change written through the store's own
/// annotation writes (logged in the edit log with its EditContext) in the same transaction as the decision. Uses the
/// store's connection: call it from the thread that owns the store.
class SuspectDecisionRepository {
public:
    explicit SuspectDecisionRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// Records `verdict` on `suspect` by `by`. Fixed applies `fix` to the labels of `owner` (Add: a new label of
    /// owner on the suspect's image; Change and Remove: the suspect's annotation), logged as an edit by `by` taking
    /// `seconds`; Dismissed writes no label.
    Result<SuspectDecisionWrite> decide(const Suspect& suspect, SuspectVerdict verdict, const SuspectFix& fix,
        AnnotatorId owner, AnnotatorId by, double seconds = 0);
    /// Takes a decision back with its fix (logged as an undo of the fix's entry).
    Result<void> undo(const SuspectDecisionWrite& write);
    /// Writes an undone decision again (the fix logged as a redo); returns it with its new decision id.
    Result<SuspectDecisionWrite> redo(const SuspectDecisionWrite& write);

    /// The standing decision of each suspect key (the newest).
    Result<std::map<QString, SuspectDecision>> decisions() const;
    Result<SuspectPrecision> precision() const;

private:
    ProjectStore& m_store;
};

} // namespace lector
