// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/metrics/detection_eval.h>

#include <QString>

#include <cstddef>
#include <cstdint>

namespace lector {

/// Consecutive images of a source; valid until the source's next nextChunk().
struct EvalImageChunk {
    const EvalImage* images = nullptr;
    std::size_t count = 0;
};

/// Where a streaming evaluation reads its images: a chunk at a time, in image order, so that it never needs every
/// image in memory (InMemoryEvalSource wraps a DetectionEvalInput; StoreEvalSource reads the project store; a
/// benchmark generates). Called from one thread only, the one running the evaluation.
class EvalImageSource {
public:
    virtual ~EvalImageSource() = default;

    virtual QString groundTruthName() const = 0;
    virtual QString detectionName() const = 0;
    /// How many images the source yields in all (what progress counts against).
    virtual std::int64_t imageCount() const = 0;
    /// Whether every detection the source will yield has a confidence (true when it yields none): what
    /// DetectionOrder::Auto needs to know before the first image, since the script matches a whole run by
    /// confidence or none of it. Called once, before nextChunk().
    virtual Result<bool> everyDetectionHasConfidence() = 0;
    /// The next images; an empty chunk at the end.
    virtual Result<EvalImageChunk> nextChunk() = 0;
    /// Called between two images while the chunk before is being evaluated on the other cores: a source that has to
    /// read or make its images does a little of the next chunk here, so that this overlaps the evaluation. Must not
    /// touch the chunk being evaluated. The default does nothing.
    virtual Result<void> readAhead() { return {}; }
};

} // namespace lector
