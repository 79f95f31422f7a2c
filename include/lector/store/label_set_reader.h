// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// A stored region with its row id (annotation or prediction id) and the image it lies on.
struct StoredRegion {
    ImageId image = 0;
    std::int64_t id = 0;
    Region region;
};

/// Reads a whole label set (one annotator's annotations, or one run's predictions) in one query each, ordered by
/// image then id: what evaluations over the project need, without one query per image. Reads only; uses the
/// store's connection, so it lives on the store's thread.
class LabelSetReader {
public:
    explicit LabelSetReader(const ProjectStore& store);

    Result<std::vector<StoredRegion>> annotatorRegions(AnnotatorId annotator) const;
    /// Predictions carry their confidence (NaN when the run gave none).
    Result<std::vector<StoredRegion>> runRegions(RunId run) const;
    /// Images the annotator marked done, ascending: labeled even when they hold no region.
    Result<std::vector<ImageId>> imagesDone(AnnotatorId annotator) const;

private:
    const ProjectStore& m_store;
};

} // namespace lector
