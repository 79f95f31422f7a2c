// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>

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
};

/// Reads the edit log's add/change/remove events (imports and anonymous entries left out), ordered by annotator,
/// then time. Skips the JSON columns, so a log of millions of edits stays cheap to scan.
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
