// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/edit_log.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// One labeling event of the edit log without its before/after payload: what efficiency figures need.
struct EditActivity {
    QString annotator;
    QString action; // add, change, remove
    std::int64_t at = 0; // Unix milliseconds
    double seconds = 0; // time the editor recorded for the edit
    EditReason reason = EditReason::Edit;
    std::int64_t entry = 0; // the edit-log entry (0 for events made up in tests: they are never undone)
    AnnotationId annotation = 0;
    std::int64_t undoes = 0; // for undo and redo
};

/// Reads the edit log's add/change/remove events of named annotators (imports and anonymous entries left out),
/// with their reasons, in entry order. Skips the JSON columns, so a log of millions of edits stays cheap to scan.
class EditActivityReader {
public:
    explicit EditActivityReader(ProjectStore& store)
        : m_store(store)
    {
    }

    Result<std::vector<EditActivity>> activity() const;

private:
    ProjectStore& m_store;
};

} // namespace lector
