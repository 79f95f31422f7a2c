// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <vector>

namespace lector {

class ProjectStore;

/// Whether a person had a hand in a label, from its source and the edit log.
struct PersonEdit {
    AnnotationId annotation = 0;
    bool exists = false; // false when the id is not (or no longer) in the store
    bool madeByPerson = false; // source manual or import (imports are labels people made elsewhere)
    bool textChanged = false; // the edit log has a change of its text
    bool geometryChanged = false; // ... of its polygon
    bool flagsChanged = false; // ... of its flags or script
    /// True when overwriting the label's text could lose a person's work: the GUI asks before doing it.
    bool textIsPersons() const { return madeByPerson || textChanged; }
    bool touched() const { return madeByPerson || textChanged || geometryChanged || flagsChanged; }
};

/// What re-reading does with a label whose text a person typed or corrected.
enum class PersonTextPolicy { Ask, Overwrite, Keep };

/// What re-reading one label's text comes to.
enum class RereadOutcome {
    Unchanged, // the engine read nothing, or the same text (or the label is gone)
    Replace, // the engine's text goes in: the label's text was empty or machine-made, or the policy overwrites
    Keep, // a person's text stays (policy Keep)
    Ask, // a person's text differs from the engine's: ask before replacing it (policy Ask)
};

/// The one rule for when an engine's reading may replace a label's text: never a person's text without asking.
/// `read` is compared trimmed.
RereadOutcome rereadOutcome(
    const QString& current, const QString& read, const PersonEdit& provenance, PersonTextPolicy policy);

/// Answers "did a person make or edit this label?" so that machine re-recognition never silently overwrites a
/// person's work: pre-labels (source auto) and consensus regions nobody changed are machine-made; anything made by
/// hand or imported, or changed afterwards ("change" entries in the edit log), is a person's. Note that every
/// ProjectStore::updateAnnotations call logs a change by its editor, so a GUI that writes re-recognized text that
/// way makes the label count as edited afterwards, unless the change is logged with reason engine; edits that were
/// undone do not count. Reads with the store's connection: call it on the owning thread.
class EditProvenance {
public:
    explicit EditProvenance(ProjectStore& store)
        : m_store(store)
    {
    }

    /// One entry per id, in order.
    Result<std::vector<PersonEdit>> inspect(const std::vector<AnnotationId>& ids) const;

private:
    ProjectStore& m_store;
};

} // namespace lector
